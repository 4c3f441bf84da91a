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
// thread; each call opens its own connection there and closes it before returning, so no
// connection outlives its thread or is closed by another (a connection kept here was closed at
// exit by the GUI thread: QtSql's "does not belong to the calling thread").
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
    QString m_databasePath;
    const Clock& m_clock;
    std::atomic<bool> m_changed{false};
};

} // namespace yc::sync
