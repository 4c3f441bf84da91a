#pragma once

#include "sync/SyncSinks.h"

#include <QString>

#include <atomic>
#include <memory>

namespace yc {
class Clock;
}
namespace yc::storage {
class Database;
}

namespace yc::sync {

// Binds the platform's catalog feed to the catalog import: every full or delta document the
// engine fetches goes through the same checks, the same limits (CatalogDocument::Max*) and the
// same single transaction as `yichuang-ctl catalog import`. The feed never empties the catalog: a
// full catalog without items (or a delta removing every item) is refused (catalog.empty), and
// only hall IT staff can empty it, with `catalog import --allow-empty`. Called on the engine's
// thread with its own connection, opened on first use there.
class CatalogFeedImporter final : public CatalogFeedSink
{
public:
    CatalogFeedImporter(QString databasePath, const Clock& clock);
    ~CatalogFeedImporter() override;

    [[nodiscard]] qint64 currentVersion() override;
    [[nodiscard]] Status apply(const QJsonObject& document) override;

    // True once after a document changed the stored catalog (the GUI then reloads its index).
    [[nodiscard]] bool takeChanged() { return m_changed.exchange(false); }

private:
    [[nodiscard]] Status ensureOpen();

    QString m_databasePath;
    const Clock& m_clock;
    std::unique_ptr<storage::Database> m_db;
    std::atomic<bool> m_changed{false};
};

} // namespace yc::sync
