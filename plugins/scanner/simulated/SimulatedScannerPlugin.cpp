#include "SimulatedScannerPlugin.h"

#include "SimulatedScanner.h"

namespace yc::plugins::scanner {

QString SimulatedScannerPlugin::displayName() const
{
    return tr("Simulated scanner (training)");
}

Scanner* SimulatedScannerPlugin::create() const
{
    return new SimulatedScanner;
}

} // namespace yc::plugins::scanner
