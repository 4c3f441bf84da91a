#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace yc::materials {

// The structure of a JPEG file, read by walking its markers from SOI to EOI without decoding any
// pixels: size, colour components, resolution, and whether the file is complete. A JPEG whose
// marker chain ends before EOI was cut short (an interrupted copy or upload) and is refused.
struct JpegInfo
{
    int width = 0;
    int height = 0;
    int components = 0; // 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK
    int precision = 8;
    bool progressive = false;
    bool adobeTransform = false; // an APP14 "Adobe" segment (CMYK JPEGs from Photoshop store inverted values)
    double dpiX = 0;             // 0 when the file does not say
    double dpiY = 0;
    int exifOrientation = 1; // EXIF tag 0x0112: 1 upright, 3 upside down, 6 / 8 turned; 2, 4, 5, 7 mirrored

    // The clockwise turn that shows the picture upright (for a page's /Rotate); -1 when it is mirrored.
    [[nodiscard]] int uprightRotation() const
    {
        switch (exifOrientation) {
        case 1:
            return 0;
        case 3:
            return 180;
        case 6:
            return 90;
        case 8:
            return 270;
        default:
            return -1;
        }
    }

    // Width x height x components within limits, 8-bit, one of the colour layouts PDF's DCTDecode
    // shows without conversion (grey or YCbCr/RGB).
    [[nodiscard]] bool embeddableInPdf() const { return precision == 8 && (components == 1 || components == 3); }
};

class JpegParser
{
    Q_DECLARE_TR_FUNCTIONS(yc::materials::JpegParser)

public:
    [[nodiscard]] static Result<JpegInfo> parse(QByteArrayView data);
};

} // namespace yc::materials
