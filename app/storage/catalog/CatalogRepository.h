#pragma once

#include "core/Result.h"
#include "core/catalog/CatalogDocument.h"
#include "core/catalog/CatalogIndex.h"
#include "core/catalog/GuideFormatter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace yc::storage {

struct CatalogInfo
{
    qint64 version = 0; // 0: no catalog imported yet
    QString issuer;
    QString generatedAt;
    QString importedAt;
    qint64 items = 0;
};

struct CatalogImportSummary
{
    bool delta = false;
    qint64 fromVersion = 0;
    qint64 toVersion = 0;
    qint64 added = 0;
    qint64 changed = 0;
    qint64 removed = 0;
    qint64 total = 0; // items in the catalog afterwards
};

// The service item catalog in the local store. Items are read-only for the client: they change
// only through import() of a catalog document (file or platform feed), which is all or nothing.
class CatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::CatalogRepository)

public:
    explicit CatalogRepository(Database& database)
        : m_db(database)
    {}

    enum class EmptyCatalog
    {
        Refuse, // a full catalog without items, or a delta that removes every item: catalog.empty
        Allow   // emptying the catalog on purpose (`catalog import --allow-empty`)
    };

    // Full: replaces the catalog. Delta: applies only when the store holds exactly baseVersion.
    // One transaction: on any error (code catalog.delta-base, catalog.invalid, catalog.empty, db.*)
    // nothing changes. An empty result is refused before any row is touched unless allowed.
    [[nodiscard]] Result<CatalogImportSummary> import(const catalog::CatalogDocument& document, const QDateTime& now,
                                                      EmptyCatalog empty = EmptyCatalog::Refuse);

    [[nodiscard]] Result<CatalogInfo> info() const;
    // Error code catalog.unknown-item when the code is not in the catalog.
    [[nodiscard]] Result<catalog::ServiceItem> item(const QString& code) const;
    // The item as it was at itemVersion (current catalog or archived versions): for cases.
    [[nodiscard]] Result<catalog::ServiceItem> itemVersion(const QString& code, int itemVersion) const;
    [[nodiscard]] Result<catalog::GuideFormatter::SubItems> subItems(const QString& code) const;
    [[nodiscard]] Result<std::vector<catalog::IndexEntry>> indexEntries() const;

    // Items used at a window (boosted in search), most recent first.
    [[nodiscard]] Status recordUse(const QString& windowCode, const QString& code, const QDateTime& at);
    [[nodiscard]] Result<QStringList> recentCodes(const QString& windowCode, int limit = 20) const;

    static constexpr const char* MetaVersion = "catalog.version";
    static constexpr const char* MetaIssuer = "catalog.issuer";
    static constexpr const char* MetaGeneratedAt = "catalog.generatedAt";
    static constexpr const char* MetaImportedAt = "catalog.importedAt";

private:
    [[nodiscard]] Status apply(const catalog::CatalogDocument& document, const QString& now, EmptyCatalog empty,
                               CatalogImportSummary* summary);
    [[nodiscard]] Result<catalog::ServiceItem> parseStored(const QString& code, const QString& json) const;

    Database& m_db;
};

} // namespace yc::storage
