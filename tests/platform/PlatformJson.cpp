#include "PlatformJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace yc::platform {

Reply Reply::json(int status, const QJsonObject& object)
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

Reply Reply::empty(int status)
{
    Reply reply;
    reply.status = status;
    reply.contentType.clear();
    return reply;
}

Reply Reply::error(int status, const QString& code, const QString& message, bool retryable, const QJsonObject& details,
                   int retryAfterSeconds)
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}, {u"retryable"_s, retryable}};
    if (retryAfterSeconds > 0)
        error.insert(u"retryAfterSeconds"_s, retryAfterSeconds);
    if (!details.isEmpty())
        error.insert(u"details"_s, details);
    Reply reply = json(status, QJsonObject{{u"error"_s, error}});
    if (retryAfterSeconds > 0)
        reply.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return reply;
}

void Fields::fail(const QString& key, const QString& reason)
{
    if (m_error)
        return;
    ApiError error;
    error.message = key.isEmpty() ? reason : u"Key \"%1\": %2"_s.arg(key, reason);
    if (!key.isEmpty())
        error.details.insert(u"key"_s, key);
    m_error = error;
}

QJsonValue Fields::need(const char* key)
{
    const QJsonValue value = m_object.value(QLatin1StringView(key));
    if (value.isUndefined())
        fail(QString::fromLatin1(key), u"missing"_s);
    return value;
}

QString Fields::string(const char* key, int maxLength)
{
    const QJsonValue value = need(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(QString::fromLatin1(key), u"must be a string"_s);
        return {};
    }
    const QString text = value.toString();
    if (text.size() > maxLength)
        fail(QString::fromLatin1(key), u"too long"_s);
    return text;
}

QString Fields::optionalString(const char* key, int maxLength)
{
    const QJsonValue value = m_object.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull())
        return {};
    return string(key, maxLength);
}

QString Fields::uuid(const char* key)
{
    const QString text = string(key, 64);
    if (ok() && !isUuid(text))
        fail(QString::fromLatin1(key), u"must be a lower-case UUID"_s);
    return text;
}

QString Fields::sha256(const char* key)
{
    const QString text = string(key, 64);
    if (ok() && !isSha256(text))
        fail(QString::fromLatin1(key), u"must be 64 lower-case hex digits"_s);
    return text;
}

QString Fields::date(const char* key, bool allowNull)
{
    const QJsonValue value = need(key);
    if (allowNull && value.isNull())
        return {};
    const QString text = string(key, 10);
    if (ok() && !QDate::fromString(text, Qt::ISODate).isValid())
        fail(QString::fromLatin1(key), u"must be a date YYYY-MM-DD"_s);
    return text;
}

QString Fields::dateTime(const char* key)
{
    const QString text = string(key, 40);
    if (ok() && !QDateTime::fromString(text, Qt::ISODate).isValid())
        fail(QString::fromLatin1(key), u"must be an ISO 8601 date-time"_s);
    return text;
}

qint64 Fields::integer(const char* key, qint64 min, qint64 max)
{
    const QJsonValue value = need(key);
    if (value.isUndefined())
        return min;
    const double number = value.toDouble(-1e300);
    // Range first: converting a double outside qint64 to qint64 is undefined.
    constexpr double limit = 9007199254740992.0; // 2^53: JSON numbers above it are not exact integers
    if (!value.isDouble() || !(number >= -limit && number <= limit) || number != std::trunc(number)) {
        fail(QString::fromLatin1(key), u"must be an integer"_s);
        return min;
    }
    const qint64 n = value.toInteger();
    if (n < min || n > max) {
        fail(QString::fromLatin1(key), u"out of range %1..%2"_s.arg(min).arg(max));
        return min;
    }
    return n;
}

qint64 Fields::optionalInteger(const char* key, qint64 min, qint64 max, qint64 fallback)
{
    if (m_object.value(QLatin1StringView(key)).isUndefined())
        return fallback;
    return integer(key, min, max);
}

QJsonArray Fields::array(const char* key, qsizetype maxSize)
{
    const QJsonValue value = need(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(QString::fromLatin1(key), u"must be an array"_s);
        return {};
    }
    const QJsonArray a = value.toArray();
    if (a.size() > maxSize)
        fail(QString::fromLatin1(key), u"too many elements"_s);
    return a;
}

QJsonArray Fields::optionalArray(const char* key, qsizetype maxSize)
{
    if (m_object.value(QLatin1StringView(key)).isUndefined())
        return {};
    return array(key, maxSize);
}

QJsonObject Fields::object(const char* key)
{
    const QJsonValue value = need(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        fail(QString::fromLatin1(key), u"must be an object"_s);
        return {};
    }
    return value.toObject();
}

QJsonObject Fields::optionalObject(const char* key)
{
    if (m_object.value(QLatin1StringView(key)).isUndefined())
        return {};
    return object(key);
}

QString Fields::oneOf(const char* key, std::initializer_list<const char*> allowed)
{
    const QString text = string(key, 64);
    if (!ok())
        return text;
    for (const char* a : allowed) {
        if (text == QLatin1StringView(a))
            return text;
    }
    QStringList names;
    for (const char* a : allowed)
        names.append(QString::fromLatin1(a));
    fail(QString::fromLatin1(key), u"must be one of "_s + names.join(u", "_s));
    return text;
}

std::optional<QJsonObject> parseObject(const QByteArray& body, ApiError* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error->status = 400;
        error->code = u"bad-request"_s;
        error->message =
            parseError.error != QJsonParseError::NoError
                ? u"Body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                : u"Body must be a JSON object"_s;
        return std::nullopt;
    }
    return document.object();
}

bool isUuid(const QString& text)
{
    static const QRegularExpression re(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"_s);
    return re.match(text).hasMatch();
}

bool isSha256(const QString& text)
{
    static const QRegularExpression re(u"^[0-9a-f]{64}\\z"_s);
    return re.match(text).hasMatch();
}

std::optional<QList<CaseMaterialRef>> parseMaterials(const QJsonArray& array, ApiError* error)
{
    QList<CaseMaterialRef> refs;
    for (const QJsonValue& value : array) {
        if (!value.isObject()) {
            *error = ApiError{400, u"bad-request"_s, u"Every material must be an object"_s, {}};
            return std::nullopt;
        }
        Fields f(value.toObject());
        CaseMaterialRef ref;
        ref.materialId = f.string("materialId", 64);
        if (value.toObject().contains(u"form"_s))
            f.oneOf("form", {"original", "copy", "electronic"});
        ref.source = f.oneOf("source", {"upload", "licence", "reuse"});
        if (f.ok() && ref.source != u"licence"_s) {
            ref.sha256 = f.sha256("sha256");
            ref.size = f.integer("size", 0, Q_INT64_C(1) << 40);
        } else if (f.ok()) {
            ref.licenceId = f.string("licenceId", 128);
        }
        if (!f.ok()) {
            *error = f.error();
            error->message = u"materials: "_s + error->message;
            return std::nullopt;
        }
        refs.append(ref);
    }
    return refs;
}

bool parseSignature(const QJsonObject& object, QString* algorithm, QByteArray* value, ApiError* error)
{
    Fields f(object);
    *algorithm = f.oneOf("algorithm", {"ecdsa-p256-sha256", "sm2-sm3"});
    const QString base64 = f.string("value", 1024);
    if (f.ok()) {
        const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            f.fail(u"signature.value"_s, u"must be base64"_s);
        else
            *value = decoded.decoded;
    }
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    return true;
}

std::optional<CaseRequest> parseCase(const QJsonObject& object, ApiError* error)
{
    Fields f(object);
    CaseRequest c;
    c.caseId = f.uuid("caseId");
    c.caseNumber = f.string("caseNumber", 40);
    c.leaseId = f.string("leaseId", 64);
    c.machineId = f.uuid("machineId");
    c.hallCode = f.string("hallCode", 16);
    c.windowNo = f.string("windowNo", 16);
    c.staffId = f.string("staffId", 64);
    c.itemCode = f.string("itemCode", 128);
    c.itemVersion = f.integer("itemVersion", 1, 1000000);
    c.decision = f.oneOf("decision", {"accepted", "accepted-with-missing", "correction-notified", "refused"});
    c.acceptedAt = f.dateTime("acceptedAt");
    c.promisedDate = f.date("promisedDate", true);
    Fields applicant(f.object("applicant"));
    if (f.ok()) {
        applicant.oneOf("kind", {"person", "organisation"});
        applicant.string("idType", 32);
        applicant.string("idNumber", 64);
        if (!applicant.ok()) {
            *error = applicant.error();
            error->message = u"applicant: "_s + error->message;
            return std::nullopt;
        }
    }
    f.object("situations");
    const QJsonArray materials = f.array("materials", 1000);
    f.optionalArray("deferredMaterials", 1000);
    const QJsonArray approvals = f.optionalArray("approvals", 100);
    f.optionalString("notes", 4000);
    const QJsonObject signature = f.object("signature");
    if (!f.ok()) {
        *error = f.error();
        return std::nullopt;
    }
    const auto refs = parseMaterials(materials, error);
    if (!refs)
        return std::nullopt;
    c.materials = *refs;
    for (const QJsonValue& value : approvals) {
        Fields a(value.toObject());
        const QString id = a.uuid("approvalId");
        a.string("kind", 64);
        const QString mode = a.oneOf("mode", {"local", "remote"});
        if (!value.isObject() || !a.ok()) {
            *error = a.error();
            error->message = u"approvals: "_s + error->message;
            return std::nullopt;
        }
        if (mode == u"remote"_s)
            c.remoteApprovals.append(id);
    }
    if (!parseSignature(signature, &c.signatureAlgorithm, &c.signature, error))
        return std::nullopt;
    return c;
}

std::optional<CaseNumber> parseCaseNumber(const QString& text)
{
    static const QRegularExpression re(u"^([0-9A-Z]{4,16})-([1-9][0-9]{3})-([0-9]{6})\\z"_s);
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    CaseNumber n;
    n.hallCode = match.captured(1);
    n.year = match.captured(2).toInt();
    n.sequence = match.captured(3).toLongLong();
    if (n.sequence < 1)
        return std::nullopt;
    return n;
}

QString formatCaseNumber(const QString& hallCode, int year, qint64 sequence)
{
    return u"%1-%2-%3"_s.arg(hallCode).arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
}

QString isoUtc(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace yc::platform
