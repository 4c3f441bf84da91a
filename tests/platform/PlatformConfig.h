#pragma once

#include "SignInLockout.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yc::platform {

struct HallConfig
{
    QString hallCode;
    QString name;
    QString level;
    QString areaCode;
    QString address;
    QList<QPair<QString, QString>> windows; // windowNo, name

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool hasWindow(const QString& windowNo) const;
    [[nodiscard]] QString windowName(const QString& windowNo) const;
};

struct StaffConfig
{
    QString staffId;
    QString name;
    QStringList roles;
    QString hallCode;
    QString passwordHash;
    bool enabled = true;
};

// The platform's configuration file (halls, windows, staff, catalog and calendar paths, licences,
// credit warnings, limits). Relative paths are relative to the file's folder.
class PlatformConfig
{
public:
    static std::optional<PlatformConfig> load(const QString& path, QString* error);

    QString platformName;
    QString catalogPath;
    QString calendarPath;
    QJsonObject limits;
    qint64 tokenLifetimeSeconds = 28800;
    qint64 refreshLifetimeSeconds = 7 * 86400;
    SignInLockoutConfig
        signInLockout; // "signInLockout": delayAfterFailures, delaySeconds, lockAfterFailures, lockSeconds
    QList<HallConfig> halls;
    QHash<QString, StaffConfig> staff;
    QJsonArray licences;       // objects as in PROTOCOL.md §12 plus holderIdType/holderId
    QJsonArray creditWarnings; // objects as in §13 plus subjectIdType/subjectId

    [[nodiscard]] const HallConfig* hall(const QString& hallCode) const;
    [[nodiscard]] bool hasLicence(const QString& licenceId) const;
};

} // namespace yc::platform
