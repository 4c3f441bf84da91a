#include "core/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace yc::auditchain {

QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString canonicalAt(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString hashOf(const Entry& e)
{
    const QJsonArray fields{e.prevHash, e.seq,        e.at,       e.staffId, e.windowNo,
                            e.action,   e.objectType, e.objectId, e.detail};
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

bool isHash(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9a-f]{64}$"));
    return form.match(text).hasMatch();
}

} // namespace yc::auditchain
