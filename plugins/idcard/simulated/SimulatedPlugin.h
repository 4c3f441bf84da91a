#pragma once

#include "api/idcard/IdCardReader.h"

#include <QObject>

namespace yc::plugins::idcard {

class SimulatedPlugin final : public QObject, public IdCardReaderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID YC_IDCARD_READER_FACTORY_IID FILE "simulated.json")
    Q_INTERFACES(yc::plugins::idcard::IdCardReaderFactory)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("simulated"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString unavailableReason() const override { return {}; }
    [[nodiscard]] QStringList ports() const override { return {QString()}; }
    [[nodiscard]] IdCardReader* create(const ReaderConfig& config) const override;
};

} // namespace yc::plugins::idcard
