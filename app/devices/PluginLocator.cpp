#include "devices/PluginLocator.h"

#include <QDir>

namespace yc::devices {

QStringList PluginLocator::searchPaths(const QString& kind, const QString& executableDir)
{
    QStringList paths;
    const QString env = qEnvironmentVariable(EnvironmentVariable);
    for (const QString& p : env.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        paths << QDir::cleanPath(QDir(p).absolutePath());
    const QDir exe(executableDir);
    paths << QDir::cleanPath(exe.filePath(QStringLiteral("../lib/yichuang/plugins/") + kind));
    paths << QDir::cleanPath(exe.filePath(QStringLiteral("../plugins/") + kind));
    paths.removeDuplicates();
    return paths;
}

} // namespace yc::devices
