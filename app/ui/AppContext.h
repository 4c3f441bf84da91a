#pragma once

#include <QString>

namespace yc {
class Clock;
class Settings;
namespace storage {
class Store;
}
namespace sync {
class SyncEngine;
}

// The services main.cpp builds and hands to the user interface. Nothing here is owned.
struct AppContext
{
    storage::Store* store = nullptr;
    const Clock* clock = nullptr;
    Settings* settings = nullptr;
    QString dataDir;
    sync::SyncEngine* syncEngine = nullptr; // platform sync on its own thread (may be null)
};

} // namespace yc
