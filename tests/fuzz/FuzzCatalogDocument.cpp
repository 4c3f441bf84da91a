// Catalog documents come from files and from the platform feed: parse() must accept or refuse any
// bytes without crashing, and what it accepts must hold together (every item read, every option
// referring to materials of its item).
#include "core/catalog/CatalogDocument.h"
#include "core/catalog/GuideFormatter.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto doc = yc::catalog::CatalogDocument::parse(input);
    if (!doc.ok()) {
        if (doc.error().code.isEmpty() || doc.error().message.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    const auto& d = doc.value();
    if (d.items.size() != d.itemJson.size())
        __builtin_trap();
    // What is accepted keeps the limits (resources/catalog/README.md).
    using yc::catalog::CatalogDocument;
    if (d.items.size() > CatalogDocument::MaxItems || d.removed.size() > CatalogDocument::MaxItems ||
        d.issuer.size() > CatalogDocument::MaxTextLength)
        __builtin_trap();
    for (const QByteArray& json : d.itemJson) {
        if (json.size() > CatalogDocument::MaxItemBytes)
            __builtin_trap();
    }
    for (const auto& item : d.items) {
        if (item.code.isEmpty() || item.name.trimmed().isEmpty() || item.name.size() > CatalogDocument::MaxTextLength ||
            item.materials.size() > CatalogDocument::MaxMaterials)
            __builtin_trap();
        for (const auto& situation : item.situations) {
            for (const auto& option : situation.options) {
                for (const QString& id : option.addMaterials + option.removeMaterials) {
                    if (!item.material(id))
                        __builtin_trap();
                }
            }
        }
        // The guide of anything accepted can be shown.
        if (yc::catalog::GuideFormatter::toText(item).isEmpty())
            __builtin_trap();
    }
    return 0;
}
