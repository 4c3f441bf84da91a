#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <vector>

namespace yc::storage {

class Database;

struct AuditRow
{
    qint64 id = 0; // also the entry's sequence number on the platform (unique per machine)
    QDateTime at;
    QString staffId;
    QString action;
    QString objectType;
    QString objectId;
    QString detail;
    QString windowNo;
    QString prevHash;
    QString hash;
};

// What `yichuang-ctl audit verify` reports.
struct AuditVerification
{
    qint64 entries = 0;
    qint64 firstBad = 0; // the id of the first entry that does not hold; 0 when the chain holds
    QString problem;     // what is wrong with it (translated)
    QString headHash;    // the hash of the last entry
    [[nodiscard]] bool ok() const { return firstBad == 0; }
};

// The local audit trail (table `audit`): who did what, when, at this window. The sync engine
// uploads it to the platform in batches (PROTOCOL.md §14).
//
// PRIVACY: detail must NEVER hold personal data (no names, ID numbers, addresses, phones, file
// names of scans, free text typed about a citizen). It holds codes and counts only, e.g.
// "decision=accepted materials=3". Object ids are the project's own UUIDs and numbers, never
// an applicant's ID number. The audit rows are stored in clear and leave the PC.
//
// The trail is a hash chain (PROTOCOL.md §14.1, core/AuditChain.h): each row holds the window,
// the hash of the row before it and its own hash, so verify() finds an edited, deleted, inserted
// or reordered row.
//
// Actions written today: case.accept, staff.sign-in-online, staff.sign-in-offline,
// staff.sign-in-failed (detail "mode=online|offline|enrol reason=CODE"; the staff id only when known on
// this PC, else "account=unknown"; never what was typed), machine.enrol,
// outbox.export, evaluation.queue, supplement.queue, notice.print (object the case; detail "notice=ID
// kind=KIND output=printer|pdf prints=N"), notice.export (yichuang-ctl; detail "notice=ID kind=KIND"),
// case.approval-answer (a supervisor's decision; a remote request of another window adds
// "approval=ID window=NO"), case.view-personal (the supervisor's case detail showed the
// applicant unmasked; detail "fields=..."), evaluation.follow-up (object the evaluation; "level=N").
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::AuditLog)

public:
    explicit AuditLog(Database& database, const Clock& clock = systemClock());

    // Appends one row. Call it inside the transaction of the action it records, so the action
    // and its audit row are stored together or not at all. at defaults to now (UTC).
    [[nodiscard]] Status append(const QString& staffId, const QString& action, const QString& objectType,
                                const QString& objectId, const QString& detail, const QDateTime& at = {});

    // Rows not yet confirmed by the platform: first those already assigned to a batch.
    // Upload protocol (SyncEngine): pendingBatch() -> if empty, assignBatch() -> rows(batch) ->
    // send -> markUploaded(batch). The batch id is stored before sending, so a resend after a
    // crash uses the same id.
    [[nodiscard]] Result<QString> pendingBatch() const;
    // Assigns up to limit unbatched rows (oldest first) to batchId; returns how many.
    [[nodiscard]] Result<int> assignBatch(const QString& batchId, int limit);
    [[nodiscard]] Result<std::vector<AuditRow>> rows(const QString& batchId) const;
    [[nodiscard]] Status markUploaded(const QString& batchId, const QDateTime& at);
    [[nodiscard]] Result<qint64> pendingCount() const;
    // The latest rows (newest first), for diagnostics and tests.
    [[nodiscard]] Result<std::vector<AuditRow>> latest(int limit) const;
    // The rows about one object (e.g. "case", a case id), oldest first: the object's history.
    [[nodiscard]] Result<std::vector<AuditRow>> ofObject(const QString& objectType, const QString& objectId) const;

    // Walks the whole chain: ids 1..n without a gap (n as SQLite's AUTOINCREMENT counter
    // remembers it, so a removed last row is found too), each prev_hash the hash of the row
    // before, each hash recomputed from the row.
    [[nodiscard]] Result<AuditVerification> verify() const;

    // The schema version that introduced the chain, and the step run right after its statements,
    // in the same transaction: chains the rows stored before, in id order.
    static constexpr int ChainSchemaVersion = 8;
    [[nodiscard]] static Status sealUnchained(Database& database);

private:
    // The rows under condition (a fixed text, values bound), in its order.
    [[nodiscard]] Result<std::vector<AuditRow>> readAll(const QString& condition, const QVariantList& values) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace yc::storage
