#pragma once

#include <QLoggingCategory>

// One category per module. Never log personal data: names, ID numbers, addresses, phones,
// photos, scans, raw card frames. Log ids, counts, states and error codes instead.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcIdCard)
Q_DECLARE_LOGGING_CATEGORY(lcScanner)
Q_DECLARE_LOGGING_CATEGORY(lcDevices)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcSync)

#include <QString>

namespace yc::logging {

// The last line of defence behind "never log personal data": every resident ID number (18
// characters: 17 digits and a check digit or X) and every mainland mobile number (11 digits from
// 13 to 19, with or without +86) in text, masked as the lists mask them (110105********002X,
// 138****5678). Other text is left as it is.
[[nodiscard]] QString maskPersonalData(const QString& text);

// Installs a message handler that masks every message (maskPersonalData) before the handler that
// was installed before it (Qt's default one) writes it. The programs call it first thing in main().
void installMaskingHandler();

} // namespace yc::logging
