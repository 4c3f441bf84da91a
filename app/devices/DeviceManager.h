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

namespace yc::devices {

// One ID card reader back-end found on disk.
struct ReaderPluginInfo
{
    QString key;               // from the plugin's metadata ("samserial", "termb", "simulated")
    QString fileName;          // the library
    QString displayName;       // translated, from the factory (empty when not loadable)
    QString unavailableReason; // empty when usable
};

// Finds device plugins in the PluginLocator folders and loads them. The JSON metadata of each
// library (IID, key, apiVersion) is read and checked before the library itself is loaded, so an
// incompatible or foreign plugin is never loaded.
class DeviceManager
{
    Q_DECLARE_TR_FUNCTIONS(yc::devices::DeviceManager)

public:
    explicit DeviceManager(QStringList searchPaths);
    ~DeviceManager();
    DeviceManager(const DeviceManager&) = delete;
    DeviceManager& operator=(const DeviceManager&) = delete;

    // The folders for ID card reader plugins beside this executable (see PluginLocator).
    [[nodiscard]] static QStringList defaultReaderSearchPaths();

    // Every ID card reader plugin whose metadata is acceptable (first found wins per key).
    [[nodiscard]] QList<ReaderPluginInfo> readerPlugins();
    [[nodiscard]] QStringList readerKeys();
    // The factory of a reader back-end; an error names why it cannot be used. Owned by the manager.
    [[nodiscard]] Result<plugins::idcard::IdCardReaderFactory*> readerFactory(const QString& key);

    // Checks a plugin's metadata (as QPluginLoader::metaData() returns it) without loading it.
    [[nodiscard]] static Result<QString> checkReaderMetadata(const QJsonObject& metaData);

private:
    void scan();

    QStringList m_searchPaths;
    bool m_scanned = false;
    QHash<QString, QString> m_files; // key -> library path
    QStringList m_order;
    QHash<QString, std::shared_ptr<QPluginLoader>> m_loaders;
};

} // namespace yc::devices
