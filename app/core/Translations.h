#pragma once

#include <QString>

class QCoreApplication;

namespace yc {

// Loads the product's translation (compiled into the binary) and Qt's own for the given locale
// name ("zh_CN", "en"); an empty name means the system locale. Returns the locale used.
QString installTranslations(QCoreApplication& app, const QString& localeName = {});

} // namespace yc
