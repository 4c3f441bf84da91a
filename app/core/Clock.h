#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace yc {

// Every "now" in the product comes from a Clock, so tests can move time.
class Clock
{
public:
    virtual ~Clock();
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
};

// The process's system clock, for services built without one handed in (tools and older callers).
[[nodiscard]] const Clock& systemClock();

} // namespace yc
