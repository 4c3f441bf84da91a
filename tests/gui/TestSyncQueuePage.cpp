// The sync queue page and the status-bar indicator read the store: a refused case, evaluation or
// supplement shows its kind and the reason, and "Retry now" makes it due again.
#include "TestMain.h"
#include "core/Clock.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"
#include "sync/OfflineQueue.h"
#include "sync/StaffCredentials.h"
#include "ui/AppContext.h"
#include "ui/sync/SyncQueuePage.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QLabel>
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
        c.decision = yc::Decision::Accepted;
        c.applicant.idType = QStringLiteral("resident-id");
        c.applicant.idNumber = QStringLiteral("11010519491231002X");
        c.applicant.name = QStringLiteral("测试甲");
        QVERIFY(cases.accept(c).ok());
        QSqlQuery q(store.value()->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET error_kind = 'permanent', attempts = 1, last_error = "
                                      "'The case number is not inside a lease held by this window.'")));

        enum Column
        {
            Number,
            Kind,
            State,
            Clerk,
            Attempts,
            NextTry,
            Answer
        };
        yc::ui::SyncQueuePage page(context);
        yc::ui::SyncStatusWidget status(context);
        page.show();
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("syncQueueTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, Answer)->text().contains(QStringLiteral("lease")));
        QCOMPARE(table->item(0, Clerk)->text(), QStringLiteral("测试甲"));
        QCOMPARE(table->item(0, Kind)->text(), QStringLiteral("Case"));
        QVERIFY(status.text().contains(QStringLiteral("not enrolled")));

        bool asked = false;
        connect(&page, &yc::ui::SyncQueuePage::syncRequested, this, [&] { asked = true; });
        table->selectRow(0);
        page.findChild<QPushButton*>(QStringLiteral("syncRetryButton"))->click();
        QVERIFY(asked);
        QVERIFY(q.exec(QStringLiteral("SELECT error_kind FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toString(), QString());
        q.finish();

        // An evaluation of the case (queued with the case's number only, no local case) and a
        // supplement of materials, both refused: listed with their kind, the case's number (never
        // the evaluation's comment) and the reason.
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM cases")) && q.next());
        const QString caseId = q.value(0).toString();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET case_number = '21020001-2026-000042'")));
        yc::sync::OfflineQueue queue(store.value()->database(), store.value()->cipher(), dir, clock);
        yc::sync::Evaluation evaluation;
        evaluation.level = 2;
        evaluation.caseNumber = QStringLiteral("21020001-2026-000007");
        evaluation.comment = QStringLiteral("样例乙 waited long");
        QVERIFY(queue.enqueueEvaluation(evaluation, QString(), QStringLiteral("c1001")).ok());
        yc::sync::NewSupplement supplement;
        supplement.caseId = caseId;
        supplement.staffId = QStringLiteral("c1001");
        yc::storage::NewCaseMaterial material;
        material.name = QStringLiteral("补正材料");
        material.mimeType = QStringLiteral("application/pdf");
        material.content = QByteArray(100, 'x');
        supplement.materials.push_back(material);
        QVERIFY(queue.enqueueSupplement(supplement).ok());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET error_kind = 'permanent', attempts = 2, last_error = "
                                      "'Refused by the platform: ' || kind WHERE kind <> 'case'")));
        page.refresh();
        status.refresh();
        QCOMPARE(table->rowCount(), 3);
        QHash<QString, int> rowOf;
        for (int row = 0; row < table->rowCount(); ++row) {
            rowOf.insert(table->item(row, Kind)->text(), row);
            for (int column = 0; column < table->columnCount(); ++column)
                QVERIFY(!table->item(row, column)->text().contains(QStringLiteral("样例乙")));
        }
        QVERIFY(rowOf.contains(QStringLiteral("Evaluation")) && rowOf.contains(QStringLiteral("Supplement")));
        const int e = rowOf.value(QStringLiteral("Evaluation"));
        const int s = rowOf.value(QStringLiteral("Supplement"));
        QCOMPARE(table->item(e, Number)->text(), QStringLiteral("21020001-2026-000007"));
        QCOMPARE(table->item(s, Number)->text(), QStringLiteral("21020001-2026-000042"));
        QCOMPARE(table->item(e, Attempts)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(e, Answer)->text(), QStringLiteral("Refused by the platform: evaluation"));
        QCOMPARE(table->item(s, Answer)->text(), QStringLiteral("Refused by the platform: supplement"));
        QCOMPARE(table->item(e, State)->text(), table->item(s, State)->text());
        QVERIFY(table->item(e, State)->text().contains(QStringLiteral("attention")));
        auto* summary = page.findChild<QLabel*>(QStringLiteral("syncQueueSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("2 entry(ies) refused")), qPrintable(summary->text()));

        // Retry now on the evaluation clears its wait only.
        asked = false;
        table->clearSelection();
        table->selectRow(e);
        page.findChild<QPushButton*>(QStringLiteral("syncRetryButton"))->click();
        QVERIFY(asked);
        QVERIFY(q.exec(QStringLiteral("SELECT kind, error_kind FROM outbox ORDER BY id")));
        QStringList states;
        while (q.next())
            states << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        QCOMPARE(states, (QStringList{QStringLiteral("case="), QStringLiteral("evaluation="),
                                      QStringLiteral("supplement=permanent")}));
    }
};

YC_TEST_MAIN(TestSyncQueuePage)
#include "TestSyncQueuePage.moc"
