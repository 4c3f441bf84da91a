#include "sync/CatalogFeedImporter.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/catalog/CatalogDocument.h"
#include "storage/Database.h"
#include "storage/catalog/CatalogRepository.h"

#include <QJsonDocument>

namespace yc::sync {

CatalogFeedImporter::CatalogFeedImporter(QString databasePath, const Clock& clock)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
{}

CatalogFeedImporter::~CatalogFeedImporter() = default;

qint64 CatalogFeedImporter::currentVersion()
{
    auto db = storage::Database::open(m_databasePath);
    if (!db)
        return 0;
    auto info = storage::CatalogRepository(*db.value()).info();
    return info ? info.value().version : 0;
}

Status CatalogFeedImporter::apply(const QJsonObject& document)
{
    auto parsed = catalog::CatalogDocument::parse(QJsonDocument(document).toJson(QJsonDocument::Compact),
                                                  catalog::CatalogDocument::Detail::ForImport);
    if (!parsed)
        return parsed.error();
    auto db = storage::Database::open(m_databasePath);
    if (!db)
        return db.error();
    auto imported = storage::CatalogRepository(*db.value())
                        .import(parsed.value(), m_clock.now(), storage::CatalogRepository::EmptyCatalog::Refuse);
    if (!imported)
        return imported.error();
    qCInfo(lcCatalog) << "catalog feed applied; version" << imported.value().toVersion;
    m_changed = true;
    return {};
}

} // namespace yc::sync
