#include "ui/intake/DeferralDialog.h"

#include "intake/IntakeSession.h"
#include "ui/intake/IntakeText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace yc::ui {

DeferralDialog::DeferralDialog(intake::IntakeContext context, QString draftId,
                               const std::optional<intake::IntakeDraft>& draft, AskRemotely askRemotely,
                               QWidget* parent)
    : ApprovalDialog(intake::ApprovalKind::AcceptWithMissing, std::move(context), std::move(draftId),
                     std::move(askRemotely), parent)
{
    setWindowTitle(IntakeText::tr("Accept with materials to follow"));
    setObjectName(QStringLiteral("deferralDialog"));
    QStringList lines;
    if (draft) {
        for (const intake::ChecklistEntry& e : draft->checklist) {
            if (e.state == intake::MaterialState::Deferred)
                lines << IntakeText::tr("%1, by %2").arg(e.name, QLocale().toString(e.dueDate, QLocale::ShortFormat));
        }
    }
    auto* list = new QLabel(lines.join(QLatin1Char('\n')), this);
    list->setObjectName(QStringLiteral("deferredList"));
    list->setWordWrap(true);
    form()->addRow(IntakeText::tr("Materials to follow:"), list);
    m_commitment =
        new QCheckBox(IntakeText::tr("The applicant signs the commitment letter (printed with the notice)"), this);
    m_commitment->setObjectName(QStringLiteral("commitmentSigned"));
    m_commitment->setChecked(true);
    form()->addRow(m_commitment);
    addApprovalRows(QStringLiteral("deferralError"), IntakeText::tr("Approve and accept"));
    supervisorField()->setFocus();
}

Status DeferralDialog::saveSubject()
{
    if (!m_commitment->isChecked())
        return makeError(
            QStringLiteral("intake.commitment-letter"),
            IntakeText::tr("Accepting with materials to follow needs the applicant's signed commitment letter."));
    return intake::IntakeSession(intakeContext())
        .setFormField(draftId(), QStringLiteral("commitmentLetter"), QStringLiteral("signed"));
}

} // namespace yc::ui
