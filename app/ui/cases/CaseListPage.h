#pragma once

#include "core/Result.h"
#include "intake/CaseOverview.h"
#include "ui/AppContext.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace yc::ui {

// The cases at this window (F8): today's and every open one (drafts, cases waiting for a
// correction, accepted cases not completed), the applicant masked, with where each stands, its
// promised date in working days and how far it is on the way to the platform. Keyboard first: the
// table has the focus, Enter does what the case needs next (reopen a draft, record a supplement,
// reprint the notice), the buttons say their keys. The listing itself is intake::CaseOverview's.
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    // A case's state and its platform sync state in the clerk's words (shared with the case detail).
    [[nodiscard]] static QString stateLabel(const intake::CaseLine& line);
    [[nodiscard]] static QString syncLabel(const intake::CaseLine& line);
    enum Column
    {
        NumberColumn,
        ReceivedColumn,
        ItemColumn,
        ApplicantColumn,
        IdNumberColumn,
        StateColumn,
        PromisedColumn,
        SyncColumn,
        ColumnCount,
    };

    explicit CaseListPage(const AppContext& context, QWidget* parent = nullptr);

    // The clerk supplements are recorded for when nobody is signed in through the platform (tests).
    void setStaffId(const QString& staffId) { m_staffId = staffId; }
    // Reprints the notices kept with a case (PrintModule::reprintCase in the main window).
    void setReprint(std::function<Status(const QString& caseId)> reprint) { m_reprint = std::move(reprint); }

    void refresh();
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString currentCaseId() const;
    bool selectCase(const QString& caseId);
    [[nodiscard]] QString message() const;

    // What Enter does on the current case.
    void openCurrent();
    void reopenCurrent();
    void reprintCurrent();
    void supplementCurrent();
    void rateCurrent();

signals:
    void reopenDraftRequested(const QString& draftId);
    void ratingRequested(const QString& caseId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] QString staffId() const;
    [[nodiscard]] const intake::CaseLine* currentLine() const;
    void updateButtons();
    void showError(const QString& text);
    void showInfo(const QString& text);

    AppContext m_context;
    QString m_staffId;
    std::function<Status(const QString&)> m_reprint;
    std::vector<intake::CaseLine> m_lines;

    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_reprintButton = nullptr;
    QPushButton* m_supplement = nullptr;
    QPushButton* m_rate = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace yc::ui
