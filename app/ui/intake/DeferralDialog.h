#pragma once

#include "ui/intake/ApprovalDialog.h"

class QCheckBox;

namespace yc::ui {

// 容缺受理, acceptance with materials to follow: the deferred materials with their due dates and the
// applicant's signed commitment letter, then the supervisor's approval.
class DeferralDialog : public ApprovalDialog
{
    Q_OBJECT

public:
    DeferralDialog(intake::IntakeContext context, QString draftId, const std::optional<intake::IntakeDraft>& draft,
                   AskRemotely askRemotely, QWidget* parent = nullptr);

protected:
    [[nodiscard]] Status saveSubject() override;

private:
    QCheckBox* m_commitment = nullptr;
};

} // namespace yc::ui
