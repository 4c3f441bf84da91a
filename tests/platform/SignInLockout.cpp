#include "SignInLockout.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yc::platform {

SignInLockout::SignInLockout(QSqlDatabase database, SignInLockoutConfig config)
    : m_db(std::move(database))
    , m_config(config)
{}

bool SignInLockout::open()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS sign_in_failures (staff_id TEXT PRIMARY KEY,"
                " failures INTEGER NOT NULL, last_failure_at INTEGER NOT NULL)"_s)) {
        qWarning("platform: sign-in failure table: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

qint64 SignInLockout::earliestNextAttempt(int failures, qint64 lastFailure) const
{
    if (failures >= m_config.lockAfterFailures)
        return lastFailure + m_config.lockSeconds * 1000;
    if (failures >= m_config.delayAfterFailures) {
        const int doublings = std::min(failures - m_config.delayAfterFailures, 20);
        const qint64 delay = std::min<qint64>(qint64(m_config.delaySeconds) << doublings, m_config.lockSeconds);
        return lastFailure + delay * 1000;
    }
    return 0;
}

SignInLockout::Decision SignInLockout::check(const QString& staffId, qint64 now)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT failures, last_failure_at FROM sign_in_failures WHERE staff_id = ?"_s);
    q.addBindValue(staffId);
    if (!q.exec() || !q.next())
        return {};
    const int failures = q.value(0).toInt();
    const qint64 last = q.value(1).toLongLong();
    if (now >= last + m_config.lockSeconds * 1000)
        return {}; // forgotten
    const qint64 until = earliestNextAttempt(failures, last);
    if (until <= now)
        return {};
    return {failures >= m_config.lockAfterFailures ? State::Locked : State::Delayed, until};
}

void SignInLockout::recordFailure(const QString& staffId, qint64 now)
{
    QSqlQuery q(m_db);
    // Failures older than the lock time are forgotten (a lock that ended included): the count starts again.
    q.prepare(
        u"INSERT INTO sign_in_failures (staff_id, failures, last_failure_at) VALUES (?, 1, ?) "
        "ON CONFLICT (staff_id) DO UPDATE SET failures = CASE WHEN last_failure_at + ? <= excluded.last_failure_at "
        "THEN 1 ELSE failures + 1 END, last_failure_at = excluded.last_failure_at"_s);
    q.addBindValue(staffId);
    q.addBindValue(now);
    q.addBindValue(m_config.lockSeconds * 1000);
    if (!q.exec())
        qWarning("platform: sign-in failure not counted: %s", qPrintable(q.lastError().text()));
    // Staff ids typed once and never again do not pile up.
    q.prepare(u"DELETE FROM sign_in_failures WHERE last_failure_at + ? <= ?"_s);
    q.addBindValue(m_config.lockSeconds * 1000);
    q.addBindValue(now);
    (void)q.exec();
}

void SignInLockout::reset(const QString& staffId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM sign_in_failures WHERE staff_id = ?"_s);
    q.addBindValue(staffId);
    if (!q.exec())
        qWarning("platform: sign-in failures not reset: %s", qPrintable(q.lastError().text()));
}

} // namespace yc::platform
