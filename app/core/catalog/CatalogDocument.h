#pragma once

#include "core/Result.h"
#include "core/catalog/ServiceItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace yc::catalog {

// The catalog document of resources/catalog/README.md, full or delta: the same bytes whether they
// come from a file or from the platform feed. parse() checks everything that can be checked
// without the local store (document keys, every item field, ids and references inside an item,
// unique codes, main items of a full catalog); the importer checks the rest against the store.
struct CatalogDocument
{
    Q_DECLARE_TR_FUNCTIONS(yc::catalog::CatalogDocument)

public:
    enum class Kind
    {
        Full,
        Delta
    };

    static constexpr int FormatVersion = 1;

    // Limits every document must keep, file or platform feed, checked by parse() before anything
    // is stored (resources/catalog/README.md, "Limits"). A city's four-level catalog runs to tens
    // of thousands of items of a few KiB each (the training catalog: 78 items, 4 KiB each).
    static constexpr qsizetype MaxBytes = 512LL * 1024 * 1024; // the whole document
    static constexpr qsizetype MaxItems = 250000;              // items, and removed codes of a delta
    static constexpr qsizetype MaxItemBytes = 1024 * 1024;     // one item as compact JSON
    static constexpr qsizetype MaxTextLength = 8000;           // characters of any one string
    static constexpr qsizetype MaxMaterials = 200;             // materials of one item
    static constexpr qsizetype MaxListLength = 500;            // elements of any other list in an item

    Kind kind = Kind::Full;
    int formatVersion = FormatVersion;
    qint64 version = 0;
    qint64 baseVersion = 0; // delta only
    QString generatedAt;
    QString issuer;
    QList<ServiceItem> items;
    QList<QByteArray> itemJson; // each item as compact JSON, stored as received (unknown keys kept)
    QStringList removed;        // delta only

    // How much of each item parse() keeps once the item is checked. ForImport keeps what the
    // store indexes (codes, name, department, type, levels, areas, versions) and drops the rest
    // of the guide, which the store keeps as JSON (itemJson): a 100,000-item catalog then needs a
    // fraction of the memory. Every field is checked either way.
    enum class Detail
    {
        Full,
        ForImport
    };

    // Error code catalog.invalid (message lists the problems, one per line, each naming the item
    // and the field, a field over its limit among them), catalog.not-json, catalog.format,
    // catalog.too-large (the document's bytes or its number of items over the limit).
    [[nodiscard]] static Result<CatalogDocument> parse(const QByteArray& bytes, Detail detail = Detail::Full);

    [[nodiscard]] static QString describeItem(qsizetype index, const QString& code);
};

} // namespace yc::catalog
