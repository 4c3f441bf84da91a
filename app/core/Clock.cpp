#include "core/Clock.h"

namespace yc {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace yc
