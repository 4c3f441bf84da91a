#pragma once

#include "core/Result.h"
#include "intake/IntakeTypes.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

#include <functional>

class QPushButton;
class QTextBrowser;

namespace yc::ui {

class IntakeStepHost;
class MaterialPreview;

// Step 4 of the intake screen: the review of the case and its decision. Accept (F9) and the
// correction notice (F10) decide at once; a refusal (F11) and 容缺 (Shift+F9) need a supervisor's
// approval (RefusalDialog, DeferralDialog). The notice is shown and printed (Ctrl+P) here.
class ReviewStep : public QWidget
{
    Q_OBJECT

public:
    ReviewStep(IntakeStepHost& host, QWidget* parent = nullptr);

    // No decision, no notice: the buttons as for a new case.
    void clear();
    // The review from the draft as saved; the acceptance has the focus.
    void enter();
    void rebuild();

    void accept();
    void notifyCorrection();
    void refuse();
    void acceptWithMissing();
    void print();

    // What the keys may do now (as the buttons).
    [[nodiscard]] bool canAccept() const;
    [[nodiscard]] bool canNotifyCorrection() const;
    [[nodiscard]] bool canRefuse() const;
    [[nodiscard]] bool canAcceptWithMissing() const;
    [[nodiscard]] bool canPrint() const;

    // Shows a decision: the buttons, the notice, the verdict under the review. Returns what the
    // message line says; `failed` when no notice could be produced.
    [[nodiscard]] QStringList showDecision(const intake::DecisionOutcome& outcome, bool& failed);
    [[nodiscard]] QByteArray noticePdf() const { return m_noticePdf; }

    // Prints a notice kept with its case; without one, the shown notice goes through the system's
    // print dialog.
    void setNoticePrinter(std::function<Status(const QString& noticeId)> printer) { m_printKept = std::move(printer); }

private:
    // The refusal or 容缺 dialog: the reason or the commitment, then the supervisor's approval here
    // or through the platform. Returns when decided, asked remotely or cancelled.
    void askApproval(intake::ApprovalKind kind);

    IntakeStepHost& m_host;
    QTextBrowser* m_summary = nullptr;
    QString m_reviewHtml; // the review's applicant, item and materials, without the verdict line
    QPushButton* m_back = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_correction = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_acceptMissing = nullptr;
    QPushButton* m_print = nullptr;
    QByteArray m_noticePdf;
    QStringList m_noticeIds; // the notices of the last decision, as kept with the case
    std::function<Status(const QString&)> m_printKept;
    MaterialPreview* m_preview = nullptr;
};

} // namespace yc::ui
