// The intake screen alone, by keyboard: the typed applicant and its checks, drafts and who sees them, the
// expired card, earlier materials offered again. The decisions through the main window: TestIntakeMainWindow.
#include <QTextBrowser>
#include <QTimeZone>

#include "FakeClock.h"
#include "IntakeDriving.h"
#include "TestMain.h"
#include "core/Clock.h"
#include "intake/CaseDecider.h"
#include "intake/CaseOverview.h"
#include "intake/EarlierCases.h"
#include "intake/IdentityProof.h"
#include "intake/IntakeSession.h"
#include "storage/catalog/CatalogRepository.h"
#include "storage/catalog/CatalogSearch.h"
#include "sync/CurrentStaff.h"
#include "ui/intake/IntakePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

class TestIntakePage : public QObject
{
    Q_OBJECT

    // The intake page alone with the catalog search (its index built), shown and active.
    struct SearchingPage
    {
        QString dir;
        yc::SystemClock clock;
        std::unique_ptr<yc::storage::Store> store;
        std::unique_ptr<yc::storage::CatalogSearch> search;
        std::unique_ptr<QSignalSpy> indexReady;
        std::unique_ptr<yc::ui::IntakePage> page;

        explicit SearchingPage(const QString& name)
            : dir(yc::test::TestEnvironment::current()->freshDir(name))
            , store(yc::test::openIntakeStore(dir, clock.now()))
        {
            if (!store)
                return;
            search = std::make_unique<yc::storage::CatalogSearch>(store->database().path(), &clock);
            indexReady = std::make_unique<QSignalSpy>(search.get(), &yc::storage::CatalogSearch::indexReady);
            page = std::make_unique<yc::ui::IntakePage>(
                yc::AppContext{.store = store.get(), .clock = &clock, .dataDir = dir, .catalogSearch = search.get()});
            page->setStaffId(QStringLiteral("c1001"));
            page->resize(1280, 700);
            page->show();
        }
        [[nodiscard]] bool ready() const
        {
            return page && QTest::qWaitForWindowActive(page.get()) &&
                   (indexReady->size() == 1 || indexReady->wait(10000) || indexReady->size() == 1);
        }
    };

    yc::test::KeyDriver m_keys;

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { m_keys.press(key, modifiers); }
    static void type(const QString& text) { yc::test::KeyDriver::type(text); }

    // A store with the training catalog and a page on it, shown.
    struct Fixture
    {
        QString dir;
        yc::SystemClock clock;
        std::unique_ptr<yc::storage::Store> store;
        std::unique_ptr<yc::ui::IntakePage> page;

        explicit Fixture(const QString& name)
            : dir(yc::test::TestEnvironment::current()->freshDir(name))
            , store(yc::test::openIntakeStore(dir, clock.now()))
        {
            if (!store)
                return;
            yc::AppContext context{.store = store.get(), .clock = &clock, .dataDir = dir};
            page = std::make_unique<yc::ui::IntakePage>(context);
            page->setStaffId(QStringLiteral("c1001"));
            page->resize(1280, 700);
            page->show();
        }
        [[nodiscard]] yc::intake::IntakeContext context() const { return yc::test::intakeContext(*store, dir, clock); }
        // A draft of the 食品经营许可（新办） with the three questions answered; `present` of its
        // materials seen in the original, the rest missing.
        QString foodDraft(int applicant, int present) const
        {
            return yc::test::foodDraft(context(), applicant, present);
        }
    };

private slots:
    void keyboardOnlyAcceptance()
    {
        SearchingPage f(QStringLiteral("intake-page"));
        QVERIFY(f.ready());
        yc::ui::IntakePage& page = *f.page;

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
        yc::test::chooseItem(page, m_keys, QStringLiteral("spjyxk"), yc::test::FoodLicenceNew);
        yc::test::answerFoodQuestions(page, m_keys);

        // Materials: every one seen in the original and handed back.
        yc::test::markOriginals(page, m_keys);
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
        // The review says what was decided, no longer that the case could be accepted.
        const QString review = page.findChild<QTextBrowser*>(QStringLiteral("reviewSummary"))->toPlainText();
        QVERIFY2(review.contains(QStringLiteral("Accepted: case")), qPrintable(review));
        QVERIFY2(!review.contains(QStringLiteral("can be accepted")), qPrintable(review));
        const QString caseId = page.decidedCaseId();
        yc::intake::CaseOverview overview(f.store->database(), f.store->cipher(), f.dir);
        auto detail = overview.show(caseId);
        QVERIFY(detail.ok() && detail.value().has_value());
        QCOMPARE(detail.value()->line.state, QStringLiteral("decided"));
        QCOMPARE(detail.value()->line.decision, QStringLiteral("accepted"));
        QCOMPARE(detail.value()->line.itemCode, yc::test::FoodLicenceNew);
        QVERIFY(!detail.value()->line.applicant.contains(QStringLiteral("测试甲")));
        yc::intake::IntakeContext intakeContext{
            f.store->database(), f.store->cipher(), f.dir, f.clock, yc::WorkCalendar::bundled(), {}, {}, {}};
        auto notices = yc::intake::CaseDecider(intakeContext).notices(caseId);
        QVERIFY(notices.ok() && !notices.value().isEmpty());
        QVERIFY(notices.value().first().pdf.startsWith("%PDF"));
        qInfo("keys pressed beyond typed text, applicant to acceptance: %d", m_keys.keys);

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

    void expiredCardIsFlagged()
    {
        Fixture f(QStringLiteral("intake-expired"));
        QVERIFY(f.page);
        yc::identity::IdCard card;
        card.name = QStringLiteral("测试甲");
        card.idNumber = yc::test::person(7).identity.idNumber;
        card.genderCode = QStringLiteral("1");
        card.validFrom = QDate(2005, 1, 1);
        card.validTo = QDate(2025, 1, 1);
        card.expired = true;
        f.page->fillFromCard(card);
        auto* info = f.page->findChild<QLabel*>(QStringLiteral("applicantInfo"));
        QVERIFY(info);
        QVERIFY2(info->text().contains(QStringLiteral("expired")), qPrintable(info->text()));

        // The rule: the expired card proves identity for renewing it only; otherwise the alternatives.
        yc::storage::CatalogRepository catalog(f.store->database());
        auto food = catalog.item(yc::test::FoodLicenceNew);
        QVERIFY(food.ok());
        const QDate today = f.clock.now().date();
        const QString advice = yc::intake::IdentityProof::expiredCardAdvice(card.validTo, today, food.value());
        QVERIFY(!advice.isEmpty());
        QVERIFY(advice.contains(yc::intake::IdentityProof::alternatives().first()));
        auto renewal =
            catalog.item(QStringLiteral("000118001002-210200000000-000-11210200YC0000036T-1-00")); // 居民身份证换领
        QVERIFY(renewal.ok());
        QVERIFY(yc::intake::IdentityProof::renewsIdCard(renewal.value()));
        QVERIFY(yc::intake::IdentityProof::expiredCardAdvice(card.validTo, today, renewal.value()).isEmpty());
        QVERIFY(yc::intake::IdentityProof::expiredCardAdvice(QDate(), today, food.value()).isEmpty()); // long-term
    }

    // The card's expiry is saved with the draft (encrypted with its form data): reopened after a
    // crash or from the case list, the expired card is flagged again and the alternatives are named.
    void expiredCardSurvivesReopening()
    {
        Fixture f(QStringLiteral("intake-expired-reopen"));
        QVERIFY(f.page);
        yc::identity::IdCard card;
        card.name = QStringLiteral("测试甲");
        card.idNumber = yc::test::person(9).identity.idNumber;
        card.genderCode = QStringLiteral("1");
        card.validFrom = QDate(2005, 1, 1);
        card.validTo = QDate(2025, 1, 1);
        card.expired = true;
        f.page->fillFromCard(card);
        f.page->advance(); // saves the applicant
        QCOMPARE(f.page->currentStep(), int(yc::ui::IntakePage::ItemStep));
        const QString draftId = f.page->draftId();
        QVERIFY(!draftId.isEmpty());
        yc::intake::IntakeSession session(f.context());
        QVERIFY(session.setItem(draftId, yc::test::FoodLicenceNew).ok());
        // Another form field saved later keeps the expiry; the expiry is no form field.
        QVERIFY(session.setFormField(draftId, QStringLiteral("commitmentLetter"), QStringLiteral("signed")).ok());
        QCOMPARE(session.setFormField(draftId, yc::intake::CardValidToField, QStringLiteral("2099-01-01")).error().code,
                 QStringLiteral("intake.form-field"));
        auto loaded = session.load(draftId);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().cardValidTo, card.validTo);
        QVERIFY(!loaded.value().formFields.contains(yc::intake::CardValidToField));

        // A fresh screen, as after a crash, reopens the draft: the flag and the alternatives are back.
        yc::AppContext context{.store = f.store.get(), .clock = &f.clock, .dataDir = f.dir};
        yc::ui::IntakePage again(context);
        again.setStaffId(QStringLiteral("c1001"));
        QVERIFY(again.openDraft(draftId));
        auto* info = again.findChild<QLabel*>(QStringLiteral("applicantInfo"));
        QVERIFY(info);
        QVERIFY2(info->text().contains(QStringLiteral("expired")), qPrintable(info->text()));
        QVERIFY2(again.message().contains(yc::intake::IdentityProof::alternatives().first()),
                 qPrintable(again.message()));

        // The same screen after another case: reopened from the case list, flagged again.
        f.page->newCase();
        auto* pageInfo = f.page->findChild<QLabel*>(QStringLiteral("applicantInfo"));
        QVERIFY(pageInfo->text().isEmpty());
        QVERIFY(f.page->openDraft(draftId));
        QVERIFY2(pageInfo->text().contains(QStringLiteral("expired")), qPrintable(pageInfo->text()));

        // A long-term card read for the applicant instead: the next save forgets the expiry.
        while (f.page->currentStep() > int(yc::ui::IntakePage::ApplicantStep))
            f.page->goBack();
        f.page->fillFromCard([&] {
            yc::identity::IdCard valid = card;
            valid.validTo = QDate();
            valid.longTerm = true;
            valid.expired = false;
            return valid;
        }());
        f.page->advance();
        QCOMPARE(f.page->draftId(), draftId);
        QVERIFY(pageInfo->text().isEmpty() || !pageInfo->text().contains(QStringLiteral("expired")));
        loaded = session.load(draftId);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().cardValidTo.isNull());
    }

    void earlierMaterialsAreReused()
    {
        Fixture f(QStringLiteral("intake-reuse"));
        QVERIFY(f.page);
        // An earlier case of the same applicant, its materials scanned, accepted.
        const QString earlier = f.foodDraft(12, 0);
        QVERIFY(!earlier.isEmpty());
        yc::intake::IntakeSession session(f.context());
        auto loaded = session.load(earlier);
        QVERIFY(loaded.ok());
        for (const auto& e : loaded.value().checklist) {
            yc::intake::MaterialEvidence scan;
            scan.state = yc::intake::MaterialState::Scanned;
            scan.content = QByteArray("%PDF-1.4 scanned ") + e.materialId.toLatin1();
            scan.mimeType = QStringLiteral("application/pdf");
            QVERIFY(session.setMaterial(earlier, e.materialId, scan).ok());
        }
        QVERIFY(yc::intake::CaseDecider(f.context()).accept(earlier).ok());
        {
            // Still valid within EarlierCases::ReuseDays of the decision, no longer after.
            yc::test::FakeClock later(f.clock.now().addDays(yc::intake::EarlierCases::ReuseDays + 2));
            yc::intake::IntakeContext afterAYear{
                f.store->database(), f.store->cipher(), f.dir, later, yc::WorkCalendar::bundled(), {}, {}, {}};
            auto& probe = loaded; // the same applicant and checklist, as a new visit has them
            auto offered = yc::intake::EarlierCases::offer(f.context(), probe.value());
            QVERIFY(offered.ok());
            QCOMPARE(offered.value().cases, 1);
            QCOMPARE(offered.value().byChecklistEntry.size(), probe.value().checklist.size());
            auto expired = yc::intake::EarlierCases::offer(afterAYear, probe.value());
            QVERIFY(expired.ok());
            QCOMPARE(expired.value().cases, 0);
            QVERIFY(expired.value().byChecklistEntry.isEmpty());
        }

        // The next visit: the applicant is recognised through the keyed hash and told about it.
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        auto* name = f.page->findChild<QLineEdit*>(QStringLiteral("applicantName"));
        QTRY_COMPARE(QApplication::focusWidget(), name);
        type(QStringLiteral("测试甲"));
        press(Qt::Key_Tab);
        type(yc::test::person(12).identity.idNumber);
        press(Qt::Key_Return);
        QCOMPARE(f.page->currentStep(), int(yc::ui::IntakePage::ItemStep));
        QVERIFY2(f.page->message().contains(QStringLiteral("earlier case")), qPrintable(f.page->message()));
        QVERIFY(session.setItem(f.page->draftId(), yc::test::FoodLicenceNew).ok());
        QVERIFY(session
                    .setSituations(f.page->draftId(), {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                                       {QStringLiteral("s2"), QStringLiteral("s2a")},
                                                       {QStringLiteral("s3"), QStringLiteral("s3a")}})
                    .ok());
        const QString draft = f.page->draftId();
        QVERIFY(f.page->openDraft(draft));
        QCOMPARE(f.page->currentStep(), int(yc::ui::IntakePage::MaterialsStep));
        auto* table = f.page->findChild<QTableWidget*>(QStringLiteral("materialsTable"));
        QVERIFY(table && table->rowCount() > 0);
        auto* combo = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
        QVERIFY(combo);
        QCOMPARE(combo->findData(QStringLiteral("reused")), 1);
        QTRY_COMPARE(QApplication::focusWidget(), combo);
        press(Qt::Key_Down);
        auto now = session.load(draft);
        QVERIFY(now.ok());
        QVERIFY(now.value().checklist.first().state == yc::intake::MaterialState::Reused);
        QVERIFY(now.value().checklist.first().sizeBytes > 0);
    }

    // Enter pressed before the results of the query typed last have come: the list still shows an
    // earlier query's matches, and Enter must not choose from them; it chooses when the right
    // results arrive.
    void enterNeverChoosesAnEarlierQuerysMatch()
    {
        SearchingPage f(QStringLiteral("intake-stale"));
        QVERIFY(f.ready());
        yc::ui::IntakePage& page = *f.page;
        page.findChild<QLineEdit*>(QStringLiteral("applicantName"))->setText(QStringLiteral("测试甲"));
        page.findChild<QLineEdit*>(QStringLiteral("applicantIdNumber"))
            ->setText(yc::test::person(31).identity.idNumber);
        page.findChild<QLineEdit*>(QStringLiteral("applicantPhone"))->setText(QStringLiteral("13800000000"));
        page.findChild<QLineEdit*>(QStringLiteral("applicantName"))->setFocus();
        press(Qt::Key_Return);
        QCOMPARE(page.currentStep(), int(yc::ui::IntakePage::ItemStep));

        auto* query = page.findChild<QLineEdit*>(QStringLiteral("itemQuery"));
        auto* results = page.findChild<QListWidget*>(QStringLiteral("itemResults"));
        QVERIFY(query && results);
        QCOMPARE(QApplication::focusWidget(), query);
        type(QStringLiteral("spjyxk"));
        QTRY_VERIFY(results->count() > 0);
        const QString earlier = results->item(0)->data(Qt::UserRole).toString();
        QVERIFY(!earlier.startsWith(QStringLiteral("000119")));
        // The new query and Enter at once: no event runs between them, so its results cannot be in.
        query->setText(QStringLiteral("sybxjsl")); // 失业保险金申领
        press(Qt::Key_Return);
        yc::intake::IntakeContext intake{
            f.store->database(), f.store->cipher(), f.dir, f.clock, yc::WorkCalendar::bundled(), {}, {}, {}};
        auto chosenItem = [&] {
            auto draft = yc::intake::IntakeSession(intake).load(page.draftId());
            return draft ? draft.value().itemCode : QStringLiteral("(no draft)");
        };
        QCOMPARE(chosenItem(), QString()); // nothing chosen from the earlier matches
        QTRY_VERIFY2(!chosenItem().isEmpty(),
                     qPrintable(page.message() + QLatin1Char(' ') + QString::number(results->count()) +
                                QLatin1Char(' ') + QString::number(page.currentStep())));
        QVERIFY2(chosenItem().startsWith(QStringLiteral("000119")), qPrintable(chosenItem()));
    }
};

YC_TEST_MAIN(TestIntakePage)
#include "TestIntakePage.moc"
