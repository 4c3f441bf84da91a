#pragma once

#include "sync/SignInWorkflow.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace yc {
class Clock;
class Settings;
} // namespace yc

namespace yc::sync {

class CurrentStaff;

// Runs SignInWorkflow for the window on a thread of its own: the worker lives there with its own
// Database connection (opened there on first use, closed there when the service ends), and every
// answer comes back by a queued signal on the service's thread. A sign-in that succeeds sets
// CurrentStaff before signInFinished() is emitted. One request at a time: a request made while
// another runs is answered at once with an error.
class SignInService : public QObject
{
    Q_OBJECT

public:
    SignInService(QString dataDir, const storage::FieldCipher& cipher, const Settings& settings, const Clock& clock,
                  CurrentStaff& current, QObject* parent = nullptr);
    ~SignInService() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] CurrentStaff& currentStaff() { return m_current; }

    // Online through the platform, else against the offline verifier (SignInMode::OnlineThenOffline).
    void signIn(const QString& staffId, const QString& password);
    // Enrols this PC at url (https) as window windowNo of hall hallCode with an admin's sign-in.
    void enrol(const QUrl& url, const QString& adminId, const QString& password, const QString& hallCode,
               const QString& windowNo);
    void loadHalls(const QUrl& url, const QString& adminId, const QString& password);
    // The current staff member signs out (audited); their tokens stay, so the cases they accepted
    // are still sent under their name.
    void signOut();

signals:
    void signInFinished(const yc::sync::SignInResult& result);
    void enrolFinished(const yc::sync::EnrolResult& result);
    void hallsLoaded(const yc::sync::HallsResult& result);

private:
    // One request: call runs on the worker's thread with a workflow over rest (the password is wiped
    // there after it), then finished gets the result on this thread. While another request runs,
    // finished gets a result saying so at once.
    template<typename R>
    void request(const RestOptions& rest, const SignInLimits& limits, const QString& password,
                 std::function<R(SignInWorkflow&, const QString& password)> call,
                 std::function<void(const R&)> finished);

    const Settings& m_settings;
    CurrentStaff& m_current;
    QThread m_thread;
    class Worker;
    Worker* m_worker = nullptr; // lives on m_thread, deleted there
    bool m_busy = false;
};

} // namespace yc::sync
