#include "TestSheet.h"

#include <QPainter>

#include <cmath>
#include <cstring>

namespace yc::plugins::scanner {

namespace {

struct Glyph
{
    char ch;
    quint8 rows[7]; // 5 bits each, bit 4 the leftmost pixel
};

// The classic 5x7 character-LCD font: digits, capitals and a little punctuation.
constexpr Glyph Font[] = {
    {'0', {0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E}}, {'1', {0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E}},
    {'2', {0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F}}, {'3', {0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E}},
    {'4', {0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02}}, {'5', {0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E}},
    {'6', {0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E}}, {'7', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08}},
    {'8', {0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E}}, {'9', {0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C}},
    {'A', {0x0E, 0x11, 0x11, 0x11, 0x1F, 0x11, 0x11}}, {'B', {0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E}},
    {'C', {0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E}}, {'D', {0x1C, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1C}},
    {'E', {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F}}, {'F', {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x10}},
    {'G', {0x0E, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0F}}, {'H', {0x11, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11}},
    {'I', {0x0E, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E}}, {'J', {0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0C}},
    {'K', {0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11}}, {'L', {0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1F}},
    {'M', {0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11}}, {'N', {0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11}},
    {'O', {0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E}}, {'P', {0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10}},
    {'Q', {0x0E, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0D}}, {'R', {0x1E, 0x11, 0x11, 0x1E, 0x14, 0x12, 0x11}},
    {'S', {0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E}}, {'T', {0x1F, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04}},
    {'U', {0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E}}, {'V', {0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04}},
    {'W', {0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0A}}, {'X', {0x11, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x11}},
    {'Y', {0x11, 0x11, 0x11, 0x0A, 0x04, 0x04, 0x04}}, {'Z', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1F}},
    {'-', {0x00, 0x00, 0x00, 0x1F, 0x00, 0x00, 0x00}}, {':', {0x00, 0x0C, 0x0C, 0x00, 0x0C, 0x0C, 0x00}},
    {'.', {0x00, 0x00, 0x00, 0x00, 0x00, 0x0C, 0x0C}}, {'/', {0x00, 0x01, 0x02, 0x04, 0x08, 0x10, 0x00}},
};

const Glyph* glyphOf(QChar c)
{
    const char ch = c.toUpper().toLatin1();
    for (const Glyph& g : Font)
        if (g.ch == ch)
            return &g;
    return nullptr; // a space, or a character the font lacks
}

int mm(double millimetres, int dpi)
{
    return static_cast<int>(std::lround(millimetres * dpi / 25.4));
}

QString modeName(ColorMode mode)
{
    switch (mode) {
    case ColorMode::Color:
        return QStringLiteral("COLOR");
    case ColorMode::Gray:
        return QStringLiteral("GRAY");
    case ColorMode::Lineart:
        return QStringLiteral("LINEART");
    }
    return {};
}

} // namespace

void TestSheet::drawText(QImage& image, int x, int y, int cell, const QString& text, QRgb colour)
{
    QPainter painter(&image);
    for (const QChar c : text) {
        if (const Glyph* g = glyphOf(c)) {
            for (int row = 0; row < 7; ++row)
                for (int col = 0; col < 5; ++col)
                    if (g->rows[row] & (0x10 >> col))
                        painter.fillRect(x + col * cell, y + row * cell, cell, cell, QColor::fromRgb(colour));
        }
        x += 6 * cell;
    }
}

QImage TestSheet::render(int number, int dpi, ColorMode mode)
{
    QImage image(mm(A4WidthMm, dpi), mm(A4HeightMm, dpi), QImage::Format_RGB888);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        const int margin = mm(10, dpi);
        const int line = std::max(1, mm(1, dpi));
        painter.fillRect(margin, margin, image.width() - 2 * margin, line, Qt::black);
        painter.fillRect(margin, image.height() - margin - line, image.width() - 2 * margin, line, Qt::black);
        painter.fillRect(margin, margin, line, image.height() - 2 * margin, Qt::black);
        painter.fillRect(image.width() - margin - line, margin, line, image.height() - 2 * margin, Qt::black);

        // A grey wedge, ten steps from black to white, and six colour bars.
        const int step = mm(15, dpi);
        const int wedgeTop = mm(200, dpi);
        for (int i = 0; i < 10; ++i) {
            const int v = i * 255 / 9;
            painter.fillRect(mm(25, dpi) + i * step, wedgeTop, step, step, QColor(v, v, v));
        }
        const QColor bars[] = {Qt::red, Qt::green, Qt::blue, Qt::cyan, Qt::magenta, Qt::yellow};
        for (int i = 0; i < 6; ++i)
            painter.fillRect(mm(25, dpi) + i * step * 10 / 6, wedgeTop + step + mm(5, dpi), step * 10 / 6, step,
                             bars[i]);
        // Lines of "text" below the heading, as a form would have.
        for (int i = 0; i < 8; ++i)
            painter.fillRect(mm(25, dpi), mm(110 + 10 * i, dpi), mm(i % 3 == 2 ? 110 : 160, dpi),
                             std::max(1, mm(2.5, dpi)), QColor(60, 60, 60));
    }
    const int bigCell = std::max(1, mm(20.0 / 7, dpi));
    drawText(image, mm(25, dpi), mm(25, dpi), bigCell, QStringLiteral("PAGE %1").arg(number), qRgb(0, 0, 0));
    const int cell = std::max(1, mm(5.0 / 7, dpi));
    drawText(image, mm(25, dpi), mm(60, dpi), cell, QStringLiteral("YICHUANG TEST SHEET"), qRgb(0, 0, 0));
    drawText(image, mm(25, dpi), mm(70, dpi), cell, QStringLiteral("RESOLUTION %1 DPI").arg(dpi), qRgb(0, 0, 0));
    drawText(image, mm(25, dpi), mm(80, dpi), cell, QStringLiteral("MODE %1").arg(modeName(mode)), qRgb(0, 0, 0));
    drawText(image, mm(25, dpi), mm(90, dpi), cell, QStringLiteral("A4 210 X 297 MM"), qRgb(160, 0, 0));
    return image;
}

ScannedPage TestSheet::toPage(const QImage& source, ColorMode mode, int dpi)
{
    ScannedPage page;
    page.width = source.width();
    page.height = source.height();
    page.dpi = dpi;
    switch (mode) {
    case ColorMode::Color: {
        page.format = ScannedPage::Format::Rgb888;
        page.bytesPerLine = ScannedPage::minimumBytesPerLine(page.format, page.width);
        const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
        page.pixels.resize(qsizetype(page.bytesPerLine) * page.height);
        for (int y = 0; y < page.height; ++y)
            std::memcpy(page.pixels.data() + qsizetype(y) * page.bytesPerLine, rgb.constScanLine(y),
                        size_t(page.bytesPerLine));
        break;
    }
    case ColorMode::Gray: {
        page.format = ScannedPage::Format::Gray8;
        page.bytesPerLine = page.width;
        const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
        page.pixels.resize(qsizetype(page.bytesPerLine) * page.height);
        for (int y = 0; y < page.height; ++y)
            std::memcpy(page.pixels.data() + qsizetype(y) * page.bytesPerLine, gray.constScanLine(y),
                        size_t(page.bytesPerLine));
        break;
    }
    case ColorMode::Lineart: {
        page.format = ScannedPage::Format::Mono;
        page.bytesPerLine = ScannedPage::minimumBytesPerLine(page.format, page.width);
        const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
        page.pixels.fill('\0', qsizetype(page.bytesPerLine) * page.height);
        for (int y = 0; y < page.height; ++y) {
            const uchar* in = gray.constScanLine(y);
            char* out = page.pixels.data() + qsizetype(y) * page.bytesPerLine;
            for (int x = 0; x < page.width; ++x)
                if (in[x] < 128)
                    out[x / 8] = char(quint8(out[x / 8]) | quint8(0x80 >> (x % 8)));
        }
        break;
    }
    }
    return page;
}

} // namespace yc::plugins::scanner
