#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "yc.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "yc.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "yc.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdCard, "yc.devices.idcard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScanner, "yc.devices.scanner", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDevices, "yc.devices", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "yc.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "yc.sync", QtInfoMsg)
