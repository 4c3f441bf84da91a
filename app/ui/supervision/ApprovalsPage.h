#pragma once

#include "intake/IntakeContext.h"
#include "supervision/ApprovalQueue.h"

#include <QList>
#include <QSet>
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

// The supervisor's approvals queue: the requests asked at this PC and, when the platform can be
// reached, those of the hall's other windows (PROTOCOL.md §16). Approve, or deny with a comment;
// the services check the role and audit every decision. For anyone but a supervisor the page
// says so and lists nothing.
class ApprovalsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsPage(const AppContext& context, QWidget* parent = nullptr);
    ~ApprovalsPage() override;

    // The platform connection (tests inject theirs); without one only this PC's requests show.
    void setConnectorFactory(supervision::RemoteApprovalQueue::ConnectorFactory factory);

    [[nodiscard]] QString message() const;
    [[nodiscard]] QList<supervision::QueuedApproval> requests() const { return m_rows; }
    [[nodiscard]] bool isBusy() const;
    void waitForIdle();

public slots:
    void refresh();

signals:
    void decided(const QString& approvalId, const QString& status);
    void caseRequested(const QString& caseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void decide(bool approve);
    void ensureConnectorFactory();
    void openCase();
    void showRows();
    void showSelection();
    void setMessage(const QString& text, bool error = false);
    [[nodiscard]] intake::IntakeContext intakeContext() const;
    [[nodiscard]] supervision::Actor actor() const;
    [[nodiscard]] int selectedRow() const;
    [[nodiscard]] QString itemName(const QString& code) const;

    const AppContext& m_context;
    std::shared_ptr<const WorkCalendar> m_calendar;
    std::unique_ptr<supervision::RemoteApprovalQueue> m_remote;
    bool m_hasFactory = false;
    bool m_injected = false; // set by setConnectorFactory: no default connection then
    QList<supervision::QueuedApproval> m_rows;
    QSet<QString> m_decidedHere; // decided at this PC, the platform being told
    QLabel* m_scope = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_details = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_deny = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_openCase = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace yc::ui
