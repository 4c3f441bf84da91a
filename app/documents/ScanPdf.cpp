#include "documents/ScanPdf.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>
#include <cstring>

namespace yc::documents {

using plugins::scanner::ScannedPage;

namespace {
// Device units of the PDF writer per inch; fine enough that placing a page never rounds visibly.
constexpr int WriterResolution = 600;
} // namespace

ScanPdf::ScanPdf(QString path, QString title)
    : m_path(std::move(path))
    , m_title(std::move(title))
{}

ScanPdf::~ScanPdf()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
    if (m_file)
        m_file->cancelWriting();
}

QImage ScanPdf::toImage(const ScannedPage& page)
{
    if (!page.isValid())
        return {};
    QImage::Format format = QImage::Format_Grayscale8;
    if (page.format == ScannedPage::Format::Mono)
        format = QImage::Format_Mono;
    else if (page.format == ScannedPage::Format::Rgb888)
        format = QImage::Format_RGB888;
    QImage image(page.width, page.height, format);
    if (image.isNull())
        return {};
    if (format == QImage::Format_Mono)
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)}); // SANE line art: 1 is black
    for (int y = 0; y < page.height; ++y)
        std::memcpy(image.scanLine(y), page.pixels.constData() + qsizetype(y) * page.bytesPerLine,
                    size_t(page.bytesPerLine));
    const int dpm = static_cast<int>(std::lround(page.dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

Status ScanPdf::addPage(const ScannedPage& page)
{
    const QImage image = toImage(page);
    if (image.isNull())
        return makeError(QStringLiteral("pdf.page"),
                         tr("Scanned page %1 is damaged and was not added.").arg(m_pages + 1));
    if (!m_writer) {
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly))
            return makeError(QStringLiteral("pdf.open"),
                             tr("%1 cannot be written: %2").arg(m_path, m_file->errorString()));
        m_writer = std::make_unique<QPdfWriter>(m_file.get());
        m_writer->setResolution(WriterResolution);
        m_writer->setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        m_writer->setCreator(QCoreApplication::applicationName());
        m_writer->setTitle(m_title);
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_writer.get()))
            return makeError(QStringLiteral("pdf.open"), tr("%1 cannot be written.").arg(m_path));
    } else if (!m_writer->newPage()) {
        return makeError(QStringLiteral("pdf.write"), tr("%1 cannot be written.").arg(m_path));
    }
    const QRectF sheet(0, 0, m_writer->width(), m_writer->height());
    QSizeF size(double(page.width) / page.dpi * WriterResolution, double(page.height) / page.dpi * WriterResolution);
    if (size.width() > sheet.width() || size.height() > sheet.height())
        size.scale(sheet.size(), Qt::KeepAspectRatio);
    m_painter->drawImage(QRectF(QPointF(0, 0), size), image);
    ++m_pages;
    return {};
}

Status ScanPdf::finish()
{
    if (!m_writer)
        return makeError(QStringLiteral("pdf.empty"), tr("There are no pages to write."));
    m_painter->end();
    if (!m_file->commit())
        return makeError(QStringLiteral("pdf.write"),
                         tr("%1 cannot be written: %2").arg(m_path, m_file->errorString()));
    m_painter.reset();
    m_writer.reset();
    m_file.reset();
    return {};
}

} // namespace yc::documents
