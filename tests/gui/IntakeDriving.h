#pragma once

// Driving the intake screen in the GUI tests as the clerk does: keys sent where the focus is, text
// typed (Chinese characters as an input method commits them), and drafts prepared up to the step a
// scenario starts at (header only, with IntakeFixtures.h).
#include "IntakeFixtures.h"
#include "core/Clock.h"
#include "core/WorkCalendar.h"
#include "intake/CaseOverview.h"
#include "intake/IntakeSession.h"
#include "ui/intake/IntakePage.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

#include <optional>

namespace yc::test {

// Sends keys to the widget in focus and counts those that are not typed text.
class KeyDriver
{
public:
    int keys = 0;

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
        ++keys;
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
};

inline intake::IntakeContext intakeContext(storage::Store& store, const QString& dir, const Clock& clock)
{
    return {store.database(), store.cipher(), dir, clock, WorkCalendar::bundled(), {}, {}, {}};
}

// A draft of staffId's 食品经营许可（新办） with the three questions answered; `present` of its
// materials seen in the original, the rest missing. Empty on failure.
inline QString foodDraft(const intake::IntakeContext& context, int applicant, int present,
                         const QString& staffId = QStringLiteral("c1001"))
{
    intake::IntakeSession session(context);
    auto draft = session.createDraft(staffId);
    if (!draft || !session.setApplicant(draft.value(), person(applicant)) ||
        !session.setItem(draft.value(), FoodLicenceNew) ||
        !session.setSituations(draft.value(), {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                               {QStringLiteral("s2"), QStringLiteral("s2a")},
                                               {QStringLiteral("s3"), QStringLiteral("s3a")}}))
        return {};
    auto loaded = session.load(draft.value());
    if (!loaded)
        return {};
    intake::MaterialEvidence seen;
    seen.state = intake::MaterialState::OriginalReturned;
    seen.form = MaterialForm::Original;
    for (int i = 0; i < present && i < loaded.value().checklist.size(); ++i) {
        if (!session.setMaterial(draft.value(), loaded.value().checklist[i].materialId, seen))
            return {};
    }
    return draft.value();
}

// Opens the draft on the page (at its materials step) and goes on to the review with Enter.
inline void toReview(ui::IntakePage& page, KeyDriver& keys, const QString& draft)
{
    QVERIFY(page.openDraft(draft));
    QCOMPARE(page.currentStep(), int(ui::IntakePage::MaterialsStep));
    QVERIFY(QTest::qWaitForWindowActive(page.window()));
    QTRY_VERIFY(QApplication::focusWidget());
    keys.press(Qt::Key_Return);
    QCOMPARE(page.currentStep(), int(ui::IntakePage::ReviewStep));
}

// At the item step: types the query (pinyin initials), moves down the results to the item, Enter.
inline void chooseItem(ui::IntakePage& page, KeyDriver& keys, const QString& query, const QString& itemCode)
{
    auto* results = page.findChild<QListWidget*>(QStringLiteral("itemResults"));
    QVERIFY(results);
    KeyDriver::type(query);
    QTRY_VERIFY_WITH_TIMEOUT(results->count() > 1, 10000);
    for (int i = 0; i < results->count() && results->currentItem()->data(Qt::UserRole).toString() != itemCode; ++i)
        keys.press(Qt::Key_Down);
    QCOMPARE(results->currentItem()->data(Qt::UserRole).toString(), itemCode);
    keys.press(Qt::Key_Return);
}

// The three questions of the 食品经营许可（新办）: the first option of each, then on to the materials.
inline void answerFoodQuestions(ui::IntakePage& page, KeyDriver& keys)
{
    QVERIFY2(page.findChild<QComboBox*>(QStringLiteral("situation_s1")), qPrintable(page.message()));
    for (const char* s : {"situation_s1", "situation_s2", "situation_s3"}) {
        QCOMPARE(QApplication::focusWidget(), page.findChild<QComboBox*>(QString::fromLatin1(s)));
        keys.press(Qt::Key_Down);
        if (qstrcmp(s, "situation_s3") != 0)
            keys.press(Qt::Key_Tab);
    }
    keys.press(Qt::Key_Return);
    QCOMPARE(page.currentStep(), int(ui::IntakePage::MaterialsStep));
}

// At the materials step, from row `first` on: every material seen in the original and handed back.
inline void markOriginals(ui::IntakePage& page, KeyDriver& keys, int first = 0)
{
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("materialsTable"));
    QVERIFY(table && table->rowCount() > first);
    for (int row = first; row < table->rowCount(); ++row) {
        QTRY_COMPARE(QApplication::focusWidget(), table->cellWidget(row, 1));
        keys.press(Qt::Key_Down);
        QCOMPARE(qobject_cast<QComboBox*>(table->cellWidget(row, 1))->currentData().toString(),
                 QStringLiteral("original-returned"));
        if (row + 1 < table->rowCount()) {
            keys.press(Qt::Key_Tab);
            keys.press(Qt::Key_Tab);
        }
    }
}

// The decided case as the case list shows it, or nothing.
inline std::optional<intake::CaseDetail> decidedCase(storage::Store& store, const QString& dir, const QString& caseId)
{
    auto detail = intake::CaseOverview(store.database(), store.cipher(), dir).show(caseId);
    if (!detail.ok() || !detail.value().has_value())
        return std::nullopt;
    return *detail.value();
}

} // namespace yc::test
