#include "SimulatedPlugin.h"

#include "SimulatedReader.h"

namespace yc::plugins::idcard {

QString SimulatedPlugin::displayName() const
{
    return tr("Simulated reader (training)");
}

IdCardReader* SimulatedPlugin::create(const ReaderConfig& config) const
{
    return new SimulatedReader(config);
}

} // namespace yc::plugins::idcard
