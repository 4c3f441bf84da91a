#pragma once

#include "api/scanner/Scanner.h"

#include <QObject>

namespace yc::plugins::scanner {

class SanePlugin final : public QObject, public ScannerFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID YC_SCANNER_FACTORY_IID FILE "sane.json")
    Q_INTERFACES(yc::plugins::scanner::ScannerFactory)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("sane"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString unavailableReason() const override { return {}; }
    [[nodiscard]] Scanner* create() const override;
};

} // namespace yc::plugins::scanner
