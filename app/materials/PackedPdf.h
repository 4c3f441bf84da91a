#pragma once

#include "materials/MaterialPage.h"

#include <QByteArrayView>

#include <optional>
#include <vector>

namespace yc::materials {

// Reads a PDF that PdfWriter wrote back into its pages, JPEG bytes unchanged, so a stored
// material can be edited again without losing quality. Any other PDF (or one that does not have
// exactly PdfWriter's shape) gives nullopt, and the caller renders it instead.
class PackedPdf
{
public:
    [[nodiscard]] static std::optional<std::vector<MaterialPage>> read(QByteArrayView pdf, int maxPages);
};

} // namespace yc::materials
