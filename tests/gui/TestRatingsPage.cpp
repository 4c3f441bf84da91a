// 好差评 results against the reference platform: a bad rating given at this PC is listed with its
// follow-up due date; a clerk can neither see the page's list nor record a follow-up (page and
// service); the supervisor records the rectification and the callback record, which is audited,
// kept encrypted in the outbox and sent by the sync engine to POST /evaluations/<id>/follow-up.
#define YC_TEST_FONTS
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "VerifyOk.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "supervision/RatingFollowUp.h"
#include "sync/CurrentStaff.h"
#include "sync/OfflineQueue.h"
#include "ui/AppContext.h"
#include "ui/supervision/RatingsPage.h"

#include <QDir>
#include <QDirIterator>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace yc;

namespace {

void signInAs(sync::CurrentStaff& staff, const QString& id, const QString& role)
{
    sync::SignedInStaff s;
    s.staffId = id;
    s.login = id;
    s.displayName = id;
    s.role = role;
    staff.set(s, QDateTime::currentDateTimeUtc());
}

bool anyFileContains(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestRatingsPage : public QObject
{
    Q_OBJECT

private slots:
    void badRatingFollowedUpBySupervisor()
    {
        test::SyncSetup setup(QStringLiteral("ratings"));
        YC_VERIFY_OK(setup.start({.staff = {QStringLiteral("c1001"), QStringLiteral("s1001")}}));
        auto& [platform, client] = setup;
        auto engine = client.engine();
        QVERIFY(engine);
        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        auto caseId = cases.accept(client.makeCase(31, 1, 2000));
        YC_VERIFY_OK(caseId);
        sync::OfflineQueue queue(client.store->database(), client.store->cipher(), client.dataDir, client.clock);
        sync::Evaluation bad;
        bad.level = 1;
        bad.comment = QStringLiteral("waited long");
        auto badId = queue.enqueueEvaluation(bad, caseId.value(), QStringLiteral("c1001"));
        YC_VERIFY_OK(badId);
        sync::Evaluation good;
        good.level = 5;
        auto goodId = queue.enqueueEvaluation(good, caseId.value(), QStringLiteral("c1001"));
        YC_VERIFY_OK(goodId);
        const sync::PassReport first = engine->runUntilIdle(60000, true);
        QVERIFY2(first.lastError.isEmpty(), qPrintable(first.lastError));
        QCOMPARE(first.evaluationsSubmitted, 2);

        sync::CurrentStaff staff;
        AppContext app;
        app.store = client.store.get();
        app.clock = &client.clock;
        app.settings = client.settings.get();
        app.dataDir = client.dataDir;
        app.currentStaff = &staff;
        const intake::IntakeContext context{client.store->database(),
                                            client.store->cipher(),
                                            client.dataDir,
                                            client.clock,
                                            WorkCalendar::bundled(),
                                            {},
                                            {},
                                            {}};

        // A clerk: nothing listed, nothing recorded.
        signInAs(staff, QStringLiteral("c1001"), QStringLiteral("clerk"));
        {
            ui::RatingsPage page(app);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.ratings().isEmpty());
            QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("recordFollowUpButton"))->isEnabled());
        }
        supervision::RatingFollowUp clerk(context, {QStringLiteral("c1001"), QStringLiteral("clerk")});
        QCOMPARE(clerk.ratings().error().code, QStringLiteral("supervision.not-supervisor"));
        QCOMPARE(clerk.record(badId.value(), QStringLiteral("x"), QStringLiteral("y")).error().code,
                 QStringLiteral("supervision.not-supervisor"));

        // The supervisor.
        signInAs(staff, QStringLiteral("s1001"), QStringLiteral("supervisor"));
        ui::RatingsPage page(app);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.ratings().size(), 2);
        const supervision::RatingLine* line = nullptr;
        for (const supervision::RatingLine& r : page.ratings()) {
            if (r.evaluationId == badId.value())
                line = &r;
        }
        QVERIFY(line && line->bad && !line->followedUp);
        QCOMPARE(line->followUpDue, WorkCalendar::bundled().addWorkingDays(line->at.toLocalTime().date(), 15).date);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("ratingsTable"));
        auto* record = page.findChild<QPushButton*>(QStringLiteral("recordFollowUpButton"));
        auto* rectification = page.findChild<QPlainTextEdit*>(QStringLiteral("rectificationEdit"));
        auto* callback = page.findChild<QPlainTextEdit*>(QStringLiteral("callbackEdit"));
        QVERIFY(table && record && rectification && callback);
        // The bad one is selected first; a good one cannot be followed up.
        QCOMPARE(page.ratings().at(table->currentRow()).evaluationId, badId.value());
        supervision::RatingFollowUp supervisor(context, {QStringLiteral("s1001"), QStringLiteral("supervisor")});
        QCOMPARE(supervisor.record(goodId.value(), QStringLiteral("x"), QStringLiteral("y")).error().code,
                 QStringLiteral("supervision.not-bad"));
        // Without the callback record the page refuses.
        rectification->insertPlainText(QStringLiteral("窗口已增加叫号提醒"));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY2(page.message().contains(QStringLiteral("call back")), qPrintable(page.message()));
        callback->insertPlainText(QStringLiteral("回访测试甲，已说明整改情况"));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY2(page.message().contains(QStringLiteral("recorded")), qPrintable(page.message()));
        QCOMPARE(supervisor.record(badId.value(), QStringLiteral("x"), QStringLiteral("y")).error().code,
                 QStringLiteral("supervision.followed-up"));
        auto audit = storage::AuditLog(client.store->database()).ofObject(QStringLiteral("evaluation"), badId.value());
        YC_VERIFY_OK(audit);
        bool audited = false;
        for (const storage::AuditRow& r : audit.value())
            audited = audited || (r.action == QStringLiteral("evaluation.follow-up") && r.staffId == u"s1001" &&
                                  r.detail == QStringLiteral("level=1"));
        QVERIFY(audited);
        // Encrypted at rest: the callback text is in no file of the data directory.
        QVERIFY(!anyFileContains(client.dataDir, QStringLiteral("回访测试甲").toUtf8()));

        // Sent with the next pass, under the supervisor's sign-in.
        const sync::PassReport sent = engine->runUntilIdle(60000, true);
        QVERIFY2(sent.lastError.isEmpty(), qPrintable(sent.lastError));
        QCOMPARE(
            test::platformCount(platform,
                                QStringLiteral("SELECT count(*) FROM evaluation_follow_ups WHERE evaluation_id = ? "
                                               "AND recorded_by = 's1001'"),
                                {badId.value()}),
            1);
        page.refresh();
        // A look at the page (e.g. under Xvfb): YC_SCREENSHOT_DIR=/tmp/shots.
        if (qEnvironmentVariableIsSet("YC_SCREENSHOT_DIR")) {
            page.resize(1100, 600);
            page.grab().save(qEnvironmentVariable("YC_SCREENSHOT_DIR") + QStringLiteral("/ratings.png"));
        }
        for (const supervision::RatingLine& r : page.ratings()) {
            if (r.evaluationId == badId.value()) {
                QVERIFY(r.followedUp);
                QCOMPARE(r.followUpState, QStringLiteral("submitted"));
                QCOMPARE(r.callback, QStringLiteral("回访测试甲，已说明整改情况"));
            }
        }
    }
};

YC_TEST_MAIN(TestRatingsPage)
#include "TestRatingsPage.moc"
