#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace yc {
class Clock;
} // namespace yc

namespace yc::storage {

class Database;

// One queue entry as the sync engine works on it.
struct OutboxEntry
{
    qint64 id = 0;
    QString caseId;
    QString state;
    QString staffId;
    int attempts = 0;
    QString kind;
    QString objectId; // evaluation or supplement id; empty for a case
};

// One row of the queue listing (F7 page, yichuang-ctl outbox list): never personal data.
struct OutboxListRow
{
    qint64 id = 0;
    QString kind;
    QString caseId;     // empty when queued against a case number only
    QString caseNumber; // the local case's number, else the one the platform gave
    QString state;
    QString staffId;
    QString staffName; // display name, or the staff id when unknown
    int attempts = 0;
    QString nextAttemptAt; // as stored (ISO 8601 UTC); empty when not waiting
    QString errorKind;     // empty, retryable or permanent
    QString lastError;
    QString platformStatus;
    qint64 bytesTotal = 0;
    qint64 bytesDone = 0;
    QString objectId;
};

struct OutboxListFilter
{
    enum class Order
    {
        OldestFirst,        // by id
        WaitingNewestFirst, // entries not yet on the platform first, newest first within each group
    };
    bool includeSubmitted = false;
    Order order = Order::OldestFirst;
    int limit = -1; // no limit
};

// Entries not yet on the platform, for the offline gate and the status line.
struct OutboxCounts
{
    qint64 pendingCases = 0;
    qint64 pendingOther = 0; // evaluations and supplements
    qint64 failed = 0;       // refused (permanent), any kind: they wait for a person
    qint64 failedCases = 0;
};

// Whether the platform holds the case an evaluation or supplement belongs to.
struct OutboxCaseOnPlatform
{
    bool caseKnown = false; // a local case with this id exists
    QString caseNumber;
    bool submitted = false; // its queue entry reached the platform
};

// The only code that reads or writes the `outbox` table: everything that must reach the platform,
// in order, surviving restarts. Every time it writes is the Clock's, as ISO 8601 UTC with
// milliseconds (the format of the other tables' times); a due check compares against the same form.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::OutboxRepository)

public:
    inline static const QString CaseKind = QStringLiteral("case");
    inline static const QString EvaluationKind = QStringLiteral("evaluation");
    inline static const QString SupplementKind = QStringLiteral("supplement");
    // The follow-up of a bad evaluation (object id: the evaluation's id), sent under the supervisor's name.
    inline static const QString EvaluationFollowUpKind = QStringLiteral("evaluation-follow-up");
    inline static const QString Submitted = QStringLiteral("submitted");

    OutboxRepository(Database& database, const Clock& clock);

    // The stored form of a time in this table.
    [[nodiscard]] static QString timestamp(const QDateTime& at);
    // The associated data an entry's encrypted payload is bound to.
    [[nodiscard]] static QByteArray payloadAad(const QString& kind, const QString& objectId);

    // A case's entry; called inside the transaction that stores the case.
    [[nodiscard]] Status enqueueCase(const QString& caseId, const QString& staffId, qint64 bytesTotal);
    // An evaluation or supplement; false when an entry for (kind, objectId) exists already (nothing written).
    [[nodiscard]] Result<bool> enqueueObject(const QString& kind, const QString& caseId, const QString& objectId,
                                             const QByteArray& payloadEnc, const QString& staffId, qint64 bytesTotal);
    [[nodiscard]] Result<bool> containsObject(const QString& kind, const QString& objectId) const;
    // Whether an entry of `kind` (evaluation, supplement) was ever queued for the case, sent or not.
    [[nodiscard]] Result<bool> containsForCase(const QString& kind, const QString& caseId) const;
    // The encrypted payload of (kind, objectId); error "<kind>.missing" when there is none.
    [[nodiscard]] Result<QByteArray> payload(const QString& kind, const QString& objectId) const;
    // The object id of entry `id` of this kind; error "<kind>.missing" when there is none.
    [[nodiscard]] Result<QString> objectId(qint64 id, const QString& kind) const;

    // Entries due now, oldest first: cases, or the other kinds (evaluations, their follow-ups, supplements).
    enum class Kinds
    {
        Cases,
        Others
    };
    [[nodiscard]] Result<std::vector<OutboxEntry>> due(Kinds kinds, int limit) const;
    // Moves an entry to a state; false when it was in that state already.
    [[nodiscard]] Result<bool> setState(qint64 id, const QString& state);
    [[nodiscard]] Status setBytesDone(qint64 id, qint64 bytesDone);
    // Reached the platform: no error, no wait, all bytes sent. An empty case number or status
    // leaves the stored one; a stored platform status is kept (the change feed may be ahead).
    [[nodiscard]] Status markSubmitted(qint64 id, const QString& caseNumber, const QString& platformStatus);
    // A failed attempt (attempts counted); nextAttempt invalid for a permanent refusal (waits for a person).
    [[nodiscard]] Status recordFailure(qint64 id, int attempts, const QDateTime& nextAttempt, const QString& message,
                                       bool permanent);
    // Looked at again at nextAttempt without counting an attempt (e.g. waiting for its case).
    [[nodiscard]] Status postpone(qint64 id, const QDateTime& nextAttempt, const QString& message);
    // "Retry now": clears the wait and the error of one entry; error "outbox.unknown" when there is none.
    [[nodiscard]] Status retryNow(qint64 id);
    // After an online sign-in: the entries of that staff member that waited for it are due again.
    [[nodiscard]] Status releaseWaitsOf(const QString& staffId);
    // A status from the platform's change feed for every entry of a case; returns the entries changed.
    [[nodiscard]] Result<int> applyPlatformStatus(const QString& caseId, const QString& status,
                                                  const QString& caseNumber);

    [[nodiscard]] Result<OutboxCounts> counts() const;
    // Entries of any kind not yet on the platform.
    [[nodiscard]] Result<qint64> pendingCount() const;
    // Retention: whether every outbox item of the case (case, supplements, evaluations) is
    // submitted; and dropping the payloads of its submitted items (inside the caller's transaction).
    [[nodiscard]] Result<bool> isSettled(const QString& caseId) const;
    [[nodiscard]] Status purgePayloadsWithin(const QString& caseId);
    // Entries that could be sent now (not refused, not waiting).
    [[nodiscard]] Result<qint64> dueCount() const;
    // The earliest wait of the entries not refused; invalid when none waits.
    [[nodiscard]] Result<QDateTime> nextDue() const;
    // Cases not yet on the platform, oldest first.
    [[nodiscard]] Result<QStringList> pendingCaseIds() const;
    // Supplements not yet on the platform whose case has its number: (supplement id, case number).
    [[nodiscard]] Result<std::vector<std::pair<QString, QString>>> pendingSupplementsWithNumber() const;
    [[nodiscard]] Result<OutboxCaseOnPlatform> caseOnPlatform(const QString& caseId) const;

    [[nodiscard]] Result<std::vector<OutboxListRow>> list(const OutboxListFilter& filter) const;

private:
    [[nodiscard]] QString now() const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace yc::storage
