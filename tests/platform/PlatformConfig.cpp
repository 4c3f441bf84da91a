#include "PlatformConfig.h"

#include "PlatformCrypto.h"
#include "PlatformJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace yc::platform {

QJsonObject HallConfig::toJson() const
{
    QJsonArray list;
    for (const auto& [no, name] : windows)
        list.append(QJsonObject{{u"windowNo"_s, no}, {u"name"_s, name}});
    return {{u"hallCode"_s, hallCode}, {u"name"_s, name},       {u"level"_s, level},
            {u"areaCode"_s, areaCode}, {u"address"_s, address}, {u"windows"_s, list}};
}

bool HallConfig::hasWindow(const QString& windowNo) const
{
    for (const auto& w : windows) {
        if (w.first == windowNo)
            return true;
    }
    return false;
}

QString HallConfig::windowName(const QString& windowNo) const
{
    for (const auto& w : windows) {
        if (w.first == windowNo)
            return w.second;
    }
    return {};
}

const HallConfig* PlatformConfig::hall(const QString& hallCode) const
{
    for (const HallConfig& h : halls) {
        if (h.hallCode == hallCode)
            return &h;
    }
    return nullptr;
}

bool PlatformConfig::hasLicence(const QString& licenceId) const
{
    for (const QJsonValue& v : licences) {
        if (v.toObject().value(u"licenceId"_s).toString() == licenceId)
            return true;
    }
    return false;
}

std::optional<PlatformConfig> PlatformConfig::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read config %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    ApiError parseError;
    const auto root = parseObject(file.readAll(), &parseError);
    if (!root) {
        *error = u"Config %1: %2"_s.arg(path, parseError.message);
        return std::nullopt;
    }
    if (root->value(u"format"_s).toString() != u"yichuang-platform-config"_s) {
        *error = u"Config %1: \"format\" must be \"yichuang-platform-config\""_s.arg(path);
        return std::nullopt;
    }
    const QDir base = QFileInfo(path).absoluteDir();
    auto resolve = [&](const QString& p) {
        return p.isEmpty() ? QString() : QDir::cleanPath(base.absoluteFilePath(p));
    };

    PlatformConfig config;
    config.platformName = root->value(u"platformName"_s).toString(u"yichuang-platform"_s);
    config.catalogPath = resolve(root->value(u"catalog"_s).toString());
    config.calendarPath = resolve(root->value(u"calendar"_s).toString());
    config.tokenLifetimeSeconds = root->value(u"tokenLifetimeSeconds"_s).toInteger(28800);
    config.refreshLifetimeSeconds = root->value(u"refreshLifetimeSeconds"_s).toInteger(7 * 86400);
    const QJsonObject lockout = root->value(u"signInLockout"_s).toObject();
    SignInLockoutConfig& l = config.signInLockout;
    l.delayAfterFailures = lockout.value(u"delayAfterFailures"_s).toInt(l.delayAfterFailures);
    l.delaySeconds = lockout.value(u"delaySeconds"_s).toInt(l.delaySeconds);
    l.lockAfterFailures = lockout.value(u"lockAfterFailures"_s).toInt(l.lockAfterFailures);
    l.lockSeconds = lockout.value(u"lockSeconds"_s).toInteger(l.lockSeconds);
    if (l.delayAfterFailures < 1 || l.delaySeconds < 1 || l.lockAfterFailures < 1 || l.lockSeconds < 1) {
        *error = u"Config %1: signInLockout needs delayAfterFailures, delaySeconds, lockAfterFailures and "
                 "lockSeconds of at least 1"_s.arg(path);
        return std::nullopt;
    }
    config.limits = QJsonObject{{u"offlineWarnDays"_s, 2},
                                {u"offlineMaxDays"_s, 3},
                                {u"pendingWarnCases"_s, 150},
                                {u"pendingMaxCases"_s, 200},
                                {u"offlineSignInDays"_s, 7},
                                {u"leaseBlockSize"_s, 100},
                                {u"leaseRefillBelow"_s, 20},
                                {u"maxChunkBytes"_s, 8 * 1024 * 1024},
                                {u"maxMaterialBytes"_s, 512 * 1024 * 1024}};
    const QJsonObject limits = root->value(u"limits"_s).toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it)
        config.limits.insert(it.key(), it.value());

    for (const QJsonValue& hv : root->value(u"halls"_s).toArray()) {
        const QJsonObject h = hv.toObject();
        HallConfig hall;
        hall.hallCode = h.value(u"hallCode"_s).toString();
        hall.name = h.value(u"name"_s).toString();
        hall.level = h.value(u"level"_s).toString();
        hall.areaCode = h.value(u"areaCode"_s).toString();
        hall.address = h.value(u"address"_s).toString();
        for (const QJsonValue& wv : h.value(u"windows"_s).toArray()) {
            const QJsonObject w = wv.toObject();
            hall.windows.append({w.value(u"windowNo"_s).toString(), w.value(u"name"_s).toString()});
        }
        static const QStringList levels{u"city"_s, u"district"_s, u"street"_s, u"community"_s};
        if (!parseCaseNumber(hall.hallCode + u"-2026-000001"_s) || hall.windows.isEmpty() ||
            !levels.contains(hall.level) || config.hall(hall.hallCode)) {
            *error =
                u"Config %1: hall \"%2\" needs a unique code of 4-16 characters [0-9A-Z], a level (city, district, street, community) and windows"_s
                    .arg(path, hall.hallCode);
            return std::nullopt;
        }
        config.halls.append(hall);
    }
    for (const QJsonValue& sv : root->value(u"staff"_s).toArray()) {
        const QJsonObject s = sv.toObject();
        StaffConfig staff;
        staff.staffId = s.value(u"staffId"_s).toString();
        staff.name = s.value(u"name"_s).toString();
        for (const QJsonValue& r : s.value(u"roles"_s).toArray())
            staff.roles.append(r.toString());
        staff.hallCode = s.value(u"hallCode"_s).toString();
        staff.enabled = s.value(u"enabled"_s).toBool(true);
        staff.passwordHash = s.value(u"passwordHash"_s).toString();
        if (staff.passwordHash.isEmpty() && s.contains(u"password"_s))
            staff.passwordHash = hashPassword(s.value(u"password"_s).toString(), 20000);
        if (staff.staffId.isEmpty() || staff.passwordHash.isEmpty() || !config.hall(staff.hallCode)) {
            *error = u"Config %1: staff \"%2\" needs staffId, a known hallCode and password or passwordHash"_s.arg(
                path, staff.staffId);
            return std::nullopt;
        }
        config.staff.insert(staff.staffId, staff);
    }
    config.licences = root->value(u"licences"_s).toArray();
    config.creditWarnings = root->value(u"creditWarnings"_s).toArray();
    return config;
}

} // namespace yc::platform
