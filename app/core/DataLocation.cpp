#include "core/DataLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace yc {

QString DataLocation::resolve(const QString& explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable(EnvironmentVariable);
    if (dir.isEmpty())
        dir = configuredDir();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(QDir(dir).absolutePath());
}

QString DataLocation::configurationFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("yichuang/location.ini"));
}

QString DataLocation::configuredDir()
{
    if (!QFileInfo::exists(configurationFile()))
        return {};
    const QSettings file(configurationFile(), QSettings::IniFormat);
    return file.value(QStringLiteral("data/location")).toString().trimmed();
}

bool DataLocation::setConfiguredDir(const QString& dir)
{
    if (dir.isEmpty() && !QFileInfo::exists(configurationFile()))
        return true;
    QSettings file(configurationFile(), QSettings::IniFormat);
    if (dir.isEmpty())
        file.remove(QStringLiteral("data/location"));
    else
        file.setValue(QStringLiteral("data/location"), QDir::cleanPath(dir));
    file.sync();
    return file.status() == QSettings::NoError;
}

QString DataLocation::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(databaseFileName());
}

} // namespace yc
