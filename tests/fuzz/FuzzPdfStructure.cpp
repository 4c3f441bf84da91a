// PDFs handed in have their cross-reference chain checked before QtPdf opens them, and packed
// materials are read back into pages: any bytes must give a structure, pages, or a clear error.
#include "materials/PackedPdf.h"
#include "materials/PdfStructure.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto structure = yc::materials::PdfStructure::parse(bytes);
    if (structure.ok()) {
        const auto& s = structure.value();
        for (int n = 0; n <= int(std::min<qsizetype>(s.objectCount(), 64)); ++n) {
            const QByteArrayView dict = s.dictionary(n);
            (void)yc::materials::PdfStructure::integer(dict, "/Length");
            (void)yc::materials::PdfStructure::name(dict, "/Type");
            (void)yc::materials::PdfStructure::array(dict, "/Kids");
            if (const auto stream = s.stream(n);
                stream &&
                (stream->data() < bytes.data() || stream->data() + stream->size() > bytes.data() + bytes.size()))
                __builtin_trap();
        }
    } else if (structure.error().message.isEmpty()) {
        __builtin_trap();
    }
    if (const auto pages = yc::materials::PackedPdf::read(bytes, 50)) {
        for (const auto& p : *pages)
            if (p.jpeg.isEmpty() || p.rotation % 90 != 0 || !p.pointSize.isValid())
                __builtin_trap();
    }
    return 0;
}
