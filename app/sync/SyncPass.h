#pragma once

#include "core/Result.h"
#include "storage/OutboxRepository.h"
#include "sync/PlatformConnector.h"
#include "sync/RetryPolicy.h"

#include <QDateTime>
#include <QString>

#include <atomic>

namespace yc {
class Clock;
namespace storage {
class Database;
class FieldCipher;
class MaterialStore;
} // namespace storage
} // namespace yc

namespace yc::sync {

struct SyncEngineOptions
{
    RetryPolicy retry;
    int batchSize = 200;                   // outbox items looked at per pass
    int intervalMs = 30000;                // pause between passes when running on its thread
    int maxConsecutiveNetworkFailures = 3; // a pass stops early when the platform seems unreachable
    int calendarRefreshHours = 12;
    int auditBatchSize = 500; // audit rows per upload (PROTOCOL.md §14)
};

struct PassReport
{
    bool enrolled = false;
    bool reachedPlatform = false;
    int submitted = 0;
    int retryableFailures = 0;
    int permanentFailures = 0;
    int changesApplied = 0;
    int evaluationsSubmitted = 0;
    int supplementsSubmitted = 0;
    int auditUploaded = 0; // audit rows the platform confirmed in this pass
    int dueLeft = 0;       // items still due now (the pass stopped early)
    QDateTime nextDue;     // earliest next_attempt_at of waiting items
    QString lastError;
};

// What the jobs of a pass share: the engine's own store connection, the connector, the clock, the
// options, the stop flag and the Retry-After hold. Owned by the SyncEngine; the jobs hold a reference.
struct PassContext
{
    PassContext(const storage::FieldCipher& c, QString dir, const Clock& k, SyncEngineOptions o,
                const std::atomic_bool& stop)
        : cipher(c)
        , dataDir(std::move(dir))
        , clock(k)
        , options(o)
        , cancel(stop)
    {}

    storage::Database* db = nullptr;
    const storage::FieldCipher& cipher;
    const QString dataDir;
    const Clock& clock;
    const SyncEngineOptions options;
    const std::atomic_bool& cancel; // set by stop() from another thread
    PlatformConnector* connector = nullptr;
    QDateTime notBefore; // Retry-After: no request to the platform before this

    [[nodiscard]] storage::OutboxRepository outbox() const { return storage::OutboxRepository(*db, clock); }
    // Cut short by stop(): what was in flight is not a failed attempt.
    [[nodiscard]] bool cancelled() const { return cancel.load(); }
    // Neither stopping nor inside a Retry-After wait.
    [[nodiscard]] bool mayCallPlatform() const;
    // A Retry-After in the failure holds every request until then.
    void noteRetryAfter(const PlatformFailure& failure);
    // Counts a failed queue entry in the report, records it (attempts, backoff) and notes Retry-After;
    // true when the rest of the pass must wait (TLS problem or Retry-After).
    bool countFailure(const storage::OutboxEntry& entry, const PlatformFailure& failure, PassReport& report);
};

// A material's bytes from the local store, checked against the hash it was signed with. A mismatch
// is permanent: the file must be scanned again, and nothing is sent.
[[nodiscard]] PlatformResult<QByteArray> verifiedContent(const storage::MaterialStore& store, const QString& materialId,
                                                         const QString& sha256, const QString& name);

} // namespace yc::sync
