#include "ui/print/NoticePrinter.h"

#include "documents/GuidePdf.h"
#include "documents/PdfTextMap.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>

namespace yc::ui {

namespace {

Q_LOGGING_CATEGORY(lcPrint, "yc.print", QtInfoMsg)

// The layout of paper of exactly this size (points), in its orientation, printed edge to edge.
QPageLayout layoutFor(const QSizeF& points)
{
    const bool landscape = points.width() > points.height();
    const QPageSize size(landscape ? points.transposed() : points, QPageSize::Point, QString(), QPageSize::FuzzyMatch);
    QPageLayout layout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Point);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

void applyLayout(QPrinter& printer, const QSizeF& points)
{
    const QPageLayout wanted = layoutFor(points);
    if (!printer.pageLayout().isEquivalentTo(wanted) || !printer.fullPage()) {
        printer.setPageLayout(wanted);
        printer.setFullPage(true);
    }
}

// The font of the invisible text: the notices' own family, without shaping (see NoticeLayout).
QFont textLayerFont()
{
    QFont font(documents::GuidePdf::fontFamily());
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Qt's PDF engine gives some ideographs back as radicals when text is copied; the notices repair
// their own text map, and a notice printed to a PDF file gets the same repair.
void repairPdfFile(const QString& path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return;
    QByteArray pdf = in.readAll();
    in.close();
    const auto changed = documents::PdfTextMap({textLayerFont()}).repair(pdf);
    if (!changed) {
        qCWarning(lcPrint) << "the text map of the printed PDF could not be repaired:" << changed.error().code;
        return;
    }
    if (changed.value() == 0)
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        // The error code only: the error text may name the file, and a file name may name the applicant.
        qCWarning(lcPrint) << "the printed PDF could not be rewritten: file error" << int(out.error());
}

} // namespace

NoticePrinter::NoticePrinter()
    : m_document(std::make_unique<QPdfDocument>())
{}

NoticePrinter::~NoticePrinter()
{
    m_document->close();
}

Status NoticePrinter::open(const QByteArray& pdf)
{
    m_document->close();
    m_buffer.close();
    m_buffer.setData(pdf);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    m_text.clear();
    m_textRead.clear();
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() < 1)
        return makeError(QStringLiteral("notice.unreadable"), tr("The notice's PDF cannot be read."));
    m_text.resize(size_t(m_document->pageCount()));
    m_textRead.assign(size_t(m_document->pageCount()), false);
    return {};
}

int NoticePrinter::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

QSizeF NoticePrinter::pageSize(int page) const
{
    return m_document->pagePointSize(page);
}

void NoticePrinter::setUp(QPrinter& printer) const
{
    if (pageCount() > 0)
        applyLayout(printer, pageSize(0));
}

Status NoticePrinter::print(QPrinter& printer, int maxDpi)
{
    if (pageCount() < 1)
        return makeError(QStringLiteral("notice.unreadable"), tr("The notice's PDF cannot be read."));
    setUp(printer);
    QPainter painter;
    const bool toFile = printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
    if (!painter.begin(&printer))
        return makeError(QStringLiteral("print.unavailable"),
                         toFile ? tr("The file %1 cannot be written.").arg(printer.outputFileName())
                                : tr("The printer could not be started."));
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0) {
            applyLayout(printer, pageSize(page));
            if (!printer.newPage()) {
                painter.end();
                return makeError(QStringLiteral("print.page"), tr("Page %1 could not be started.").arg(page + 1));
            }
        }
        if (auto painted = paintPage(painter, printer, page, maxDpi); !painted) {
            painter.end();
            return painted;
        }
    }
    if (!painter.end())
        return makeError(QStringLiteral("print.unavailable"), tr("The printer did not take the notice."));
    if (toFile)
        repairPdfFile(printer.outputFileName());
    return {};
}

Status NoticePrinter::paintPage(QPainter& painter, QPrinter& printer, int page, int maxDpi)
{
    const QSizeF points = pageSize(page);
    const int dpi = std::min(printer.resolution(), maxDpi);
    const QSize pixels = (points * dpi / 72.0).toSize();
    QImage image = m_document->render(page, pixels);
    if (image.isNull())
        return makeError(QStringLiteral("print.page"), tr("Page %1 could not be rendered.").arg(page + 1));
    {
        // QtPdf leaves the paper transparent: white behind it, then the image is opaque.
        QPainter paper(&image);
        paper.setCompositionMode(QPainter::CompositionMode_DestinationOver);
        paper.fillRect(image.rect(), Qt::white);
    }
    image.reinterpretAsFormat(QImage::Format_RGB32);

    // 100 %: the page's size in points at the printer's resolution, from the paper's corner.
    const qreal scale = printer.resolution() / 72.0;
    painter.drawImage(QRectF(0, 0, points.width() * scale, points.height() * scale), image);
    paintText(painter, printer, page);
    return {};
}

void NoticePrinter::paintText(QPainter& painter, QPrinter& printer, int page)
{
    const qreal scale = printer.resolution() / 72.0;
    QFont font = textLayerFont();
    painter.save();
    painter.setPen(QColor(0, 0, 0, 0));
    for (const TextRun& run : textOf(page)) {
        const QRectF rect(run.rect.topLeft() * scale, run.rect.size() * scale);
        font.setPixelSize(std::max(1, qRound(rect.height())));
        painter.setFont(font);
        const QFontMetricsF metrics(font, &printer);
        const qreal advance = metrics.horizontalAdvance(run.text);
        if (advance <= 0)
            continue;
        painter.save();
        // Each run stretched over the box the notice gives its text, on the box's baseline.
        painter.translate(rect.left(), rect.bottom() - 0.12 * rect.height());
        painter.scale(rect.width() / advance, 1.0);
        painter.drawText(QPointF(0, 0), run.text);
        painter.restore();
    }
    painter.restore();
}

const std::vector<NoticePrinter::TextRun>& NoticePrinter::textOf(int page)
{
    const auto index = size_t(page);
    if (m_textRead[index])
        return m_text[index];
    m_textRead[index] = true;
    // Runs of text between white space (a line of Chinese is one run), each with its box. QtPdf
    // counts characters, not UTF-16 units: a character outside the BMP is one.
    const QString text = m_document->getAllText(page).text();
    std::vector<TextRun>& runs = m_text[index];
    qsizetype i = 0;
    int character = 0;
    while (i < text.size()) {
        if (text[i].isSpace()) {
            ++i;
            ++character;
            continue;
        }
        const qsizetype start = i;
        const int firstCharacter = character;
        while (i < text.size() && !text[i].isSpace()) {
            if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                ++i;
            ++i;
            ++character;
        }
        const QRectF box =
            m_document->getSelectionAtIndex(page, firstCharacter, character - firstCharacter).boundingRectangle();
        if (!box.isEmpty())
            runs.push_back({text.mid(start, i - start), box});
    }
    return runs;
}

} // namespace yc::ui
