#pragma once

#include "ui/intake/ApprovalDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace yc::ui {

// The refusal of an application: its category and its reason in full (printed on the refusal
// notice), then the supervisor's approval.
class RefusalDialog : public ApprovalDialog
{
    Q_OBJECT

public:
    RefusalDialog(intake::IntakeContext context, QString draftId, const std::optional<intake::IntakeDraft>& draft,
                  AskRemotely askRemotely, QWidget* parent = nullptr);

protected:
    [[nodiscard]] Status saveSubject() override;

private:
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace yc::ui
