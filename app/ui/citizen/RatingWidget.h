#pragma once

#include "core/Result.h"
#include "ui/AppContext.h"

#include <QDialog>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace yc::ui {

// The five-level rating of a decided case (好差评, GB/T 39734-2020): one large button per level,
// the reason asked for a bad rating (不满意, 非常不满意) and required before it is taken, then
// queued as an evaluation (intake::CaseRating). Used on the citizen's screen and, without one,
// in the clerk's RatingDialog.
class RatingWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RatingWidget(const AppContext& context, QWidget* parent = nullptr);

    void setStaffId(const QString& staffId) { m_staffId = staffId; }
    // The case to rate; clears the choice, the reason and the message.
    void setCase(const QString& caseId);
    [[nodiscard]] QString caseId() const { return m_caseId; }

    void choose(int level);
    [[nodiscard]] int chosenLevel() const;
    // Checks and queues the rating; emits submitted() when it is taken.
    Result<QString> submit();
    [[nodiscard]] QString error() const;

signals:
    void submitted(const QString& evaluationId, int level);

private:
    [[nodiscard]] QString staffId() const;
    void updateReason();

    AppContext m_context;
    QString m_staffId;
    QString m_caseId;
    QButtonGroup* m_levels = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_error = nullptr;
};

// The clerk records the citizen's rating on the main screen (a PC with one screen).
class RatingDialog : public QDialog
{
    Q_OBJECT

public:
    RatingDialog(const AppContext& context, const QString& caseId, const QString& staffId, QWidget* parent = nullptr);

    [[nodiscard]] RatingWidget* rating() const { return m_rating; }

private:
    RatingWidget* m_rating = nullptr;
};

} // namespace yc::ui
