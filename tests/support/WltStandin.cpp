// A stand-in for a vendor's WLT photo decoder library: same entry point
// (int unpack(char* wlt, char* out, int saveBmp)), but it only paints a synthetic 102×126 BMP whose
// grey level comes from the first WLT byte. It lets the tests and a demonstration show the "photo
// decoder present" path; real WLT decoding exists only in vendor libraries.
#include <cstdint>
#include <cstring>

#define YC_EXPORT extern "C" __attribute__((visibility("default")))

namespace {
void put32(unsigned char* p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<unsigned char>((v >> (8 * i)) & 0xFF);
}
void put16(unsigned char* p, std::uint16_t v)
{
    p[0] = static_cast<unsigned char>(v & 0xFF);
    p[1] = static_cast<unsigned char>(v >> 8);
}
} // namespace

YC_EXPORT int unpack(char* wlt, char* out, int /*saveBmp*/)
{
    if (!wlt || !out)
        return -1;
    constexpr int width = 102, height = 126, row = (width * 3 + 3) / 4 * 4,
                  size = 54 + row * height; // rows padded to 4 bytes
    auto* bmp = reinterpret_cast<unsigned char*>(out);
    std::memset(bmp, 0, size);
    bmp[0] = 'B';
    bmp[1] = 'M';
    put32(bmp + 2, size);
    put32(bmp + 10, 54);
    put32(bmp + 14, 40);
    put32(bmp + 18, width);
    put32(bmp + 22, height);
    put16(bmp + 26, 1);
    put16(bmp + 28, 24);
    put32(bmp + 34, row * height);
    const unsigned char base = static_cast<unsigned char>(wlt[0]);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            unsigned char* px = bmp + 54 + y * row + x * 3;
            const bool head = (x - 51) * (x - 51) + (y - 80) * (y - 80) < 26 * 26;
            const bool body = y < 45 && (x - 51) * (x - 51) < (60 - y) * (60 - y);
            const unsigned char v = head || body ? static_cast<unsigned char>(90 + base % 40) : 225;
            px[0] = static_cast<unsigned char>(v + (head || body ? 40 : 0)); // blue background tint
            px[1] = v;
            px[2] = v;
        }
    }
    return 1;
}
