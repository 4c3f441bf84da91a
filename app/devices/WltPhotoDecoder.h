#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace yc::devices {

// Decodes the card's 1024-byte WLT photo with a vendor library, when one is installed: no open
// decoder exists. The library (default name "wltrs"; YICHUANG_WLT_LIBRARY overrides) is loaded
// lazily with QLibrary and must export `int unpack(char* wlt, char* out, int saveBmp)` returning 1
// and writing a 102×126 BMP file (or raw BGR pixels) into `out`. Without it the photo stays an
// opaque blob and the user interface shows a placeholder.
class WltPhotoDecoder
{
    Q_DECLARE_TR_FUNCTIONS(yc::devices::WltPhotoDecoder)

public:
    static constexpr int Width = 102;
    static constexpr int Height = 126;
    static constexpr int OutputSize = 38862; // 54-byte BMP header + 102×126×3

    // Empty when a decoder library is usable, else why not (translated).
    [[nodiscard]] static QString unavailableReason();
    // The decoded image file (BMP) or raw BGR pixels; an error when there is no decoder or it fails.
    [[nodiscard]] static Result<QByteArray> decode(const QByteArray& wlt);
};

} // namespace yc::devices
