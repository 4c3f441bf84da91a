#pragma once

#include "api/idcard/IdCardReader.h"

#include <QObject>

namespace yc::plugins::idcard {

class TermbPlugin final : public QObject, public IdCardReaderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID YC_IDCARD_READER_FACTORY_IID FILE "termb.json")
    Q_INTERFACES(yc::plugins::idcard::IdCardReaderFactory)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("termb"); }
    [[nodiscard]] QString displayName() const override;
    // Loads the vendor library on first call; its absence is the reason.
    [[nodiscard]] QString unavailableReason() const override;
    [[nodiscard]] QStringList ports() const override;
    [[nodiscard]] IdCardReader* create(const ReaderConfig& config) const override;
};

} // namespace yc::plugins::idcard
