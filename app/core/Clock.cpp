#include "core/Clock.h"

namespace yc {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace yc
