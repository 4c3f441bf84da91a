// The intake scenarios through the real main window (ui::Workbench, as yichuang's main() builds it),
// shown and active, with the simulated ID card reader and scanner: the clerk signs in with the
// sign-in dialog, works the intake screen with its keys, and the outcome is read back from the store
// (the case, its decision, its notices, its outbox entry).
#define YC_TEST_FONTS
#include <QTimeZone>

#include "IntakeDriving.h"
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "VerifyOk.h"
#include "core/Settings.h"
#include "devices/CardReaderService.h"
#include "intake/CaseDecider.h"
#include "intake/IntakeSession.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/CatalogFeedImporter.h"
#include "sync/CurrentStaff.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/SyncConfig.h"
#include "ui/MainWindow.h"
#include "ui/Workbench.h"
#include "ui/citizen/RatingWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>

using namespace yc;

namespace {

const QString Unemployment = QStringLiteral("000119004001-210200000000-000-11210200YC0000044M-1-00"); // 失业保险金申领

// The staff member signs in as at the window: the sign-in dialog (at start, or Ctrl+Shift+L), the
// staff id, Tab, the password, Enter.
void signIn(ui::Workbench& bench, test::KeyDriver& keys, const QString& staffId, const QString& password)
{
    if (!QApplication::activeModalWidget())
        keys.press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = QApplication::activeModalWidget()) && dialog->objectName() == QLatin1String("signInDialog"));
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("signInStaffId"));
    QVERIFY(id);
    QTRY_COMPARE(QApplication::focusWidget(), id);
    keys.type(staffId);
    keys.press(Qt::Key_Tab);
    keys.type(password);
    keys.press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(bench.currentStaff().isSignedIn(), 30000);
    QCOMPARE(bench.currentStaff().staffId(), staffId);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    // The window manager gives the main window back the keyboard once the dialog is gone (the
    // offscreen platform has none).
    bench.window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bench.window()));
}

// After a decision the applicant is asked for a rating: with no citizen's screen, in a dialog over the
// clerk's window. The clerk passes it by with Esc and has the intake screen back.
void passRating(ui::MainWindow& window, test::KeyDriver& keys)
{
    ui::RatingDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<ui::RatingDialog*>(QApplication::activeModalWidget())));
    // After the supervisor's dialog closes, the window manager activates the dialog in front (the
    // offscreen platform has none).
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
    keys.press(Qt::Key_Escape);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(QApplication::focusWidget());
}

// In the refusal dialog F11 opened: the category (not within this department's remit), Tab, the
// reason. The dialog does not stay open, whatever happens after.
void startRefusal(test::KeyDriver& keys, const QString& reason)
{
    QWidget* dialog = QApplication::activeModalWidget();
    QVERIFY(dialog && dialog->objectName() == QLatin1String("refusalDialog"));
    QTimer::singleShot(30000, dialog, [dialog] { dialog->close(); });
    auto* category = dialog->findChild<QComboBox*>(QStringLiteral("refusalCategory"));
    QVERIFY(category);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    category->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), category);
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Tab);
    test::KeyDriver::type(reason);
}

// The outbox entries of a case queued under the staff member's name.
qint64 queuedFor(storage::Store& store, const QString& caseId, const QString& staffId)
{
    return store.database()
        .count(
            QStringLiteral("SELECT count(*) FROM outbox WHERE case_id = '%1' AND staff_id = '%2'").arg(caseId, staffId))
        .valueOr(-1);
}

bool hasNotice(const intake::IntakeContext& context, const QString& caseId, NoticeKind kind)
{
    auto notices = intake::CaseDecider(context).notices(caseId);
    if (!notices)
        return false;
    for (const auto& n : notices.value()) {
        if (n.kind == kind && n.pdf.startsWith("%PDF"))
            return true;
    }
    return false;
}

} // namespace

class TestIntakeMainWindow : public QObject
{
    Q_OBJECT

    test::KeyDriver m_keys;

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { m_keys.press(key, modifiers); }
    static void type(const QString& text) { test::KeyDriver::type(text); }

    // The test store (training catalog, staff, case numbers) under the workbench as yichuang has
    // it: the simulated reader configured, training mode (the simulated scanner), the window shown
    // and active, clerk c1001 signed in with the sign-in dialog.
    struct Bench
    {
        QString dir;
        SystemClock clock;
        std::unique_ptr<storage::Store> store;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<ui::Workbench> workbench;
        ui::IntakePage* page = nullptr;

        explicit Bench(const QString& name)
            : dir(test::TestEnvironment::current()->freshDir(name))
            , store(test::openIntakeStore(dir, clock.now()))
        {
            if (!store)
                return;
            qputenv("YICHUANG_PLUGIN_PATH", YC_BIN_DIR "/../plugins/scanner");
            settings = std::make_unique<Settings>(dir);
            settings->setValue(QStringLiteral("reader/plugin"), QStringLiteral("simulated"));
            workbench = std::make_unique<ui::Workbench>(
                *store, *settings, clock,
                ui::Workbench::Options{.training = true,
                                       .readerSearchPaths = {QStringLiteral(YC_BIN_DIR "/../plugins/idcard")}});
            workbench->window().resize(1366, 768);
            workbench->show();
        }
        [[nodiscard]] intake::IntakeContext context() const { return test::intakeContext(*store, dir, clock); }
    };

    // The bench, shown, active, the clerk signed in and the intake screen in front.
    void open(Bench& b)
    {
        QVERIFY(b.workbench);
        QVERIFY(QTest::qWaitForWindowActive(&b.workbench->window()));
        signIn(*b.workbench, m_keys, QStringLiteral("c1001"), test::IntakePassword);
        b.page = b.workbench->intakePage();
        QVERIFY(b.page && b.page->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), b.page->findChild<QLineEdit*>(QStringLiteral("applicantName")));
    }

    // Enter on the review after the draft was opened on the bench's screen.
    void toReview(Bench& b, const QString& draft) { test::toReview(*b.page, m_keys, draft); }

private slots:
    // A natural person: the card read with F2, the item by its pinyin initials, one material added
    // from a file (F5), one scanned (F6), the others seen in the original; F9 accepts.
    void naturalPersonAccepted()
    {
        Bench b(QStringLiteral("mw-person"));
        open(b);
        ui::IntakePage& page = *b.page;
        QTRY_VERIFY_WITH_TIMEOUT(
            b.workbench->context().cardReader->status() == devices::CardReaderService::Status::Ready, 10000);
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("applicantName"));
        auto* phone = page.findChild<QLineEdit*>(QStringLiteral("applicantPhone"));
        press(Qt::Key_F2);
        QTRY_VERIFY_WITH_TIMEOUT(!name->text().isEmpty(), 10000);
        const QString idNumber = page.findChild<QLineEdit*>(QStringLiteral("applicantIdNumber"))->text();
        QCOMPARE(idNumber.size(), 18);
        QCOMPARE(QApplication::focusWidget(), phone);
        type(QStringLiteral("13800000000"));
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(ui::IntakePage::ItemStep));

        test::chooseItem(page, m_keys, QStringLiteral("spjyxk"), test::FoodLicenceNew);
        test::answerFoodQuestions(page, m_keys);

        auto* table = page.findChild<QTableWidget*>(QStringLiteral("materialsTable"));
        QVERIFY(table && table->rowCount() > 2);
        auto state = [table](int row) {
            return qobject_cast<QComboBox*>(table->cellWidget(row, 1))->currentData().toString();
        };
        // Row 1: F5, the file dialog, the file's path typed, Enter.
        QImage licence(400, 300, QImage::Format_RGB32);
        licence.fill(Qt::white);
        const QString file = b.dir + QStringLiteral("/licence.png");
        QVERIFY(licence.save(file));
        QCOMPARE(QApplication::focusWidget(), table->cellWidget(0, 1));
        bool fileDialog = false;
        QTimer::singleShot(0, this, [this, file, &fileDialog] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTimer::singleShot(20000, dialog, [dialog] { dialog->reject(); });
            fileDialog = true;
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(edit);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            edit->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), edit);
            type(file);
            press(Qt::Key_Return);
        });
        press(Qt::Key_F5);
        QVERIFY(fileDialog);
        b.workbench->window().activateWindow(); // as the window manager does when the dialog is gone
        QVERIFY(QTest::qWaitForWindowActive(&b.workbench->window()));
        QTRY_VERIFY2_WITH_TIMEOUT(state(0) == QStringLiteral("file"), qPrintable(page.message()), 20000);
        // Row 2: F6 scans the material in focus.
        QTRY_COMPARE(QApplication::focusWidget(), table->cellWidget(1, 1));
        press(Qt::Key_F6);
        QTRY_VERIFY2_WITH_TIMEOUT(state(1) == QStringLiteral("scanned"), qPrintable(page.message()), 20000);
        // The others: seen in the original and handed back.
        test::markOriginals(page, m_keys, 2);
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(ui::IntakePage::ReviewStep));
        press(Qt::Key_F9);
        const QString caseId = page.decidedCaseId();
        QVERIFY2(!caseId.isEmpty(), qPrintable(page.message()));
        passRating(b.workbench->window(), m_keys);

        const auto detail = test::decidedCase(*b.store, b.dir, caseId);
        QVERIFY(detail);
        QCOMPARE(detail->line.state, QStringLiteral("decided"));
        QCOMPARE(detail->line.decision, QStringLiteral("accepted"));
        QCOMPARE(detail->line.itemCode, test::FoodLicenceNew);
        QVERIFY(!detail->line.applicant.contains(name->text())); // masked in the list
        QVERIFY(!detail->line.syncState.isEmpty());
        QVERIFY(queuedFor(*b.store, caseId, QStringLiteral("c1001")) >= 1);
        QVERIFY(hasNotice(b.context(), caseId, NoticeKind::Acceptance));
        qint64 kept =
            b.store->database()
                .count(QStringLiteral("SELECT count(*) FROM materials WHERE case_id = '%1' AND size_bytes > 0")
                           .arg(caseId))
                .valueOr(-1);
        QVERIFY2(kept >= 2, qPrintable(QString::number(kept))); // the file and the scan

        // Ctrl+N: a new case at the applicant step.
        press(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(page.currentStep(), int(ui::IntakePage::ApplicantStep));
        QVERIFY(name->text().isEmpty());
    }

    void organisationWithAgent()
    {
        Bench b(QStringLiteral("mw-organisation"));
        open(b);
        ui::IntakePage& page = *b.page;
        auto* info = page.findChild<QLabel*>(QStringLiteral("applicantInfo"));
        auto* hint = page.findChild<QLabel*>(QStringLiteral("applicantHint"));
        auto* gender = page.findChild<QComboBox*>(QStringLiteral("applicantGender"));
        auto* hasAgent = page.findChild<QCheckBox*>(QStringLiteral("applicantHasAgent"));
        QVERIFY(info && hint && gender && hasAgent);
        const intake::Party company = test::organisation(5);
        type(company.identity.name);
        press(Qt::Key_Tab);
        // A credit code with a wrong check character is named at once; the right one is an organisation.
        QString wrong = company.identity.idNumber;
        wrong[17] = wrong[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        type(wrong);
        QVERIFY(!hint->text().isEmpty());
        press(Qt::Key_Backspace);
        type(company.identity.idNumber.right(1));
        QVERIFY2(hint->text().isEmpty(), qPrintable(hint->text()));
        QVERIFY2(info->text().contains(QStringLiteral("credit code")), qPrintable(info->text()));
        QVERIFY(!gender->isEnabled());
        // Tab past the disabled gender: address, phone, then the agent box; Space opens the agent's fields.
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("0411-84000000"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), hasAgent);
        press(Qt::Key_Space);
        QVERIFY(hasAgent->isChecked());
        QCOMPARE(QApplication::focusWidget(), page.findChild<QLineEdit*>(QStringLiteral("agentName")));
        const intake::Party agent = test::person(6, QStringLiteral("样例乙"));
        type(agent.identity.name);
        press(Qt::Key_Tab);
        type(company.identity.idNumber); // a credit code is no agent
        QVERIFY(!hint->text().isEmpty());
        for (int i = 0; i < 18; ++i)
            press(Qt::Key_Backspace);
        type(agent.identity.idNumber);
        QVERIFY2(hint->text().isEmpty(), qPrintable(hint->text()));
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(ui::IntakePage::ItemStep));

        // In the store: the draft under the signed-in clerk, the organisation and its agent, the power
        // of attorney on the checklist once the item is chosen.
        intake::IntakeSession session(b.context());
        QVERIFY(session.setItem(page.draftId(), test::FoodLicenceNew).ok());
        auto draft = session.load(page.draftId());
        QVERIFY(draft.ok());
        QCOMPARE(draft.value().staffId, QStringLiteral("c1001"));
        QVERIFY(draft.value().applicant && draft.value().applicant->kind == intake::ApplicantKind::Organisation);
        QCOMPARE(draft.value().applicant->identity.idNumber, company.identity.idNumber);
        QVERIFY(draft.value().agent);
        QCOMPARE(draft.value().agent->identity.idNumber, agent.identity.idNumber);
        bool powerOfAttorney = false;
        for (const auto& e : draft.value().checklist)
            powerOfAttorney = powerOfAttorney || e.forAgent;
        QVERIFY2(powerOfAttorney, "the agent adds the power of attorney to the checklist");

        // Reopened, the agent is on screen again.
        QVERIFY(page.openDraft(page.draftId()));
        QVERIFY(hasAgent->isChecked());
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("agentIdNumber"))->text(), agent.identity.idNumber);
    }

    void correctionNotice()
    {
        Bench b(QStringLiteral("mw-correction"));
        open(b);
        const QString draft = test::foodDraft(b.context(), 8, 2);
        QVERIFY(!draft.isEmpty());
        toReview(b, draft);
        press(Qt::Key_F9); // not everything is there: no acceptance
        QVERIFY(b.page->decidedCaseId().isEmpty());
        QVERIFY(!b.page->message().isEmpty());
        press(Qt::Key_F10);
        const QString caseId = b.page->decidedCaseId();
        QVERIFY2(!caseId.isEmpty(), qPrintable(b.page->message()));
        passRating(b.workbench->window(), m_keys);
        QVERIFY(b.page->noticePdf().startsWith("%PDF"));
        const auto detail = test::decidedCase(*b.store, b.dir, caseId);
        QVERIFY(detail);
        QCOMPARE(detail->line.decision, QStringLiteral("correction-notified"));
        QVERIFY(hasNotice(b.context(), caseId, NoticeKind::Correction));
        QVERIFY(queuedFor(*b.store, caseId, QStringLiteral("c1001")) >= 1);
    }

    // F11: category, reason, the supervisor's own sign-in here; a wrong password is named in the
    // dialog, the right one refuses.
    void refusalWithLocalSupervisor()
    {
        Bench b(QStringLiteral("mw-refusal"));
        open(b);
        const QString draft = test::foodDraft(b.context(), 4, 0);
        QVERIFY(!draft.isEmpty());
        toReview(b, draft);
        bool wrongShown = false;
        QTimer::singleShot(0, this, [this, &wrongShown] {
            startRefusal(m_keys, QStringLiteral("Not handled by this department"));
            QWidget* dialog = QApplication::activeModalWidget();
            auto* error = dialog ? dialog->findChild<QLabel*>(QStringLiteral("refusalError")) : nullptr;
            QVERIFY(error);
            press(Qt::Key_Tab);
            type(QStringLiteral("s2001"));
            press(Qt::Key_Tab);
            type(QStringLiteral("wrong"));
            press(Qt::Key_Return);
            wrongShown = !error->text().isEmpty() && dialog->isVisible();
            type(test::IntakePassword); // the dialog takes the wrong password away
            press(Qt::Key_Return);
        });
        press(Qt::Key_F11);
        QVERIFY(wrongShown);
        const QString caseId = b.page->decidedCaseId();
        QVERIFY2(!caseId.isEmpty(), qPrintable(b.page->message()));
        passRating(b.workbench->window(), m_keys);
        const auto detail = test::decidedCase(*b.store, b.dir, caseId);
        QVERIFY(detail);
        QCOMPARE(detail->line.decision, QStringLiteral("refused"));
        QCOMPARE(detail->refusalCategory, QStringLiteral("not-in-remit"));
        QVERIFY(hasNotice(b.context(), caseId, NoticeKind::Refusal));
        QVERIFY(queuedFor(*b.store, caseId, QStringLiteral("c1001")) >= 1);
        QCOMPARE(b.store->database()
                     .count(QStringLiteral(
                                "SELECT count(*) FROM intake_approvals WHERE case_id = '%1' AND kind = 'refusal' AND "
                                "mode = 'local' AND status = 'approved' AND supervisor_id = 's2001'")
                                .arg(caseId))
                     .valueOr(-1),
                 1);
    }

    // Shift+F9: the deferred material with its date, the commitment, the supervisor's own sign-in.
    void acceptWithMissingAndCommitment()
    {
        Bench b(QStringLiteral("mw-deferral"));
        open(b);
        const QString draft = test::foodDraft(b.context(), 9, 8);
        QVERIFY(!draft.isEmpty());
        intake::IntakeSession session(b.context());
        auto loaded = session.load(draft);
        QVERIFY(loaded.ok());
        QString deferrable;
        for (const auto& e : loaded.value().checklist) {
            if (e.deferrable)
                deferrable = e.materialId;
        }
        QVERIFY(!deferrable.isEmpty());
        intake::MaterialEvidence later;
        later.state = intake::MaterialState::Deferred;
        later.dueDate = b.clock.now().date().addDays(10);
        QVERIFY(session.setMaterial(draft, deferrable, later).ok());
        toReview(b, draft);

        bool unchecked = false;
        QTimer::singleShot(0, this, [this, &unchecked] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QLatin1String("deferralDialog"));
            QTimer::singleShot(20000, dialog, [dialog] { dialog->close(); });
            auto* commitment = dialog->findChild<QCheckBox*>(QStringLiteral("commitmentSigned"));
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("deferralError"));
            auto* list = dialog->findChild<QLabel*>(QStringLiteral("deferredList"));
            auto* supervisor = dialog->findChild<QLineEdit*>(QStringLiteral("approvalSupervisor"));
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("approvalPassword"));
            QVERIFY(commitment && error && list && supervisor && password);
            QVERIFY(!list->text().isEmpty());
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            supervisor->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), supervisor);
            type(QStringLiteral("s2001"));
            press(Qt::Key_Tab);
            type(test::IntakePassword);
            commitment->setChecked(false); // no commitment letter: not accepted
            press(Qt::Key_Return);
            unchecked = !error->text().isEmpty() && dialog->isVisible();
            commitment->setChecked(true);
            password->setFocus();
            password->clear();
            type(test::IntakePassword);
            press(Qt::Key_Return);
        });
        press(Qt::Key_F9, Qt::ShiftModifier);
        QVERIFY(unchecked);
        const QString caseId = b.page->decidedCaseId();
        QVERIFY2(!caseId.isEmpty(), qPrintable(b.page->message()));
        passRating(b.workbench->window(), m_keys);
        const auto detail = test::decidedCase(*b.store, b.dir, caseId);
        QVERIFY(detail);
        QCOMPARE(detail->line.decision, QStringLiteral("accepted-with-missing"));
        QVERIFY2(hasNotice(b.context(), caseId, NoticeKind::Commitment),
                 "the commitment letter is issued with the acceptance");
        QVERIFY(hasNotice(b.context(), caseId, NoticeKind::Acceptance));
        QVERIFY(queuedFor(*b.store, caseId, QStringLiteral("c1001")) >= 1);
    }

    void doubleSubmitIsRefusedAndGateBlocks()
    {
        Bench b(QStringLiteral("mw-gate"));
        open(b);
        // Decided once: F9 again does nothing, and the decider refuses the same draft.
        const QString first = test::foodDraft(b.context(), 10, 8);
        QVERIFY(!first.isEmpty());
        toReview(b, first);
        press(Qt::Key_F9);
        const QString caseId = b.page->decidedCaseId();
        QVERIFY2(!caseId.isEmpty(), qPrintable(b.page->message()));
        passRating(b.workbench->window(), m_keys);
        QVERIFY(!b.page->findChild<QPushButton*>(QStringLiteral("reviewAccept"))->isEnabled());
        press(Qt::Key_F9);
        QCOMPARE(b.page->decidedCaseId(), caseId);
        auto again = intake::CaseDecider(b.context()).accept(first);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("case.decided"));
        const QString oneCase = QStringLiteral("SELECT count(*) FROM cases WHERE state = 'decided'");
        QCOMPARE(b.store->database().count(oneCase).valueOr(-1), 1);
        QCOMPARE(queuedFor(*b.store, caseId, QStringLiteral("c1001")), 1);

        // The platform's limit of unsent cases is reached: the next acceptance is blocked, the draft stays.
        QVERIFY(
            b.store->database()
                .setMeta(QStringLiteral("sync.limits"), QStringLiteral(R"({"pendingWarnCases":1,"pendingMaxCases":1})"))
                .ok());
        const QString second = test::foodDraft(b.context(), 11, 8);
        QVERIFY(!second.isEmpty());
        toReview(b, second);
        press(Qt::Key_F9);
        QVERIFY(b.page->decidedCaseId().isEmpty());
        QVERIFY2(!b.page->message().isEmpty(), "the clerk is told why");
        QVERIFY(intake::IntakeSession(b.context()).load(second).ok()); // still a draft
        QCOMPARE(b.store->database().count(oneCase).valueOr(-1), 1);
        QCOMPARE(intake::CaseDecider(b.context()).acceptanceGate().error().code, QStringLiteral("acceptance.blocked"));
    }

    // A refusal approved by the supervisor through the reference platform (yichuang-platform,
    // PROTOCOL.md §16): the clerk signs in at start, asks, the screen does not wait (a new case can
    // be started at once), and the waiting case is decided when the supervisor's answer arrives.
    void refusalApprovedThroughThePlatform()
    {
        test::SyncSetup setup(QStringLiteral("mw-remote"));
        YC_VERIFY_OK(setup.start({.staff = {QStringLiteral("c1001"), QStringLiteral("s1001")}}));
        auto& [platform, client] = setup;
        {
            sync::CatalogFeedImporter importer(client.store->database().path(), client.clock);
            auto engine = client.engine();
            QVERIFY(engine);
            engine->setCatalogSink(&importer);
            const sync::PassReport first = engine->runUntilIdle(60000, true); // catalog, calendar, leases
            QVERIFY2(first.lastError.isEmpty(), qPrintable(first.lastError));
        }
        QVERIFY(storage::CatalogRepository(client.store->database()).item(test::FoodLicenceNew).ok());

        ui::Workbench bench(*client.store, *client.settings, client.clock, ui::Workbench::Options{});
        bench.window().resize(1366, 768);
        bench.show();
        QVERIFY(QTest::qWaitForWindowActive(&bench.window()));
        // A platform is configured: the sign-in dialog comes up at start.
        QTRY_VERIFY(QApplication::activeModalWidget());
        signIn(bench, m_keys, QStringLiteral("c1001"), QStringLiteral("train-c1001"));
        ui::IntakePage* page = bench.intakePage();
        QVERIFY(page && page->isVisible());

        // A draft ready for its decision, as the earlier steps leave it.
        const intake::IntakeContext context = test::intakeContext(*client.store, client.dataDir, client.clock);
        intake::IntakeSession session(context);
        auto draft = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
        QVERIFY(draft.ok());
        intake::Party applicant;
        applicant.identity.idType = QStringLiteral("resident");
        applicant.identity.idNumber = test::residentId(QStringLiteral("210202"), QStringLiteral("19790615"), 51);
        applicant.identity.name = QStringLiteral("测试甲");
        QVERIFY(session.setApplicant(draft.value(), applicant).ok());
        QVERIFY(session.setItem(draft.value(), test::FoodLicenceNew).ok());
        QVERIFY(session
                    .setSituations(draft.value(), {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                                   {QStringLiteral("s2"), QStringLiteral("s2a")},
                                                   {QStringLiteral("s3"), QStringLiteral("s3a")}})
                    .ok());
        QSignalSpy decided(page, &ui::IntakePage::caseDecided);
        test::toReview(*page, m_keys, draft.value());

        // F11: the category, the reason, then Alt+A asks the supervisor through the platform.
        QTimer::singleShot(0, this, [this] {
            startRefusal(m_keys, QStringLiteral("属于区级事项"));
            press(Qt::Key_A, Qt::AltModifier);
        });
        press(Qt::Key_F11);
        QVERIFY2(page->decidedCaseId().isEmpty(), "nothing is decided before the supervisor answers");
        QCOMPARE(page->waitingApprovals().size(), 1);
        const QString approvalId = page->waitingApprovals().first();
        auto* summary = page->findChild<QTextBrowser*>(QStringLiteral("reviewSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->toPlainText().contains(QStringLiteral("Waiting for the supervisor")),
                 qPrintable(summary->toPlainText()));

        // The screen is free: Ctrl+N starts the next case while the approval is pending.
        QVERIFY(QTest::qWaitForWindowActive(&bench.window()));
        QTRY_VERIFY(QApplication::focusWidget());
        press(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(page->currentStep(), int(ui::IntakePage::ApplicantStep));
        QCOMPARE(page->waitingApprovals(), QStringList{approvalId});

        // The supervisor approves on their own screen (the platform's API, as s1001).
        const sync::RestOptions rest = sync::SyncConfig::restOptions(*client.settings);
        sync::RestConnector supervisorSide(rest);
        auto enrolment = sync::Enrolment(client.store->database(), client.store->cipher()).load();
        QVERIFY(enrolment.ok() && enrolment.value());
        auto supervisor =
            supervisorSide.signIn(QStringLiteral("s1001"), QStringLiteral("train-s1001"), enrolment.value()->machineId);
        QVERIFY(supervisor.ok());
        QTRY_VERIFY_WITH_TIMEOUT(supervisorSide.approval(supervisor.value().accessToken, approvalId).ok(), 30000);
        QVERIFY(supervisorSide
                    .decideApproval(supervisor.value().accessToken, approvalId, QStringLiteral("approved"),
                                    QStringLiteral("同意"))
                    .ok());
        press(Qt::Key_F12); // asks at once (the screen also asks by itself every few seconds)
        QTRY_VERIFY_WITH_TIMEOUT(page->waitingApprovals().isEmpty(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, 10000);
        const QString caseId = decided.first().first().toString();
        passRating(bench.window(), m_keys);
        QCOMPARE(page->currentStep(), int(ui::IntakePage::ApplicantStep)); // the new case keeps the screen
        const auto detail = test::decidedCase(*client.store, client.dataDir, caseId);
        QVERIFY(detail);
        QCOMPARE(detail->line.decision, QStringLiteral("refused"));
        QCOMPARE(detail->refusalCategory, QStringLiteral("not-in-remit"));
        QVERIFY(hasNotice(context, caseId, NoticeKind::Refusal));
        QVERIFY(queuedFor(*client.store, caseId, QStringLiteral("c1001")) >= 1);

        // The credit warning (PROTOCOL.md §13; the training data lists this person): shown, not in the way.
        auto* credit = page->findChild<QLabel*>(QStringLiteral("creditWarning"));
        QVERIFY(credit && credit->isHidden());
        auto* name = page->findChild<QLineEdit*>(QStringLiteral("applicantName"));
        QVERIFY(name);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        type(QStringLiteral("测试庚"));
        press(Qt::Key_Tab);
        type(QStringLiteral("21028119780214404X"));
        press(Qt::Key_Return);
        QCOMPARE(page->currentStep(), int(ui::IntakePage::ItemStep));
        QTRY_VERIFY_WITH_TIMEOUT(credit->isVisible(), 30000);
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
        QVERIFY(page->openDraft(withLicence));
        QCOMPARE(page->currentStep(), int(ui::IntakePage::MaterialsStep));
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("materialsTable"));
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
        QCOMPARE(page->currentStep(), int(ui::IntakePage::ItemStep));
        QTest::qWait(1000);
        QVERIFY(credit->isHidden());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }
};

YC_TEST_MAIN(TestIntakeMainWindow)
#include "TestIntakeMainWindow.moc"
