// The citizen's side of the window: the citizen's screen shows what is recorded, masked only, as
// the intake screen saves it; after the decision it asks for the five-level rating (GB/T 39734),
// refuses a bad one without its reason and queues the rating as an evaluation; with one screen the
// clerk records the rating in a dialog after the decision.
#include "TestMain.h"
#include "WindowCases.h"
#include "core/Masking.h"
#include "core/Settings.h"
#include "intake/CaseRating.h"
#include "storage/OutboxRepository.h"
#include "sync/OfflineQueue.h"
#include "ui/MainWindow.h"
#include "ui/citizen/CitizenModule.h"
#include "ui/citizen/CitizenWindow.h"
#include "ui/citizen/RatingWidget.h"
#include "ui/intake/IntakePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTableWidget>

using namespace yc;

namespace {

// Every text the window shows: labels, buttons, table cells and headers, its title.
QStringList shownTexts(QWidget* window)
{
    QStringList texts{window->windowTitle()};
    for (auto* l : window->findChildren<QLabel*>())
        texts << l->text();
    for (auto* b : window->findChildren<QAbstractButton*>())
        texts << b->text();
    for (auto* t : window->findChildren<QTableWidget*>()) {
        for (int row = 0; row < t->rowCount(); ++row)
            for (int column = 0; column < t->columnCount(); ++column)
                if (t->item(row, column))
                    texts << t->item(row, column)->text();
    }
    for (auto* e : window->findChildren<QPlainTextEdit*>())
        texts << e->toPlainText();
    return texts;
}

} // namespace

class TestCitizenWindow : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    QString m_dir;
    std::unique_ptr<storage::Store> m_store;
    std::unique_ptr<Settings> m_settings;
    test::WindowCases m_cases;

    [[nodiscard]] AppContext context() const
    {
        AppContext c;
        c.store = m_store.get();
        c.clock = &m_clock;
        c.settings = m_settings.get();
        c.dataDir = m_dir;
        return c;
    }

    [[nodiscard]] std::vector<storage::OutboxListRow> evaluations() const
    {
        storage::OutboxListFilter filter;
        filter.includeSubmitted = true;
        std::vector<storage::OutboxListRow> rows;
        auto all = sync::OfflineQueue::list(m_store->database(), m_store->cipher(), filter);
        if (all)
            for (const auto& r : all.value())
                if (r.kind == storage::OutboxRepository::EvaluationKind)
                    rows.push_back(r);
        return rows;
    }

    // No full name or ID number of any applicant, nor the ID number's hidden middle.
    void verifyMaskedOnly(QWidget* window)
    {
        const QStringList texts = shownTexts(window);
        for (const intake::Party& p : std::as_const(m_cases.applicants)) {
            for (const QString& text : texts) {
                QVERIFY2(!text.contains(p.identity.name), qPrintable(text));
                QVERIFY2(!text.contains(p.identity.idNumber.mid(6, 8)), qPrintable(text));
                QVERIFY2(!text.contains(p.identity.phone), qPrintable(text));
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_dir = test::TestEnvironment::current()->freshDir(QStringLiteral("citizen"));
        m_cases = test::makeWindowCases(m_store, m_dir, m_clock);
        QVERIFY(m_store);
        for (const QString& id : m_cases.listed())
            QVERIFY(!id.isEmpty());
        m_settings = std::make_unique<Settings>(m_dir);
    }

    void citizenScreenChoice()
    {
        using ui::CitizenModule;
        QCOMPARE(CitizenModule::citizenScreen({}, {}, 1), std::nullopt);
        QCOMPARE(CitizenModule::citizenScreen({}, {}, 2), std::optional<int>(1));
        QCOMPARE(CitizenModule::citizenScreen({}, {}, 3), std::optional<int>(1));
        QCOMPARE(CitizenModule::citizenScreen({}, QVariant(2), 3), std::optional<int>(2));
        QCOMPARE(CitizenModule::citizenScreen({}, QVariant(0), 1), std::optional<int>(0));
        QCOMPARE(CitizenModule::citizenScreen({}, QVariant(-1), 2), std::nullopt);
        QCOMPARE(CitizenModule::citizenScreen(QStringLiteral("0"), QVariant(-1), 1), std::optional<int>(0));
        QCOMPARE(CitizenModule::citizenScreen(QStringLiteral("-1"), {}, 2), std::nullopt);
        QCOMPARE(CitizenModule::citizenScreen(QStringLiteral("4"), {}, 2), std::nullopt); // no such screen
    }

    // The citizen's screen follows the intake screen: a reopened draft, its saved steps; masked.
    void citizenSeesWhatIsRecordedMasked()
    {
        qputenv("YICHUANG_CITIZEN_SCREEN", "0"); // forced on: the offscreen platform has one screen
        ui::MainWindow window(context());
        auto* intake = new ui::IntakePage(context());
        intake->setStaffId(QStringLiteral("c1001"));
        window.addPage(intake, QStringLiteral("Intake"));
        ui::CitizenModule module(window, context(), intake);
        qunsetenv("YICHUANG_CITIZEN_SCREEN");
        ui::CitizenWindow* citizen = module.citizenWindow();
        QVERIFY(citizen);
        QVERIFY(citizen->isVisible());
        QCOMPARE(citizen->currentPage(), int(ui::CitizenWindow::WelcomePage));

        // A draft with the applicant only.
        QVERIFY(intake->openDraft(m_cases.draft));
        QCOMPARE(citizen->currentPage(), int(ui::CitizenWindow::CasePage));
        const Applicant& a = m_cases.applicants[5].identity;
        QCOMPARE(citizen->findChild<QLabel*>(QStringLiteral("citizenApplicant"))->text(), mask::name(a.name));
        QCOMPARE(citizen->findChild<QLabel*>(QStringLiteral("citizenIdNumber"))->text(), mask::idNumber(a.idNumber));
        verifyMaskedOnly(citizen);

        // A material's state changed on the clerk's screen shows at once on the citizen's.
        const QString withItem =
            test::foodDraft(test::windowCasesContext(*m_store, m_dir, m_clock, false), m_cases.applicants[6], false);
        QVERIFY(!withItem.isEmpty());
        QVERIFY(intake->openDraft(withItem));
        QCOMPARE(intake->currentStep(), int(ui::IntakePage::MaterialsStep));
        auto* materials = citizen->findChild<QTableWidget*>(QStringLiteral("citizenMaterials"));
        const QString missing = intake::IntakeLabels::materialState(intake::MaterialState::Missing);
        QCOMPARE(materials->item(0, 1)->text(), missing);
        auto* firstState = intake->findChild<QTableWidget*>(QStringLiteral("materialsTable"))->cellWidget(0, 1);
        auto* combo = qobject_cast<QComboBox*>(firstState);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("original-returned")));
        QCOMPARE(materials->item(0, 1)->text(),
                 intake::IntakeLabels::materialState(intake::MaterialState::OriginalReturned));
        verifyMaskedOnly(citizen);

        // A case with its item and checklist: the materials with their states, m1 missing.
        citizen->showCase(m_cases.oldCorrection);
        QVERIFY(materials->rowCount() >= 5);
        QStringList states;
        for (int row = 0; row < materials->rowCount(); ++row)
            states << materials->item(row, 1)->text();
        QVERIFY2(states.contains(intake::IntakeLabels::materialState(intake::MaterialState::Missing)),
                 qPrintable(states.join(u',')));
        QVERIFY(!citizen->findChild<QLabel*>(QStringLiteral("citizenItem"))->text().isEmpty());
        QCOMPARE(citizen->findChild<QLabel*>(QStringLiteral("citizenApplicant"))->text(),
                 mask::name(m_cases.applicants[2].identity.name));
        verifyMaskedOnly(citizen);
        if (const QString keep = qEnvironmentVariable("YC_CITIZEN_ARTIFACTS"); !keep.isEmpty())
            citizen->grab().save(QDir(keep).filePath(QStringLiteral("citizen-case.png")));

        // The decision: the rating, still masked; a new case on the clerk's side does not take it away.
        emit intake->caseDecided(m_cases.todayAccepted);
        QCOMPARE(citizen->currentPage(), int(ui::CitizenWindow::RatingPage));
        verifyMaskedOnly(citizen);
        intake->newCase();
        QCOMPARE(citizen->currentPage(), int(ui::CitizenWindow::RatingPage));
    }

    void badRatingNeedsItsReasonOnTheCitizensScreen()
    {
        ui::CitizenWindow citizen(context());
        citizen.setStaffId(QStringLiteral("c1001"));
        citizen.resize(1024, 700);
        citizen.show();
        QVERIFY(QTest::qWaitForWindowActive(&citizen));
        citizen.askRating(m_cases.oldAccepted);
        QCOMPARE(citizen.currentPage(), int(ui::CitizenWindow::RatingPage));

        // The five levels in the standard's wording, best first.
        QStringList levels;
        for (int level = 5; level >= 1; --level) {
            auto* b = citizen.findChild<QAbstractButton*>(QStringLiteral("ratingLevel%1").arg(level));
            QVERIFY(b);
            QVERIFY(b->text().contains(intake::CaseRating::label(level)));
            levels << intake::CaseRating::label(level);
        }
        QCOMPARE(levels, (QStringList{QStringLiteral("Very satisfied"), QStringLiteral("Satisfied"),
                                      QStringLiteral("Basically satisfied"), QStringLiteral("Dissatisfied"),
                                      QStringLiteral("Very dissatisfied")}));

        auto* reason = citizen.findChild<QPlainTextEdit*>(QStringLiteral("ratingReason"));
        QVERIFY(!reason->isVisible()); // asked for a bad rating only
        const size_t before = evaluations().size();
        QSignalSpy rated(&citizen, &ui::CitizenWindow::rated);

        // Key 1: 非常不满意. The reason is asked for; without it nothing is queued.
        QTRY_VERIFY(QApplication::focusWidget() && citizen.rating()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QCOMPARE(citizen.rating()->chosenLevel(), int(intake::CaseRating::VeryDissatisfied));
        QVERIFY(reason->isVisible());
        // Key 2 still changes the level (不满意), the reason field does not take the digit.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
        QCOMPARE(citizen.rating()->chosenLevel(), int(intake::CaseRating::Dissatisfied));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QCOMPARE(citizen.rating()->chosenLevel(), int(intake::CaseRating::VeryDissatisfied));
        QVERIFY(reason->toPlainText().isEmpty());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!citizen.rating()->error().isEmpty());
        QTRY_COMPARE(QApplication::focusWidget(), reason); // where the reason goes
        QCOMPARE(citizen.currentPage(), int(ui::CitizenWindow::RatingPage));
        QCOMPARE(evaluations().size(), before);
        QCOMPARE(rated.count(), 0);

        // With the reason it is taken and queued.
        QTest::keyClicks(reason, QStringLiteral("waited too long"));
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(rated.count(), 1);
        QCOMPARE(citizen.currentPage(), int(ui::CitizenWindow::ThanksPage));
        const auto rows = evaluations();
        QCOMPARE(rows.size(), before + 1);
        QCOMPARE(rows.back().caseId, m_cases.oldAccepted);
        auto e = sync::OfflineQueue::evaluation(m_store->database(), m_store->cipher(), rows.back().id);
        YC_VERIFY_OK(e);
        QCOMPARE(e.value().level, 1);
        QCOMPARE(e.value().comment, QStringLiteral("waited too long"));
        QCOMPARE(rated.at(0).at(1).toString(), e.value().evaluationId);
    }

    void clerkRecordsTheRatingWithOneScreen()
    {
        QCOMPARE(QGuiApplication::screens().size(), 1);
        ui::MainWindow window(context());
        auto* intake = new ui::IntakePage(context());
        window.addPage(intake, QStringLiteral("Intake"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ui::CitizenModule module(window, context(), intake);
        module.setStaffId(QStringLiteral("c1001"));
        QVERIFY(!module.citizenWindow()); // one screen, nothing forced: no citizen's window

        const size_t before = evaluations().size();
        emit intake->caseDecided(m_cases.todayAccepted);
        ui::RatingDialog* dialog = module.ratingDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        verifyMaskedOnly(dialog);
        const QString heading = dialog->findChild<QLabel*>(QStringLiteral("ratingDialogCase"))->text();
        QVERIFY2(heading.contains(mask::name(m_cases.applicants[3].identity.name)), qPrintable(heading));
        if (const QString keep = qEnvironmentVariable("YC_CITIZEN_ARTIFACTS"); !keep.isEmpty())
            dialog->grab().save(QDir(keep).filePath(QStringLiteral("rating-dialog.png")));
        // Key 4: 满意; Ctrl+Enter takes it and closes the dialog.
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
        QCOMPARE(dialog->rating()->chosenLevel(), int(intake::CaseRating::Satisfied));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!module.ratingDialog());
        const auto rows = evaluations();
        QCOMPARE(rows.size(), before + 1);
        QCOMPARE(rows.back().caseId, m_cases.todayAccepted);
        auto e = sync::OfflineQueue::evaluation(m_store->database(), m_store->cipher(), rows.back().id);
        YC_VERIFY_OK(e);
        QCOMPARE(e.value().level, 4);
        QVERIFY(e.value().comment.isEmpty());
    }
};

YC_TEST_MAIN(TestCitizenWindow)
#include "TestCitizenWindow.moc"
