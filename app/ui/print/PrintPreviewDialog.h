#pragma once

#include "core/NoticeKind.h"
#include "core/Result.h"
#include "storage/NoticeRepository.h"
#include "ui/AppContext.h"
#include "ui/print/NoticePrinter.h"
#include "ui/print/PrinterMemory.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace yc::ui {

// Shows a kept notice as it will come out of the printer and prints it: to a printer of this PC
// (the one used last is chosen again while it is there, see PrinterMemory) or to a PDF file.
// Each print is counted with the notice and written to the audit trail (NoticeRepository::
// recordPrint); the dialog then closes and emits printed().
class PrintPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrintPreviewDialog(const AppContext& context, QWidget* parent = nullptr);
    ~PrintPreviewDialog() override;

    // The printers offered (QPrinterInfo unless set here). Call before showNotice().
    void setAvailablePrinters(const AvailablePrinters& printers);
    // Reads the notice from the store and shows its preview.
    [[nodiscard]] Status showNotice(const QString& noticeId);
    // Prints to the chosen printer or PDF file (what the Print button does).
    Status print();

    [[nodiscard]] QPrintPreviewWidget* preview() const { return m_preview; }
    [[nodiscard]] int pageCount() const { return m_printer.pageCount(); }

    // How a kind of notice is called on screen.
    [[nodiscard]] static QString kindLabel(NoticeKind kind);

signals:
    void printed(const QString& noticeId, int printCount);

private:
    void fillPrinters(const AvailablePrinters& printers);
    void updateTarget();
    bool choosePdfFile();
    void updateHeading();
    [[nodiscard]] bool toPdf() const;
    [[nodiscard]] QString documentName() const;
    void setStatus(const QString& text);

    AppContext m_context;
    PrinterMemory m_memory;
    NoticePrinter m_printer;
    std::unique_ptr<QPrinter> m_previewPrinter;
    storage::NoticeRecord m_record;
    QString m_caseLabel;
    QString m_startMessage;  // why the remembered printer is not the one chosen
    QString m_confirmedFile; // a PDF file the person agreed to replace

    QLabel* m_heading = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    QComboBox* m_printers = nullptr;
    QLabel* m_pdfLabel = nullptr;
    QLineEdit* m_pdfFile = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace yc::ui
