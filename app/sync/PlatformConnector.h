#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace yc::sync {

// How a failed platform call must be handled.
enum class FailureKind
{
    Retryable, // network down, timeout, 5xx, 429, truncated or invalid JSON: back off and try again
    Auth,      // token missing, expired or revoked: sign in again (or refresh), then retry
    Permanent, // the platform refused the content (4xx with a reason): wait for a person
    Tls,       // certificate, chain or pin problem: never connect, tell IT staff
};

struct PlatformFailure
{
    FailureKind kind = FailureKind::Retryable;
    QString code;    // stable code, e.g. "http.503", "net.timeout", "json.invalid", platform's error code
    QString message; // translated, for the clerk or IT staff; the platform's reason when it gave one
    int httpStatus = 0;
    std::optional<std::chrono::seconds> retryAfter;
};

template<typename T>
class [[nodiscard]] PlatformResult
{
public:
    PlatformResult(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    PlatformResult(PlatformFailure failure)
        : m_state(std::in_place_index<1>, std::move(failure))
    {}
    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T& value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_state); }
    [[nodiscard]] const PlatformFailure& failure() const { return std::get<1>(m_state); }

private:
    std::variant<T, PlatformFailure> m_state;
};

struct Done
{};

struct StaffSession
{
    QString accessToken;
    QDateTime expiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    QString staffId;
    QString displayName;
    QStringList roles; // clerk, supervisor, admin
    QString hallCode;
    int offlineSignInDays = 0;
};

struct SubmitOutcome
{
    QString caseNumber;
    QString status;
    bool duplicate = false; // the platform had it already (idempotent resend)
};

struct ChangeEvent
{
    qint64 seq = 0;
    QString kind; // case-status, approval, catalog
    QString caseId;
    QString caseNumber;
    QString status; // submitted, under-review, correction-requested, supplemented, completed, delivered, refused
    QString note;
    qint64 catalogVersion = 0;
};

struct ChangePage
{
    std::vector<ChangeEvent> events;
    QString cursor;
    bool more = false;
};

struct CaseNumberLease
{
    QString leaseId;
    QString hallCode;
    int year = 0;
    qint64 first = 0;
    qint64 last = 0;
};

struct MaterialQuery
{
    QStringList present;
    QStringList missing;
    QHash<QString, qint64> partial; // sha256 -> bytes the platform holds already
};

struct Health
{
    QDateTime serverTime;
    int protocol = 0;
    qint64 catalogVersion = 0;
};

// The city platform (tests/platform/PROTOCOL.md) as the sync engine sees it. Calls are blocking
// and made on the engine's own thread; each returns a value or a PlatformFailure that says
// whether to retry.
class PlatformConnector
{
public:
    virtual ~PlatformConnector() = default;

    using Progress = std::function<void(qint64 done, qint64 total)>;

    virtual PlatformResult<Health> health() = 0;
    virtual PlatformResult<StaffSession> signIn(const QString& staffId, const QString& password,
                                                const QString& machineId) = 0;
    virtual PlatformResult<StaffSession> refresh(const QString& refreshToken) = 0;
    virtual PlatformResult<QJsonArray> halls(const QString& token) = 0;
    // POST /machines: body as PROTOCOL.md §4; answers the enrolment document (machine, hall, window, limits).
    virtual PlatformResult<QJsonObject> enrol(const QString& token, const QJsonObject& body) = 0;
    virtual PlatformResult<QJsonObject> machine(const QString& token) = 0;
    virtual PlatformResult<MaterialQuery> queryMaterials(const QString& token, const QStringList& sha256) = 0;
    // Sends content from offset on, in chunks; returns when the platform reports the material complete.
    virtual PlatformResult<Done> uploadMaterial(const QString& token, const QString& sha256, const QByteArray& content,
                                                qint64 offset, const Progress& progress) = 0;
    virtual PlatformResult<SubmitOutcome> submitCase(const QString& token, const QJsonObject& signedBody) = 0;
    virtual PlatformResult<ChangePage> changes(const QString& token, const QString& cursor) = 0;
    virtual PlatformResult<CaseNumberLease> lease(const QString& token, const QString& requestId, int year,
                                                  int count) = 0;
    // Empty object when unchanged (304).
    virtual PlatformResult<QJsonObject> calendar(const QString& token, const QString& etag, QString* newEtag) = 0;
    virtual PlatformResult<QJsonObject> catalog(const QString& token, qint64 sinceVersion) = 0;
};

} // namespace yc::sync
