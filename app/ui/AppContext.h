#pragma once

#include <QString>

namespace yc {
class Clock;
class Settings;
namespace storage {
class Store;
class CatalogSearch;
} // namespace storage
namespace devices {
class DeviceManager;
class CardReaderService;
} // namespace devices
namespace sync {
class SyncEngine;
class SignInService;
class CurrentStaff;
class CalendarFeedStore;
} // namespace sync

// The services main.cpp builds and hands to the user interface. Nothing here is owned.
struct AppContext
{
    storage::Store* store = nullptr;
    const Clock* clock = nullptr;
    Settings* settings = nullptr;
    QString dataDir;
    devices::DeviceManager* devices = nullptr;        // device plugins (ID card readers)
    devices::CardReaderService* cardReader = nullptr; // the configured ID card reader
    storage::CatalogSearch* catalogSearch = nullptr;  // search as the clerk types (worker thread)
    sync::SyncEngine* syncEngine = nullptr;           // platform sync on its own thread (may be null)
    sync::SignInService* signIn = nullptr;            // sign-in and enrolment on its own thread (may be null)
    sync::CurrentStaff* currentStaff = nullptr;       // who is signed in at this window (may be null)
    sync::CalendarFeedStore* calendar = nullptr;      // working days: bundled + platform feed (may be null)
};

} // namespace yc
