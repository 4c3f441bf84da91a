#include "devices/DeviceManager.h"

#include "api/PluginApi.h"
#include "api/idcard/IdCardReader.h"
#include "api/scanner/Scanner.h"
#include "core/Logging.h"
#include "devices/PluginLocator.h"

#include <QDir>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>

namespace yc::devices {

using plugins::idcard::IdCardReaderFactory;
using plugins::scanner::ScannerFactory;

DeviceManager::DeviceManager(QStringList readerSearchPaths, QStringList scannerSearchPaths)
{
    m_readers.searchPaths = std::move(readerSearchPaths);
    m_readers.check = &DeviceManager::checkReaderMetadata;
    m_scanners.searchPaths = std::move(scannerSearchPaths);
    m_scanners.check = &DeviceManager::checkScannerMetadata;
}

DeviceManager::~DeviceManager() = default; // plugins stay loaded until the process ends (Qt's rule)

QStringList DeviceManager::defaultReaderSearchPaths()
{
    return PluginLocator::searchPaths(QStringLiteral("idcard"), QCoreApplication::applicationDirPath());
}

QStringList DeviceManager::defaultScannerSearchPaths()
{
    return PluginLocator::searchPaths(QStringLiteral("scanner"), QCoreApplication::applicationDirPath());
}

Result<QString> DeviceManager::checkReaderMetadata(const QJsonObject& metaData)
{
    const QString iid = metaData.value(QLatin1String("IID")).toString();
    if (iid != QLatin1String(YC_IDCARD_READER_FACTORY_IID))
        return makeError(QStringLiteral("plugin.iid"), tr("Not an ID card reader plugin (interface %1).").arg(iid));
    const QJsonObject data = metaData.value(QLatin1String("MetaData")).toObject();
    const QString key = data.value(QLatin1String(plugins::MetadataKey)).toString();
    if (key.isEmpty())
        return makeError(QStringLiteral("plugin.key"), tr("The plugin's metadata has no key."));
    const int version = data.value(QLatin1String(plugins::MetadataApiVersion)).toInt(-1);
    if (version != plugins::idcard::IdCardReaderApiVersion)
        return makeError(QStringLiteral("plugin.version"),
                         tr("The plugin '%1' was built for reader API version %2; this program uses version %3.")
                             .arg(key)
                             .arg(version)
                             .arg(plugins::idcard::IdCardReaderApiVersion));
    return key;
}

Result<QString> DeviceManager::checkScannerMetadata(const QJsonObject& metaData)
{
    const QString iid = metaData.value(QLatin1String("IID")).toString();
    if (iid != QLatin1String(YC_SCANNER_FACTORY_IID))
        return makeError(QStringLiteral("plugin.iid"), tr("Not a scanner plugin (interface %1).").arg(iid));
    const QJsonObject data = metaData.value(QLatin1String("MetaData")).toObject();
    const QString key = data.value(QLatin1String(plugins::MetadataKey)).toString();
    if (key.isEmpty())
        return makeError(QStringLiteral("plugin.key"), tr("The plugin's metadata has no key."));
    const int version = data.value(QLatin1String(plugins::MetadataApiVersion)).toInt(-1);
    if (version != plugins::scanner::ScannerApiVersion)
        return makeError(QStringLiteral("plugin.version"),
                         tr("The plugin '%1' was built for scanner API version %2; this program uses version %3.")
                             .arg(key)
                             .arg(version)
                             .arg(plugins::scanner::ScannerApiVersion));
    return key;
}

void DeviceManager::scan(Kind& kind)
{
    if (kind.scanned)
        return;
    kind.scanned = true;
    for (const QString& path : std::as_const(kind.searchPaths)) {
        const QDir dir(path);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& name : files) {
            const QString file = dir.absoluteFilePath(name);
            if (!QLibrary::isLibrary(file))
                continue;
            QPluginLoader probe(file);
            const auto key = kind.check(probe.metaData());
            if (!key) {
                qCInfo(lcDevices) << "skipping plugin" << file << ":" << key.error().code;
                continue;
            }
            if (kind.files.contains(key.value()))
                continue; // the first folder wins
            kind.files.insert(key.value(), file);
            kind.order << key.value();
        }
    }
}

Result<QObject*> DeviceManager::load(Kind& kind, const QString& key, const QString& missingMessage)
{
    scan(kind);
    if (!kind.files.contains(key))
        return makeError(QStringLiteral("plugin.missing"), missingMessage);
    auto& loader = kind.loaders[key];
    if (!loader)
        loader = std::make_shared<QPluginLoader>(kind.files.value(key));
    QObject* root = loader->instance();
    if (!root)
        return makeError(QStringLiteral("plugin.load"), loader->errorString()); // the caller says which plugin
    return root;
}

template<typename Factory>
QList<DevicePluginInfo> DeviceManager::plugins(Kind& kind, Result<Factory*> (DeviceManager::*factoryOf)(const QString&))
{
    scan(kind);
    QList<DevicePluginInfo> list;
    for (const QString& key : std::as_const(kind.order)) {
        DevicePluginInfo info;
        info.key = key;
        info.fileName = kind.files.value(key);
        auto factory = (this->*factoryOf)(key);
        if (factory) {
            info.displayName = factory.value()->displayName();
            info.unavailableReason = factory.value()->unavailableReason();
        } else {
            info.unavailableReason = factory.error().message;
        }
        list << info;
    }
    return list;
}

QStringList DeviceManager::readerKeys()
{
    scan(m_readers);
    return m_readers.order;
}

QList<ReaderPluginInfo> DeviceManager::readerPlugins()
{
    return plugins(m_readers, &DeviceManager::readerFactory);
}

Result<IdCardReaderFactory*> DeviceManager::readerFactory(const QString& key)
{
    auto root = load(m_readers, key,
                     tr("No ID card reader plugin '%1' was found (searched: %2).")
                         .arg(key, m_readers.searchPaths.join(QStringLiteral(", "))));
    if (!root && root.error().code == QLatin1String("plugin.load"))
        return makeError(root.error().code,
                         tr("The reader plugin '%1' could not be loaded: %2").arg(key, root.error().message));
    if (!root)
        return root.error();
    auto* factory = qobject_cast<IdCardReaderFactory*>(root.value());
    if (!factory)
        return makeError(QStringLiteral("plugin.iid"), tr("The plugin '%1' is not an ID card reader plugin.").arg(key));
    return factory;
}

QStringList DeviceManager::scannerKeys()
{
    scan(m_scanners);
    return m_scanners.order;
}

QList<ScannerPluginInfo> DeviceManager::scannerPlugins()
{
    return plugins(m_scanners, &DeviceManager::scannerFactory);
}

Result<ScannerFactory*> DeviceManager::scannerFactory(const QString& key)
{
    auto root = load(m_scanners, key,
                     tr("No scanner plugin '%1' was found (searched: %2).")
                         .arg(key, m_scanners.searchPaths.join(QStringLiteral(", "))));
    if (!root && root.error().code == QLatin1String("plugin.load"))
        return makeError(root.error().code,
                         tr("The scanner plugin '%1' could not be loaded: %2").arg(key, root.error().message));
    if (!root)
        return root.error();
    auto* factory = qobject_cast<ScannerFactory*>(root.value());
    if (!factory)
        return makeError(QStringLiteral("plugin.iid"), tr("The plugin '%1' is not a scanner plugin.").arg(key));
    return factory;
}

} // namespace yc::devices
