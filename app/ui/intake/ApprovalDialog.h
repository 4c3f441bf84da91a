#pragma once

#include "core/Result.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"

#include <QDialog>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace yc::ui {

// What a refusal and 容缺 have in common: what the approval covers (the subclass's rows, saved
// first), then a supervisor who approves here with their staff id and password, deciding the case
// at once, or who is asked through the platform while the screen stays free.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks the supervisor through the platform; returns the approval id.
    using AskRemotely = std::function<Result<QString>()>;

    // The decision, when the supervisor approved here.
    [[nodiscard]] const std::optional<intake::DecisionOutcome>& outcome() const { return m_outcome; }
    // The supervisor is asked through the platform.
    [[nodiscard]] bool askedRemotely() const { return m_askedRemotely; }

protected:
    ApprovalDialog(intake::ApprovalKind kind, intake::IntakeContext context, QString draftId, AskRemotely askRemotely,
                   QWidget* parent);

    // Adds the supervisor's rows and the buttons under the subclass's rows; called once, at the
    // end of the subclass's constructor.
    void addApprovalRows(const QString& errorName, const QString& approveText);
    // Saves what the approval covers: the reason, or the commitment.
    [[nodiscard]] virtual Status saveSubject() = 0;

    [[nodiscard]] QFormLayout* form() const { return m_form; }
    [[nodiscard]] QLineEdit* supervisorField() const { return m_supervisor; }
    [[nodiscard]] const intake::IntakeContext& intakeContext() const { return m_context; }
    [[nodiscard]] const QString& draftId() const { return m_draftId; }

private:
    bool saveSubjectOrSay();
    void approveHere();
    void askPlatform();

    intake::ApprovalKind m_kind;
    intake::IntakeContext m_context;
    QString m_draftId;
    AskRemotely m_askRemotely;
    std::optional<intake::DecisionOutcome> m_outcome;
    bool m_askedRemotely = false;

    QFormLayout* m_form = nullptr;
    QLineEdit* m_supervisor = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace yc::ui
