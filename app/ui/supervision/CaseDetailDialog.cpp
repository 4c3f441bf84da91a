#include "ui/supervision/CaseDetailDialog.h"

#include "ui/ScreenContext.h"
#include "ui/cases/CaseListPage.h"

#include "core/Masking.h"
#include "core/WorkCalendar.h"
#include "storage/Store.h"
#include "sync/CalendarFeedStore.h"
#include "ui/AppContext.h"
#include "ui/materials/MaterialPreview.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc::ui {

namespace {

// Audit actions and stored codes in the supervisor's words; a code without a label is shown as it is.
QString actionLabel(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("case.accept"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Decided")},
        {QStringLiteral("case.complete-on-the-spot"),
         QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Completed on the spot")},
        {QStringLiteral("case.approval"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Approval asked")},
        {QStringLiteral("case.approval-answer"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Approval answered")},
        {QStringLiteral("case.view-personal"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Personal data opened")},
        {QStringLiteral("case.purge"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Personal data purged")},
        {QStringLiteral("notice.print"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Notice printed")},
        {QStringLiteral("notice.export"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Notice exported")},
        {QStringLiteral("supplement.queue"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Supplement recorded")},
        {QStringLiteral("evaluation.queue"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Rating recorded")},
        {QStringLiteral("evaluation.follow-up"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Rating followed up")},
        {QStringLiteral("approval.refusal"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Refusal")},
        {QStringLiteral("approval.accept-with-missing"),
         QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Accept with materials to follow")},
        {QStringLiteral("mode.local"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "On this PC")},
        {QStringLiteral("mode.remote"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Through the platform")},
        {QStringLiteral("status.pending"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Waiting")},
        {QStringLiteral("status.approved"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Approved")},
        {QStringLiteral("status.rejected"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Denied")},
    };
    const auto it = labels.constFind(code);
    if (it == labels.constEnd()) {
        const qsizetype dot = code.indexOf(QLatin1Char('.'));
        return dot > 0 && (code.startsWith(QLatin1String("approval.")) || code.startsWith(QLatin1String("mode.")) ||
                           code.startsWith(QLatin1String("status.")))
                   ? code.mid(dot + 1)
                   : code;
    }
    return QCoreApplication::translate("yc::ui::CaseDetailDialog", it.value());
}

QString noticeLabel(const QString& kind)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("acceptance"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Acceptance notice")},
        {QStringLiteral("correction"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Correction notice")},
        {QStringLiteral("refusal"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Refusal notice")},
        {QStringLiteral("receipt"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Receipt")},
        {QStringLiteral("commitment"), QT_TRANSLATE_NOOP("yc::ui::CaseDetailDialog", "Commitment letter")},
    };
    const auto it = labels.constFind(kind);
    return it == labels.constEnd() ? kind : QCoreApplication::translate("yc::ui::CaseDetailDialog", it.value());
}

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CaseDetailDialog::CaseDetailDialog(const AppContext& context, const QString& caseId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_caseId(caseId)
{
    setObjectName(QStringLiteral("caseDetailDialog"));
    setWindowTitle(tr("Case detail"));
    resize(900, 620);
    m_calendar = workCalendarOf(m_context);

    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("caseDetailSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* applicantRow = new QHBoxLayout;
    m_applicant = new QLabel(this);
    m_applicant->setObjectName(QStringLiteral("caseDetailApplicant"));
    m_reveal = new QPushButton(tr("Show personal data"), this);
    m_reveal->setObjectName(QStringLiteral("showPersonalDataButton"));
    m_reveal->setToolTip(tr("Shows the applicant unmasked. Every opening is recorded in the audit trail."));
    applicantRow->addWidget(m_applicant, 1);
    applicantRow->addWidget(m_reveal);
    layout->addLayout(applicantRow);

    m_tabs = new QTabWidget(this);
    m_history =
        makeTable({tr("Time"), tr("Staff"), tr("Action"), tr("Detail")}, QStringLiteral("caseHistoryTable"), this);
    m_approvals = makeTable(
        {tr("Request"), tr("How"), tr("Status"), tr("Asked by"), tr("Decided by"), tr("Decided at"), tr("Comment")},
        QStringLiteral("caseApprovalsTable"), this);
    m_notices =
        makeTable({tr("Notice"), tr("Issued at"), tr("Staff"), tr("Prints")}, QStringLiteral("caseNoticesTable"), this);
    auto* materials = new QSplitter(this);
    m_files = new QListWidget(materials);
    m_files->setObjectName(QStringLiteral("caseMaterialList"));
    m_preview = new MaterialPreview(materials);
    materials->addWidget(m_files);
    materials->addWidget(m_preview);
    materials->setStretchFactor(1, 3);
    m_tabs->addTab(m_history, tr("History and audit trail"));
    m_tabs->addTab(m_approvals, tr("Approvals"));
    m_tabs->addTab(m_notices, tr("Notices"));
    m_tabs->addTab(materials, tr("Materials"));
    layout->addWidget(m_tabs, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseDetailMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_reveal, &QPushButton::clicked, this, &CaseDetailDialog::showPersonalData);
    connect(m_files, &QListWidget::currentRowChanged, this, &CaseDetailDialog::previewMaterial);
    load();
}

CaseDetailDialog::~CaseDetailDialog() = default;

QString CaseDetailDialog::message() const
{
    return m_message->text();
}

QString CaseDetailDialog::applicantText() const
{
    return m_applicant->text();
}

void CaseDetailDialog::load()
{
    supervision::CaseDetailService service(intakeContextOf(m_context, *m_calendar),
                                           supervision::actorOf(m_context.currentStaff));
    auto file = service.load(m_caseId);
    if (!file) {
        m_message->setText(file.error().message);
        m_reveal->setEnabled(false);
        m_tabs->setEnabled(false);
        return;
    }
    m_loaded = true;
    m_file = file.value();
    const intake::CaseDetail& d = m_file.detail;
    const QLocale locale;
    QStringList summary;
    summary << tr("Case number: %1").arg(d.line.caseNumber.isEmpty() ? tr("(none yet)") : d.line.caseNumber);
    summary << tr("Item: %1 %2").arg(d.line.itemCode, d.line.itemName);
    summary << tr("State: %1").arg(CaseListPage::stateLabel(d.line));
    summary << tr("Received: %1 by %2 at window %3").arg(when(d.line.receivedAt), d.staffId, d.windowCode);
    if (d.line.promisedDate.isValid())
        summary << tr("Promised by: %1").arg(locale.toString(d.line.promisedDate, QLocale::ShortFormat));
    summary << tr("Sync: %1").arg(d.line.syncState.isEmpty() ? tr("not queued") : CaseListPage::syncLabel(d.line));
    m_summary->setText(summary.join(QStringLiteral("   ")));
    m_applicant->setText(tr("Applicant: %1 %2").arg(d.line.applicant, d.line.idNumber));

    for (const intake::CaseHistoryLine& h : d.history)
        addRow(m_history, {when(h.at), h.staffId, actionLabel(h.action), h.detail});
    for (const supervision::CaseApprovalLine& a : std::as_const(m_file.approvals))
        addRow(m_approvals,
               {actionLabel(QStringLiteral("approval.") + a.kind), actionLabel(QStringLiteral("mode.") + a.mode),
                actionLabel(QStringLiteral("status.") + a.status), a.requestedBy, a.decidedBy, when(a.decidedAt),
                a.note});
    for (const supervision::CaseNoticeLine& n : std::as_const(m_file.notices))
        addRow(m_notices, {noticeLabel(n.kind), when(n.issuedAt), n.staffId, QString::number(n.printCount)});
    for (const supervision::CaseMaterialFile& f : std::as_const(m_file.files))
        m_files->addItem(f.name);
    for (QTableWidget* t : {m_history, m_approvals, m_notices})
        t->resizeColumnsToContents();
    if (m_files->count() == 0)
        m_message->setText(tr("No material file is stored for this case on this PC."));
}

void CaseDetailDialog::showPersonalData()
{
    supervision::CaseDetailService service(intakeContextOf(m_context, *m_calendar),
                                           supervision::actorOf(m_context.currentStaff));
    auto data = service.revealPersonalData(m_caseId);
    if (!data) {
        m_message->setText(data.error().message);
        return;
    }
    QStringList parts{data.value().name, data.value().idNumber};
    if (!data.value().phone.isEmpty())
        parts << data.value().phone;
    if (!data.value().address.isEmpty())
        parts << data.value().address;
    m_applicant->setText(tr("Applicant: %1").arg(parts.join(QStringLiteral("  "))));
    m_reveal->setEnabled(false);
    m_message->setText(tr("The personal data was opened under your name; the audit trail records it."));
}

void CaseDetailDialog::previewMaterial(int row)
{
    if (row < 0 || row >= m_file.files.size())
        return;
    const supervision::CaseMaterialFile& f = m_file.files.at(row);
    supervision::CaseDetailService service(intakeContextOf(m_context, *m_calendar),
                                           supervision::actorOf(m_context.currentStaff));
    auto content = service.materialContent(m_caseId, f.materialId);
    if (!content) {
        m_message->setText(content.error().message);
        m_preview->clear();
        return;
    }
    if (!m_preview->setPdf(content.value())) {
        m_preview->clear();
        m_message->setText(tr("%1 is not a PDF: it cannot be previewed here.").arg(f.name));
        return;
    }
    m_message->clear();
}

} // namespace yc::ui
