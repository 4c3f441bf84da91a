#pragma once

#include <QString>

namespace yc {

// Where the local store lives. Precedence: an explicit --data-dir, then YICHUANG_DATA_DIR, then
// QStandardPaths::AppDataLocation (on Debian: ~/.local/share/yichuang/yichuang).
class DataLocation
{
public:
    static constexpr const char* EnvironmentVariable = "YICHUANG_DATA_DIR";

    [[nodiscard]] static QString resolve(const QString& explicitDir = {});
    [[nodiscard]] static QString databaseFileName() { return QStringLiteral("yichuang.db"); }
    [[nodiscard]] static QString databasePath(const QString& dataDir);
};

} // namespace yc
