#pragma once

#include "sync/PlatformConnector.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace yc::sync {

// Parsers of the platform's answers (PROTOCOL.md). They read untrusted bytes: every one checks
// types and never trusts lengths; a body that is cut short or is not the expected JSON becomes a
// retryable failure with a clear message. Fuzzed by tests/fuzz/FuzzResponseParsers.cpp.
class ResponseParsers
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::ResponseParsers)

public:
    // A JSON object body, or a retryable "json.invalid" failure.
    [[nodiscard]] static PlatformResult<QJsonObject> object(const QByteArray& body);
    // Maps a non-2xx answer (status, the wait its Retry-After header asked for, error body) to a failure.
    [[nodiscard]] static PlatformFailure httpFailure(int status, std::optional<std::chrono::seconds> retryAfter,
                                                     const QByteArray& body);
    // A Retry-After value (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date (IMF-fixdate, and the
    // obsolete RFC 850 and asctime forms) read against now. Nullopt when there is nothing to wait
    // for: absent, unreadable, zero, or a date that is not in the future. At most 24 hours.
    [[nodiscard]] static std::optional<std::chrono::seconds> retryAfter(const QByteArray& value, const QDateTime& now);
    // An HTTP-date as a UTC time; invalid when the value is not one. now resolves the two-digit
    // year of the RFC 850 form (never more than 50 years ahead).
    [[nodiscard]] static QDateTime httpDate(const QByteArray& value, const QDateTime& now);

    [[nodiscard]] static PlatformResult<Health> health(const QByteArray& body);
    [[nodiscard]] static PlatformResult<StaffSession> session(const QByteArray& body);
    [[nodiscard]] static PlatformResult<MaterialQuery> materialQuery(const QByteArray& body);
    // The "complete" flag and "received" of a chunk answer.
    [[nodiscard]] static PlatformResult<std::pair<bool, qint64>> chunk(const QByteArray& body);
    [[nodiscard]] static PlatformResult<SubmitOutcome> submitted(const QByteArray& body);
    [[nodiscard]] static PlatformResult<ChangePage> changes(const QByteArray& body);
    [[nodiscard]] static PlatformResult<CaseNumberLease> lease(const QByteArray& body);
    // §12–§16 (strict: a missing or wrongly typed key makes the whole answer malformed).
    [[nodiscard]] static PlatformResult<std::vector<Licence>> licences(const QByteArray& body);
    [[nodiscard]] static PlatformResult<std::vector<CreditWarning>> creditWarnings(const QByteArray& body);
    [[nodiscard]] static PlatformResult<AuditUpload> auditUpload(const QByteArray& body);
    [[nodiscard]] static PlatformResult<EvaluationOutcome> evaluation(const QByteArray& body);
    [[nodiscard]] static PlatformResult<CasePage> casePage(const QByteArray& body);
    // {"approval": Approval}
    [[nodiscard]] static PlatformResult<Approval> approval(const QByteArray& body);
    [[nodiscard]] static PlatformResult<ApprovalPage> approvalPage(const QByteArray& body);
    [[nodiscard]] static PlatformResult<SupplementOutcome> supplement(const QByteArray& body);
    // details.received of a 409 offset-mismatch, or -1.
    [[nodiscard]] static qint64 offsetMismatchReceived(const QByteArray& body);

    [[nodiscard]] static PlatformFailure malformed(const QString& what);
};

} // namespace yc::sync
