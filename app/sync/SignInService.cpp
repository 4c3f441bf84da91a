#include "sync/SignInService.h"

#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/Logging.h"
#include "core/SecureWipe.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "sync/CurrentStaff.h"
#include "sync/SyncConfig.h"

#include <functional>

namespace yc::sync {

// The part that runs on the service's thread. Its connection is opened there on first use and
// closed there when the thread ends (the worker is deleted on its own thread).
class SignInService::Worker : public QObject
{
public:
    Worker(QString dataDir, const storage::FieldCipher& cipher, const Clock& clock)
        : m_dataDir(std::move(dataDir))
        , m_cipher(cipher)
        , m_clock(clock)
    {}

    // Runs fn with a workflow over this thread's connection; an error when the store cannot be opened.
    template<typename R>
    R run(const RestOptions& rest, const SignInLimits& limits, const std::function<R(SignInWorkflow&)>& fn)
    {
        if (auto opened = open(); !opened) {
            R r;
            r.outcome = SignInOutcome::LocalError;
            r.message = opened.error().message;
            return r;
        }
        SignInWorkflow workflow(*m_db, m_cipher, rest, m_clock, limits);
        return fn(workflow);
    }

    void auditSignOut(const QString& staffId)
    {
        if (auto opened = open(); !opened) {
            qCWarning(lcSync) << "sign-out not audited:" << opened.error().code;
            return;
        }
        if (auto s = StaffCredentials(*m_db, m_cipher).recordSignOut(staffId, m_clock.now()); !s)
            qCWarning(lcSync) << "sign-out not audited:" << s.error().code;
    }

private:
    [[nodiscard]] Status open()
    {
        if (m_db)
            return {};
        auto db = storage::Database::open(DataLocation::databasePath(m_dataDir));
        if (!db)
            return db.error();
        m_db = std::move(db.value());
        return {};
    }

    QString m_dataDir;
    const storage::FieldCipher& m_cipher;
    const Clock& m_clock;
    std::unique_ptr<storage::Database> m_db;
};

SignInService::SignInService(QString dataDir, const storage::FieldCipher& cipher, const Settings& settings,
                             const Clock& clock, CurrentStaff& current, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_current(current)
{
    qRegisterMetaType<yc::sync::SignInResult>();
    qRegisterMetaType<yc::sync::EnrolResult>();
    qRegisterMetaType<yc::sync::HallsResult>();
    m_thread.setObjectName(QStringLiteral("yc-sign-in"));
    m_worker = new Worker(std::move(dataDir), cipher, clock);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SignInService::~SignInService()
{
    // A request in progress finishes first (the connector's timeout bounds it); its answer is dropped.
    m_thread.quit();
    m_thread.wait();
}

template<typename R>
void SignInService::request(const RestOptions& rest, const SignInLimits& limits, const QString& password,
                            std::function<R(SignInWorkflow&, const QString&)> call,
                            std::function<void(const R&)> finished)
{
    if (m_busy) {
        R busy;
        busy.outcome = SignInOutcome::LocalError;
        busy.message = tr("A sign-in is already in progress.");
        finished(busy);
        return;
    }
    m_busy = true;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, rest, limits, call = std::move(call), finished = std::move(finished),
         pw = QString(password)]() mutable {
            R r = worker->run<R>(rest, limits, [&](SignInWorkflow& w) { return call(w, pw); });
            secureWipe(pw);
            QMetaObject::invokeMethod(
                this,
                [this, r, finished] {
                    m_busy = false;
                    finished(r);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SignInService::signIn(const QString& staffId, const QString& password)
{
    request<SignInResult>(
        SyncConfig::restOptions(m_settings), SignInLimits::fromSettings(m_settings), password,
        [staffId](SignInWorkflow& w, const QString& pw) {
            return w.signIn(staffId, pw, SignInMode::OnlineThenOffline);
        },
        [this](const SignInResult& r) {
            if (r.ok())
                m_current.set(r.staff, r.signedInAt);
            emit signInFinished(r);
        });
}

void SignInService::enrol(const QUrl& url, const QString& adminId, const QString& password, const QString& hallCode,
                          const QString& windowNo)
{
    RestOptions rest = SyncConfig::restOptions(m_settings);
    rest.baseUrl = url;
    request<EnrolResult>(
        rest, {}, password,
        [adminId, hallCode, windowNo](SignInWorkflow& w, const QString& pw) {
            return w.enrol(adminId, pw, hallCode, windowNo);
        },
        [this](const EnrolResult& r) { emit enrolFinished(r); });
}

void SignInService::loadHalls(const QUrl& url, const QString& adminId, const QString& password)
{
    RestOptions rest = SyncConfig::restOptions(m_settings);
    rest.baseUrl = url;
    request<HallsResult>(
        rest, {}, password, [adminId](SignInWorkflow& w, const QString& pw) { return w.halls(adminId, pw); },
        [this](const HallsResult& r) { emit hallsLoaded(r); });
}

void SignInService::signOut()
{
    const QString staffId = m_current.staffId();
    if (staffId.isEmpty())
        return;
    m_current.clear();
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, staffId] { worker->auditSignOut(staffId); }, Qt::QueuedConnection);
}

} // namespace yc::sync
