#include "ui/intake/ReviewStep.h"

#include "core/Masking.h"
#include "intake/CaseDecider.h"
#include "intake/IntakeSession.h"
#include "ui/intake/DeferralDialog.h"
#include "ui/intake/IntakeStepHost.h"
#include "ui/intake/IntakeText.h"
#include "ui/intake/RefusalDialog.h"
#include "ui/materials/MaterialPreview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace yc::ui {

ReviewStep::ReviewStep(IntakeStepHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
{
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setFocusPolicy(Qt::NoFocus);
    left->addWidget(m_summary, 1);
    auto* buttons = new QGridLayout;
    m_back = makeStepButton(IntakeText::tr("Back (Esc)"), QStringLiteral("reviewBack"), this);
    m_accept = makeStepButton(IntakeText::tr("Accept (F9)"), QStringLiteral("reviewAccept"), this);
    m_correction = makeStepButton(IntakeText::tr("Correction notice (F10)"), QStringLiteral("reviewCorrection"), this);
    m_refuse = makeStepButton(IntakeText::tr("Refuse (F11)"), QStringLiteral("reviewRefuse"), this);
    m_acceptMissing = makeStepButton(IntakeText::tr("Accept, materials to follow (Shift+F9)"),
                                     QStringLiteral("reviewAcceptMissing"), this);
    m_print = makeStepButton(IntakeText::tr("Print (Ctrl+P)"), QStringLiteral("reviewPrint"), this);
    auto* again = makeStepButton(IntakeText::tr("New case (Ctrl+N)"), QStringLiteral("reviewNewCase"), this);
    buttons->addWidget(m_accept, 0, 0);
    buttons->addWidget(m_acceptMissing, 0, 1);
    buttons->addWidget(m_correction, 1, 0);
    buttons->addWidget(m_refuse, 1, 1);
    buttons->addWidget(m_back, 2, 0);
    buttons->addWidget(m_print, 2, 1);
    buttons->addWidget(again, 3, 0, 1, 2);
    left->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, [this] { m_host.goBack(); });
    connect(m_accept, &QPushButton::clicked, this, &ReviewStep::accept);
    connect(m_correction, &QPushButton::clicked, this, &ReviewStep::notifyCorrection);
    connect(m_refuse, &QPushButton::clicked, this, &ReviewStep::refuse);
    connect(m_acceptMissing, &QPushButton::clicked, this, &ReviewStep::acceptWithMissing);
    connect(m_print, &QPushButton::clicked, this, &ReviewStep::print);
    connect(again, &QPushButton::clicked, this, [this] { m_host.newCase(); });
    m_preview = new MaterialPreview(this);
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    layout->addLayout(left, 2);
    layout->addWidget(m_preview, 3);
}

void ReviewStep::clear()
{
    m_noticePdf.clear();
    m_noticeIds.clear();
    m_preview->clear();
    m_print->setEnabled(false);
    for (QPushButton* b : {m_accept, m_acceptMissing, m_correction, m_refuse})
        b->setEnabled(true);
    m_back->setEnabled(true);
}

void ReviewStep::enter()
{
    rebuild();
    m_accept->setFocus();
}

bool ReviewStep::canAccept() const
{
    return m_accept->isEnabled();
}

bool ReviewStep::canNotifyCorrection() const
{
    return m_correction->isEnabled();
}

bool ReviewStep::canRefuse() const
{
    return m_refuse->isEnabled();
}

bool ReviewStep::canAcceptWithMissing() const
{
    return m_acceptMissing->isEnabled();
}

bool ReviewStep::canPrint() const
{
    return m_print->isEnabled();
}

void ReviewStep::rebuild()
{
    m_host.reloadDraft();
    const IntakeCase& current = m_host.currentCase();
    if (!current.draft) {
        m_summary->clear();
        m_reviewHtml.clear();
        return;
    }
    const intake::IntakeDraft& d = *current.draft;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(IntakeText::tr("Review before the decision").toHtmlEscaped());
    if (d.applicant)
        html += QStringLiteral("<p><b>%1</b> %2 (%3)</p>")
                    .arg(IntakeText::tr("Applicant:").toHtmlEscaped(),
                         mask::name(d.applicant->identity.name).toHtmlEscaped(),
                         mask::idNumber(d.applicant->identity.idNumber).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(IntakeText::tr("Item:").toHtmlEscaped(),
                     (d.itemName.isEmpty() ? IntakeText::tr("not chosen") : d.itemName).toHtmlEscaped());
    if (!d.unansweredSituations.isEmpty())
        html += QStringLiteral("<p style='color:#c0392b'>%1</p>")
                    .arg(IntakeText::tr("%n question(s) about the situation unanswered.", nullptr,
                                        static_cast<int>(d.unansweredSituations.size()))
                             .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1'>");
    int notPresent = 0;
    for (const intake::ChecklistEntry& e : d.checklist) {
        if (!intake::isPresent(e.state))
            ++notPresent;
        QString state = intake::IntakeLabels::materialState(e.state);
        if (e.state == intake::MaterialState::Deferred && e.dueDate.isValid())
            state = IntakeText::tr("%1, by %2").arg(state, QLocale().toString(e.dueDate, QLocale::ShortFormat));
        else if (!e.reason.isEmpty())
            state = IntakeText::tr("%1: %2").arg(state, e.reason);
        html += QStringLiteral("<tr><td>%1</td><td%3>%2</td></tr>")
                    .arg(e.name.toHtmlEscaped(), state.toHtmlEscaped(),
                         intake::isPresent(e.state) ? QString() : QStringLiteral(" style='color:#c0392b'"));
    }
    html += QStringLiteral("</table>");
    m_reviewHtml = html;
    html +=
        QStringLiteral("<p>%1</p>")
            .arg((notPresent == 0 ? IntakeText::tr("Every material is there: the case can be accepted (F9).")
                                  : IntakeText::tr("%n material(s) not there: a correction notice (F10) lists them.",
                                                   nullptr, notPresent))
                     .toHtmlEscaped());
    for (const intake::ApprovalKind kind : m_host.awaitedApprovals(current.draftId))
        html +=
            QStringLiteral("<p style='color:#7a4b00'><b>%1</b></p>")
                .arg(IntakeText::tr("Waiting for the supervisor's answer through the platform (%1); F12 asks again.")
                         .arg(intake::IntakeLabels::approvalKind(kind))
                         .toHtmlEscaped());
    m_summary->setHtml(html);
}

void ReviewStep::accept()
{
    const QString draftId = m_host.currentCase().draftId;
    if (draftId.isEmpty())
        return;
    auto outcome = intake::CaseDecider(m_host.intakeContext()).accept(draftId);
    if (!outcome) {
        m_host.showError(outcome.error().message);
        return;
    }
    m_host.showDecision(outcome.value());
}

void ReviewStep::notifyCorrection()
{
    const QString draftId = m_host.currentCase().draftId;
    if (draftId.isEmpty())
        return;
    auto outcome = intake::CaseDecider(m_host.intakeContext()).notifyCorrection(draftId);
    if (!outcome) {
        m_host.showError(outcome.error().message);
        return;
    }
    m_host.showDecision(outcome.value());
}

void ReviewStep::refuse()
{
    askApproval(intake::ApprovalKind::Refusal);
}

void ReviewStep::acceptWithMissing()
{
    if (m_host.currentCase().draftId.isEmpty())
        return;
    m_host.reloadDraft();
    const IntakeCase& current = m_host.currentCase();
    if (!current.draft)
        return;
    QStringList deferred;
    QStringList absent;
    for (const intake::ChecklistEntry& e : current.draft->checklist) {
        if (e.state == intake::MaterialState::Deferred)
            deferred << e.name;
        else if (!intake::isPresent(e.state))
            absent << e.name;
    }
    if (deferred.isEmpty()) {
        m_host.showError(
            IntakeText::tr("No material is marked \"follows later\": mark the deferrable ones on the materials step "
                           "(Esc) with their due date first."));
        return;
    }
    if (!absent.isEmpty()) {
        m_host.showError(
            IntakeText::tr("Only deferrable materials may follow later; still missing: %1. A correction notice (F10) "
                           "lists them.")
                .arg(absent.join(IntakeText::tr(", "))));
        return;
    }
    askApproval(intake::ApprovalKind::AcceptWithMissing);
}

void ReviewStep::askApproval(intake::ApprovalKind kind)
{
    const IntakeCase& current = m_host.currentCase();
    if (current.draftId.isEmpty())
        return;
    const QString draftId = current.draftId;
    ApprovalDialog::AskRemotely askRemotely = [this, draftId, kind] {
        return m_host.askRemoteApproval(draftId, kind);
    };
    auto run = [&](ApprovalDialog& dialog) {
        dialog.exec();
        if (dialog.outcome()) {
            m_host.showDecision(*dialog.outcome());
        } else if (dialog.askedRemotely()) {
            rebuild();
            m_host.showInfo(
                IntakeText::tr("The supervisor is asked through the platform; this case goes on by itself when they "
                               "answer. Ctrl+N serves the next applicant meanwhile, F12 asks the platform again."));
        }
    };
    if (kind == intake::ApprovalKind::Refusal) {
        RefusalDialog dialog(m_host.intakeContext(), draftId, current.draft, askRemotely, this);
        run(dialog);
    } else {
        DeferralDialog dialog(m_host.intakeContext(), draftId, current.draft, askRemotely, this);
        run(dialog);
    }
    window()->activateWindow(); // the keys come back here, with or without a window manager
    if (!m_host.currentCase().draftId.isEmpty())
        m_accept->setFocus(); // the decision buttons again, while the case waits or was left open
}

QStringList ReviewStep::showDecision(const intake::DecisionOutcome& outcome, bool& failed)
{
    for (QPushButton* b : {m_accept, m_acceptMissing, m_correction, m_refuse})
        b->setEnabled(false);
    m_back->setEnabled(false); // a decided case is not changed
    m_print->setFocus();
    QStringList lines;
    switch (outcome.decision) {
    case Decision::Accepted:
        lines << IntakeText::tr("Accepted: case %1, promised by %2.")
                     .arg(outcome.caseNumber, QLocale().toString(outcome.promisedDate, QLocale::ShortFormat));
        break;
    case Decision::AcceptedWithMissing:
        lines << IntakeText::tr("Accepted with materials to follow: case %1, promised by %2.")
                     .arg(outcome.caseNumber, QLocale().toString(outcome.promisedDate, QLocale::ShortFormat));
        break;
    case Decision::Refused:
        lines << IntakeText::tr("Refused: case %1.")
                     .arg(outcome.caseNumber.isEmpty() ? outcome.caseId : outcome.caseNumber);
        break;
    case Decision::CorrectionNotified:
        lines << IntakeText::tr("Correction notice issued: case %1.")
                     .arg(outcome.caseNumber.isEmpty() ? outcome.caseId : outcome.caseNumber);
        break;
    }
    if (!outcome.warning.isEmpty())
        lines << outcome.warning;
    m_noticePdf.clear();
    m_noticeIds.clear();
    for (const intake::IssuedNotice& n : outcome.notices) {
        if (!n.noticeId.isEmpty())
            m_noticeIds << n.noticeId;
        if (!n.renderError.isEmpty())
            lines << IntakeText::tr("The notice could not be produced: %1").arg(n.renderError);
        else if (m_noticePdf.isEmpty())
            m_noticePdf = n.pdf;
    }
    if (!m_noticePdf.isEmpty() && m_preview->setPdf(m_noticePdf))
        m_print->setEnabled(true);
    failed = outcome.notices.isEmpty() || m_noticePdf.isEmpty();
    // The review now says what was decided, not what could be.
    if (!m_reviewHtml.isEmpty())
        m_summary->setHtml(m_reviewHtml + QStringLiteral("<p><b>%1</b></p>").arg(lines.first().toHtmlEscaped()));
    lines << IntakeText::tr("Print the notice (Ctrl+P), then Ctrl+N for the next case.");
    return lines;
}

void ReviewStep::print()
{
    if (m_printKept && !m_noticeIds.isEmpty()) {
        for (const QString& id : std::as_const(m_noticeIds)) {
            if (Status s = m_printKept(id); !s) {
                m_host.showError(s.error().message);
                return;
            }
        }
        return;
    }
    QPdfDocument* document = m_preview->document();
    if (!document || document->pageCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(IntakeText::tr("Print the notice"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_host.showError(IntakeText::tr("The printer cannot be used."));
        return;
    }
    for (int page = 0; page < document->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QRect target = painter.viewport();
        const QSizeF points = document->pagePointSize(page);
        QSize size = points.scaled(target.size(), Qt::KeepAspectRatio).toSize();
        const QImage image = document->render(page, size);
        painter.drawImage(QRect(target.topLeft(), size), image);
    }
    painter.end();
    m_host.showInfo(IntakeText::tr("Sent to the printer."));
}

} // namespace yc::ui
