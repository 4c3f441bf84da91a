#include "materials/PageEncoder.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace yc::materials {

namespace {

constexpr double A3WidthPt = 841.89;
constexpr double A3HeightPt = 1190.55;

QByteArray toJpeg(const QImage& image, int quality, bool optimized = true)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(optimized); // optimal Huffman tables: about 5% smaller, same pixels, twice the time
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
constexpr int MinQuality = 30;

// Every eighth band of 16 rows (whole JPEG blocks, also for subsampled colour): an eighth of the
// page that has its mix of text, lines and blank paper.
QImage sampleBands(const QImage& image)
{
    constexpr int Band = 16;
    const int bands = image.height() / (Band * 8);
    if (bands < 2)
        return image;
    QImage sample(image.width(), bands * Band, image.format());
    for (int b = 0; b < bands; ++b)
        for (int y = 0; y < Band; ++y)
            memcpy(sample.scanLine(b * Band + y), image.constScanLine(b * Band * 8 + y), size_t(image.bytesPerLine()));
    return sample;
}

// The highest quality (in steps of 5 from `start`) whose encoding is expected to fit `budget`,
// judged on a sample of the page so that the page itself is usually encoded only once.
int estimateQuality(const QImage& image, int start, qint64 budget)
{
    const QImage sample = sampleBands(image);
    if (sample.height() == image.height())
        return start;
    const double scale = double(image.height()) / double(sample.height());
    // Headers and tables are paid once, not per band: a small margin covers them.
    auto fits = [&](int q) {
        return double(toJpeg(sample, q).size()) * scale <= double(budget) * 0.95;
    };
    if (fits(start))
        return start;
    int low = MinQuality, high = start; // fits(low) assumed, !fits(high) known
    while (high - low > 5) {
        const int mid = low + ((high - low) / 2 / 5) * 5;
        if (mid == low)
            break;
        (fits(mid) ? low : high) = mid;
    }
    return low;
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

std::optional<QImage> PageEncoder::toGrey(const QImage& image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    const QImage rgb = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    // One pass: stops at the first coloured pixel (stamps, photos, ink), else has the grey page.
    // Luma with the JPEG (BT.601) weights; Qt's own conversion is colour-managed and several times slower.
    QImage grey(rgb.size(), QImage::Format_Grayscale8);
    grey.setDotsPerMeterX(rgb.dotsPerMeterX());
    grey.setDotsPerMeterY(rgb.dotsPerMeterY());
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        uchar* out = grey.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb c = line[x];
            const int r = qRed(c), g = qGreen(c), b = qBlue(c);
            if (std::abs(r - g) > 12 || std::abs(g - b) > 12 || std::abs(r - b) > 12)
                return std::nullopt;
            out[x] = uchar((r * 19595 + g * 38470 + b * 7471 + 32768) >> 16);
        }
    }
    return grey;
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
    std::optional<QImage> greyImage = toGrey(image);
    const bool grey = greyImage.has_value();
    QImage prepared = grey ? std::move(*greyImage) : image.convertToFormat(QImage::Format_RGB32);
    for (int dpi : {options.dpi, options.dpi * 3 / 4}) {
        const QSize maxPixels(int(std::lround(pointSize.width() / 72.0 * dpi)),
                              int(std::lround(pointSize.height() / 72.0 * dpi)));
        QImage scaled = prepared;
        if (prepared.width() > maxPixels.width() * 1.02 || prepared.height() > maxPixels.height() * 1.02)
            scaled = prepared.scaled(maxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        int quality = estimateQuality(scaled, options.quality, budget);
        for (; quality >= MinQuality; quality -= 5) {
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
