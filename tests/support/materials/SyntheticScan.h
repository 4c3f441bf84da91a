#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace yc::test {

// Scan-like test pages, made here rather than taken from real documents: an A4 sheet at `dpi`,
// slightly grey paper, a heading, paragraphs of text and ruled table lines, with sensor noise and
// dust specks as a flatbed scanner leaves them. Draws text, so it needs a QGuiApplication.
// `seed` varies the noise and the text.
[[nodiscard]] QImage syntheticScanPage(int seed, int dpi = 200, bool colourStamp = false);

// A PDF of `pages` vector pages (text and lines) written by QPdfWriter, as an office program would.
[[nodiscard]] QByteArray syntheticTextPdf(int pages);

// Encodes with Qt's writers: "png", "jpeg" (quality), "tiff".
[[nodiscard]] QByteArray encodeImage(const QImage& image, const char* format, int quality = -1);

// Mean absolute difference (0-255) between two images compared as grey at the size of `a`.
[[nodiscard]] double meanGreyDifference(const QImage& a, const QImage& b);

} // namespace yc::test
