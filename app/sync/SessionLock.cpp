#include "sync/SessionLock.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "storage/AuditLog.h"
#include "sync/CurrentStaff.h"

#include <algorithm>

namespace yc::sync {

int SessionLock::idleMinutesFrom(const Settings& settings)
{
    bool ok = false;
    const int minutes = settings.value(idleMinutesKey(), DefaultIdleMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, MaxIdleMinutes) : DefaultIdleMinutes;
}

SessionLock::SessionLock(storage::Database& database, const storage::FieldCipher& cipher, const Clock& clock,
                         CurrentStaff& current, SignInLimits limits, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
    , m_current(current)
    , m_limits(limits)
    , m_lastActivity(clock.now())
{
    connect(&m_current, &CurrentStaff::signedIn, this, &SessionLock::onSignedIn);
}

void SessionLock::setIdleMinutes(int minutes)
{
    m_idleMinutes = std::clamp(minutes, 0, MaxIdleMinutes);
}

void SessionLock::noteActivity()
{
    if (!m_locked)
        m_lastActivity = m_clock.now();
}

QDateTime SessionLock::idleLockDue() const
{
    if (m_locked || m_idleMinutes <= 0 || !m_current.isSignedIn())
        return {};
    // Input before the sign-in does not count against it.
    const QDateTime since = std::max(m_lastActivity, m_current.signedInAt());
    return since.addSecs(qint64(m_idleMinutes) * 60);
}

bool SessionLock::checkIdle()
{
    const QDateTime due = idleLockDue();
    if (!due.isValid() || m_clock.now() < due)
        return false;
    if (auto locked = lock(LockReason::Idle); !locked) {
        qCWarning(lcSync) << "idle lock not audited:" << locked.error().code;
        return m_locked;
    }
    return true;
}

Status SessionLock::audit(const QString& staffId, const QString& action, const QString& detail)
{
    return storage::AuditLog(m_database, m_clock)
        .append(staffId, action, QStringLiteral("staff"), staffId, detail, m_clock.now());
}

Status SessionLock::lock(LockReason reason)
{
    if (m_locked)
        return makeError(QStringLiteral("session.locked"), tr("The window is locked already."));
    const SignedInStaff staff = m_current.staff();
    if (staff.staffId.isEmpty())
        return makeError(QStringLiteral("session.nobody"), tr("Nobody is signed in at this window."));
    // The lock holds even when its audit row cannot be written: the screen is covered first.
    m_locked = true;
    m_lockedStaff = staff;
    emit lockedChanged(true);
    return audit(staff.staffId, QStringLiteral("session.lock"),
                 reason == LockReason::Idle ? QStringLiteral("reason=idle") : QStringLiteral("reason=demand"));
}

void SessionLock::setUnlocked(const QString& switchedFrom)
{
    const QString now = m_current.staffId();
    m_locked = false;
    m_lockedStaff = {};
    m_lastActivity = m_clock.now();
    // The switch first: what the screens do at the unlock depends on it.
    if (!switchedFrom.isEmpty())
        emit staffSwitched(switchedFrom, now);
    emit lockedChanged(false);
}

Status SessionLock::unlock(const QString& account, const QString& password)
{
    if (!m_locked)
        return makeError(QStringLiteral("session.not-locked"), tr("The window is not locked."));
    const SignedInStaff staff = m_lockedStaff;
    const QString typed = account.trimmed();
    if (!typed.isEmpty() && typed != staff.staffId && typed != staff.login)
        return makeError(QStringLiteral("session.other-staff"),
                         tr("Only %1 can unlock this window. To work here, sign in with your own account.")
                             .arg(staff.displayName.isEmpty() ? staff.staffId : staff.displayName));
    const QString limiterAccount = staff.login.isEmpty() ? staff.staffId : staff.login;
    const QDateTime now = m_clock.now();
    StaffCredentials credentials(m_database, m_cipher);
    SignInLimiter limiter(m_database, m_cipher, m_limits);
    auto gate = limiter.check(limiterAccount, now);
    if (!gate)
        return gate.error();
    if (!gate.value().allowed) {
        (void)credentials.recordFailedSignIn(staff.staffId, QStringLiteral("unlock"),
                                             gate.value().locked ? QStringLiteral("locked") : QStringLiteral("delayed"),
                                             now);
        return makeError(gate.value().locked ? QStringLiteral("auth.locked") : QStringLiteral("auth.delayed"),
                         gate.value().message);
    }
    if (auto checked = credentials.checkPassword(staff.staffId, password, QStringLiteral("unlock"), now); !checked) {
        if (checked.error().code == QLatin1String("auth.refused"))
            if (auto counted = limiter.recordFailure(limiterAccount, now); !counted)
                return counted.error();
        return checked.error();
    }
    if (auto reset = limiter.reset(limiterAccount); !reset)
        qCWarning(lcSync) << "failed sign-ins not reset after an unlock:" << reset.error().code;
    auto audited = audit(staff.staffId, QStringLiteral("session.unlock"), QStringLiteral("by=password"));
    setUnlocked({});
    return audited;
}

void SessionLock::onSignedIn(const SignedInStaff& staff)
{
    if (!m_locked) {
        m_lastActivity = m_clock.now();
        return;
    }
    const QString previous = m_lockedStaff.staffId;
    const bool same = previous == staff.staffId;
    auto audited = same ? audit(staff.staffId, QStringLiteral("session.unlock"), QStringLiteral("by=sign-in"))
                        : audit(staff.staffId, QStringLiteral("session.switch"), QStringLiteral("from=") + previous);
    if (!audited)
        qCWarning(lcSync) << "session change not audited:" << audited.error().code;
    setUnlocked(same ? QString() : previous);
}

} // namespace yc::sync
