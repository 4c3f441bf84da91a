#include "documents/NoticeTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace yc::documents {

Result<NoticeTemplate> NoticeTemplate::bundled()
{
    QFile file(QStringLiteral(":/yc/notices/notices_zh_CN.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("notice.template"), tr("The notice templates are missing from the program."));
    return fromJson(file.readAll());
}

Result<NoticeTemplate> NoticeTemplate::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("yichuang-notice-templates"))
        return makeError(QStringLiteral("notice.template"), tr("The notice templates are not readable."));
    NoticeTemplate t;
    t.m_labels = root.value(QStringLiteral("labels")).toObject();
    t.m_kinds = root.value(QStringLiteral("kinds")).toObject();
    for (NoticeKind kind : allNoticeKinds()) {
        if (t.text(kind, QStringLiteral("title")).isEmpty() || t.paragraphs(kind).isEmpty())
            return makeError(QStringLiteral("notice.template"),
                             tr("The notice templates have no text for \"%1\".").arg(noticeKindName(kind)));
    }
    return t;
}

QString NoticeTemplate::label(const QString& key) const
{
    return m_labels.value(key).toString(key);
}

QString NoticeTemplate::text(NoticeKind kind, const QString& key) const
{
    return m_kinds.value(noticeKindName(kind)).toObject().value(key).toString();
}

QStringList NoticeTemplate::paragraphs(NoticeKind kind) const
{
    QStringList list;
    for (const auto& p : m_kinds.value(noticeKindName(kind)).toObject().value(QStringLiteral("body")).toArray())
        list << p.toString();
    return list;
}

QString NoticeTemplate::fill(QString text, const QHash<QString, QString>& values)
{
    // One pass from left to right, so a value that holds braces is never expanded again.
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out += text.mid(pos);
            break;
        }
        out += text.mid(pos, open - pos);
        const QString name = text.mid(open + 1, close - open - 1);
        const auto found = values.constFind(name);
        out += found != values.cend() ? found.value() : text.mid(open, close - open + 1);
        pos = close + 1;
    }
    return out;
}

} // namespace yc::documents
