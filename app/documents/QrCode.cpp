#include "documents/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace yc::documents {

Result<QImage> QrCode::encode(const QByteArray& data, int moduleSize)
{
    if (data.isEmpty())
        return makeError(QStringLiteral("qr.empty"), tr("There is nothing to put into the QR code."));
    if (moduleSize < 1 || moduleSize > 64)
        return makeError(QStringLiteral("qr.size"), tr("The QR code module size must be between 1 and 64 pixels."));
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return makeError(QStringLiteral("qr.too-long"), tr("The text is too long for a QR code."));
    constexpr int QuietZone = 4;
    const int modules = code->width + 2 * QuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel((x + QuietZone) * moduleSize + dx, (y + QuietZone) * moduleSize + dy, 1);
        }
    }
    return image;
}

} // namespace yc::documents
