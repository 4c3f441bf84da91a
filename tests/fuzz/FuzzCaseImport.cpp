// Case import files come from other systems (yichuang-ctl case import): the document and each case
// must be accepted or refused with a reason, without crashing, and what is accepted keeps the limits
// (app/sync/CASE_IMPORT.md).
#include "core/Clock.h"
#include "sync/CaseImport.h"

#include <QJsonArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const yc::sync::CaseImportReader reader(yc::systemClock());
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto document = reader.parseDocument(input);
    if (!document.ok()) {
        if (document.error().code.isEmpty() || document.error().message.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    const QJsonArray cases = document.value().value(QLatin1String("cases")).toArray();
    if (cases.size() > reader.limits().maxCases)
        __builtin_trap();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const auto c = reader.parseCase(int(i), cases[i].toObject());
        if (!c.ok()) {
            if (c.error().code.isEmpty() || c.error().message.isEmpty())
                __builtin_trap();
            continue;
        }
        const auto& n = c.value().newCase;
        if (n.id.size() != 36 || n.staffId.isEmpty() || n.itemCode.isEmpty() || !n.decision ||
            !n.receivedAt.isValid() || n.applicant.idNumber.isEmpty() || n.materials.size() != c.value().files.size() ||
            qsizetype(n.materials.size()) > reader.limits().maxMaterialsPerCase)
            __builtin_trap();
        for (const auto& m : n.materials) {
            if (m.name.trimmed().isEmpty() || m.name.size() > reader.limits().maxFieldChars)
                __builtin_trap();
        }
    }
    return 0;
}
