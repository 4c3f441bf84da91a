#include "core/AppInfo.h"

#include <QCoreApplication>

namespace yc::appinfo {

QString version()
{
    return QStringLiteral(YC_VERSION);
}

QString organization()
{
    return QStringLiteral("yichuang");
}

QString applicationName()
{
    return QStringLiteral("yichuang");
}

void setApplicationIdentity()
{
    // Both executables share one data location, so they share one application name.
    QCoreApplication::setOrganizationName(organization());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace yc::appinfo
