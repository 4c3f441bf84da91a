// The intake screen as the clerk uses it, by keyboard only: type the applicant, Enter, find the item
// by its pinyin initials, answer the questions, mark the materials, accept with F9.
#include <QTimeZone>

#include "IntakeFixtures.h"
#include "TestMain.h"
#include "core/Clock.h"
#include "intake/CaseDecider.h"
#include "intake/CaseOverview.h"
#include "intake/IntakeSession.h"
#include "storage/catalog/CatalogSearch.h"
#include "sync/CurrentStaff.h"
#include "ui/intake/IntakePage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

class TestIntakePage : public QObject
{
    Q_OBJECT

    int m_keys = 0;

    // A key that is not typed text, sent where the focus is, as the keyboard would.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
        ++m_keys;
    }

    static void type(const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(focus, char(c.unicode()));
            else // as an input method commits a character
                QTest::sendKeyEvent(QTest::Click, focus, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

private slots:
    void keyboardOnlyAcceptance()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("intake-page"));
        yc::SystemClock clock;
        auto store = yc::test::openIntakeStore(dir, clock.now());
        QVERIFY(store);
        yc::storage::CatalogSearch search(store->database().path(), &clock);
        QSignalSpy ready(&search, &yc::storage::CatalogSearch::indexReady);
        yc::AppContext context{.store = store.get(), .clock = &clock, .dataDir = dir, .catalogSearch = &search};
        yc::ui::IntakePage page(context);
        page.setStaffId(QStringLiteral("c1001"));
        page.resize(1280, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(ready.wait(10000) || ready.size() == 1);

        // Applicant: name, ID number, (gender, address), phone; a wrong ID number is named at once.
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::ApplicantStep));
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("applicantName"));
        auto* idNumber = page.findChild<QLineEdit*>(QStringLiteral("applicantIdNumber"));
        auto* hint = page.findChild<QLabel*>(QStringLiteral("applicantHint"));
        QVERIFY(name && idNumber && hint);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        type(QStringLiteral("测试甲"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), idNumber);
        const QString number = yc::test::residentId(QStringLiteral("210202"), QStringLiteral("19850312"), 7);
        type(number.left(17) + (number.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0')));
        QVERIFY(!hint->text().isEmpty());
        press(Qt::Key_Backspace);
        type(number.right(1));
        QVERIFY2(hint->text().isEmpty(), qPrintable(hint->text()));
        press(Qt::Key_Tab); // gender
        press(Qt::Key_Tab); // address
        press(Qt::Key_Tab); // phone
        type(QStringLiteral("13800000000"));
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::ItemStep));
        QVERIFY(!page.draftId().isEmpty());

        // Item: pinyin initials of 食品经营许可, down to the 新办 variant, Enter chooses it.
        auto* results = page.findChild<QListWidget*>(QStringLiteral("itemResults"));
        QVERIFY(results);
        type(QStringLiteral("spjyxk"));
        QTRY_VERIFY(results->count() > 1);
        for (int i = 0;
             i < results->count() && results->currentItem()->data(Qt::UserRole).toString() != yc::test::FoodLicenceNew;
             ++i)
            press(Qt::Key_Down);
        QCOMPARE(results->currentItem()->data(Qt::UserRole).toString(), yc::test::FoodLicenceNew);
        press(Qt::Key_Return);
        QVERIFY2(page.findChild<QComboBox*>(QStringLiteral("situation_s1")), qPrintable(page.message()));
        // Three questions: the first option of each.
        for (const char* s : {"situation_s1", "situation_s2", "situation_s3"}) {
            QCOMPARE(QApplication::focusWidget(), page.findChild<QComboBox*>(QString::fromLatin1(s)));
            press(Qt::Key_Down);
            if (qstrcmp(s, "situation_s3") != 0)
                press(Qt::Key_Tab);
        }
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::MaterialsStep));

        // Materials: every one seen in the original and handed back.
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("materialsTable"));
        QVERIFY(table && table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(QApplication::focusWidget(), table->cellWidget(row, 1));
            press(Qt::Key_Down);
            QCOMPARE(qobject_cast<QComboBox*>(table->cellWidget(row, 1))->currentData().toString(),
                     QStringLiteral("original-returned"));
            if (row + 1 < table->rowCount()) {
                press(Qt::Key_Tab);
                press(Qt::Key_Tab);
            }
        }
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::ReviewStep));

        // Esc goes back a step, Enter forward again.
        press(Qt::Key_Escape);
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::MaterialsStep));
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::ReviewStep));

        // Accept with F9: the case is decided in the store and the notice is there.
        press(Qt::Key_F9);
        QVERIFY2(!page.decidedCaseId().isEmpty(), qPrintable(page.message()));
        QVERIFY(page.noticePdf().startsWith("%PDF"));
        const QString caseId = page.decidedCaseId();
        yc::intake::CaseOverview overview(store->database(), store->cipher(), dir);
        auto detail = overview.show(caseId);
        QVERIFY(detail.ok() && detail.value().has_value());
        QCOMPARE(detail.value()->line.state, QStringLiteral("decided"));
        QCOMPARE(detail.value()->line.decision, QStringLiteral("accepted"));
        QCOMPARE(detail.value()->line.itemCode, yc::test::FoodLicenceNew);
        QVERIFY(!detail.value()->line.applicant.contains(QStringLiteral("测试甲")));
        yc::intake::IntakeContext intakeContext{
            store->database(), store->cipher(), dir, clock, yc::WorkCalendar::bundled(), {}, {}, {}};
        auto notices = yc::intake::CaseDecider(intakeContext).notices(caseId);
        QVERIFY(notices.ok() && !notices.value().isEmpty());
        QVERIFY(notices.value().first().pdf.startsWith("%PDF"));
        qInfo("keys pressed beyond typed text, applicant to acceptance: %d", m_keys);

        // Ctrl+N: a new case at the applicant step.
        press(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::ApplicantStep));
        QVERIFY(name->text().isEmpty());
    }

    void draftsAreOfferedAgain()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("intake-drafts"));
        yc::SystemClock clock;
        auto store = yc::test::openIntakeStore(dir, clock.now());
        QVERIFY(store);
        yc::AppContext context{.store = store.get(), .clock = &clock, .dataDir = dir};
        yc::ui::IntakePage page(context);
        page.setStaffId(QStringLiteral("c1001"));
        yc::intake::IntakeContext intakeContext{
            store->database(), store->cipher(), dir, clock, yc::WorkCalendar::bundled(), {}, {}, {}};
        yc::intake::IntakeSession session(intakeContext);
        auto draft = session.createDraft(QStringLiteral("c1001"));
        QVERIFY(draft.ok());
        QVERIFY(session.setApplicant(draft.value(), yc::test::person(3)).ok());
        QVERIFY(session.setItem(draft.value(), yc::test::FoodLicenceNew).ok());
        QVERIFY(page.openDraft(draft.value()));
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::ItemStep)); // the questions are not answered yet
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantIdNumber"))->text(),
                 yc::test::person(3).identity.idNumber);
    }

    // A draft is its clerk's: another staff member signed in does not get it on screen, a reopened
    // draft is audited as a view of personal data, and what is on screen goes when the clerk changes.
    void draftsStayWithTheirClerk()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("intake-own-drafts"));
        yc::SystemClock clock;
        auto store = yc::test::openIntakeStore(dir, clock.now());
        QVERIFY(store);
        yc::sync::CurrentStaff current;
        yc::AppContext context{.store = store.get(), .clock = &clock, .dataDir = dir, .currentStaff = &current};
        yc::ui::IntakePage page(context);
        current.set({QStringLiteral("c1001"), QStringLiteral("c1001"), QStringLiteral("测试甲"),
                     QStringLiteral("clerk"), false},
                    clock.now());
        yc::intake::IntakeContext intakeContext{
            store->database(), store->cipher(), dir, clock, yc::WorkCalendar::bundled(), {}, {}, {}};
        yc::intake::IntakeSession session(intakeContext);
        auto draft = session.createDraft(QStringLiteral("c1001"));
        QVERIFY(draft.ok());
        QVERIFY(session.setApplicant(draft.value(), yc::test::person(5)).ok());
        auto* idNumber = page.findChild<QLineEdit*>(QStringLiteral("applicantIdNumber"));
        QVERIFY(page.openDraft(draft.value()));
        QCOMPARE(idNumber->text(), yc::test::person(5).identity.idNumber);
        QCOMPARE(store->database()
                     .count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'case.view-personal' AND "
                                           "staff_id = 'c1001' AND object_id = '%1' AND detail = 'view=draft'")
                                .arg(draft.value()))
                     .valueOr(-1),
                 1);

        // Another clerk signs in (from the lock screen): the first one's draft leaves the screen...
        current.set({QStringLiteral("c1002"), QStringLiteral("c1002"), QStringLiteral("测试乙"),
                     QStringLiteral("clerk"), false},
                    clock.now());
        QVERIFY(idNumber->text().isEmpty());
        QVERIFY(page.draftId().isEmpty());
        // ...and cannot be opened by them; it stays saved under c1001.
        QVERIFY(!page.openDraft(draft.value()));
        QVERIFY(idNumber->text().isEmpty());
        QCOMPARE(page.message(), QStringLiteral("This draft belongs to another staff member."));
        auto mine = session.listDrafts(QStringLiteral("c1001"));
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().size(), std::size_t(1));
    }

    void refusalApprovedHere()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("intake-refusal"));
        yc::SystemClock clock;
        auto store = yc::test::openIntakeStore(dir, clock.now());
        QVERIFY(store);
        yc::AppContext context{.store = store.get(), .clock = &clock, .dataDir = dir};
        yc::ui::IntakePage page(context);
        page.setStaffId(QStringLiteral("c1001"));
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        yc::intake::IntakeContext intakeContext{
            store->database(), store->cipher(), dir, clock, yc::WorkCalendar::bundled(), {}, {}, {}};
        yc::intake::IntakeSession session(intakeContext);
        auto draft = session.createDraft(QStringLiteral("c1001"));
        QVERIFY(draft.ok());
        QVERIFY(session.setApplicant(draft.value(), yc::test::person(4)).ok());
        QVERIFY(session.setItem(draft.value(), yc::test::FoodLicenceNew).ok());
        QVERIFY(session
                    .setSituations(draft.value(), {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                                   {QStringLiteral("s2"), QStringLiteral("s2a")},
                                                   {QStringLiteral("s3"), QStringLiteral("s3a")}})
                    .ok());
        QVERIFY(page.openDraft(draft.value()));
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::MaterialsStep));
        QTRY_VERIFY(QApplication::focusWidget());
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::ReviewStep));

        // F11 opens the refusal: category, reason, the supervisor's own sign-in; a wrong password is
        // named in the dialog, the right one refuses.
        bool wrongShown = false;
        QTimer::singleShot(0, this, [this, &wrongShown] {
            QWidget* dialog = QApplication::activeModalWidget();
            // Whatever happens below, the dialog does not stay open.
            QTimer::singleShot(20000, dialog, [dialog] { dialog->close(); });
            QVERIFY(dialog && dialog->objectName() == QLatin1String("refusalDialog"));
            auto* category = dialog->findChild<QComboBox*>(QStringLiteral("refusalCategory"));
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("refusalError"));
            QVERIFY(category && error);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            category->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), category);
            press(Qt::Key_Down); // not within this department's remit
            press(Qt::Key_Tab);
            type(QStringLiteral("Not handled by this department"));
            press(Qt::Key_Tab);
            type(QStringLiteral("s2001"));
            press(Qt::Key_Tab);
            type(QStringLiteral("wrong"));
            press(Qt::Key_Return);
            wrongShown = !error->text().isEmpty() && dialog->isVisible();
            QApplication::focusWidget()->setFocus();
            type(yc::test::IntakePassword);
            press(Qt::Key_Return);
        });
        press(Qt::Key_F11);
        QVERIFY(wrongShown);
        QVERIFY2(!page.decidedCaseId().isEmpty(), qPrintable(page.message()));
        QVERIFY(page.noticePdf().startsWith("%PDF"));
        auto detail = yc::intake::CaseOverview(store->database(), store->cipher(), dir).show(page.decidedCaseId());
        QVERIFY(detail.ok() && detail.value().has_value());
        QCOMPARE(detail.value()->line.decision, QStringLiteral("refused"));
        QCOMPARE(detail.value()->refusalCategory, QStringLiteral("not-in-remit"));
    }
};

YC_TEST_MAIN(TestIntakePage)
#include "TestIntakePage.moc"
