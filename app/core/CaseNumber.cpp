#include "core/CaseNumber.h"

#include <QRegularExpression>

namespace yc::casenumber {

QTimeZone chinaTime()
{
    return QTimeZone(8 * 3600);
}

int yearAt(const QDateTime& at)
{
    return at.toTimeZone(chinaTime()).date().year();
}

std::optional<Parts> parse(QStringView number)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9A-Z]{4,16})-([1-9][0-9]{3})-([0-9]{6})\\z"));
    const auto match = pattern.match(number.toString());
    if (!match.hasMatch())
        return std::nullopt;
    Parts parts;
    parts.hallCode = match.captured(1);
    parts.year = match.captured(2).toInt();
    parts.sequence = match.captured(3).toInt();
    if (parts.sequence < 1)
        return std::nullopt;
    return parts;
}

QString format(const Parts& parts)
{
    return QStringLiteral("%1-%2-%3").arg(parts.hallCode).arg(parts.year).arg(parts.sequence, 6, 10, QLatin1Char('0'));
}

bool isOfYear(QStringView number, int year)
{
    const auto parts = parse(number);
    return parts && parts->year == year;
}

} // namespace yc::casenumber
