#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace yc::platform {

// An HTTP answer of the platform: status, headers and body (JSON unless said otherwise).
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(int status, const QJsonObject& object);
    static Reply empty(int status);
    static Reply error(int status, const QString& code, const QString& message, bool retryable = false,
                       const QJsonObject& details = {}, int retryAfterSeconds = 0);
    [[nodiscard]] bool isError() const { return status >= 400; }
};

// An error found while reading a request, turned into a 400/422 reply by the caller.
struct ApiError
{
    int status = 400;
    QString code = QStringLiteral("bad-request");
    QString message;
    QJsonObject details;

    [[nodiscard]] Reply toReply() const { return Reply::error(status, code, message, false, details); }
};

// Reads typed keys from a request object; remembers the first problem (key and reason).
class Fields
{
public:
    explicit Fields(QJsonObject object)
        : m_object(std::move(object))
    {}

    QString string(const char* key, int maxLength = 4096);
    QString optionalString(const char* key, int maxLength = 4096);
    QString uuid(const char* key);
    QString sha256(const char* key);
    QString date(const char* key, bool allowNull = false);
    QString dateTime(const char* key);
    qint64 integer(const char* key, qint64 min, qint64 max);
    qint64 optionalInteger(const char* key, qint64 min, qint64 max, qint64 fallback);
    QJsonArray array(const char* key, qsizetype maxSize = 10000);
    QJsonArray optionalArray(const char* key, qsizetype maxSize = 10000);
    QJsonObject object(const char* key);
    QJsonObject optionalObject(const char* key);
    QString oneOf(const char* key, std::initializer_list<const char*> allowed);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] ApiError error() const { return m_error.value_or(ApiError{}); }
    void fail(const QString& key, const QString& reason);

private:
    QJsonValue need(const char* key);

    QJsonObject m_object;
    std::optional<ApiError> m_error;
};

// Parses a request body that must be one JSON object.
std::optional<QJsonObject> parseObject(const QByteArray& body, ApiError* error);

[[nodiscard]] bool isUuid(const QString& text);
[[nodiscard]] bool isSha256(const QString& text);

// A case submission, checked for keys and types only (the platform checks the rest).
struct CaseMaterialRef
{
    QString materialId;
    QString source; // upload | licence | reuse (reuse and upload name bytes by sha256)
    QString sha256;
    qint64 size = 0;
    QString licenceId;
};

struct CaseRequest
{
    QString caseId;
    QString caseNumber;
    QString leaseId;
    QString machineId;
    QString hallCode;
    QString windowNo;
    QString staffId;
    QString itemCode;
    qint64 itemVersion = 0;
    QString decision;
    QString acceptedAt;
    QString promisedDate;
    QList<CaseMaterialRef> materials;
    QStringList remoteApprovals;
    QString signatureAlgorithm;
    QByteArray signature;
};

std::optional<CaseRequest> parseCase(const QJsonObject& object, ApiError* error);
// Material references of a case or supplement ("materials" array).
std::optional<QList<CaseMaterialRef>> parseMaterials(const QJsonArray& array, ApiError* error);
// The "signature" object: algorithm and DER bytes.
bool parseSignature(const QJsonObject& object, QString* algorithm, QByteArray* value, ApiError* error);

// Case number <hallCode>-<year>-<6 digits>.
struct CaseNumber
{
    QString hallCode;
    int year = 0;
    qint64 sequence = 0;
};
std::optional<CaseNumber> parseCaseNumber(const QString& text);
QString formatCaseNumber(const QString& hallCode, int year, qint64 sequence);

QString isoUtc(qint64 msecsSinceEpoch);

} // namespace yc::platform
