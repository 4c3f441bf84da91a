#pragma once

#include <QStringList>

namespace yc::devices {

// Folders searched for device plugins, first match wins:
//  1. every folder in YICHUANG_PLUGIN_PATH (colon separated),
//  2. <executable dir>/../lib/yichuang/plugins/<kind>  (installed layout),
//  3. <executable dir>/../plugins/<kind>               (build tree layout).
class PluginLocator
{
public:
    static constexpr const char* EnvironmentVariable = "YICHUANG_PLUGIN_PATH";

    [[nodiscard]] static QStringList searchPaths(const QString& kind, const QString& executableDir);
};

} // namespace yc::devices
