#pragma once

#include "core/Result.h"
#include "sync/Enrolment.h"
#include "sync/PlatformConnector.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncPass.h"
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

class AuditUploader;
class LeaseRefiller;
class TokenProvider;

// Drains the outbox to the platform: per case, materials first (content-addressed, resumable),
// then the signed case referencing them; applies the change feed; refills case-number leases;
// keeps the limits, catalog and calendar current. Every step is recorded in the store before the
// next, so a crash or restart resumes where it stopped; submissions are idempotent by case id.
//
// The engine runs the pass; each job is its own class behind it (TokenProvider, LeaseRefiller,
// CaseUploader, OtherItemsSender, AuditUploader, ChangeFeedApplier, ReferenceDataRefresher), and the
// queue itself is storage::OutboxRepository's.
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
    [[nodiscard]] static Status retryNow(storage::Database& database, const Clock& clock, qint64 outboxId);
    // The same, the time taken from the system clock.
    [[nodiscard]] static Status retryNow(storage::Database& database, qint64 outboxId);

public slots:
    void syncNow();

signals:
    void passFinished();
    void uploadProgress(const QString& caseId, qint64 done, qint64 total);

private:
    void onThreadStarted();
    void onThreadFinishing();
    // The window's limits, hall and window (PROTOCOL.md §4); false when a TLS problem stops the pass.
    bool fetchMachineDocument(Enrolment& enrolment, TokenProvider& tokens, PassReport& report);
    // The cases, oldest first, each under its own clerk's sign-in; false when the pass must stop.
    bool drainCases(TokenProvider& tokens, LeaseRefiller& leases, PassReport& report);
    // What is still due and when the next entry is, into the report and the store's sync state.
    void finishPass(const AuditUploader& audit, PassReport& report);

    std::atomic_bool m_cancel{false}; // set by stop() from another thread
    PassContext m_pass;
    ConnectorFactory m_factory;
    CatalogFeedSink* m_catalogSink = nullptr;
    CalendarSink* m_calendarSink = nullptr;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<PlatformConnector> m_connector;
    QString m_connectorMachine;
    QThread* m_thread = nullptr;
    QTimer* m_timer = nullptr;
    bool m_inPass = false;
};

} // namespace yc::sync
