#include "sync/SyncEngine.h"

#include "core/BackgroundThread.h"
#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/Logging.h"
#include "core/TextForms.h"
#include "storage/Database.h"
#include "sync/AuditUploader.h"
#include "sync/CaseUploader.h"
#include "sync/ChangeFeedApplier.h"
#include "sync/LeaseRefiller.h"
#include "sync/OtherItemsSender.h"
#include "sync/ReferenceDataRefresher.h"
#include "sync/TokenProvider.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

namespace yc::sync {

SyncEngine::SyncEngine(QString dataDir, const storage::FieldCipher& cipher, const Clock& clock,
                       ConnectorFactory factory, SyncEngineOptions options)
    : m_pass(cipher, std::move(dataDir), clock, options, m_cancel)
    , m_factory(std::move(factory))
{}

SyncEngine::~SyncEngine()
{
    stop();
}

Status SyncEngine::open()
{
    auto db = storage::Database::open(DataLocation::databasePath(m_pass.dataDir));
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    m_pass.db = m_db.get();
    return {};
}

Status SyncEngine::retryNow(storage::Database& database, const Clock& clock, qint64 outboxId)
{
    return storage::OutboxRepository(database, clock).retryNow(outboxId);
}

Status SyncEngine::retryNow(storage::Database& database, qint64 outboxId)
{
    const SystemClock clock;
    return retryNow(database, clock, outboxId);
}

bool SyncEngine::fetchMachineDocument(Enrolment& enrolment, TokenProvider& tokens, PassReport& report)
{
    auto machine = tokens.withAnyToken<QJsonObject>(TokenProvider::Signer::AnyStaff,
                                                    [&](const QString& t) { return m_connector->machine(t); });
    if (machine) {
        report.reachedPlatform = true;
        (void)enrolment.storeMachineDocument(machine.value());
        return true;
    }
    m_pass.noteRetryAfter(machine.error());
    report.lastError = machine.error().message;
    // No staff sign-in yet: still tell whether the platform is reachable.
    if (machine.error().kind == FailureKind::Auth && m_connector->health().ok())
        report.reachedPlatform = true;
    return machine.error().kind != FailureKind::Tls;
}

bool SyncEngine::drainCases(TokenProvider& tokens, LeaseRefiller& leases, PassReport& report)
{
    // The network reports progress every few kilobytes; each report is a queued call into the GUI
    // thread, so a fast upload would flood its event loop. At most ten a second reach it, plus the
    // first and the last of each case.
    QElapsedTimer sinceProgress;
    QString progressCase;
    CaseUploader uploader(
        m_pass, tokens, [this, &sinceProgress, &progressCase](const QString& caseId, qint64 done, qint64 total) {
            if (caseId == progressCase && done < total && sinceProgress.isValid() && sinceProgress.elapsed() < 100)
                return;
            progressCase = caseId;
            sinceProgress.start();
            emit uploadProgress(caseId, done, total);
        });
    int consecutiveNetwork = 0;
    for (;;) {
        auto due = m_pass.outbox().due(storage::OutboxRepository::Kinds::Cases, m_pass.options.batchSize);
        if (!due) {
            report.lastError = due.error().message;
            return true;
        }
        if (due.value().empty())
            return true;
        bool progressed = false;
        for (const storage::OutboxEntry& entry : due.value()) {
            if (!m_pass.mayCallPlatform())
                return false;
            leases.refill(report); // cheap when enough numbers are left
            const int before = report.submitted;
            if (uploader.send(entry, report) == CaseUploader::Outcome::StopPass)
                return false;
            if (report.submitted > before) {
                progressed = true;
                consecutiveNetwork = 0;
            } else if (++consecutiveNetwork >= m_pass.options.maxConsecutiveNetworkFailures &&
                       !report.reachedPlatform) {
                return false;
            }
        }
        if (!progressed)
            return true;
    }
}

void SyncEngine::finishPass(const AuditUploader& audit, PassReport& report)
{
    storage::Database& db = *m_db;
    const storage::OutboxRepository outbox = m_pass.outbox();
    report.dueLeft = int(outbox.dueCount().valueOr(0));
    report.nextDue = outbox.nextDue().valueOr(QDateTime());
    // Audit rows waiting for their backoff count like a waiting queue entry.
    const QDateTime now = m_pass.clock.now();
    if (const QDateTime auditNext = audit.nextAttempt(); auditNext.isValid()) {
        if (auditNext <= now)
            ++report.dueLeft;
        else if (!report.nextDue.isValid() || auditNext < report.nextDue)
            report.nextDue = auditNext;
    }
    const QDateTime& notBefore = m_pass.notBefore;
    if (notBefore.isValid() && (!report.nextDue.isValid() || notBefore > report.nextDue) && notBefore > now)
        report.nextDue = notBefore;

    (void)db.setMeta(QStringLiteral("sync.online"), report.reachedPlatform ? QStringLiteral("1") : QStringLiteral("0"));
    (void)db.setMeta(QStringLiteral("sync.last_error"),
                     report.lastError.isNull() ? QStringLiteral("") : report.lastError);
    if (report.reachedPlatform && report.retryableFailures == 0)
        (void)db.setMeta(QStringLiteral("sync.last_success_at"), isoUtc(now));
    qCInfo(lcSync) << "pass: submitted" << report.submitted << "retryable failures" << report.retryableFailures
                   << "permanent" << report.permanentFailures << "changes" << report.changesApplied << "evaluations"
                   << report.evaluationsSubmitted << "supplements" << report.supplementsSubmitted << "audit rows"
                   << report.auditUploaded;
}

PassReport SyncEngine::runPass()
{
    PassReport report;
    if (m_inPass)
        return report;
    m_inPass = true;
    struct Reset
    {
        bool& flag;
        ~Reset() { flag = false; }
    } reset{m_inPass};

    if (!m_db) {
        report.lastError = tr("The sync engine has no database connection.");
        return report;
    }
    Enrolment enrolment(*m_db, m_pass.cipher, m_pass.clock);
    auto info = enrolment.load();
    if (!info || !info.value()) {
        report.lastError = tr("This PC is not enrolled as a window yet.");
        return report;
    }
    report.enrolled = true;
    const QDateTime started = m_pass.clock.now();
    if (m_pass.notBefore.isValid() && started < m_pass.notBefore) {
        report.nextDue = m_pass.notBefore;
        report.dueLeft = 1;
        return report;
    }
    if (!m_connector || m_connectorMachine != info.value()->machineId) {
        m_connector = m_factory(*info.value());
        m_connectorMachine = info.value()->machineId;
        if (m_connector) {
            m_connector->setCancelFlag(&m_cancel);
            m_connector->setClock(&m_pass.clock);
        }
    }
    m_pass.connector = m_connector.get();
    (void)m_db->setMeta(QStringLiteral("sync.last_attempt_at"), isoUtc(started));

    TokenProvider tokens(m_pass);
    LeaseRefiller leases(m_pass, tokens);
    AuditUploader audit(m_pass, tokens);
    // Limits, hall and window, then leases before the queue needs them; then the queue: cases first,
    // then what waits for them; then what the platform has for this window.
    bool go = fetchMachineDocument(enrolment, tokens, report);
    if (go && m_pass.mayCallPlatform())
        leases.refill(report);
    go = go && drainCases(tokens, leases, report);
    go = go && m_pass.mayCallPlatform() && OtherItemsSender(m_pass, tokens).drain(report);
    if (go && m_pass.mayCallPlatform())
        audit.upload(report);
    if (go && m_pass.mayCallPlatform()) {
        ChangeFeedApplier(m_pass, tokens).apply(report);
        ReferenceDataRefresher(m_pass, tokens, m_calendarSink, m_catalogSink).refresh();
    }
    finishPass(audit, report);
    return report;
}

PassReport SyncEngine::runUntilIdle(qint64 limitMs, bool waitForBackoff)
{
    QElapsedTimer timer;
    timer.start();
    PassReport total;
    for (;;) {
        PassReport r = runPass();
        total.enrolled = r.enrolled;
        total.reachedPlatform = total.reachedPlatform || r.reachedPlatform;
        total.submitted += r.submitted;
        total.retryableFailures += r.retryableFailures;
        total.permanentFailures += r.permanentFailures;
        total.changesApplied += r.changesApplied;
        total.evaluationsSubmitted += r.evaluationsSubmitted;
        total.supplementsSubmitted += r.supplementsSubmitted;
        total.auditUploaded += r.auditUploaded;
        total.dueLeft = r.dueLeft;
        total.nextDue = r.nextDue;
        if (!r.lastError.isEmpty())
            total.lastError = r.lastError;
        if (!r.enrolled || timer.elapsed() >= limitMs)
            return total;
        if (r.dueLeft > 0 && !(r.nextDue.isValid() && r.nextDue > m_pass.clock.now()))
            continue;
        if (!waitForBackoff || !r.nextDue.isValid())
            return total;
        const qint64 wait = std::max<qint64>(0, m_pass.clock.now().msecsTo(r.nextDue)) + 50;
        if (timer.elapsed() + wait > limitMs)
            return total;
        QThread::msleep(static_cast<unsigned long>(wait));
    }
}

void SyncEngine::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("yc-sync"));
    moveToThread(m_thread);
    connect(m_thread, &QThread::started, this, &SyncEngine::onThreadStarted);
    // Runs on the engine's thread once its event loop has ended (after any pass has unwound).
    connect(m_thread, &QThread::finished, this, &SyncEngine::onThreadFinishing, Qt::DirectConnection);
    m_thread->start();
}

void SyncEngine::onThreadStarted()
{
    runInBackground(); // uploads yield the processor to the window
    if (auto s = open(); !s) {
        qCWarning(lcSync) << "sync engine cannot open the store:" << s.error().code;
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(m_pass.options.intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_timer->start();
    QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::onThreadFinishing()
{
    delete m_timer;
    m_timer = nullptr;
    m_pass.connector = nullptr;
    m_pass.db = nullptr;
    m_connector.reset();
    m_db.reset();
    moveToThread(QCoreApplication::instance() ? QCoreApplication::instance()->thread() : nullptr);
}

void SyncEngine::syncNow()
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
        return;
    }
    if (!m_db)
        return;
    runPass();
    emit passFinished();
}

void SyncEngine::stop()
{
    if (!m_thread)
        return;
    // A pass in progress is cut short: the transfer in flight is aborted (the platform keeps what
    // arrived and the next start resumes from there), the calls still to come return at once, and
    // nothing cut short counts as a failed attempt. Quitting the thread also ends the nested event
    // loops in which the connector waits for an answer.
    m_cancel.store(true);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_cancel.store(false);
}

} // namespace yc::sync
