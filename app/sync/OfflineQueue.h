#pragma once

#include "core/Result.h"
#include "storage/CaseRepository.h"
#include "storage/OutboxRepository.h"
#include "sync/PlatformConnector.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace yc {
class Clock;
} // namespace yc

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

struct NewSupplement
{
    QString supplementId; // client-generated UUID; generated when empty. Sending is idempotent by it.
    QString caseId;       // the local case the materials belong to
    QString staffId;      // the clerk who took them: sent under this staff member's sign-in
    QString note;         // may hold personal data: stored encrypted
    std::vector<storage::NewCaseMaterial> materials;
};

// Outbox entries besides cases (PROTOCOL.md §9.1, §14): evaluations and supplements, queued
// offline and drained by the SyncEngine after the cases. Each is stored with its material files,
// its outbox entry and its audit row in one transaction; queuing the same id again changes nothing.
class OfflineQueue
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::OfflineQueue)

public:
    OfflineQueue(storage::Database& database, const storage::FieldCipher& cipher, QString dataDir, const Clock& clock);

    // evaluation.caseNumber may be empty when caseId names a local case: the engine fills in the
    // case's official number and sends it once the platform holds the case.
    [[nodiscard]] Result<QString> enqueueEvaluation(Evaluation evaluation, const QString& caseId,
                                                    const QString& staffId);
    // Returns the supplement id. Sent only after its case is on the platform (it needs the case number).
    [[nodiscard]] Result<QString> enqueueSupplement(NewSupplement supplement);

    // The queued evaluation (decrypted payload) of an outbox entry.
    [[nodiscard]] static Result<Evaluation> evaluation(storage::Database& database, const storage::FieldCipher& cipher,
                                                       qint64 outboxId);
    // The note of a queued supplement (decrypted).
    [[nodiscard]] static Result<QString> supplementNote(storage::Database& database, const storage::FieldCipher& cipher,
                                                        const QString& supplementId);
    // The queue as people see it (the F7 page, yichuang-ctl outbox list): every kind, never personal
    // data. An evaluation queued with a case number only shows the number from its payload.
    [[nodiscard]] static Result<std::vector<storage::OutboxListRow>>
    list(storage::Database& database, const storage::FieldCipher& cipher, const storage::OutboxListFilter& filter);

private:
    storage::Database& m_database;
    const storage::FieldCipher& m_cipher;
    QString m_dataDir;
    const Clock& m_clock;
};

} // namespace yc::sync
