// The sync queue page and the status-bar indicator read the store: a refused case shows the
// platform's reason, and "Retry now" makes it due again.
#include "TestMain.h"
#include "core/Clock.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"
#include "sync/StaffCredentials.h"
#include "ui/AppContext.h"
#include "ui/sync/SyncQueuePage.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

class TestSyncQueuePage : public QObject
{
    Q_OBJECT

private slots:
    void showsRefusalAndRetries()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("queue"));
        auto store =
            yc::storage::Store::open({dir, yc::storage::KeyStoreMode::File, yc::storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        yc::SystemClock clock;
        yc::AppContext context{.store = store.value().get(), .clock = &clock, .dataDir = dir};
        yc::sync::StaffSession session;
        session.accessToken = QStringLiteral("t");
        session.expiresAt = clock.now().addSecs(3600);
        session.staffId = QStringLiteral("c1001");
        session.displayName = QStringLiteral("测试甲");
        session.roles = {QStringLiteral("clerk")};
        yc::sync::StaffCredentials credentials(store.value()->database(), store.value()->cipher());
        QVERIFY(credentials.rememberOnlineSignIn(session, QStringLiteral("pw"), clock.now()).ok());
        yc::storage::CaseRepository cases(store.value()->database(), store.value()->cipher(), dir);
        yc::storage::NewCase c;
        c.itemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
        c.staffId = QStringLiteral("c1001");
        c.decision = QStringLiteral("accepted");
        c.applicant.idType = QStringLiteral("resident-id");
        c.applicant.idNumber = QStringLiteral("11010519491231002X");
        c.applicant.name = QStringLiteral("测试甲");
        QVERIFY(cases.accept(c).ok());
        QSqlQuery q(store.value()->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET error_kind = 'permanent', attempts = 1, last_error = "
                                      "'The case number is not inside a lease held by this window.'")));

        yc::ui::SyncQueuePage page(context);
        yc::ui::SyncStatusWidget status(context);
        page.show();
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("syncQueueTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("lease")));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("测试甲"));
        QVERIFY(status.text().contains(QStringLiteral("not enrolled")));

        bool asked = false;
        connect(&page, &yc::ui::SyncQueuePage::syncRequested, this, [&] { asked = true; });
        table->selectRow(0);
        page.findChild<QPushButton*>(QStringLiteral("syncRetryButton"))->click();
        QVERIFY(asked);
        QVERIFY(q.exec(QStringLiteral("SELECT error_kind FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toString(), QString());
    }
};

YC_TEST_MAIN(TestSyncQueuePage)
#include "TestSyncQueuePage.moc"
