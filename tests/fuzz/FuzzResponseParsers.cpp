// The platform's answers are outside bytes: every response parser must turn anything (cut short,
// wrong types, huge numbers) into a value or a retryable failure, without crashing.
#include "sync/ResponseParsers.h"

#include <QTimeZone>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using yc::sync::ResponseParsers;
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)ResponseParsers::health(body);
    (void)ResponseParsers::session(body);
    (void)ResponseParsers::materialQuery(body);
    (void)ResponseParsers::chunk(body);
    (void)ResponseParsers::submitted(body);
    (void)ResponseParsers::changes(body);
    const auto lease = ResponseParsers::lease(body);
    if (lease.ok() && (lease.value().last < lease.value().first || lease.value().first < 1))
        __builtin_trap();
    (void)ResponseParsers::offsetMismatchReceived(body);
    const auto licences = ResponseParsers::licences(body);
    if (licences.ok())
        for (const auto& l : licences.value())
            if (l.licenceId.isEmpty())
                __builtin_trap();
    (void)ResponseParsers::creditWarnings(body);
    const auto audit = ResponseParsers::auditUpload(body);
    if (audit.ok() && (audit.value().accepted < 0 || audit.value().duplicates < 0))
        __builtin_trap();
    (void)ResponseParsers::evaluation(body);
    const auto cases = ResponseParsers::casePage(body);
    if (cases.ok())
        for (const auto& c : cases.value().cases)
            if (c.caseId.isEmpty() || c.materialCount < 0)
                __builtin_trap();
    const auto approval = ResponseParsers::approval(body);
    if (approval.ok() && approval.value().approvalId.isEmpty())
        __builtin_trap();
    (void)ResponseParsers::approvalPage(body);
    (void)ResponseParsers::supplement(body);
    // Any bytes as a Retry-After value, read against a fixed time: a wait within (0, 24 h] or none.
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
    const auto wait = ResponseParsers::retryAfter(body.left(40), now);
    if (wait && (wait->count() <= 0 || wait->count() > 24 * 3600))
        __builtin_trap();
    const auto failure = ResponseParsers::httpFailure(size % 2 ? 503 : 422, wait, body);
    if (failure.retryAfter && failure.retryAfter->count() > 24 * 3600)
        __builtin_trap();
    return 0;
}
