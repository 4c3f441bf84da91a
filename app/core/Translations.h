#pragma once

#include <QString>

class QCoreApplication;

namespace yc {

// Loads the product's translation (compiled into the binary) and Qt's own for the given locale
// name ("zh_CN", "en"); an empty name means the system locale. The locale becomes QLocale's
// default, so dates and numbers follow it. A second call replaces the first. Returns the locale used.
QString installTranslations(QCoreApplication& app, const QString& localeName = {});

} // namespace yc
