#include "ui/print/PrintPreviewDialog.h"

#include "core/Clock.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"
#include "sync/CurrentStaff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace yc::ui {

namespace {
// The combo box entry that is no printer but a PDF file.
constexpr int PdfRole = Qt::UserRole + 1;
} // namespace

PrintPreviewDialog::PrintPreviewDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_memory(context.settings)
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    Q_ASSERT(m_context.store && m_context.clock);
    setObjectName(QStringLiteral("printPreviewDialog"));
    setWindowTitle(tr("Print notice"));
    // A4 at a readable size, but never taller than the screen (1366×768 at the windows).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(820, available.width() - 40), std::min(900, available.height() - 60));

    // The preview is laid out on a PDF printer: it needs no printer, and every notice is printed
    // edge to edge at its own size, so the chosen printer changes nothing on the page.
    m_previewPrinter->setOutputFormat(QPrinter::PdfFormat);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("noticeHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_printer.pageCount() < 1)
            return; // shown before a notice was given
        if (auto painted = m_printer.print(*printer, NoticePrinter::PreviewDpi); !painted)
            setStatus(painted.error().message);
    });

    m_printers = new QComboBox(this);
    m_printers->setObjectName(QStringLiteral("printerCombo"));
    m_pdfFile = new QLineEdit(this);
    m_pdfFile->setObjectName(QStringLiteral("pdfFileEdit"));
    m_pdfFile->setPlaceholderText(tr("Where to save the PDF file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pdfFile, 1);
    fileRow->addWidget(m_browse);
    auto* printerLabel = new QLabel(tr("P&rinter:"), this);
    printerLabel->setBuddy(m_printers);
    m_pdfLabel = new QLabel(tr("&File:"), this);
    m_pdfLabel->setBuddy(m_pdfFile);
    auto* form = new QFormLayout;
    form->addRow(printerLabel, m_printers);
    form->addRow(m_pdfLabel, fileRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("printStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print"), QDialogButtonBox::AcceptRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setDefault(true);
    connect(m_print, &QPushButton::clicked, this, [this] { (void)print(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this] { (void)choosePdfFile(); });
    connect(m_printers, &QComboBox::currentIndexChanged, this, &PrintPreviewDialog::updateTarget);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    fillPrinters(AvailablePrinters::fromSystem());
    m_printers->setFocus();
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

QString PrintPreviewDialog::kindLabel(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Acceptance:
        return tr("Acceptance notice");
    case NoticeKind::Correction:
        return tr("Correction notice");
    case NoticeKind::Refusal:
        return tr("Refusal notice");
    case NoticeKind::Receipt:
        return tr("Receipt of materials");
    case NoticeKind::Commitment:
        return tr("Commitment letter");
    }
    return noticeKindName(kind);
}

void PrintPreviewDialog::setAvailablePrinters(const AvailablePrinters& printers)
{
    fillPrinters(printers);
}

void PrintPreviewDialog::fillPrinters(const AvailablePrinters& printers)
{
    const QSignalBlocker blocker(m_printers);
    m_printers->clear();
    for (const QString& name : printers.names)
        m_printers->addItem(name == printers.defaultName ? tr("%1 (default)").arg(name) : name, name);
    m_printers->addItem(tr("PDF file"), QString());
    m_printers->setItemData(m_printers->count() - 1, true, PdfRole);

    const PrinterSelection selection = m_memory.choose(printers);
    m_startMessage = selection.message;
    const int index =
        selection.printerName.isEmpty() ? m_printers->count() - 1 : m_printers->findData(selection.printerName);
    m_printers->setCurrentIndex(std::max(0, index));
    setStatus(m_startMessage);
    updateTarget();
}

bool PrintPreviewDialog::toPdf() const
{
    return m_printers->currentData(PdfRole).toBool();
}

void PrintPreviewDialog::updateTarget()
{
    const bool pdf = toPdf();
    m_pdfLabel->setVisible(pdf);
    m_pdfFile->setVisible(pdf);
    m_browse->setVisible(pdf);
}

Status PrintPreviewDialog::showNotice(const QString& noticeId)
{
    storage::NoticeRepository notices(m_context.store->database(), m_context.store->cipher(), *m_context.clock);
    auto record = notices.record(noticeId);
    if (!record)
        return record.error();
    auto pdf = notices.load(noticeId);
    if (!pdf)
        return pdf.error();
    if (auto opened = m_printer.open(pdf.value()); !opened)
        return opened;
    m_record = record.value();
    const auto ref = storage::CaseRepository(m_context.store->database(), m_context.store->cipher(), m_context.dataDir,
                                             *m_context.clock)
                         .findRef(m_record.caseId);
    m_caseLabel =
        ref.ok() && ref.value() && !ref.value()->caseNumber.isEmpty() ? ref.value()->caseNumber : m_record.caseId;
    setWindowTitle(tr("Print notice: %1").arg(kindLabel(m_record.kind)));
    updateHeading();
    m_printer.setUp(*m_previewPrinter);
    m_preview->updatePreview();
    return {};
}

void PrintPreviewDialog::updateHeading()
{
    const QString issued = QLocale().toString(m_record.issuedAt.toLocalTime(), QLocale::ShortFormat);
    m_heading->setText(tr("%1 · case %2 · issued %3 · %n page(s)", nullptr, m_printer.pageCount())
                           .arg(kindLabel(m_record.kind), m_caseLabel, issued) +
                       QStringLiteral(" · ") + tr("printed %n time(s)", nullptr, m_record.printCount));
}

QString PrintPreviewDialog::documentName() const
{
    // The print queue shows it: the kind and the case number, nothing about the applicant.
    return kindLabel(m_record.kind) + QLatin1Char(' ') + m_caseLabel;
}

bool PrintPreviewDialog::choosePdfFile()
{
    QString start = m_pdfFile->text().trimmed();
    if (start.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        start =
            QDir(dir).filePath(noticeKindName(m_record.kind) + QLatin1Char('-') + m_caseLabel + QStringLiteral(".pdf"));
    }
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save the notice as PDF"), start, tr("PDF files (*.pdf)"));
    if (chosen.isEmpty())
        return false;
    m_pdfFile->setText(chosen);
    m_confirmedFile = chosen; // the file dialog asked before replacing a file
    return true;
}

Status PrintPreviewDialog::print()
{
    if (m_printer.pageCount() < 1)
        return makeError(QStringLiteral("notice.unreadable"), tr("No notice is shown."));
    QPrinter printer(QPrinter::HighResolution);
    const bool pdf = toPdf();
    const QString printerName = m_printers->currentData().toString();
    if (pdf) {
        if (m_pdfFile->text().trimmed().isEmpty() && !choosePdfFile())
            return makeError(QStringLiteral("print.cancelled"), QString());
        const QString path = m_pdfFile->text().trimmed();
        if (QFileInfo::exists(path) && path != m_confirmedFile &&
            QMessageBox::question(this, tr("Replace the file?"), tr("“%1” exists. Replace it?").arg(path)) !=
                QMessageBox::Yes)
            return makeError(QStringLiteral("print.cancelled"), QString());
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
    } else {
        printer.setPrinterName(printerName);
        if (!printer.isValid()) {
            const Error error = makeError(QStringLiteral("print.unavailable"),
                                          tr("The printer “%1” is not available.").arg(printerName));
            setStatus(error.message);
            return error;
        }
    }
    printer.setDocName(documentName());
    printer.setCreator(QStringLiteral("Yichuang"));

    setStatus(tr("Printing…"));
    m_print->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = m_printer.print(printer);
    QGuiApplication::restoreOverrideCursor();
    m_print->setEnabled(true);
    if (!done) {
        setStatus(tr("The notice was not printed: %1").arg(done.error().message));
        return done;
    }
    if (!pdf)
        m_memory.remember(printerName);

    const QString staffId = m_context.currentStaff ? m_context.currentStaff->staffId() : QString();
    auto count =
        storage::NoticeRepository(m_context.store->database(), m_context.store->cipher(), *m_context.clock)
            .recordPrint(m_record.id, staffId, pdf ? storage::PrintOutput::PdfFile : storage::PrintOutput::Printer);
    if (!count) {
        setStatus(tr("The notice was printed, but the print could not be recorded: %1").arg(count.error().message));
        return count.error();
    }
    m_record.printCount = count.value();
    updateHeading();
    emit printed(m_record.id, count.value());
    accept();
    return {};
}

void PrintPreviewDialog::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace yc::ui
