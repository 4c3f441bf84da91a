// A refusal approved by the supervisor through the reference platform (yichuang-platform,
// PROTOCOL.md §16), from the intake screen: the clerk asks, the screen does not wait (a new case
// can be started at once), and the waiting case is decided when the supervisor's answer arrives.
#define YC_TEST_FONTS
#include "IdNumbers.h"
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "VerifyOk.h"
#include "intake/CaseOverview.h"
#include "intake/IntakeSession.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/CatalogFeedImporter.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/SyncConfig.h"
#include "ui/intake/IntakePage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>

using namespace yc;

namespace {

const QString FoodLicenceNew = QStringLiteral("000117003001-210200000000-000-11210200YC000001X0-1-00");
const QString Unemployment = QStringLiteral("000119004001-210200000000-000-11210200YC0000044M-1-00"); // 失业保险金申领

} // namespace

class TestIntakeRemoteApproval : public QObject
{
    Q_OBJECT

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
    }

    static void type(const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(focus, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, focus, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

private slots:
    void refusalApprovedThroughThePlatform()
    {
        test::SyncSetup setup(QStringLiteral("gui-remote"));
        YC_VERIFY_OK(setup.start({.staff = {QStringLiteral("c1001"), QStringLiteral("s1001")}}));
        auto& [platform, client] = setup;
        sync::CatalogFeedImporter importer(client.store->database().path(), client.clock);
        auto engine = client.engine();
        QVERIFY(engine);
        engine->setCatalogSink(&importer);
        const sync::PassReport first = engine->runUntilIdle(60000, true); // catalog, calendar, leases
        QVERIFY2(first.lastError.isEmpty(), qPrintable(first.lastError));
        QVERIFY(storage::CatalogRepository(client.store->database()).item(FoodLicenceNew).ok());

        // A draft ready for its decision, as the earlier steps leave it.
        const intake::IntakeContext context{client.store->database(),
                                            client.store->cipher(),
                                            client.dataDir,
                                            client.clock,
                                            WorkCalendar::bundled(),
                                            {},
                                            {},
                                            {}};
        intake::IntakeSession session(context);
        auto draft = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
        QVERIFY(draft.ok());
        intake::Party applicant;
        applicant.identity.idType = QStringLiteral("resident");
        applicant.identity.idNumber = test::residentId(QStringLiteral("210202"), QStringLiteral("19790615"), 51);
        applicant.identity.name = QStringLiteral("测试甲");
        QVERIFY(session.setApplicant(draft.value(), applicant).ok());
        QVERIFY(session.setItem(draft.value(), FoodLicenceNew).ok());
        QVERIFY(session
                    .setSituations(draft.value(), {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                                   {QStringLiteral("s2"), QStringLiteral("s2a")},
                                                   {QStringLiteral("s3"), QStringLiteral("s3a")}})
                    .ok());

        AppContext app{.store = client.store.get(),
                       .clock = &client.clock,
                       .settings = client.settings.get(),
                       .dataDir = client.dataDir};
        ui::IntakePage page(app);
        page.setStaffId(QStringLiteral("c1001"));
        page.resize(1280, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy decided(&page, &ui::IntakePage::caseDecided);
        QVERIFY(page.openDraft(draft.value()));
        QTRY_VERIFY(QApplication::focusWidget());
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(ui::IntakePage::ReviewStep));

        // F11: the category, the reason, then Alt+A asks the supervisor through the platform.
        QTimer::singleShot(0, this, [this] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QLatin1String("refusalDialog"));
            QTimer::singleShot(30000, dialog, [dialog] { dialog->close(); });
            auto* category = dialog->findChild<QComboBox*>(QStringLiteral("refusalCategory"));
            QVERIFY(category);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            category->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), category);
            press(Qt::Key_Down); // not within this department's remit
            press(Qt::Key_Tab);
            type(QStringLiteral("属于区级事项"));
            press(Qt::Key_A, Qt::AltModifier);
        });
        press(Qt::Key_F11);
        QVERIFY2(page.decidedCaseId().isEmpty(), "nothing is decided before the supervisor answers");
        QCOMPARE(page.waitingApprovals().size(), 1);
        const QString approvalId = page.waitingApprovals().first();
        auto* summary = page.findChild<QTextBrowser*>(QStringLiteral("reviewSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->toPlainText().contains(QStringLiteral("Waiting for the supervisor")),
                 qPrintable(summary->toPlainText()));
        qInfo("waiting: %s", qPrintable(page.message()));

        // The screen is free: Ctrl+N starts the next case while the approval is pending.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_VERIFY(QApplication::focusWidget());
        press(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(page.currentStep(), int(ui::IntakePage::ApplicantStep));
        QCOMPARE(page.waitingApprovals(), QStringList{approvalId});

        // The supervisor approves on their own screen (the platform's API, as s1001).
        const sync::RestOptions rest = sync::SyncConfig::restOptions(*client.settings);
        sync::RestConnector supervisorSide(rest);
        auto enrolment = sync::Enrolment(client.store->database(), client.store->cipher()).load();
        QVERIFY(enrolment.ok() && enrolment.value());
        auto supervisor =
            supervisorSide.signIn(QStringLiteral("s1001"), QStringLiteral("train-s1001"), enrolment.value()->machineId);
        QVERIFY(supervisor.ok());
        // The platform holds the request once the screen's call went through.
        QTRY_VERIFY_WITH_TIMEOUT(supervisorSide.approval(supervisor.value().accessToken, approvalId).ok(), 30000);
        QVERIFY(supervisorSide
                    .decideApproval(supervisor.value().accessToken, approvalId, QStringLiteral("approved"),
                                    QStringLiteral("同意"))
                    .ok());
        press(Qt::Key_F12); // asks at once (the screen also asks by itself every few seconds)
        QTRY_VERIFY_WITH_TIMEOUT(page.waitingApprovals().isEmpty(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, 10000);
        const QString caseId = decided.first().first().toString();
        qInfo("after the answer: %s", qPrintable(page.message()));
        QCOMPARE(page.currentStep(), int(ui::IntakePage::ApplicantStep)); // the new case keeps the screen
        auto detail =
            intake::CaseOverview(client.store->database(), client.store->cipher(), client.dataDir).show(caseId);
        QVERIFY(detail.ok() && detail.value().has_value());
        QCOMPARE(detail.value()->line.decision, QStringLiteral("refused"));
        QCOMPARE(detail.value()->refusalCategory, QStringLiteral("not-in-remit"));

        // The credit warning (PROTOCOL.md §13; the training data lists this person): shown, not in the way.
        auto* credit = page.findChild<QLabel*>(QStringLiteral("creditWarning"));
        QVERIFY(credit && credit->isHidden());
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("applicantName"));
        QVERIFY(name);
        name->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), name);
        type(QStringLiteral("测试庚"));
        press(Qt::Key_Tab);
        type(QStringLiteral("21028119780214404X"));
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(ui::IntakePage::ItemStep));
        QTRY_VERIFY_WITH_TIMEOUT(credit->isVisible(), 30000);
        qInfo("credit: %s", qPrintable(credit->text()));
        QVERIFY(credit->text().contains(QStringLiteral("失信被执行人")));

        // The e-licence library (§12): the applicant's ID card licence is offered for the material
        // that asks for it, and taken as an electronic material without paper.
        const QString withLicence = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01")).valueOr({});
        QVERIFY(!withLicence.isEmpty());
        intake::Party holder;
        holder.identity.idType = QStringLiteral("resident");
        holder.identity.idNumber = QStringLiteral("210202198503121015"); // training data
        holder.identity.name = QStringLiteral("测试甲乙");
        QVERIFY(session.setApplicant(withLicence, holder).ok());
        QVERIFY(session.setItem(withLicence, Unemployment).ok());
        QVERIFY(page.openDraft(withLicence));
        QCOMPARE(page.currentStep(), int(ui::IntakePage::MaterialsStep));
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("materialsTable"));
        QVERIFY(table);
        auto stateCombo = [&]() {
            return qobject_cast<QComboBox*>(table->cellWidget(0, 1));
        };
        QTRY_VERIFY_WITH_TIMEOUT(stateCombo() && stateCombo()->findData(QStringLiteral("licence")) == 1, 30000);
        stateCombo()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), stateCombo());
        press(Qt::Key_Down);
        auto loaded = session.load(withLicence);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().checklist.first().state == intake::MaterialState::Licence);
        QCOMPARE(loaded.value().checklist.first().licenceId, QStringLiteral("LIC-TRAIN-0001"));

        // Offline: the lookups fail quietly; no warning, no error in the way.
        QCOMPARE(platform.stop(), 0);
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        type(QStringLiteral("测试庚"));
        press(Qt::Key_Tab);
        type(QStringLiteral("21028119780214404X"));
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(ui::IntakePage::ItemStep));
        QTest::qWait(1000);
        QVERIFY(credit->isHidden());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }
};

YC_TEST_MAIN(TestIntakeRemoteApproval)
#include "TestIntakeRemoteApproval.moc"
