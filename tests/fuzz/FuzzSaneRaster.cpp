// Parameters and bytes from a SANE driver: the page assembly must refuse impossible parameters,
// never grow past what they announce, and every page it returns must be consistent.
#include "SaneRaster.h"

#include <cstdint>
#include <cstring>

using namespace yc::plugins::scanner;

namespace {
RasterParameters parametersFrom(const uint8_t* d)
{
    RasterParameters p;
    p.frame = static_cast<RasterParameters::Frame>(d[0] % 5);
    p.lastFrame = d[1] & 1;
    const int depths[] = {1, 8, 16, 3};
    p.depth = depths[d[1] >> 1 & 3];
    p.pixelsPerLine = (d[2] | d[3] << 8) - 16; // a little below zero up to 65519
    p.bytesPerLine = (d[4] | d[5] << 8) - 16;
    p.lines = static_cast<int16_t>(d[6] | d[7] << 8); // -1 (unknown) and other negatives too
    return p;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    constexpr size_t Header = 8;
    if (size < Header)
        return 0;
    SaneRaster raster;
    QString error;
    if (!raster.begin(parametersFrom(data), &error))
        return 0;
    size_t pos = Header;
    size_t step = data[0] % 61 + 1;
    while (pos < size) {
        // A byte 0xFE starts the next colour pass (three-pass scanners) when enough input is left.
        if (data[pos] == 0xFE && size - pos > Header) {
            (void)raster.beginFrame(parametersFrom(data + pos + 1), &error);
            pos += Header + 1;
            continue;
        }
        const size_t n = std::min(step, size - pos);
        if (!raster.append(QByteArrayView(reinterpret_cast<const char*>(data + pos), qsizetype(n)), &error))
            return 0;
        const int percent = raster.percent();
        if (percent < -1 || percent > 100)
            __builtin_trap();
        pos += n;
        step = (step * 5 + 7) % 97 + 1;
    }
    const auto page = raster.finish(100, &error);
    if (page && !page->isValid())
        __builtin_trap();
    if (!page && error.isEmpty())
        __builtin_trap();
    return 0;
}
