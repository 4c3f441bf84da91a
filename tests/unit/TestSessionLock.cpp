// The window's session lock (sync::SessionLock) with a fake clock: the idle lock comes after the
// configured minutes without input and never with 0; lock on demand; only the staff member who was
// signed in unlocks, with their own password; a wrong password is refused, audited and counts
// towards the sign-in lockout; another staff member's unlock is refused, but their sign-in ends the
// lock and leaves the first one's queued cases under the first one's name. Every lock, unlock and
// switch is an entry of the audit chain, and the chain holds afterwards.
#include "FakeClock.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"
#include "sync/CurrentStaff.h"
#include "sync/SessionLock.h"
#include "sync/StaffCredentials.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace yc;
using namespace yc::sync;

namespace {

StaffSession session(const QString& staffId, const QDateTime& now)
{
    StaffSession s;
    s.accessToken = QStringLiteral("access-") + staffId;
    s.expiresAt = now.addSecs(3600);
    s.staffId = staffId;
    s.displayName = staffId == QLatin1String("c1001") ? QStringLiteral("测试甲") : QStringLiteral("测试乙");
    s.roles = {QStringLiteral("clerk")};
    s.offlineSignInDays = 7;
    return s;
}

SignedInStaff staff(const QString& staffId)
{
    return {staffId, staffId, staffId == QLatin1String("c1001") ? QStringLiteral("测试甲") : QStringLiteral("测试乙"),
            QStringLiteral("clerk"), false};
}

// The latest audit entry with this action, as "staffId detail"; empty when there is none.
QString lastAudit(storage::Database& db, const QString& action)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT staff_id, detail FROM audit WHERE action = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
}

struct Window
{
    std::unique_ptr<storage::Store> store;
    test::FakeClock clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(8 * 3600))};
    CurrentStaff current;
    QString dir;

    bool open(const QString& name)
    {
        dir = test::TestEnvironment::current()->freshDir(name);
        auto s = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        if (!s)
            return false;
        store = std::move(s.value());
        StaffCredentials credentials(store->database(), store->cipher());
        return credentials
                   .rememberOnlineSignIn(session(QStringLiteral("c1001"), clock.now()), QStringLiteral("pw-1"),
                                         clock.now())
                   .ok() &&
               credentials
                   .rememberOnlineSignIn(session(QStringLiteral("c1002"), clock.now()), QStringLiteral("pw-2"),
                                         clock.now())
                   .ok();
    }
    bool chainHolds() const
    {
        auto v = storage::AuditLog(store->database()).verify();
        return v.ok() && v.value().ok();
    }
};

} // namespace

class TestSessionLock : public QObject
{
    Q_OBJECT

private slots:
    void idleMinutesSetting()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("lock-settings"));
        Settings settings(dir);
        QCOMPARE(SessionLock::idleMinutesKey(), QStringLiteral("session/idle_lock_minutes"));
        QCOMPARE(SessionLock::idleMinutesFrom(settings), 10);
        settings.setValue(SessionLock::idleMinutesKey(), 0);
        QCOMPARE(SessionLock::idleMinutesFrom(settings), 0);
        settings.setValue(SessionLock::idleMinutesKey(), 3);
        QCOMPARE(SessionLock::idleMinutesFrom(settings), 3);
        settings.setValue(SessionLock::idleMinutesKey(), QStringLiteral("soon"));
        QCOMPARE(SessionLock::idleMinutesFrom(settings), 10);
        settings.setValue(SessionLock::idleMinutesKey(), -5);
        QCOMPARE(SessionLock::idleMinutesFrom(settings), 0);
        settings.setValue(SessionLock::idleMinutesKey(), 100000);
        QCOMPARE(SessionLock::idleMinutesFrom(settings), SessionLock::MaxIdleMinutes);
    }

    void idleLockAfterTheConfiguredTime()
    {
        Window w;
        QVERIFY(w.open(QStringLiteral("lock-idle")));
        SessionLock lock(w.store->database(), w.store->cipher(), w.clock, w.current);
        lock.setIdleMinutes(10);
        QSignalSpy changed(&lock, &SessionLock::lockedChanged);
        // Nobody signed in: nothing to lock, however long it is idle.
        w.clock.advanceSecs(3600);
        QVERIFY(!lock.idleLockDue().isValid());
        QVERIFY(!lock.checkIdle());
        QVERIFY(!lock.isLocked());

        w.current.set(staff(QStringLiteral("c1001")), w.clock.now());
        QCOMPARE(lock.idleLockDue(), w.clock.now().addSecs(600));
        w.clock.advanceSecs(9 * 60);
        QVERIFY(!lock.checkIdle());
        lock.noteActivity(); // input restarts the idle time
        w.clock.advanceSecs(9 * 60);
        QVERIFY(!lock.checkIdle());
        w.clock.advanceSecs(60);
        QVERIFY(lock.checkIdle());
        QVERIFY(lock.isLocked());
        QCOMPARE(lock.lockedStaff().staffId, QStringLiteral("c1001"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(lastAudit(w.store->database(), QStringLiteral("session.lock")), QStringLiteral("c1001 reason=idle"));
        // Locked: no second lock, input does not count.
        lock.noteActivity();
        QVERIFY(!lock.checkIdle());
        QCOMPARE(lock.lock(LockReason::Demand).error().code, QStringLiteral("session.locked"));
        QVERIFY(lock.unlock(QString(), QStringLiteral("pw-1")).ok());
        QVERIFY(!lock.isLocked());

        // 0 minutes: never.
        lock.setIdleMinutes(0);
        w.clock.advanceDays(2);
        QVERIFY(!lock.idleLockDue().isValid());
        QVERIFY(!lock.checkIdle());
        QVERIFY(!lock.isLocked());
        QVERIFY(w.chainHolds());
    }

    void lockOnDemandAndUnlockWithTheOwnPassword()
    {
        Window w;
        QVERIFY(w.open(QStringLiteral("lock-demand")));
        SessionLock lock(w.store->database(), w.store->cipher(), w.clock, w.current);
        QCOMPARE(lock.lock(LockReason::Demand).error().code, QStringLiteral("session.nobody"));
        QVERIFY(!lock.isLocked());
        w.current.set(staff(QStringLiteral("c1001")), w.clock.now());
        YC_VERIFY_OK(lock.lock(LockReason::Demand));
        QVERIFY(lock.isLocked());
        QCOMPARE(lastAudit(w.store->database(), QStringLiteral("session.lock")), QStringLiteral("c1001 reason=demand"));

        // A wrong password: refused, still locked, audited without the password.
        auto wrong = lock.unlock(QStringLiteral("c1001"), QStringLiteral("pw-2"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("auth.refused"));
        QCOMPARE(wrong.error().message, StaffCredentials::wrongCredentialsMessage());
        QVERIFY(lock.isLocked());
        QCOMPARE(lastAudit(w.store->database(), QStringLiteral("staff.sign-in-failed")),
                 QStringLiteral("c1001 mode=unlock reason=bad-credentials"));
        QVERIFY(lastAudit(w.store->database(), QStringLiteral("session.unlock")).isEmpty());

        // Another staff member's account and password: refused, not even checked.
        auto other = lock.unlock(QStringLiteral("c1002"), QStringLiteral("pw-2"));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("session.other-staff"));
        QVERIFY(other.error().message.contains(QStringLiteral("测试甲")));
        QVERIFY(lock.isLocked());

        YC_VERIFY_OK(lock.unlock(QStringLiteral("c1001"), QStringLiteral("pw-1")));
        QVERIFY(!lock.isLocked());
        QCOMPARE(lastAudit(w.store->database(), QStringLiteral("session.unlock")), QStringLiteral("c1001 by=password"));
        QCOMPARE(lock.unlock(QString(), QStringLiteral("pw-1")).error().code, QStringLiteral("session.not-locked"));
        QVERIFY(w.chainHolds());
    }

    void wrongPasswordsCountTowardsTheLockout()
    {
        Window w;
        QVERIFY(w.open(QStringLiteral("lock-limit")));
        SignInLimits limits;
        limits.delayAfterFailures = 2;
        limits.delaySeconds = 5;
        limits.lockAfterFailures = 3;
        limits.lockMinutes = 15;
        SessionLock lock(w.store->database(), w.store->cipher(), w.clock, w.current, limits);
        w.current.set(staff(QStringLiteral("c1001")), w.clock.now());
        YC_VERIFY_OK(lock.lock(LockReason::Demand));
        QCOMPARE(lock.unlock({}, QStringLiteral("x1")).error().code, QStringLiteral("auth.refused"));
        QCOMPARE(lock.unlock({}, QStringLiteral("x2")).error().code, QStringLiteral("auth.refused"));
        // Two failures: the next attempt waits, even with the right password.
        QCOMPARE(lock.unlock({}, QStringLiteral("pw-1")).error().code, QStringLiteral("auth.delayed"));
        w.clock.advanceSecs(6);
        QCOMPARE(lock.unlock({}, QStringLiteral("x3")).error().code, QStringLiteral("auth.refused"));
        // Three failures: locked for 15 minutes; the sign-in of the same account is locked too.
        w.clock.advanceSecs(60);
        QCOMPARE(lock.unlock({}, QStringLiteral("pw-1")).error().code, QStringLiteral("auth.locked"));
        QVERIFY(lock.isLocked());
        QCOMPARE(lastAudit(w.store->database(), QStringLiteral("staff.sign-in-failed")),
                 QStringLiteral("c1001 mode=unlock reason=locked"));
        SignInLimiter limiter(w.store->database(), w.store->cipher(), limits);
        auto gate = limiter.check(QStringLiteral("c1001"), w.clock.now());
        QVERIFY(gate.ok());
        QVERIFY(!gate.value().allowed);
        QVERIFY(gate.value().locked);
        w.clock.advanceSecs(16 * 60);
        YC_VERIFY_OK(lock.unlock({}, QStringLiteral("pw-1")));
        QVERIFY(!lock.isLocked());
    }

    void anotherStaffSignsInAndTheFirstKeepsTheirWork()
    {
        Window w;
        QVERIFY(w.open(QStringLiteral("lock-switch")));
        SessionLock lock(w.store->database(), w.store->cipher(), w.clock, w.current);
        w.current.set(staff(QStringLiteral("c1001")), w.clock.now());
        // c1001's case waits in the outbox.
        storage::CaseRepository cases(w.store->database(), w.store->cipher(), w.dir);
        storage::NewCase c;
        c.itemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
        c.staffId = QStringLiteral("c1001");
        c.decision = Decision::Accepted;
        c.applicant.idType = QStringLiteral("resident-id");
        c.applicant.idNumber = QStringLiteral("11010519491231002X");
        c.applicant.name = QStringLiteral("测试甲");
        auto accepted = cases.accept(c);
        QVERIFY(accepted.ok());

        YC_VERIFY_OK(lock.lock(LockReason::Demand));
        QSignalSpy switched(&lock, &SessionLock::staffSwitched);
        QSignalSpy changed(&lock, &SessionLock::lockedChanged);
        QStringList order; // the screens close the first one's windows only when they know of the switch first
        connect(&lock, &SessionLock::staffSwitched, this, [&order] { order << QStringLiteral("switched"); });
        connect(&lock, &SessionLock::lockedChanged, this, [&order] { order << QStringLiteral("unlocked"); });
        // The second clerk signs in from the lock screen (SignInService sets CurrentStaff).
        w.current.set(staff(QStringLiteral("c1002")), w.clock.now());
        QVERIFY(!lock.isLocked());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.first().at(0).toString(), QStringLiteral("c1001"));
        QCOMPARE(switched.first().at(1).toString(), QStringLiteral("c1002"));
        QCOMPARE(order, (QStringList{QStringLiteral("switched"), QStringLiteral("unlocked")}));
        disconnect(&lock, nullptr, this, nullptr);
        QCOMPARE(lastAudit(w.store->database(), QStringLiteral("session.switch")), QStringLiteral("c1002 from=c1001"));
        // The first clerk's case stays theirs: the sync engine sends it with their token.
        QSqlQuery q(w.store->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT staff_id FROM outbox")));
        QStringList owners;
        while (q.next())
            owners << q.value(0).toString();
        QCOMPARE(owners, QStringList{QStringLiteral("c1001")});

        // The same clerk signing in again from the lock screen unlocks without a switch.
        YC_VERIFY_OK(lock.lock(LockReason::Demand));
        w.current.set(staff(QStringLiteral("c1002")), w.clock.now());
        QVERIFY(!lock.isLocked());
        QCOMPARE(switched.size(), 1);
        QCOMPARE(lastAudit(w.store->database(), QStringLiteral("session.unlock")), QStringLiteral("c1002 by=sign-in"));
        QVERIFY(w.chainHolds());
    }
};

YC_TEST_MAIN(TestSessionLock)
#include "TestSessionLock.moc"
