#pragma once

#include "core/Result.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QPdfDocument;
class QPrinter;

namespace yc::ui {

// Prints a kept notice PDF on a QPrinter (paper or a PDF file), page by page, at 100 %.
//
// QtPdf draws a page only into an image, so each page is rendered at the printer's resolution (at
// most maxDpi, which bounds the memory a page takes: an A4 page at 300 dpi is 35 MB) and drawn on
// the printer at exactly the page's size, from the paper's top-left corner, with no margins: the
// notice's own margins come out where the notice puts them. The paper takes the PDF page's size and
// orientation (A4 portrait for every notice). Over the image goes the page's text, invisible, where
// the notice has it, so that a PDF printed to a file can still be searched and copied from.
class NoticePrinter
{
    Q_DECLARE_TR_FUNCTIONS(yc::ui::NoticePrinter)

public:
    static constexpr int PrintDpi = 300;   // paper and PDF files
    static constexpr int PreviewDpi = 150; // the preview on screen

    NoticePrinter();
    ~NoticePrinter();
    NoticePrinter(const NoticePrinter&) = delete;
    NoticePrinter& operator=(const NoticePrinter&) = delete;

    // Keeps the PDF in memory only (it holds personal data). Error notice.unreadable.
    [[nodiscard]] Status open(const QByteArray& pdf);
    [[nodiscard]] int pageCount() const;
    // Size of a page in points (1/72 inch).
    [[nodiscard]] QSizeF pageSize(int page) const;

    // Sets the printer up for the first page: its paper size and orientation, full page, no margins.
    void setUp(QPrinter& printer) const;
    // Prints every page (set up as setUp() does). Error codes print.unavailable (the printer
    // cannot start), print.page (a page could not be rendered or started).
    [[nodiscard]] Status print(QPrinter& printer, int maxDpi = PrintDpi);

private:
    struct TextRun
    {
        QString text;
        QRectF rect; // in points, from the page's top-left corner
    };
    [[nodiscard]] Status paintPage(QPainter& painter, QPrinter& printer, int page, int maxDpi);
    void paintText(QPainter& painter, QPrinter& printer, int page);
    [[nodiscard]] const std::vector<TextRun>& textOf(int page);

    QBuffer m_buffer;
    std::unique_ptr<QPdfDocument> m_document;
    std::vector<std::vector<TextRun>> m_text; // per page, read once
    std::vector<bool> m_textRead;
};

} // namespace yc::ui
