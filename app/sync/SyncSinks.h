#pragma once

#include "core/Result.h"

#include <QJsonObject>

namespace yc::sync {

// Where the engine hands the catalog feed. The composition root binds the catalog module's
// import here; it is called on the sync engine's thread, so it must use its own DB connection.
class CatalogFeedSink
{
public:
    virtual ~CatalogFeedSink() = default;
    // The catalog version held locally (0: none).
    [[nodiscard]] virtual qint64 currentVersion() = 0;
    // A full or delta document (PROTOCOL.md §5); all or nothing.
    [[nodiscard]] virtual Status apply(const QJsonObject& document) = 0;
};

// Where the working-day calendar goes when it changes. When none is bound the engine only keeps the
// document in the store's meta table ("calendar.document"), where the calendar module can read it.
class CalendarSink
{
public:
    virtual ~CalendarSink() = default;
    [[nodiscard]] virtual Status apply(const QJsonObject& document) = 0;
};

} // namespace yc::sync
