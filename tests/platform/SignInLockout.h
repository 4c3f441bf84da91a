#pragma once

#include <QSqlDatabase>
#include <QString>

namespace yc::platform {

// How failed sign-ins of one staff id slow down and then stop further attempts (PROTOCOL.md §3.1),
// the platform config's "signInLockout" object.
struct SignInLockoutConfig
{
    int delayAfterFailures = 5; // from this many failures on, each attempt waits for a delay
    int delaySeconds = 2;       // the first delay; it doubles with every further failure
    int lockAfterFailures = 10; // from this many failures on, the account is locked
    qint64 lockSeconds = 900;   // how long a lock lasts; failures are forgotten this long after the last one
};

// Failed sign-ins per staff id as typed (known or not, so the answers do not tell which accounts
// exist), kept in the platform's database: a lock survives a restart.
class SignInLockout
{
public:
    enum class State
    {
        Allowed,
        Delayed, // 429 sign-in-delayed
        Locked,  // 423 account-locked
    };
    struct Decision
    {
        State state = State::Allowed;
        qint64 until = 0; // msecs since the epoch: the earliest next attempt when not Allowed
    };

    SignInLockout(QSqlDatabase database, SignInLockoutConfig config);

    // Creates the table; false when it cannot.
    bool open();
    [[nodiscard]] Decision check(const QString& staffId, qint64 now);
    void recordFailure(const QString& staffId, qint64 now);
    void reset(const QString& staffId);

    // The earliest next attempt after `failures` failures, the last at lastFailure (0: no limit).
    [[nodiscard]] qint64 earliestNextAttempt(int failures, qint64 lastFailure) const;

private:
    QSqlDatabase m_db;
    SignInLockoutConfig m_config;
};

} // namespace yc::platform
