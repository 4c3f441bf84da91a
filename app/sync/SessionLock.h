#pragma once

#include "core/Result.h"
#include "sync/SignInLimiter.h"
#include "sync/StaffCredentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

namespace yc {
class Clock;
class Settings;
} // namespace yc
namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

class CurrentStaff;

// Why the window was locked (audited as "reason=idle|demand").
enum class LockReason
{
    Idle,   // no keyboard or mouse input for the configured time
    Demand, // the clerk locked it (Ctrl+L)
};

// The window's session lock: the state, the idle-time decision and who may unlock. The screens
// only show it (ui/sync/SessionLockModule): they report user input (noteActivity), ask checkIdle()
// now and then, and pass on what is typed on the lock screen.
//
// - The window locks after session/idle_lock_minutes (yichuang.ini, default 10, 0 = never) without
//   input, or on demand, while a staff member is signed in.
// - Only the staff member who was signed in unlocks it, with their password, checked against their
//   offline verifier like an offline sign-in: failures count towards the same delay and lockout
//   (SignInLimiter) and are audited ("staff.sign-in-failed" with mode=unlock).
// - Another staff member may sign in from the lock screen instead (SignInService, which sets
//   CurrentStaff): the lock ends and staffSwitched() tells the screens to drop what was open. The first
//   one's drafts and queued cases stay under their staff id: the sync engine sends each case with the
//   token of the staff member who accepted it (CaseUploader, TokenProvider::withToken), never with
//   the one signed in now.
// Audited (in the store's audit chain): "session.lock" (detail reason=idle|demand), "session.unlock"
// (by=password|sign-in), "session.switch" (under the new staff member, detail from=<staff id>).
//
// Lives on the thread that owns the database connection (the GUI thread).
class SessionLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIdleMinutes = 10;
    static constexpr int MaxIdleMinutes = 24 * 60;
    // The setting key: whole minutes, 0 = never.
    [[nodiscard]] static QString idleMinutesKey() { return QStringLiteral("session/idle_lock_minutes"); }
    // The configured minutes, DefaultIdleMinutes when unset or not a number, clamped to 0..MaxIdleMinutes.
    [[nodiscard]] static int idleMinutesFrom(const Settings& settings);

    SessionLock(storage::Database& database, const storage::FieldCipher& cipher, const Clock& clock,
                CurrentStaff& current, SignInLimits limits = {}, QObject* parent = nullptr);

    void setIdleMinutes(int minutes);
    [[nodiscard]] int idleMinutes() const { return m_idleMinutes; }

    [[nodiscard]] bool isLocked() const { return m_locked; }
    // Whom the lock belongs to (empty when not locked).
    [[nodiscard]] SignedInStaff lockedStaff() const { return m_lockedStaff; }

    // User input: the idle time starts again. Ignored while locked.
    void noteActivity();
    // When the idle lock is due; invalid when it cannot come (nobody signed in, locked, or never).
    [[nodiscard]] QDateTime idleLockDue() const;
    // Locks when the idle lock is due; returns whether it locked now.
    bool checkIdle();

    // Locks the window for the staff member signed in. Errors: "session.nobody" (nobody is signed
    // in), "session.locked" (already locked), and the audit trail's.
    [[nodiscard]] Status lock(LockReason reason);

    // Unlocks with the password of the staff member the lock belongs to; account is what the lock
    // screen's account field holds (their staff id or login). Errors: "session.not-locked",
    // "session.other-staff" (another account: they sign in instead; nothing is checked or counted),
    // "auth.refused" (wrong password, counted and audited), "auth.delayed" / "auth.locked" (too many
    // failures: SignInLimiter's message, audited), and the store's.
    [[nodiscard]] Status unlock(const QString& account, const QString& password);

signals:
    void lockedChanged(bool locked);
    // Another staff member signed in from the lock screen: what the previous one had open must go.
    // Emitted just before lockedChanged(false).
    void staffSwitched(const QString& previousStaffId, const QString& staffId);

private:
    void onSignedIn(const SignedInStaff& staff);
    [[nodiscard]] Status audit(const QString& staffId, const QString& action, const QString& detail);
    // Ends the lock; switchedFrom: the staff member whose lock another one's sign-in ended.
    void setUnlocked(const QString& switchedFrom);

    storage::Database& m_database;
    const storage::FieldCipher& m_cipher;
    const Clock& m_clock;
    CurrentStaff& m_current;
    SignInLimits m_limits;
    int m_idleMinutes = DefaultIdleMinutes;
    QDateTime m_lastActivity;
    bool m_locked = false;
    SignedInStaff m_lockedStaff;
};

} // namespace yc::sync
