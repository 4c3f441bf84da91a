#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yc {
class Settings;
}

namespace yc::sync {

// The settings of this PC that the settings dialog edits (besides the reader, which has its own
// page), read from and written to yichuang.ini as one whole, after validate() found nothing wrong:
//   platform/url, platform/ca_bundle, platform/pin_sha256, platform/client_cert, platform/client_key
//     (the keys SyncConfig and TlsOptions read);
//   scanner/plugin, scanner/device; printing/printer (PrinterMemory);
//   hall/name, hall/level, hall/areaCode, hall/windowCode;
//   ui/language (empty: the system's; takes effect at the next start);
//   session/idle_lock_minutes (0 = never; default 10).
// The data location is not in yichuang.ini, which lives inside it: see DataLocation::configuredDir().
struct StationSettings
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::StationSettings)

public:
    static constexpr int DefaultIdleLockMinutes = 10;
    static constexpr int MaxIdleLockMinutes = 480;

    QString platformUrl;
    QString caBundle;
    QString pinSha256;
    QString clientCert;
    QString clientKey;
    QString scannerPlugin;
    QString scannerDevice;
    QString printer;
    QString hallName;
    QString hallLevel; // city, district, street, community (CatalogLabels::levels())
    QString hallAreaCode;
    QString windowCode;
    QString language; // "", "zh_CN", "en"
    int idleLockMinutes = DefaultIdleLockMinutes;
    QString dataLocation; // empty: the default

    struct Problem
    {
        QString field;   // the key it concerns, e.g. "platform/url", or "data/location"
        QString message; // for the clerk or IT staff, translated
    };

    [[nodiscard]] static StationSettings load(const Settings& settings);
    // Checks every field; empty when all are valid. Reads the files it names (CA, certificate, key).
    [[nodiscard]] QList<Problem> validate() const;
    // Writes all fields (call only when validate() is empty) and syncs; false when the file
    // cannot be written.
    bool save(Settings& settings) const;

    [[nodiscard]] static QStringList languages() { return {QString(), QStringLiteral("zh_CN"), QStringLiteral("en")}; }
};

} // namespace yc::sync
