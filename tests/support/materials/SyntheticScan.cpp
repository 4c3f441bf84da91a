#include "SyntheticScan.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace yc::test {

namespace {

struct Lcg
{
    uint32_t state;
    uint32_t next()
    {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
};

const char* const Words[] = {"applicant", "residence", "certificate", "household", "registration", "number",
                             "district",  "street",    "issued",      "office",    "signature",    "date",
                             "page",      "copy",      "seal",        "original",  "address",      "service"};

QString lineOfText(Lcg& rng, int words)
{
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i)
            text += QLatin1Char(' ');
        text += QLatin1String(Words[rng.next() % (sizeof(Words) / sizeof(Words[0]))]);
    }
    return text;
}

} // namespace

QImage syntheticScanPage(int seed, int dpi, bool colourStamp)
{
    const int width = int(std::lround(8.27 * dpi));
    const int height = int(std::lround(11.69 * dpi));
    QImage page(width, height, QImage::Format_RGB32);
    page.fill(QColor(246, 246, 244));
    page.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    page.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    Lcg rng{uint32_t(seed) * 2654435761u + 1};
    {
        QPainter p(&page);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const double mm = dpi / 25.4;
        QFont heading(QStringLiteral("DejaVu Sans"));
        heading.setPixelSize(int(7 * mm));
        heading.setBold(true);
        p.setFont(heading);
        p.setPen(QColor(25, 25, 25));
        p.drawText(QPointF(25 * mm, 30 * mm), QStringLiteral("CERTIFICATE OF RESIDENCE No. %1").arg(1000 + seed));
        QFont body(QStringLiteral("DejaVu Sans"));
        body.setPixelSize(int(3.6 * mm));
        p.setFont(body);
        double y = 45 * mm;
        for (int para = 0; para < 4; ++para) {
            for (int line = 0; line < 6; ++line, y += 6 * mm)
                p.drawText(QPointF(25 * mm, y), lineOfText(rng, 9 + int(rng.next() % 4)));
            y += 4 * mm;
        }
        // A table with ruled lines.
        p.setPen(QPen(QColor(30, 30, 30), 0.35 * mm));
        const double top = y + 5 * mm;
        for (int row = 0; row <= 8; ++row)
            p.drawLine(QPointF(25 * mm, top + row * 9 * mm), QPointF(185 * mm, top + row * 9 * mm));
        for (double x : {25.0, 70.0, 130.0, 185.0})
            p.drawLine(QPointF(x * mm, top), QPointF(x * mm, top + 72 * mm));
        p.setFont(body);
        for (int row = 0; row < 8; ++row)
            p.drawText(QPointF(28 * mm, top + row * 9 * mm + 6.3 * mm), lineOfText(rng, 2));
        if (colourStamp) {
            p.setPen(QPen(QColor(200, 30, 30), 1.2 * mm));
            p.drawEllipse(QPointF(150 * mm, 250 * mm), 20 * mm, 20 * mm);
        }
    }
    // Sensor noise on every pixel, and dust.
    for (int yy = 0; yy < height; ++yy) {
        auto* line = reinterpret_cast<QRgb*>(page.scanLine(yy));
        for (int x = 0; x < width; ++x) {
            const int n = int(rng.next() % 13) - 6;
            const QRgb c = line[x];
            line[x] = qRgb(std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255),
                           std::clamp(qBlue(c) + n, 0, 255));
        }
    }
    for (int i = 0; i < 400; ++i) {
        const int x = int(rng.next() % uint32_t(width - 3));
        const int yy = int(rng.next() % uint32_t(height - 3));
        for (int d = 0; d < 4; ++d)
            page.setPixel(x + d % 2, yy + d / 2, qRgb(90, 90, 90));
    }
    return page;
}

QByteArray syntheticTextPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(40);
    p.setFont(font);
    for (int i = 0; i < pages; ++i) {
        if (i)
            writer.newPage();
        p.drawText(QPointF(200, 300), QStringLiteral("Application form, page %1").arg(i + 1));
        p.drawLine(QPointF(200, 340), QPointF(2200, 340));
        for (int l = 0; l < 20; ++l)
            p.drawText(QPointF(200, 450 + l * 70), QStringLiteral("Line %1 of the form's printed text").arg(l + 1));
    }
    p.end();
    return bytes;
}

QByteArray encodeImage(const QImage& image, const char* format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

double meanGreyDifference(const QImage& a, const QImage& b)
{
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb =
        b.convertToFormat(QImage::Format_Grayscale8).scaled(ga.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 sum = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar* la = ga.constScanLine(y);
        const uchar* lb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x)
            sum += std::abs(int(la[x]) - int(lb[x]));
    }
    return double(sum) / (double(ga.width()) * ga.height());
}

} // namespace yc::test
