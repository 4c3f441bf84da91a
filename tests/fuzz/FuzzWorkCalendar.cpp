// The working-day calendar arrives from the platform's calendar feed: any bytes must give either
// a valid calendar or a clear error, never a crash.
#include "core/WorkCalendar.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto calendar =
        yc::WorkCalendar::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (calendar.ok()) {
        const QDate start(calendar.value().firstYear(), 1, 1);
        (void)calendar.value().addWorkingDays(start, 30);
    } else if (calendar.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
