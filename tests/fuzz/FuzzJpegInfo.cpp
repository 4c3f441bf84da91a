// JPEG files handed in are walked marker by marker before any decoder sees them: any bytes must
// give either a plausible frame or a clear error.
#include "materials/JpegInfo.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto info = yc::materials::JpegParser::parse(bytes);
    if (info.ok()) {
        const auto& j = info.value();
        if (j.width <= 0 || j.height <= 0 || j.components <= 0)
            __builtin_trap();
    } else if (info.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
