#pragma once

#include "materials/MaterialPage.h"

#include <QImage>

#include <optional>

namespace yc::materials {

struct EncodeOptions
{
    int quality = 75;                       // JPEG quality tried first
    qint64 bytesPerA4Page = BytesPerA4Page; // budget; larger pages get a proportional share
    int dpi = TargetDpi;                    // pixels kept per inch of paper
};

// Turns a decoded image (a scan, a photo, a rendered PDF page) into a page: its size on paper is
// the image's own resolution when that is believable (100-1200 dpi, at most A3), otherwise the
// image is fitted to A4. Pixels beyond `dpi` are scaled away; a page that is grey throughout is
// stored as a one-channel JPEG; the quality steps down until the page fits the byte budget.
class PageEncoder
{
public:
    [[nodiscard]] static MaterialPage encode(const QImage& image, const EncodeOptions& options = {},
                                             QSizeF pointSize = {});
    // The paper size an image of `pixels` at `dpiX` x `dpiY` stands for (see above).
    [[nodiscard]] static QSizeF paperSize(QSize pixels, double dpiX, double dpiY);
    [[nodiscard]] static qint64 budgetFor(QSizeF pointSize, qint64 bytesPerA4Page);
    // The image as 8-bit grey when no pixel has colour; nullopt otherwise.
    [[nodiscard]] static std::optional<QImage> toGrey(const QImage& image);
};

} // namespace yc::materials
