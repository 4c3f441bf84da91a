#include "ui/intake/RefusalDialog.h"

#include "intake/IntakeSession.h"
#include "ui/intake/IntakeText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace yc::ui {

RefusalDialog::RefusalDialog(intake::IntakeContext context, QString draftId,
                             const std::optional<intake::IntakeDraft>& draft, AskRemotely askRemotely, QWidget* parent)
    : ApprovalDialog(intake::ApprovalKind::Refusal, std::move(context), std::move(draftId), std::move(askRemotely),
                     parent)
{
    setWindowTitle(IntakeText::tr("Refuse the application"));
    setObjectName(QStringLiteral("refusalDialog"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("refusalCategory"));
    for (auto c : {intake::RefusalCategory::NotRequired, intake::RefusalCategory::NotInRemit,
                   intake::RefusalCategory::NotEligible, intake::RefusalCategory::Other})
        m_category->addItem(intake::IntakeLabels::refusalCategory(c), intake::toString(c));
    if (draft && draft->refusal)
        m_category->setCurrentIndex(qMax(0, m_category->findData(intake::toString(draft->refusal->category))));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("refusalText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    if (draft && draft->refusal)
        m_text->setPlainText(draft->refusal->text);
    form()->addRow(IntakeText::tr("&Category"), m_category);
    form()->addRow(IntakeText::tr("&Reason"), m_text);
    addApprovalRows(QStringLiteral("refusalError"), IntakeText::tr("Approve and refuse"));
    m_category->setFocus();
}

Status RefusalDialog::saveSubject()
{
    intake::RefusalReason reason;
    reason.category =
        intake::refusalCategoryFromString(m_category->currentData().toString()).valueOr(intake::RefusalCategory::Other);
    reason.text = m_text->toPlainText().trimmed();
    return intake::IntakeSession(intakeContext()).setRefusalReason(draftId(), reason);
}

} // namespace yc::ui
