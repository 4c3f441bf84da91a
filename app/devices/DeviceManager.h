#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QPluginLoader;

namespace yc::plugins::idcard {
class IdCardReaderFactory;
}
namespace yc::plugins::scanner {
class ScannerFactory;
}

namespace yc::devices {

// One device back-end (ID card reader or scanner) found on disk.
struct DevicePluginInfo
{
    QString key;               // from the plugin's metadata ("samserial", "termb", "sane", "simulated")
    QString fileName;          // the library
    QString displayName;       // translated, from the factory (empty when not loadable)
    QString unavailableReason; // empty when usable
};
using ReaderPluginInfo = DevicePluginInfo;
using ScannerPluginInfo = DevicePluginInfo;

// Finds device plugins in the PluginLocator folders and loads them. The JSON metadata of each
// library (IID, key, apiVersion) is read and checked before the library itself is loaded, so an
// incompatible or foreign plugin is never loaded.
class DeviceManager
{
    Q_DECLARE_TR_FUNCTIONS(yc::devices::DeviceManager)

public:
    // Reader plugins are looked for in readerSearchPaths, scanner plugins in scannerSearchPaths.
    explicit DeviceManager(QStringList readerSearchPaths, QStringList scannerSearchPaths = {});
    ~DeviceManager();
    DeviceManager(const DeviceManager&) = delete;
    DeviceManager& operator=(const DeviceManager&) = delete;

    // The folders for ID card reader plugins beside this executable (see PluginLocator).
    [[nodiscard]] static QStringList defaultReaderSearchPaths();
    // The folders for scanner plugins beside this executable.
    [[nodiscard]] static QStringList defaultScannerSearchPaths();

    // Every ID card reader plugin whose metadata is acceptable (first found wins per key).
    [[nodiscard]] QList<ReaderPluginInfo> readerPlugins();
    [[nodiscard]] QStringList readerKeys();
    // The factory of a reader back-end; an error names why it cannot be used. Owned by the manager.
    [[nodiscard]] Result<plugins::idcard::IdCardReaderFactory*> readerFactory(const QString& key);

    // Checks a plugin's metadata (as QPluginLoader::metaData() returns it) without loading it.
    [[nodiscard]] static Result<QString> checkReaderMetadata(const QJsonObject& metaData);

    // The same for scanner plugins.
    [[nodiscard]] QList<ScannerPluginInfo> scannerPlugins();
    [[nodiscard]] QStringList scannerKeys();
    [[nodiscard]] Result<plugins::scanner::ScannerFactory*> scannerFactory(const QString& key);
    [[nodiscard]] static Result<QString> checkScannerMetadata(const QJsonObject& metaData);

private:
    // The plugins of one kind: where they are looked for and what was found.
    struct Kind
    {
        QStringList searchPaths;
        Result<QString> (*check)(const QJsonObject&) = nullptr;
        bool scanned = false;
        QHash<QString, QString> files; // key -> library path
        QStringList order;
        QHash<QString, std::shared_ptr<QPluginLoader>> loaders;
    };
    static void scan(Kind& kind);
    // The root object of plugin `key`, loaded on first use (plugin.missing: missingMessage; plugin.load:
    // the loader's reason only).
    [[nodiscard]] static Result<QObject*> load(Kind& kind, const QString& key, const QString& missingMessage);
    template<typename Factory>
    [[nodiscard]] QList<DevicePluginInfo> plugins(Kind& kind,
                                                  Result<Factory*> (DeviceManager::*factory)(const QString&));

    Kind m_readers;
    Kind m_scanners;
};

} // namespace yc::devices
