// yichuang-platform reads request bodies from the network: parsing any bytes as a case, a material
// list, a signature, a case number or a fault spec must fail cleanly or succeed with consistent values.
#include "FaultInjector.h"
#include "PlatformCrypto.h"
#include "PlatformJson.h"

#include <cstdint>

using namespace yc::platform;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    ApiError error;
    if (const auto object = parseObject(input, &error)) {
        if (const auto parsed = parseCase(*object, &error)) {
            if (!isUuid(parsed->caseId) || !isUuid(parsed->machineId))
                __builtin_trap();
            for (const CaseMaterialRef& ref : parsed->materials) {
                if (ref.source == QLatin1StringView("upload") && !isSha256(ref.sha256))
                    __builtin_trap();
            }
            if (parsed->signature.isEmpty())
                __builtin_trap();
        } else if (error.status != 400 || error.message.isEmpty()) {
            __builtin_trap();
        }
        (void)parseMaterials(object->value(QLatin1StringView("materials")).toArray(), &error);
        QString algorithm;
        QByteArray signature;
        (void)parseSignature(object->value(QLatin1StringView("signature")).toObject(), &algorithm, &signature, &error);
        // Canonical JSON is stable: canonicalising its own output gives the same bytes.
        const QByteArray canonical = canonicalJson(*object);
        ApiError again;
        const auto reparsed = parseObject(canonical, &again);
        if (!reparsed || canonicalJson(*reparsed) != canonical)
            __builtin_trap();
    } else if (error.status != 400) {
        __builtin_trap();
    }
    const QString text = QString::fromUtf8(input);
    if (const auto number = parseCaseNumber(text)) {
        if (formatCaseNumber(number->hallCode, number->year, number->sequence) != text)
            __builtin_trap();
    }
    FaultInjector faults;
    if (!faults.configure(text.left(512)) && faults.enabled()) {
        for (int i = 0; i < 4; ++i)
            (void)faults.draw();
    }
    return 0;
}
