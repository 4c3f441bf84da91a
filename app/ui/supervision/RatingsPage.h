#pragma once

#include "intake/IntakeContext.h"
#include "supervision/RatingFollowUp.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace yc {
struct AppContext;
class WorkCalendar;
} // namespace yc

namespace yc::ui {

// 好差评 results: the ratings given at this PC, the bad ones (level 2 or 1) with their follow-up due
// date and state; the supervisor records the follow-up (rectification, callback record), which is
// queued for the platform. Supervisors only: for anyone else the page says so and lists nothing.
class RatingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RatingsPage(const AppContext& context, QWidget* parent = nullptr);

    [[nodiscard]] QString message() const;
    [[nodiscard]] QList<supervision::RatingLine> ratings() const { return m_rows; }

public slots:
    void refresh();

signals:
    // A follow-up was queued: the sync engine may send it now.
    void followUpQueued(const QString& evaluationId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void recordFollowUp();
    void showSelection();
    void setMessage(const QString& text, bool error = false);
    [[nodiscard]] intake::IntakeContext intakeContext() const;
    [[nodiscard]] int selectedRow() const;

    const AppContext& m_context;
    std::shared_ptr<const WorkCalendar> m_calendar;
    QList<supervision::RatingLine> m_rows;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_details = nullptr;
    QPlainTextEdit* m_rectification = nullptr;
    QPlainTextEdit* m_callback = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace yc::ui
