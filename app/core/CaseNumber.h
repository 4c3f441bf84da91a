#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace yc::casenumber {

// Official case numbers: <hallCode>-<year>-<sequence>, sequence 6 digits (PROTOCOL.md §7), leased
// from the platform per hall and year.
struct Parts
{
    QString hallCode;
    int year = 0;
    int sequence = 0;
};

// China Standard Time: UTC+8 all year (no daylight saving time since 1991).
[[nodiscard]] QTimeZone chinaTime();

// The one rule for the year of a case number: a number taken at `at` is a number of the calendar
// year of `at` in China Standard Time, whatever time zone `at` (or this PC) is in. A case numbered
// at 2026-12-31T16:30Z (2027-01-01 00:30 in Beijing) takes a 2027 number.
[[nodiscard]] int yearAt(const QDateTime& at);

[[nodiscard]] std::optional<Parts> parse(QStringView number);
[[nodiscard]] QString format(const Parts& parts);

// True when `number` is a well-formed number of `year`.
[[nodiscard]] bool isOfYear(QStringView number, int year);

} // namespace yc::casenumber
