#pragma once

#include "core/Result.h"
#include "sync/Enrolment.h"
#include "sync/PlatformConnector.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncSinks.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace yc {
class Clock;
namespace storage {
class Database;
class FieldCipher;
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

// Drains the outbox to the platform: per case, materials first (content-addressed, resumable),
// then the signed case referencing them; applies the change feed; refills case-number leases;
// keeps the limits, catalog and calendar current. Every step is recorded in the store before the
// next, so a crash or restart resumes where it stopped; submissions are idempotent by case id.
//
// Threading: the engine opens its own Database connection on the thread that calls open() —
// its own QThread in the application (start()), the calling thread in yichuang-ctl and tests.
// Calls to the platform block that thread (the connector waits on the network), never the GUI.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    using ConnectorFactory = std::function<std::unique_ptr<PlatformConnector>(const EnrolmentInfo&)>;

    SyncEngine(QString dataDir, const storage::FieldCipher& cipher, const Clock& clock, ConnectorFactory factory,
               SyncEngineOptions options = {});
    ~SyncEngine() override;

    void setCatalogSink(CatalogFeedSink* sink) { m_catalogSink = sink; }
    void setCalendarSink(CalendarSink* sink) { m_calendarSink = sink; }

    // Synchronous use on the calling thread.
    [[nodiscard]] Status open();
    PassReport runPass();
    // Passes until nothing is due (waiting for backoff when waitForBackoff) or until limitMs.
    PassReport runUntilIdle(qint64 limitMs, bool waitForBackoff);

    // Threaded use: moves the engine to its own thread and runs a pass every intervalMs.
    void start();
    void stop();

    // A person's "Retry now" (any thread, its own connection): clears the wait of one entry of any
    // kind (case, evaluation, supplement), so the next pass sends it. Error "outbox.unknown" when
    // there is no such entry.
    [[nodiscard]] static Status retryNow(storage::Database& database, qint64 outboxId);

public slots:
    void syncNow();

signals:
    void passFinished();
    void uploadProgress(const QString& caseId, qint64 done, qint64 total);

private:
    struct Item
    {
        qint64 id = 0;
        QString caseId;
        QString state;
        QString staffId;
        int attempts = 0;
        QString kind = QStringLiteral("case");
        QString objectId; // evaluationId, supplementId
    };
    enum class Outcome
    {
        Done,
        Failed,
        StopPass
    };

    void onThreadStarted();
    void onThreadFinishing();
    Outcome processCase(const Item& item, PassReport& report);
    PlatformResult<SubmitOutcome> uploadAndSubmit(const Item& item, const EnrolmentInfo& enrolment);
    Status recordFailure(const Item& item, const PlatformFailure& failure);
    // Counts a failed entry in the report, records it (attempts, backoff) and notes Retry-After;
    // true when the rest of the pass must wait (TLS problem or Retry-After).
    bool countFailure(const Item& item, const PlatformFailure& failure, PassReport& report);
    Status setItemState(const Item& item, const QString& state);
    PlatformResult<QString> tokenFor(const QString& staffId, bool forceRefresh);
    template<typename T>
    PlatformResult<T> withToken(const QString& staffId, const std::function<PlatformResult<T>(const QString&)>& call);
    template<typename T>
    PlatformResult<T> withAnyToken(const std::function<PlatformResult<T>(const QString&)>& call, bool leaseCapable);
    // Evaluations and supplements (after the cases; a supplement only once its case is stored).
    bool drainOtherItems(PassReport& report);
    PlatformResult<Done> sendSupplement(const Item& item, QString* caseNumber);
    PlatformResult<Done> sendEvaluation(const Item& item);
    Status markOtherSubmitted(const Item& item, const QString& caseNumber);
    void uploadAuditTrail(PassReport& report);
    void refillLeases(PassReport& report);
    void applyChanges(PassReport& report);
    void refreshCalendarAndCatalog();
    void noteRetryAfter(const PlatformFailure& failure);
    // Neither stopping nor inside a Retry-After wait.
    [[nodiscard]] bool mayCallPlatform() const;

    QString m_dataDir;
    const storage::FieldCipher& m_cipher;
    const Clock& m_clock;
    ConnectorFactory m_factory;
    SyncEngineOptions m_options;
    CatalogFeedSink* m_catalogSink = nullptr;
    CalendarSink* m_calendarSink = nullptr;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<PlatformConnector> m_connector;
    QString m_connectorMachine;
    QDateTime m_notBefore;            // Retry-After: no request to the platform before this
    std::atomic_bool m_cancel{false}; // set by stop() from another thread
    QThread* m_thread = nullptr;
    QTimer* m_timer = nullptr;
    bool m_inPass = false;
};

} // namespace yc::sync
