#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace yc::documents {

// QR codes for notices (case lookup links, verification codes), through libqrencode.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(yc::documents::QrCode)

public:
    // A black-on-white image, `moduleSize` pixels per module, with the standard 4-module quiet zone.
    [[nodiscard]] static Result<QImage> encode(const QByteArray& data, int moduleSize = 4);
};

} // namespace yc::documents
