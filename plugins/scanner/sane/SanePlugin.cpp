#include "SanePlugin.h"

#include "SaneScanner.h"

namespace yc::plugins::scanner {

QString SanePlugin::displayName() const
{
    return tr("Scanners through SANE");
}

Scanner* SanePlugin::create() const
{
    return new SaneScanner;
}

} // namespace yc::plugins::scanner
