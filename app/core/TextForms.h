#pragma once

#include <QDateTime>
#include <QString>

namespace yc {

// The two text forms of an instant this code base writes, one place for each.
// The protocol's form (PROTOCOL.md §1: ISO 8601 UTC, whole seconds), e.g. 2026-11-28T06:00:00Z.
inline QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// The store's form (ISO 8601 UTC with milliseconds, so rows order by text), e.g. 2026-11-28T06:00:00.000Z.
inline QString isoUtcMs(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace yc
