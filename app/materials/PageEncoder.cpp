#include "materials/PageEncoder.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace yc::materials {

namespace {

constexpr double A3WidthPt = 841.89;
constexpr double A3HeightPt = 1190.55;

QByteArray toJpeg(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true); // optimal Huffman tables: a few per cent smaller, same pixels
    if (!writer.write(image))
        return {};
    return bytes;
}

} // namespace

namespace {
// PDF files carry sizes to 1/100 point; pages keep the same figures so that they read back equal.
QSizeF hundredths(QSizeF size)
{
    return QSizeF(std::round(size.width() * 100) / 100, std::round(size.height() * 100) / 100);
}
} // namespace

QSizeF PageEncoder::paperSize(QSize pixels, double dpiX, double dpiY)
{
    if (dpiX >= 100 && dpiX <= 1200 && dpiY >= 100 && dpiY <= 1200) {
        const QSizeF size(pixels.width() / dpiX * 72.0, pixels.height() / dpiY * 72.0);
        const bool fitsA3 = (size.width() <= A3WidthPt * 1.02 && size.height() <= A3HeightPt * 1.02) ||
                            (size.width() <= A3HeightPt * 1.02 && size.height() <= A3WidthPt * 1.02);
        if (fitsA3)
            return hundredths(size);
    }
    const bool landscape = pixels.width() > pixels.height();
    const QSizeF a4 = landscape ? QSizeF(A4HeightPt, A4WidthPt) : QSizeF(A4WidthPt, A4HeightPt);
    return hundredths(QSizeF(pixels).scaled(a4, Qt::KeepAspectRatio));
}

qint64 PageEncoder::budgetFor(QSizeF pointSize, qint64 bytesPerA4Page)
{
    const double ratio = (pointSize.width() * pointSize.height()) / (A4WidthPt * A4HeightPt);
    return qint64(double(bytesPerA4Page) * std::max(1.0, ratio));
}

bool PageEncoder::isGrey(const QImage& image)
{
    if (image.isGrayscale())
        return true;
    const QImage rgb = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    // Every second row is enough to find colour on a document page (stamps, photos, ink).
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb c = line[x];
            const int r = qRed(c), g = qGreen(c), b = qBlue(c);
            if (std::abs(r - g) > 12 || std::abs(g - b) > 12 || std::abs(r - b) > 12)
                return false;
        }
    }
    return true;
}

MaterialPage PageEncoder::encode(const QImage& source, const EncodeOptions& options, QSizeF pointSize)
{
    MaterialPage page;
    if (!pointSize.isValid() || pointSize.isEmpty())
        pointSize = paperSize(source.size(), source.dotsPerMeterX() * 0.0254, source.dotsPerMeterY() * 0.0254);
    pointSize = hundredths(pointSize);
    page.pointSize = pointSize;

    QImage image = source;
    if (image.hasAlphaChannel()) { // transparent parts show as paper white
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }

    const qint64 budget = budgetFor(pointSize, options.bytesPerA4Page);
    const bool grey = isGrey(image);
    QImage prepared =
        grey ? image.convertToFormat(QImage::Format_Grayscale8) : image.convertToFormat(QImage::Format_RGB32);
    for (int dpi : {options.dpi, options.dpi * 3 / 4}) {
        const QSize maxPixels(int(std::lround(pointSize.width() / 72.0 * dpi)),
                              int(std::lround(pointSize.height() / 72.0 * dpi)));
        QImage scaled = prepared;
        if (prepared.width() > maxPixels.width() * 1.02 || prepared.height() > maxPixels.height() * 1.02)
            scaled = prepared.scaled(maxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        for (int quality = options.quality; quality >= 30; quality -= 15) {
            page.jpeg = toJpeg(scaled, quality);
            page.pixels = scaled.size();
            page.components = grey ? 1 : 3;
            if (page.jpeg.size() <= budget)
                return page;
        }
    }
    return page; // over budget even at 150 dpi and quality 30: kept, the caller reports the size
}

} // namespace yc::materials
