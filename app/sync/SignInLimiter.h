#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace yc {
class Settings;
}
namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

// How failed sign-ins on this PC slow down and then stop the offline sign-in of one account, from
// yichuang.ini:
//   sign_in/delay_after_failures (5), sign_in/delay_seconds (2), sign_in/lock_after_failures (10),
//   sign_in/lock_minutes (15).
// The same shape as the platform's limits (PROTOCOL.md §3.1): from delay_after_failures failures on,
// the next attempt is refused until delay_seconds after the last failure, doubling per further
// failure; from lock_after_failures failures on, the account is locked for lock_minutes. Failures
// are forgotten lock_minutes after the last one.
struct SignInLimits
{
    int delayAfterFailures = 5;
    int delaySeconds = 2;
    int lockAfterFailures = 10;
    int lockMinutes = 15;

    [[nodiscard]] static SignInLimits fromSettings(const Settings& settings);
};

// The failed sign-ins of each account typed on this PC (known here or not, so that the limits do not
// tell which accounts are known), in the store's meta table under a keyed hash of the account name:
// what was typed is never stored. Counted: a refused password online (bad-credentials) or offline,
// and an unknown account offline. Enforced before the offline verifier is asked; online, the
// platform keeps its own count.
class SignInLimiter
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::SignInLimiter)

public:
    SignInLimiter(storage::Database& database, const storage::FieldCipher& cipher, SignInLimits limits);

    struct Gate
    {
        bool allowed = true;
        bool locked = false; // when not allowed: locked, else delayed
        QDateTime retryAt;   // when not allowed: the earliest next attempt
        QString message;     // when not allowed: translated, says until when
    };
    [[nodiscard]] Result<Gate> check(const QString& account, const QDateTime& now) const;
    [[nodiscard]] Status recordFailure(const QString& account, const QDateTime& now);
    [[nodiscard]] Status reset(const QString& account);
    // A time for a refusal message, in the time zone (offset) of now; with its date when not today.
    [[nodiscard]] static QString formatRetryAt(const QDateTime& at, const QDateTime& now);

private:
    struct Count
    {
        int failures = 0;
        QDateTime last;
    };
    [[nodiscard]] QString key(const QString& account) const;
    [[nodiscard]] Result<Count> load(const QString& account, const QDateTime& now) const;

    storage::Database& m_database;
    const storage::FieldCipher& m_cipher;
    SignInLimits m_limits;
};

} // namespace yc::sync
