#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace yc {
class Clock;
} // namespace yc

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

// A failure without an HTTP status or a Retry-After.
[[nodiscard]] PlatformFailure makeFailure(FailureKind kind, QString code, QString message);
// A problem of this PC (store, file, key) met on the way to the platform: retryable, with the
// error's code and message.
[[nodiscard]] PlatformFailure localFailure(const Error& error);

// A platform call's answer: the value, or the failure that says how to go on.
template<typename T>
using PlatformResult = Result<T, PlatformFailure>;

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
    QString approvalId; // kind "approval"
    QDateTime at;
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

// An electronic licence held by the licence library (PROTOCOL.md §12). Personal data: never logged.
struct Licence
{
    QString licenceId;
    QString type; // the catalog's licenseType name, e.g. 居民身份证
    QString number;
    QString holderName;
    QString issuer;
    QDate issuedOn;
    QDate validTo; // invalid: no end date
    QString status;
};

// A credit warning on an applicant or organisation (PROTOCOL.md §13).
struct CreditWarning
{
    QString kind; // dishonest-executee, serious-violation, abnormal-operation
    QString authority;
    QDate listedOn;
    QString summary;
};

// One row of the local audit trail as uploaded (PROTOCOL.md §14). detail never holds personal data.
struct AuditEntry
{
    qint64 seq = 0; // unique per machine: the local audit row id
    QDateTime at;
    QString staffId;
    QString action;
    QString objectType;
    QString objectId;
    QString detail;
    QString windowNo;
    QString prevHash; // PROTOCOL.md §14.1
    QString hash;
};

struct AuditUpload
{
    qint64 accepted = 0;
    qint64 duplicates = 0;
};

// A citizen's service evaluation (好差评, GB/T 39734-2020; PROTOCOL.md §14). Levels and indicators
// 1–5 (5 非常满意 … 1 非常不满意); an indicator of 0 is not sent.
struct Evaluation
{
    QString evaluationId; // client-generated UUID: resending is idempotent
    QString caseNumber;
    QDateTime at;
    QString channel = QStringLiteral("window-device"); // window-device, qr-code, sms, hotline
    int level = 0;
    int overall = 0;
    int efficiency = 0;
    int service = 0;
    int attitude = 0;
    QString comment;

    // The request body of POST /evaluations; the same evaluation always gives the same bytes.
    [[nodiscard]] QJsonObject toJson() const;
    // Reads a body written by toJson() (the outbox payload); nullopt when it is not one.
    [[nodiscard]] static std::optional<Evaluation> fromJson(const QJsonObject& body);
};

// The follow-up (整改) of a bad evaluation (level <= 2), recorded by a supervisor (PROTOCOL.md §14).
// Personal data may be in the texts: kept encrypted in the outbox, never logged.
struct EvaluationFollowUp
{
    QString evaluationId;
    QString rectification; // what was put right
    QString callback;      // the record of the call back to the citizen (回访记录)
    QDateTime at;

    // The request body of POST /evaluations/<id>/follow-up (without the id); the outbox payload
    // holds it with the id.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QJsonObject toPayload() const;
    [[nodiscard]] static std::optional<EvaluationFollowUp> fromPayload(const QJsonObject& payload);
};

struct EvaluationOutcome
{
    QString evaluationId;
    bool followUp = false; // level <= 2: the platform opened a follow-up (整改)
    bool duplicate = false;
};

// The hall-wide case query (PROTOCOL.md §15). Empty fields are not sent.
struct CaseFilter
{
    QString status;
    QString windowNo;
    QDate from;
    QDate to;
    QString cursor;
    int limit = 100; // 1–500
};

// A case as the hall-wide query lists it: no applicant data.
struct CaseSummary
{
    QString caseId;
    QString caseNumber;
    QString windowNo;
    QString staffId;
    QString itemCode;
    int itemVersion = 0;
    QString decision;
    QString status;
    QDateTime acceptedAt;
    QDate promisedDate; // invalid when the case has none
    QDateTime receivedAt;
    int materialCount = 0;
};

struct CasePage
{
    std::vector<CaseSummary> cases;
    QString cursor;
    bool more = false;
};

// A clerk's request for a remote supervisor decision (PROTOCOL.md §16).
struct ApprovalRequest
{
    QString approvalId; // client-generated UUID
    QString kind;       // accept-with-missing, refusal, override
    QString caseId;
    QString itemCode;
    QString reason;
    QStringList deferredMaterials;
};

struct Approval
{
    QString approvalId;
    QString kind;
    QString caseId;
    QString itemCode;
    QString reason;
    QStringList deferredMaterials;
    QString requestedBy;
    QString windowNo;
    QString status; // pending, approved, rejected
    QString decidedBy;
    QDateTime decidedAt;
    QString note;
    QDateTime requestedAt;
};

struct ApprovalPage
{
    std::vector<Approval> approvals;
    QString cursor;
    bool more = false;
};

struct SupplementOutcome
{
    QString supplementId;
    QString caseNumber;
    QDateTime receivedAt;
    bool duplicate = false;
};

// The city platform (tests/platform/PROTOCOL.md) as the sync engine sees it. Calls are blocking
// and made on the engine's own thread; each returns a value or a PlatformFailure that says
// whether to retry.
class PlatformConnector
{
public:
    virtual ~PlatformConnector() = default;

    using Progress = std::function<void(qint64 done, qint64 total)>;

    // A flag another thread may set to cut the transfer in flight short (the call then fails as
    // retryable, code "net.cancelled"). The flag outlives the connector.
    virtual void setCancelFlag(const std::atomic_bool* flag) { (void)flag; }
    // The clock a Retry-After date is read against (the engine's); the system's until set. It
    // outlives the connector.
    virtual void setClock(const Clock* clock) { (void)clock; }

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

    // Once-only lookups (§12, §13): POSTs, so no personal data goes into a URL. Empty lists when none.
    virtual PlatformResult<std::vector<Licence>> lookupLicences(const QString& token, const QString& holderIdType,
                                                                const QString& holderId, const QStringList& types) = 0;
    virtual PlatformResult<std::vector<CreditWarning>> lookupCredit(const QString& token, const QString& subjectIdType,
                                                                    const QString& subjectId) = 0;
    // §14: a batch of audit entries under a client-generated batch id (a repeated batch is answered again).
    virtual PlatformResult<AuditUpload> uploadAudit(const QString& token, const QString& batchId,
                                                    const std::vector<AuditEntry>& entries) = 0;
    virtual PlatformResult<EvaluationOutcome> submitEvaluation(const QString& token, const Evaluation& evaluation) = 0;
    // §14: the follow-up of a bad evaluation (supervisors). Connectors that do not speak it refuse it.
    virtual PlatformResult<Done> submitEvaluationFollowUp(const QString& token, const EvaluationFollowUp& followUp)
    {
        (void)token;
        (void)followUp;
        return makeFailure(FailureKind::Permanent, QStringLiteral("unsupported"),
                           QStringLiteral("This connection does not send evaluation follow-ups."));
    }
    // §15, supervisors and admins only.
    virtual PlatformResult<CasePage> hallCases(const QString& token, const CaseFilter& filter) = 0;
    // §16 remote approvals.
    virtual PlatformResult<Approval> requestApproval(const QString& token, const ApprovalRequest& request) = 0;
    virtual PlatformResult<Approval> approval(const QString& token, const QString& approvalId) = 0;
    virtual PlatformResult<ApprovalPage> pendingApprovals(const QString& token, const QString& cursor, int limit) = 0;
    virtual PlatformResult<Approval> decideApproval(const QString& token, const QString& approvalId,
                                                    const QString& decision, const QString& note) = 0;
    // §9.1: the signed supplement body (see SupplementDocument).
    virtual PlatformResult<SupplementOutcome> submitSupplement(const QString& token, const QString& caseNumber,
                                                               const QJsonObject& signedBody) = 0;
};

} // namespace yc::sync
