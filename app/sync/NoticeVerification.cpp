#include "sync/NoticeVerification.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yc::sync {

namespace {
const QString prefix = QStringLiteral("YCN1");
constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QByteArray NoticeVerification::signedBytes(const Fields& fields)
{
    // QJsonObject keeps keys sorted, and Compact has no whitespace: the canonical JSON of §10.
    const QJsonObject object{{QStringLiteral("caseNumber"), fields.caseNumber},
                             {QStringLiteral("date"), fields.date.toString(Qt::ISODate)},
                             {QStringLiteral("kind"), noticeKindName(fields.kind)},
                             {QStringLiteral("machineId"), fields.machineId}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QString> NoticeVerification::make(const DeviceKey& key, const Fields& fields)
{
    for (const QString& f : {fields.caseNumber, fields.machineId}) {
        if (f.isEmpty() || f.contains(QLatin1Char('|')))
            return makeError(QStringLiteral("notice.fields"),
                             tr("A notice's verification code needs a case number and a machine id without \"|\"."));
    }
    if (!fields.date.isValid())
        return makeError(QStringLiteral("notice.fields"), tr("A notice's verification code needs its date."));
    auto signature = key.sign(signedBytes(fields));
    if (!signature)
        return signature.error();
    return QStringList{prefix,
                       fields.caseNumber,
                       noticeKindName(fields.kind),
                       fields.date.toString(Qt::ISODate),
                       fields.machineId,
                       QString::fromLatin1(signature.value().toBase64(base64url))}
        .join(QLatin1Char('|'));
}

Result<NoticeVerification::Parsed> NoticeVerification::parse(const QString& code)
{
    const QStringList parts = code.trimmed().split(QLatin1Char('|'));
    const auto bad = [] {
        return makeError(QStringLiteral("notice.code-form"), tr("This is not a Yichuang notice verification code."));
    };
    if (parts.size() != 6 || parts[0] != prefix)
        return bad();
    const auto kind = noticeKindFromName(parts[2]);
    const QDate date = QDate::fromString(parts[3], Qt::ISODate);
    const auto decoded =
        QByteArray::fromBase64Encoding(parts[5].toLatin1(), base64url | QByteArray::AbortOnBase64DecodingErrors);
    if (!kind || !date.isValid() || parts[1].isEmpty() || parts[4].isEmpty() || !decoded || decoded.decoded.isEmpty())
        return bad();
    return Parsed{{parts[1], *kind, date, parts[4]}, decoded.decoded};
}

bool NoticeVerification::verify(const QString& code, QByteArrayView publicKeyDer)
{
    const auto parsed = parse(code);
    return parsed && DeviceKey::verify(publicKeyDer, signedBytes(parsed.value().fields), parsed.value().signature);
}

} // namespace yc::sync
