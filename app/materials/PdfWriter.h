#pragma once

#include "materials/MaterialPage.h"

#include <QByteArray>

#include <vector>

namespace yc::materials {

// Writes a PDF of image pages: each page shows one JPEG, embedded byte for byte as an image
// XObject with /DCTDecode (no re-encoding, no lossless bitmaps), scaled to fill the page's
// MediaBox, turned by /Rotate. A classic cross-reference table with exact offsets, PDF 1.4.
// PackedPdf reads these files back into pages.
class PdfWriter
{
public:
    // The /Producer these files carry; PackedPdf reads back only files that carry it.
    static constexpr const char* Producer = "Yichuang material pack 1";

    [[nodiscard]] static QByteArray write(const std::vector<MaterialPage>& pages);
};

} // namespace yc::materials
