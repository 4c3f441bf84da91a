#pragma once

#include <QString>

namespace yc {

// Where the local store lives. Precedence: an explicit --data-dir, then YICHUANG_DATA_DIR, then the
// folder chosen in the settings dialog (configuredDir()), then QStandardPaths::AppDataLocation
// (on Debian: ~/.local/share/yichuang/yichuang).
class DataLocation
{
public:
    static constexpr const char* EnvironmentVariable = "YICHUANG_DATA_DIR";

    [[nodiscard]] static QString resolve(const QString& explicitDir = {});
    [[nodiscard]] static QString databaseFileName() { return QStringLiteral("yichuang.db"); }
    [[nodiscard]] static QString databasePath(const QString& dataDir);
    // The data folder chosen in the settings, kept outside it in the user's configuration
    // (~/.config/yichuang/location.ini, key data/location); empty when none is chosen.
    [[nodiscard]] static QString configuredDir();
    // Chooses it (empty: back to the default) from the next start on; false when it cannot be written.
    static bool setConfiguredDir(const QString& dir);
    [[nodiscard]] static QString configurationFile();
};

} // namespace yc
