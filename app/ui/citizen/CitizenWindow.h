#pragma once

#include "ui/AppContext.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace yc::ui {

class RatingWidget;

// The citizen's screen at the window (on the second screen): what is being recorded for them, as
// the clerk goes (the applicant and ID number masked — 王*娜, 110105********002X — the item and
// the materials checklist with where each stands), then, once the case is decided, the five-level
// rating (好差评). Everything shown comes from intake::CaseOverview, which masks personal data
// before it leaves the store: this window never holds a full name or ID number.
class CitizenWindow : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        WelcomePage,
        CasePage,
        RatingPage,
        ThanksPage,
    };

    explicit CitizenWindow(const AppContext& context, QWidget* parent = nullptr);

    void setStaffId(const QString& staffId);
    // What is recorded for a draft or a decided case; an empty id shows the welcome page.
    void showCase(const QString& caseId);
    // The case and, below it, the rating.
    void askRating(const QString& caseId);

    [[nodiscard]] int currentPage() const;
    [[nodiscard]] RatingWidget* rating() const { return m_rating; }

signals:
    void rated(const QString& caseId, const QString& evaluationId, int level);

private:
    void fillCase(const QString& caseId);

    AppContext m_context;
    QString m_caseId;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_applicant = nullptr;
    QLabel* m_idNumber = nullptr;
    QLabel* m_item = nullptr;
    QLabel* m_caseNumber = nullptr;
    QTableWidget* m_materials = nullptr;
    QLabel* m_ratingCase = nullptr;
    RatingWidget* m_rating = nullptr;
};

} // namespace yc::ui
