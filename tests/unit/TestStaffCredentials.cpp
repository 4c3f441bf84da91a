// Offline sign-in against the verifier kept from the last online sign-in, with the clock moved:
// accepted within the allowed days, refused with auth.offline-expired after them, and open again
// after the next online sign-in. Failed offline sign-ins of one account bring a growing delay and
// then a lock (SignInLimiter), reset by a successful sign-in; an unknown account is answered and
// limited like a wrong password.
#include "FakeClock.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "storage/Store.h"
#include "sync/SignInWorkflow.h"
#include "sync/StaffCredentials.h"

#include <QDir>
#include <QFile>

#include <QSqlQuery>

using namespace yc;

namespace {

constexpr int MaxDays = 7;

sync::StaffSession session(const QDateTime& now)
{
    sync::StaffSession s;
    s.accessToken = QStringLiteral("access-token");
    s.expiresAt = now.addSecs(3600);
    s.staffId = QStringLiteral("c1001");
    s.displayName = QStringLiteral("测试甲");
    s.roles = {QStringLiteral("clerk")};
    s.offlineSignInDays = MaxDays;
    return s;
}

qint64 auditCount(storage::Database& db, const QString& action)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 count(storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestStaffCredentials : public QObject
{
    Q_OBJECT

private slots:
    void offlineSignInExpires()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("offline"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        YC_VERIFY_OK(store);
        storage::Database& db = store.value()->database();
        sync::StaffCredentials credentials(db, store.value()->cipher());
        test::FakeClock clock;
        const QDateTime online = clock.now();
        QVERIFY(credentials.rememberOnlineSignIn(session(online), QStringLiteral("pw-甲-1"), online).ok());

        // Later the same day and on the last allowed day: accepted offline.
        clock.advanceSecs(3600);
        auto sameDay =
            credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw-甲-1"), MaxDays, clock.now());
        YC_VERIFY_OK(sameDay);
        QVERIFY(sameDay.value().offline);
        QCOMPARE(sameDay.value().staffId, QStringLiteral("c1001"));
        QCOMPARE(sameDay.value().role, QStringLiteral("clerk"));
        clock.set(online.addDays(MaxDays));
        auto lastDay =
            credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw-甲-1"), MaxDays, clock.now());
        YC_VERIFY_OK(lastDay);
        QCOMPARE(auditCount(db, QStringLiteral("staff.sign-in-offline")), 2);

        // One day more: refused with the reason, the right password notwithstanding, and not recorded as
        // a sign-in.
        clock.set(online.addDays(MaxDays + 1));
        auto expired =
            credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw-甲-1"), MaxDays, clock.now());
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, QStringLiteral("auth.offline-expired"));
        QVERIFY2(expired.error().message.contains(QString::number(MaxDays)), qPrintable(expired.error().message));
        QCOMPARE(auditCount(db, QStringLiteral("staff.sign-in-offline")), 2);
        // A wrong password is refused as a wrong password: the expiry tells nothing to someone who
        // does not know the password.
        auto wrong =
            credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw-甲-2"), MaxDays, clock.now());
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("auth.refused"));
        // Months later, still refused.
        clock.set(online.addDays(120));
        auto muchLater =
            credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw-甲-1"), MaxDays, clock.now());
        QVERIFY(!muchLater.ok());
        QCOMPARE(muchLater.error().code, QStringLiteral("auth.offline-expired"));

        // The next online sign-in starts the allowed days again.
        const QDateTime again = clock.now();
        QVERIFY(credentials.rememberOnlineSignIn(session(again), QStringLiteral("pw-甲-1"), again).ok());
        clock.advanceDays(MaxDays);
        auto renewed =
            credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw-甲-1"), MaxDays, clock.now());
        YC_VERIFY_OK(renewed);
        QCOMPARE(auditCount(db, QStringLiteral("staff.sign-in-offline")), 3);
    }

    void offlineLimitIsTheCallersNumberOfDays()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("limit"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        sync::StaffCredentials credentials(store.value()->database(), store.value()->cipher());
        test::FakeClock clock;
        QVERIFY(credentials.rememberOnlineSignIn(session(clock.now()), QStringLiteral("pw"), clock.now()).ok());
        clock.advanceDays(2);
        QCOMPARE(credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw"), 1, clock.now()).error().code,
                 QStringLiteral("auth.offline-expired"));
        QVERIFY(credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw"), 2, clock.now()).ok());
        // Zero days: only on the day of the online sign-in.
        QCOMPARE(credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw"), 0, clock.now()).error().code,
                 QStringLiteral("auth.offline-expired"));
    }

    void offlineFailuresDelayThenLock()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("lockout"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        storage::Database& db = store.value()->database();
        test::FakeClock clock;
        QVERIFY(sync::StaffCredentials(db, store.value()->cipher())
                    .rememberOnlineSignIn(session(clock.now()), QStringLiteral("pw"), clock.now())
                    .ok());
        sync::SignInWorkflow workflow(db, store.value()->cipher(), {}, clock, sync::SignInLimits{});
        auto attempt = [&](const QString& password) {
            return workflow.signIn(QStringLiteral("c1001"), password, sync::SignInMode::OfflineOnly);
        };
        const QString wrongMessage = sync::StaffCredentials::wrongCredentialsMessage();

        for (int i = 0; i < 5; ++i) {
            const auto r = attempt(QStringLiteral("wrong"));
            QCOMPARE(r.outcome, sync::SignInOutcome::Refused);
            QCOMPARE(r.message, wrongMessage);
            QVERIFY(!r.retryAt.isValid());
        }
        // From the fifth failure on, the next attempt waits 2 s, then 4, 8, 16, 32 s; the right password too.
        for (int delay : {2, 4, 8, 16, 32}) {
            auto r = attempt(QStringLiteral("pw"));
            QCOMPARE(r.outcome, sync::SignInOutcome::Refused);
            QVERIFY(!r.locked);
            QCOMPARE(r.retryAt, clock.now().addSecs(delay));
            QVERIFY2(r.message.contains(r.retryAt.toString(QStringLiteral("HH:mm:ss"))), qPrintable(r.message));
            QVERIFY2(r.message != wrongMessage, qPrintable(r.message));
            clock.advanceSecs(delay - 1);
            QCOMPARE(attempt(QStringLiteral("pw")).retryAt, r.retryAt); // a second early: still refused
            clock.advanceSecs(1);
            r = attempt(QStringLiteral("wrong"));
            QCOMPARE(r.message, wrongMessage);
        }
        // Ten failures: locked for 15 minutes, and the message says until when.
        const QDateTime lockedAt = clock.now();
        auto r = attempt(QStringLiteral("pw"));
        QCOMPARE(r.outcome, sync::SignInOutcome::Refused);
        QVERIFY(r.locked);
        QCOMPARE(r.retryAt, lockedAt.addSecs(15 * 60));
        QVERIFY2(r.message.contains(QStringLiteral("locked")), qPrintable(r.message));
        QVERIFY2(r.message.contains(lockedAt.addSecs(15 * 60).toString(QStringLiteral("HH:mm:ss"))),
                 qPrintable(r.message));
        clock.advanceSecs(15 * 60 - 1);
        QVERIFY(attempt(QStringLiteral("pw")).locked);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-failed' AND "
                                          "detail = 'mode=offline reason=locked'")),
                 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-offline'")), 0);
        clock.advanceSecs(1);
        r = attempt(QStringLiteral("pw"));
        QVERIFY2(r.ok(), qPrintable(r.message));

        // A successful sign-in resets the count: four failures, a success, four failures, and still no delay.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(attempt(QStringLiteral("wrong")).message, wrongMessage);
        QVERIFY(attempt(QStringLiteral("pw")).ok());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(attempt(QStringLiteral("wrong")).message, wrongMessage);
        QVERIFY(attempt(QStringLiteral("pw")).ok());
        // Nothing of the account name is kept with the count.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE '%c1001%' OR value LIKE "
                                          "'%c1001%'")),
                 0);
    }

    void unknownAccountAnsweredLikeWrongPassword()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("unknown"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        storage::Database& db = store.value()->database();
        test::FakeClock clock;
        QVERIFY(sync::StaffCredentials(db, store.value()->cipher())
                    .rememberOnlineSignIn(session(clock.now()), QStringLiteral("pw"), clock.now())
                    .ok());
        sync::SignInWorkflow workflow(db, store.value()->cipher(), {}, clock, sync::SignInLimits{});
        const QString unknownId = QStringLiteral("210203199001011234"); // e.g. an ID number in the wrong field
        for (int i = 0; i < 5; ++i) {
            const auto wrong =
                workflow.signIn(QStringLiteral("c1001"), QStringLiteral("x"), sync::SignInMode::OfflineOnly);
            const auto unknown = workflow.signIn(unknownId, QStringLiteral("x"), sync::SignInMode::OfflineOnly);
            QCOMPARE(unknown.outcome, wrong.outcome);
            QCOMPARE(unknown.message, wrong.message);
            QCOMPARE(unknown.message, sync::StaffCredentials::wrongCredentialsMessage());
        }
        // The same delay for both.
        const auto wrong = workflow.signIn(QStringLiteral("c1001"), QStringLiteral("x"), sync::SignInMode::OfflineOnly);
        const auto unknown = workflow.signIn(unknownId, QStringLiteral("x"), sync::SignInMode::OfflineOnly);
        QVERIFY(wrong.retryAt.isValid());
        QCOMPARE(unknown.retryAt, wrong.retryAt);
        QCOMPARE(unknown.message, wrong.message);
        // What was typed is stored nowhere: not in the audit, not with the count.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE staff_id LIKE '%2102031990%' OR "
                                          "object_id LIKE '%2102031990%' OR detail LIKE '%2102031990%'")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE '%2102031990%' OR value LIKE "
                                          "'%2102031990%'")),
                 0);
    }

    void limitsFromTheSettings()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("limits"));
        QFile ini(QDir(dir).filePath(Settings::defaultFileName()));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[sign_in]\ndelay_after_failures=3\ndelay_seconds=10\nlock_after_failures=4\nlock_minutes=0\n");
        ini.close();
        const Settings settings(dir);
        const auto limits = sync::SignInLimits::fromSettings(settings);
        QCOMPARE(limits.delayAfterFailures, 3);
        QCOMPARE(limits.delaySeconds, 10);
        QCOMPARE(limits.lockAfterFailures, 4);
        QCOMPARE(limits.lockMinutes, 1); // at least a minute

        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        test::FakeClock clock;
        sync::SignInWorkflow workflow(store.value()->database(), store.value()->cipher(), {}, clock, limits);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!workflow.signIn(QStringLiteral("c1"), QStringLiteral("x"), sync::SignInMode::OfflineOnly)
                         .retryAt.isValid());
        QCOMPARE(workflow.signIn(QStringLiteral("c1"), QStringLiteral("x"), sync::SignInMode::OfflineOnly).retryAt,
                 clock.now().addSecs(10));
        clock.advanceSecs(10);
        (void)workflow.signIn(QStringLiteral("c1"), QStringLiteral("x"), sync::SignInMode::OfflineOnly);
        const auto locked = workflow.signIn(QStringLiteral("c1"), QStringLiteral("x"), sync::SignInMode::OfflineOnly);
        QVERIFY(locked.locked);
        QCOMPARE(locked.retryAt, clock.now().addSecs(60));
    }

    // Enrolment acts for an admin: the session of a clerk or a supervisor is refused by the service
    // itself, whatever the platform answered.
    void enrolmentNeedsAnAdmin()
    {
        sync::StaffSession s = session(QDateTime::currentDateTimeUtc());
        for (const QStringList& roles :
             {QStringList{QStringLiteral("clerk")}, QStringList{QStringLiteral("supervisor")}, QStringList{}}) {
            s.roles = roles;
            const Status refused = sync::SignInWorkflow::requireAdmin(s);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("auth.not-admin"));
            QVERIFY(refused.error().message.contains(QStringLiteral("c1001")));
        }
        s.roles = {QStringLiteral("clerk"), QStringLiteral("admin")};
        QVERIFY(sync::SignInWorkflow::requireAdmin(s).ok());
    }
};

YC_TEST_MAIN(TestStaffCredentials)
#include "TestStaffCredentials.moc"
