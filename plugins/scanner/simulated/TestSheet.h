#pragma once

#include "api/scanner/Scanner.h"

#include <QImage>
#include <QString>

namespace yc::plugins::scanner {

// Pages for the simulated scanner: drawn A4 test sheets, and any image turned into a ScannedPage.
// The sheet's text uses a built-in 5x7 pixel font, so it needs no font files and no
// QGuiApplication (yichuang-ctl runs without one) and comes out the same on every machine.
class TestSheet
{
public:
    static constexpr double A4WidthMm = 210.0;
    static constexpr double A4HeightMm = 297.0;

    // An A4 sheet at `dpi` with a border, "PAGE <number>" in large letters, a few lines of text, a
    // grey wedge and colour bars.
    [[nodiscard]] static QImage render(int number, int dpi, ColorMode mode);
    // `image` in the pixel format of `mode` (line art: threshold at half grey).
    [[nodiscard]] static ScannedPage toPage(const QImage& image, ColorMode mode, int dpi);
    // The text in the 5x7 font, each font pixel a square of `cell` pixels, starting at (x, y).
    static void drawText(QImage& image, int x, int y, int cell, const QString& text, QRgb colour);
};

} // namespace yc::plugins::scanner
