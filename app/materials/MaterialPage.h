#pragma once

#include <QByteArray>
#include <QSize>
#include <QSizeF>

namespace yc::materials {

// One page of a material: a JPEG as it will sit in the PDF, its size on paper, and a turn.
// Rotating a page changes only `rotation` (the PDF page's /Rotate), so the JPEG is never
// re-encoded by page operations.
struct MaterialPage
{
    QByteArray jpeg;
    QSize pixels;
    int components = 3; // 1 grey (/DeviceGray) or 3 colour (/DeviceRGB)
    QSizeF pointSize;   // the page on paper, in PDF points (1/72 inch), before rotation
    int rotation = 0;   // clockwise: 0, 90, 180 or 270

    friend bool operator==(const MaterialPage&, const MaterialPage&) = default;
};

// A4 in points, and the figures the material rules are written in.
inline constexpr double A4WidthPt = 595.28;
inline constexpr double A4HeightPt = 841.89;
inline constexpr int TargetDpi = 200;
inline constexpr qint64 BytesPerA4Page = 300 * 1024;

} // namespace yc::materials
