// Files handed in at the window are sniffed by their first bytes: any bytes must give a kind and,
// for refused kinds, a description for the message, never a crash.
#include "materials/FileSniffer.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = yc::materials::FileSniffer::sniff(bytes);
    if (yc::materials::FileSniffer::describe(result.kind).isEmpty())
        __builtin_trap();
    if (result.accepted() == yc::materials::FileSniffer::mimeType(result.kind).isEmpty())
        __builtin_trap();
    if (size == 0 && result.kind != yc::materials::FileKind::Empty)
        __builtin_trap();
    return 0;
}
