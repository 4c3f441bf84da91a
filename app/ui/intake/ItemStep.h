#pragma once

#include "core/catalog/CatalogIndex.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace yc::ui {

class IntakeStepHost;

// Step 2 of the intake screen: the item, found in the catalog by name, keywords or pinyin initials
// (Up/Down in the search field choose among the results), the questions about the applicant's
// situation, and the materials they make necessary.
class ItemStep : public QWidget
{
    Q_OBJECT

public:
    ItemStep(IntakeStepHost& host, QWidget* parent = nullptr);

    // Empties the search, the item and its questions for a new case.
    void clear();
    // Shows the item, the answers and the checklist of a reopened draft.
    void showDraft();
    // The search field has the focus, its text selected.
    void enter();
    // Enter on this step: chooses the highlighted result when it is not the item yet, or checks
    // that an item is chosen and every question answered. True when the clerk may go on.
    bool leave();

signals:
    // Another item was chosen: its materials may be in the applicant's licence library.
    void itemChosen();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onQueryChanged(const QString& text);
    void onResults(quint64 id, const QString& query, const QList<yc::catalog::SearchMatch>& matches);
    bool chooseCurrentResult();
    void rebuildSituations();
    void rebuildChecklist();

    IntakeStepHost& m_host;
    quint64 m_searchId = 0;
    quint64 m_shownId = 0;          // the search whose results the list shows
    bool m_chooseWhenShown = false; // Enter came before the current search's results

    QLineEdit* m_query = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_itemLabel = nullptr;
    QWidget* m_situationBox = nullptr;
    QFormLayout* m_situationForm = nullptr;
    QList<QComboBox*> m_situationCombos;
    QListWidget* m_checklist = nullptr;
};

} // namespace yc::ui
