#include "materials/JpegInfo.h"

namespace yc::materials {

namespace {

int u8(QByteArrayView d, qsizetype at)
{
    return static_cast<unsigned char>(d[at]);
}

int u16(QByteArrayView d, qsizetype at)
{
    return (u8(d, at) << 8) | u8(d, at + 1);
}

Error truncated()
{
    return makeError(QStringLiteral("material.jpeg-truncated"),
                     JpegParser::tr("The JPEG image is incomplete (the file was cut short); copy or scan it again."));
}

Error damaged()
{
    return makeError(QStringLiteral("material.jpeg-damaged"),
                     JpegParser::tr("The JPEG image is damaged (its internal structure is broken)."));
}

// The orientation tag of IFD0 in an APP1 "Exif" segment; 1 when absent or unreadable.
int exifOrientation(QByteArrayView segment)
{
    if (segment.size() < 14 || segment.first(6) != QByteArrayView("Exif\0\0", 6))
        return 1;
    const QByteArrayView tiff = segment.sliced(6);
    const bool little = tiff.startsWith("II");
    if (!little && !tiff.startsWith("MM"))
        return 1;
    auto read16 = [&](qsizetype at) {
        return little ? (u8(tiff, at + 1) << 8) | u8(tiff, at) : (u8(tiff, at) << 8) | u8(tiff, at + 1);
    };
    auto read32 = [&](qsizetype at) {
        return little ? (qint64(read16(at + 2)) << 16) | read16(at) : (qint64(read16(at)) << 16) | read16(at + 2);
    };
    const qint64 ifd = read32(4);
    if (ifd < 8 || ifd + 2 > tiff.size())
        return 1;
    const int entries = read16(qsizetype(ifd));
    for (int i = 0; i < entries; ++i) {
        const qint64 entry = ifd + 2 + qint64(i) * 12;
        if (entry + 12 > tiff.size())
            return 1;
        if (read16(qsizetype(entry)) == 0x0112 && read16(qsizetype(entry + 2)) == 3) {
            const int value = read16(qsizetype(entry + 8));
            return value >= 1 && value <= 8 ? value : 1;
        }
    }
    return 1;
}

bool isStartOfFrame(int marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

} // namespace

Result<JpegInfo> JpegParser::parse(QByteArrayView d)
{
    if (d.size() < 4 || u8(d, 0) != 0xFF || u8(d, 1) != 0xD8)
        return damaged();
    JpegInfo info;
    bool frameSeen = false;
    bool scanSeen = false;
    qsizetype pos = 2;
    while (true) {
        if (pos >= d.size())
            return truncated();
        if (u8(d, pos) != 0xFF)
            return damaged();
        while (pos < d.size() && u8(d, pos) == 0xFF) // fill bytes
            ++pos;
        if (pos >= d.size())
            return truncated();
        const int marker = u8(d, pos++);
        if (marker == 0xD9) { // EOI
            if (!frameSeen || !scanSeen)
                return damaged();
            return info;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // standalone markers
        if (marker == 0xD8 || marker == 0x00)
            return damaged();
        if (pos + 2 > d.size())
            return truncated();
        const int length = u16(d, pos);
        if (length < 2)
            return damaged();
        if (pos + length > d.size())
            return truncated();
        const QByteArrayView segment = d.sliced(pos + 2, length - 2);
        pos += length;

        if (isStartOfFrame(marker)) {
            if (frameSeen || segment.size() < 6)
                return damaged();
            frameSeen = true;
            info.precision = u8(segment, 0);
            info.height = u16(segment, 1);
            info.width = u16(segment, 3);
            info.components = u8(segment, 5);
            info.progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
            if (info.width == 0 || info.height == 0 || info.components == 0 || segment.size() < 6 + 3 * info.components)
                return damaged();
        } else if (marker == 0xE0 && segment.size() >= 12 && segment.first(5) == QByteArrayView("JFIF\0", 5)) {
            const int units = u8(segment, 7);
            const int x = u16(segment, 8);
            const int y = u16(segment, 10);
            if (units == 1) {
                info.dpiX = x;
                info.dpiY = y;
            } else if (units == 2) {
                info.dpiX = x * 2.54;
                info.dpiY = y * 2.54;
            }
        } else if (marker == 0xE1) {
            if (const int orientation = exifOrientation(segment); orientation != 1)
                info.exifOrientation = orientation;
        } else if (marker == 0xEE && segment.size() >= 5 && segment.first(5) == "Adobe") {
            info.adobeTransform = true;
        } else if (marker == 0xDA) { // SOS: entropy-coded data follows, up to the next real marker
            if (!frameSeen)
                return damaged();
            scanSeen = true;
            while (true) {
                const qsizetype ff = d.sliced(pos).indexOf('\xFF');
                if (ff < 0 || pos + ff + 1 >= d.size())
                    return truncated();
                const int next = u8(d, pos + ff + 1);
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
                    pos += ff + (next == 0xFF ? 1 : 2);
                    continue;
                }
                pos += ff;
                break;
            }
        }
    }
}

} // namespace yc::materials
