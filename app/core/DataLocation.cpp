#include "core/DataLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace yc {

QString DataLocation::resolve(const QString& explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable(EnvironmentVariable);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(QDir(dir).absolutePath());
}

QString DataLocation::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(databaseFileName());
}

} // namespace yc
