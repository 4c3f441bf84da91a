#pragma once

#include <QString>

namespace yc {
class Clock;
class Settings;
namespace storage {
class Store;
}
namespace devices {
class DeviceManager;
class CardReaderService;
} // namespace devices

// The services main.cpp builds and hands to the user interface. Nothing here is owned.
struct AppContext
{
    storage::Store* store = nullptr;
    const Clock* clock = nullptr;
    Settings* settings = nullptr;
    QString dataDir;
    devices::DeviceManager* devices = nullptr;        // device plugins (ID card readers)
    devices::CardReaderService* cardReader = nullptr; // the configured ID card reader
};

} // namespace yc
