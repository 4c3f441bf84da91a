#include "ui/intake/ApprovalDialog.h"

#include "intake/CaseDecider.h"
#include "intake/SupervisorApprovals.h"
#include "ui/intake/IntakeText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace yc::ui {

ApprovalDialog::ApprovalDialog(intake::ApprovalKind kind, intake::IntakeContext context, QString draftId,
                               AskRemotely askRemotely, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_context(std::move(context))
    , m_draftId(std::move(draftId))
    , m_askRemotely(std::move(askRemotely))
{
    setMinimumWidth(520);
    m_form = new QFormLayout(this);
}

void ApprovalDialog::addApprovalRows(const QString& errorName, const QString& approveText)
{
    auto* supervisorHint = new QLabel(
        IntakeText::tr("A supervisor approves here with their own staff id and password, or is asked through the "
                       "platform (the screen stays free meanwhile):"),
        this);
    supervisorHint->setWordWrap(true);
    m_form->addRow(supervisorHint);
    m_supervisor = new QLineEdit(this);
    m_supervisor->setObjectName(QStringLiteral("approvalSupervisor"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("approvalPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(errorName);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_form->addRow(IntakeText::tr("&Supervisor"), m_supervisor);
    m_form->addRow(IntakeText::tr("&Password"), m_password);
    m_form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(approveText);
    auto* remote = buttons->addButton(IntakeText::tr("&Ask through the platform"), QDialogButtonBox::ActionRole);
    remote->setObjectName(QStringLiteral("approvalRemote"));
    remote->setAutoDefault(false);
    m_form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::approveHere);
    connect(remote, &QPushButton::clicked, this, &ApprovalDialog::askPlatform);
}

bool ApprovalDialog::saveSubjectOrSay()
{
    if (const Status saved = saveSubject(); !saved) {
        m_error->setText(saved.error().message);
        return false;
    }
    return true;
}

void ApprovalDialog::approveHere()
{
    if (!saveSubjectOrSay())
        return;
    auto approval = intake::SupervisorApprovals(m_context).approveHere(
        m_draftId, m_kind, m_supervisor->text().trimmed(), m_password->text());
    m_password->clear();
    if (!approval) {
        m_error->setText(approval.error().message);
        return;
    }
    intake::CaseDecider decider(m_context);
    auto outcome = m_kind == intake::ApprovalKind::Refusal
                       ? decider.refuse(m_draftId, approval.value().approvalId)
                       : decider.acceptWithMissing(m_draftId, approval.value().approvalId);
    if (!outcome) {
        m_error->setText(outcome.error().message);
        return;
    }
    m_outcome = outcome.value();
    accept();
}

void ApprovalDialog::askPlatform()
{
    if (!saveSubjectOrSay())
        return;
    auto asked = m_askRemotely();
    if (!asked) {
        m_error->setText(asked.error().message);
        return;
    }
    m_askedRemotely = true;
    accept();
}

} // namespace yc::ui
