#include "devices/DeviceManager.h"

#include "api/PluginApi.h"
#include "api/idcard/IdCardReader.h"
#include "core/Logging.h"
#include "devices/PluginLocator.h"

#include <QDir>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>

namespace yc::devices {

using plugins::idcard::IdCardReaderFactory;

DeviceManager::DeviceManager(QStringList searchPaths)
    : m_searchPaths(std::move(searchPaths))
{}

DeviceManager::~DeviceManager() = default; // plugins stay loaded until the process ends (Qt's rule)

QStringList DeviceManager::defaultReaderSearchPaths()
{
    return PluginLocator::searchPaths(QStringLiteral("idcard"), QCoreApplication::applicationDirPath());
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

void DeviceManager::scan()
{
    if (m_scanned)
        return;
    m_scanned = true;
    for (const QString& path : std::as_const(m_searchPaths)) {
        const QDir dir(path);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& name : files) {
            const QString file = dir.absoluteFilePath(name);
            if (!QLibrary::isLibrary(file))
                continue;
            QPluginLoader probe(file);
            const auto key = checkReaderMetadata(probe.metaData());
            if (!key) {
                qCInfo(lcIdCard) << "skipping plugin" << file << ":" << key.error().code;
                continue;
            }
            if (m_files.contains(key.value()))
                continue; // the first folder wins
            m_files.insert(key.value(), file);
            m_order << key.value();
        }
    }
}

QStringList DeviceManager::readerKeys()
{
    scan();
    return m_order;
}

QList<ReaderPluginInfo> DeviceManager::readerPlugins()
{
    scan();
    QList<ReaderPluginInfo> list;
    for (const QString& key : std::as_const(m_order)) {
        ReaderPluginInfo info;
        info.key = key;
        info.fileName = m_files.value(key);
        auto factory = readerFactory(key);
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

Result<IdCardReaderFactory*> DeviceManager::readerFactory(const QString& key)
{
    scan();
    if (!m_files.contains(key))
        return makeError(QStringLiteral("plugin.missing"), tr("No ID card reader plugin '%1' was found (searched: %2).")
                                                               .arg(key, m_searchPaths.join(QStringLiteral(", "))));
    auto& loader = m_loaders[key];
    if (!loader)
        loader = std::make_shared<QPluginLoader>(m_files.value(key));
    QObject* root = loader->instance();
    if (!root)
        return makeError(QStringLiteral("plugin.load"),
                         tr("The reader plugin '%1' could not be loaded: %2").arg(key, loader->errorString()));
    auto* factory = qobject_cast<IdCardReaderFactory*>(root);
    if (!factory)
        return makeError(QStringLiteral("plugin.iid"), tr("The plugin '%1' is not an ID card reader plugin.").arg(key));
    return factory;
}

} // namespace yc::devices
