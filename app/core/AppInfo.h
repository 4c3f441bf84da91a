#pragma once

#include <QString>

namespace yc::appinfo {

[[nodiscard]] QString version();
[[nodiscard]] QString organization();
[[nodiscard]] QString applicationName();
// Sets the application/organization names that QStandardPaths and QSettings rely on.
void setApplicationIdentity();

} // namespace yc::appinfo
