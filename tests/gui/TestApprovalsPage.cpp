// The supervisor's approvals queue against the reference platform (PROTOCOL.md §16), driven by
// object names: a request asked at this PC approved with a comment, a request of another window
// denied with a comment, both audited and both decided on the platform too. A clerk's session
// cannot approve: the page lists nothing and its buttons are off, the services refuse the clerk,
// and the platform answers the clerk's token with 403. The case detail masks the applicant until
// "Show personal data", which is audited.
#define YC_TEST_FONTS
#include "IdNumbers.h"
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "VerifyOk.h"
#include "intake/IntakeSession.h"
#include "intake/RemoteApprovals.h"
#include "storage/AuditLog.h"
#include "storage/IntakeRepository.h"
#include "storage/catalog/CatalogRepository.h"
#include "supervision/ApprovalQueue.h"
#include "supervision/CaseDetail.h"
#include "sync/CatalogFeedImporter.h"
#include "sync/CurrentStaff.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/StaffCredentials.h"
#include "ui/AppContext.h"
#include "ui/supervision/ApprovalsPage.h"
#include "ui/supervision/CaseDetailDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUuid>

using namespace yc;
using namespace yc::intake;

namespace {

const QString FoodLicenceNew = QStringLiteral("000117003001-210200000000-000-11210200YC000001X0-1-00");

QString fresh(const QString& name)
{
    return test::TestEnvironment::current()->freshDir(name);
}

Result<QByteArray> stubPdf(const NoticeData&)
{
    return QByteArray("%PDF-stub");
}

void signInAs(sync::CurrentStaff& staff, const QString& id, const QString& role)
{
    sync::SignedInStaff s;
    s.staffId = id;
    s.login = id;
    s.displayName = id;
    s.role = role;
    staff.set(s, QDateTime::currentDateTimeUtc());
}

// The row of the page's table that shows approvalId, or -1.
int rowOf(ui::ApprovalsPage& page, const QString& approvalId)
{
    const auto rows = page.requests();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).approvalId == approvalId)
            return i;
    }
    return -1;
}

// The audit rows of a case: "action staff detail" each.
QStringList trail(storage::Database& db, const QString& caseId)
{
    QStringList out;
    auto rows = storage::AuditLog(db).ofObject(QStringLiteral("case"), caseId);
    if (rows) {
        for (const storage::AuditRow& r : rows.value())
            out << r.action + QLatin1Char(' ') + r.staffId + QLatin1Char(' ') + r.detail;
    }
    return out;
}

} // namespace

class TestApprovalsPage : public QObject
{
    Q_OBJECT

private slots:
    void supervisorDecidesAndClerkCannot()
    {
        test::PlatformFixture platform(fresh(QStringLiteral("p-approvals")));
        QVERIFY(platform.start());
        test::WindowClient client;
        QVERIFY(client.create(fresh(QStringLiteral("c-approvals")), platform.baseUrl()));
        QCOMPARE(client.enrol(), QString());
        QCOMPARE(client.signIn(QStringLiteral("c1001")), QString());
        QCOMPARE(client.signIn(QStringLiteral("s1001")), QString());
        sync::CatalogFeedImporter importer(client.store->database().path(), client.clock);
        auto engine = client.engine();
        QVERIFY(engine);
        engine->setCatalogSink(&importer);
        const sync::PassReport first = engine->runUntilIdle(60000, true);
        QVERIFY2(first.lastError.isEmpty(), qPrintable(first.lastError));
        QVERIFY(storage::CatalogRepository(client.store->database()).item(FoodLicenceNew).ok());

        const IntakeContext context{client.store->database(),
                                    client.store->cipher(),
                                    client.dataDir,
                                    client.clock,
                                    WorkCalendar::bundled(),
                                    {},
                                    stubPdf,
                                    {}};
        const sync::RestOptions rest = sync::SyncConfig::restOptions(*client.settings);

        // A refusal asked at this PC by the clerk; the request reaches the platform too.
        IntakeSession session(context);
        auto draft = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
        YC_VERIFY_OK(draft);
        const QString caseId = draft.value();
        Party applicant;
        applicant.identity.idType = QStringLiteral("resident");
        applicant.identity.idNumber = test::residentId(QStringLiteral("210202"), QStringLiteral("19790615"), 7);
        applicant.identity.name = QStringLiteral("测试甲");
        YC_VERIFY_OK(session.setApplicant(caseId, applicant));
        YC_VERIFY_OK(session.setItem(caseId, FoodLicenceNew));
        YC_VERIFY_OK(session.setRefusalReason(caseId, {RefusalCategory::NotInRemit, QStringLiteral("属于区级事项")}));
        RemoteApprovals asking(context, [rest]() { return std::make_unique<sync::RestConnector>(rest); });
        QSignalSpy asked(&asking, &RemoteApprovals::approvalChanged);
        auto localId = asking.request(caseId, ApprovalKind::Refusal);
        YC_VERIFY_OK(localId);
        QVERIFY(asked.wait(30000));

        // A request of another window of the hall, known to this PC only through the platform.
        auto clerkTokens =
            sync::StaffCredentials(client.store->database(), client.store->cipher()).tokens(QStringLiteral("c1001"));
        YC_VERIFY_OK(clerkTokens);
        sync::RestConnector clerkSide(rest);
        sync::ApprovalRequest other;
        other.approvalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        other.kind = QStringLiteral("accept-with-missing");
        other.caseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        other.itemCode = FoodLicenceNew;
        other.reason = QStringLiteral("m5 later");
        other.deferredMaterials = {QStringLiteral("m5")};
        QVERIFY(clerkSide.requestApproval(clerkTokens.value().access, other).ok());

        sync::CurrentStaff staff;
        AppContext app;
        app.store = client.store.get();
        app.clock = &client.clock;
        app.settings = client.settings.get();
        app.dataDir = client.dataDir;
        app.currentStaff = &staff;

        // ---- A clerk's session: nothing listed, nothing decided, by the page, the services or the platform.
        signInAs(staff, QStringLiteral("c1001"), QStringLiteral("clerk"));
        {
            ui::ApprovalsPage page(app);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.waitForIdle();
            QCoreApplication::processEvents();
            QVERIFY(page.requests().isEmpty());
            QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
            QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("denyButton"))->isEnabled());
            QVERIFY(page.findChild<QLabel*>(QStringLiteral("approvalsScope"))->text().contains(u"c1001"));
        }
        const supervision::Actor clerk{QStringLiteral("c1001"), QStringLiteral("clerk")};
        supervision::ApprovalQueue clerkQueue(context, clerk);
        QCOMPARE(clerkQueue.localPending().error().code, QStringLiteral("supervision.not-supervisor"));
        QCOMPARE(clerkQueue.decideLocal({localId.value(), true, QStringLiteral("ok")}).error().code,
                 QStringLiteral("supervision.not-supervisor"));
        QCOMPARE(clerkQueue.recordRemoteDecision(sync::Approval{}).error().code,
                 QStringLiteral("supervision.not-supervisor"));
        supervision::RemoteApprovalQueue clerkRemote(context,
                                                     [rest]() { return std::make_unique<sync::RestConnector>(rest); });
        QCOMPARE(clerkRemote.decide(clerk, {other.approvalId, true, QStringLiteral("ok")}).error().code,
                 QStringLiteral("supervision.not-supervisor"));
        QCOMPARE(clerkRemote.fetch(clerk).error().code, QStringLiteral("supervision.not-supervisor"));
        QCOMPARE(supervision::CaseDetailService(context, clerk).load(caseId).error().code,
                 QStringLiteral("supervision.not-supervisor"));
        auto direct = clerkSide.decideApproval(clerkTokens.value().access, other.approvalId, QStringLiteral("approved"),
                                               QStringLiteral("ok"));
        QVERIFY(!direct.ok());
        QCOMPARE(direct.error().httpStatus, 403);
        auto stillPending =
            storage::IntakeRepository(client.store->database(), client.store->cipher(), client.dataDir, client.clock)
                .approval(localId.value());
        QCOMPARE(stillPending.value()->status, QStringLiteral("pending"));

        // ---- The supervisor.
        signInAs(staff, QStringLiteral("s1001"), QStringLiteral("supervisor"));
        ui::ApprovalsPage page(app);
        QSignalSpy decided(&page, &ui::ApprovalsPage::decided);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && rowOf(page, other.approvalId) >= 0, 30000);
        QVERIFY(rowOf(page, localId.value()) >= 0);
        QCOMPARE(page.requests().at(rowOf(page, localId.value())).origin,
                 supervision::QueuedApproval::Origin::Local); // listed once, as this PC's
        QCOMPARE(page.requests().at(rowOf(page, other.approvalId)).origin, supervision::QueuedApproval::Origin::Remote);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("approvalsTable"));
        auto* comment = page.findChild<QPlainTextEdit*>(QStringLiteral("approvalsComment"));
        auto* approve = page.findChild<QPushButton*>(QStringLiteral("approveButton"));
        auto* deny = page.findChild<QPushButton*>(QStringLiteral("denyButton"));
        QVERIFY(table && comment && approve && deny && approve->isEnabled());

        // Approve the local one with a comment.
        table->selectRow(rowOf(page, localId.value()));
        comment->setFocus();
        comment->insertPlainText(QStringLiteral("同意，按规定告知")); // keyClicks types Latin-1 only
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.at(0).at(1).toString(), QStringLiteral("approved"));
        auto answered =
            storage::IntakeRepository(client.store->database(), client.store->cipher(), client.dataDir, client.clock)
                .approval(localId.value());
        YC_VERIFY_OK(answered);
        QCOMPARE(answered.value()->status, QStringLiteral("approved"));
        QCOMPARE(answered.value()->supervisorId, QStringLiteral("s1001"));
        QCOMPARE(answered.value()->note, QStringLiteral("同意，按规定告知"));
        QVERIFY2(trail(client.store->database(), caseId)
                     .contains(QStringLiteral("case.approval-answer s1001 kind=refusal mode=remote status=approved")),
                 qPrintable(trail(client.store->database(), caseId).join(u'\n')));
        // ... and the platform has the decision as well (the case's refusal cites it there).
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        auto onPlatform = clerkSide.approval(clerkTokens.value().access, localId.value());
        YC_VERIFY_OK(onPlatform);
        QCOMPARE(onPlatform.value().status, QStringLiteral("approved"));
        QCOMPARE(onPlatform.value().decidedBy, QStringLiteral("s1001"));

        // Deny the remote one: without a comment the page refuses, nothing is sent.
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && rowOf(page, other.approvalId) >= 0, 30000);
        table->selectRow(rowOf(page, other.approvalId));
        comment->clear();
        QTest::mouseClick(deny, Qt::LeftButton);
        QVERIFY(page.message().contains(QStringLiteral("comment")));
        QVERIFY(!page.isBusy());
        comment->insertPlainText(QStringLiteral("材料不属于可容缺范围"));
        QTest::mouseClick(deny, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 2, 30000);
        QCOMPARE(decided.at(1).at(0).toString(), other.approvalId);
        QCOMPARE(decided.at(1).at(1).toString(), QStringLiteral("rejected"));
        auto denied = clerkSide.approval(clerkTokens.value().access, other.approvalId);
        YC_VERIFY_OK(denied);
        QCOMPARE(denied.value().status, QStringLiteral("rejected"));
        QCOMPARE(denied.value().note, QStringLiteral("材料不属于可容缺范围"));
        QVERIFY2(trail(client.store->database(), other.caseId)
                     .contains(QStringLiteral("case.approval-answer s1001 kind=accept-with-missing mode=remote "
                                              "status=rejected approval=%1 window=A01")
                                   .arg(other.approvalId)),
                 qPrintable(trail(client.store->database(), other.caseId).join(u'\n')));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page, other.approvalId) < 0 && rowOf(page, localId.value()) < 0, 30000);
        page.waitForIdle();

        // ---- The case detail: masked until asked, and the asking is audited.
        {
            ui::CaseDetailDialog dialog(app, caseId);
            QVERIFY2(dialog.isLoaded(), qPrintable(dialog.message()));
            QVERIFY(!dialog.applicantText().contains(QStringLiteral("测试甲")));
            QVERIFY(!dialog.applicantText().contains(applicant.identity.idNumber));
            auto* history = dialog.findChild<QTableWidget*>(QStringLiteral("caseHistoryTable"));
            QVERIFY(history && history->rowCount() > 0);
            auto* approvals = dialog.findChild<QTableWidget*>(QStringLiteral("caseApprovalsTable"));
            QVERIFY(approvals && approvals->rowCount() == 1);
            const int before = trail(client.store->database(), caseId).size();
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("showPersonalDataButton")), Qt::LeftButton);
            QVERIFY(dialog.applicantText().contains(QStringLiteral("测试甲")));
            QVERIFY(dialog.applicantText().contains(applicant.identity.idNumber));
            const QStringList after = trail(client.store->database(), caseId);
            QCOMPARE(after.size(), before + 1);
            QVERIFY(after.last().startsWith(QStringLiteral("case.view-personal s1001")));
            QVERIFY(!after.last().contains(QStringLiteral("测试甲")));
            // A look at the dialog (e.g. under Xvfb): YC_SCREENSHOT_DIR=/tmp/shots.
            if (qEnvironmentVariableIsSet("YC_SCREENSHOT_DIR")) {
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                dialog.grab().save(qEnvironmentVariable("YC_SCREENSHOT_DIR") + QStringLiteral("/case-detail.png"));
            }
        }
        signInAs(staff, QStringLiteral("c1001"), QStringLiteral("clerk"));
        {
            ui::CaseDetailDialog dialog(app, caseId);
            QVERIFY(!dialog.isLoaded());
            const int before = trail(client.store->database(), caseId).size();
            dialog.showPersonalData();
            QVERIFY(!dialog.applicantText().contains(QStringLiteral("测试甲")));
            QCOMPARE(trail(client.store->database(), caseId).size(), before);
        }
    }
};

YC_TEST_MAIN(TestApprovalsPage)
#include "TestApprovalsPage.moc"
