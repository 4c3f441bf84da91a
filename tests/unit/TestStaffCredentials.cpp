// Offline sign-in against the verifier kept from the last online sign-in, with the clock moved:
// accepted within the allowed days, refused with auth.offline-expired after them, and open again
// after the next online sign-in.
#include "FakeClock.h"
#include "TestMain.h"
#include "storage/Store.h"
#include "sync/StaffCredentials.h"

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

} // namespace

class TestStaffCredentials : public QObject
{
    Q_OBJECT

private slots:
    void offlineSignInExpires()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("offline"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        storage::Database& db = store.value()->database();
        sync::StaffCredentials credentials(db, store.value()->cipher());
        test::FakeClock clock;
        const QDateTime online = clock.now();
        QVERIFY(credentials.rememberOnlineSignIn(session(online), QStringLiteral("pw-甲-1"), online).ok());

        // Later the same day and on the last allowed day: accepted offline.
        clock.advanceSecs(3600);
        auto sameDay =
            credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw-甲-1"), MaxDays, clock.now());
        QVERIFY2(sameDay.ok(), qPrintable(sameDay.ok() ? QString() : sameDay.error().code));
        QVERIFY(sameDay.value().offline);
        QCOMPARE(sameDay.value().staffId, QStringLiteral("c1001"));
        QCOMPARE(sameDay.value().role, QStringLiteral("clerk"));
        clock.set(online.addDays(MaxDays));
        auto lastDay =
            credentials.signInOffline(QStringLiteral("c1001"), QStringLiteral("pw-甲-1"), MaxDays, clock.now());
        QVERIFY2(lastDay.ok(), qPrintable(lastDay.ok() ? QString() : lastDay.error().code));
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
        QVERIFY2(renewed.ok(), qPrintable(renewed.ok() ? QString() : renewed.error().code));
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
};

YC_TEST_MAIN(TestStaffCredentials)
#include "TestStaffCredentials.moc"
