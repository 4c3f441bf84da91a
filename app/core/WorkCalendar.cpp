#include "core/WorkCalendar.h"

#include "core/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yc {

namespace {

Result<QDate> parseDate(const QJsonValue& value, const QString& where)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        return makeError(QStringLiteral("calendar.date"),
                         WorkCalendar::tr("The calendar has an invalid date %1 in %2.").arg(value.toString(), where));
    return date;
}

} // namespace

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("calendar.json"), tr("The calendar is not valid JSON (%1 at offset %2).")
                                                              .arg(parseError.errorString())
                                                              .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("yichuang-workdays") ||
        root.value(QStringLiteral("formatVersion")).toInt() != 1)
        return makeError(QStringLiteral("calendar.format"),
                         tr("The document is not a working-day calendar of format version 1."));
    const QJsonObject years = root.value(QStringLiteral("years")).toObject();
    if (years.isEmpty())
        return makeError(QStringLiteral("calendar.empty"), tr("The calendar lists no years."));

    WorkCalendar calendar;
    for (auto it = years.begin(); it != years.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || year < 1990 || year > 2200)
            return makeError(QStringLiteral("calendar.year"),
                             tr("The calendar has an invalid year \"%1\".").arg(it.key()));
        const QJsonObject entry = it.value().toObject();
        const QString where = tr("year %1").arg(year);
        for (const QJsonValue& holiday : entry.value(QStringLiteral("holidays")).toArray()) {
            for (const QJsonValue& d : holiday.toObject().value(QStringLiteral("dates")).toArray()) {
                auto date = parseDate(d, where);
                if (!date)
                    return date.error();
                calendar.m_holidays.insert(date.value());
                calendar.m_noticeYear.insert(date.value(), year);
                calendar.m_holidayNames.insert(date.value(),
                                               holiday.toObject().value(QStringLiteral("name")).toString());
            }
        }
        for (const QJsonValue& d : entry.value(QStringLiteral("workdays")).toArray()) {
            auto date = parseDate(d, where);
            if (!date)
                return date.error();
            if (date.value().dayOfWeek() < 6)
                return makeError(QStringLiteral("calendar.workday"),
                                 tr("The make-up working day %1 in %2 is not a Saturday or Sunday.")
                                     .arg(date.value().toString(Qt::ISODate), where));
            calendar.m_makeUpDays.insert(date.value());
            calendar.m_noticeYear.insert(date.value(), year);
        }
        calendar.m_years.insert(year);
        calendar.m_firstYear = calendar.m_firstYear == 0 ? year : std::min(calendar.m_firstYear, year);
        calendar.m_lastYear = std::max(calendar.m_lastYear, year);
    }
    for (const QDate& d : std::as_const(calendar.m_makeUpDays)) {
        if (calendar.m_holidays.contains(d))
            return makeError(
                QStringLiteral("calendar.conflict"),
                tr("%1 is listed both as a holiday and as a make-up working day.").arg(d.toString(Qt::ISODate)));
    }
    return calendar;
}

const WorkCalendar& WorkCalendar::bundled()
{
    static const WorkCalendar calendar = [] {
        QFile file(QStringLiteral(":/yc/calendar/cn_workdays.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCore) << "the bundled working-day calendar is missing";
            return WorkCalendar();
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed) {
            qCWarning(lcCore) << "the bundled working-day calendar is invalid:" << parsed.error().code;
            return WorkCalendar();
        }
        return std::move(parsed.value());
    }();
    return calendar;
}

WorkCalendar WorkCalendar::overlaid(const WorkCalendar& base, const WorkCalendar& overlay)
{
    WorkCalendar result;
    const auto keep = [&](const QDate& d) {
        return !overlay.m_years.contains(base.m_noticeYear.value(d, d.year()));
    };
    for (const QDate& d : base.m_holidays)
        if (keep(d))
            result.m_holidays.insert(d);
    for (const QDate& d : base.m_makeUpDays)
        if (keep(d))
            result.m_makeUpDays.insert(d);
    for (auto it = base.m_noticeYear.cbegin(); it != base.m_noticeYear.cend(); ++it)
        if (keep(it.key()))
            result.m_noticeYear.insert(it.key(), it.value());
    for (auto it = base.m_holidayNames.cbegin(); it != base.m_holidayNames.cend(); ++it)
        if (keep(it.key()))
            result.m_holidayNames.insert(it.key(), it.value());
    result.m_holidayNames.insert(overlay.m_holidayNames);
    result.m_holidays.unite(overlay.m_holidays);
    result.m_makeUpDays.unite(overlay.m_makeUpDays);
    result.m_noticeYear.insert(overlay.m_noticeYear);
    result.m_years = base.m_years;
    result.m_years.unite(overlay.m_years);
    for (const int year : std::as_const(result.m_years)) {
        result.m_firstYear = result.m_firstYear == 0 ? year : std::min(result.m_firstYear, year);
        result.m_lastYear = std::max(result.m_lastYear, year);
    }
    return result;
}

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    if (m_makeUpDays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() <= 5;
}

bool WorkCalendar::counts(const QDate& date, const QList<Pause>& pauses) const
{
    if (!isWorkingDay(date))
        return false;
    for (const Pause& p : pauses) {
        if (date >= p.from && date <= p.to)
            return false;
    }
    return true;
}

WorkCalendar::Deadline WorkCalendar::addWorkingDays(const QDate& accepted, int workingDays,
                                                    const QList<Pause>& pauses) const
{
    Deadline result{accepted, isProvisional(accepted)};
    QDate day = accepted;
    int counted = 0;
    // A generous bound: even long pauses cannot push a limit of a few hundred working days past this.
    const QDate limit = accepted.addYears(20);
    while (counted < workingDays && day < limit) {
        day = day.addDays(1);
        if (counts(day, pauses))
            ++counted;
    }
    result.date = day;
    result.provisional = isProvisional(day);
    return result;
}

int WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to, const QList<Pause>& pauses) const
{
    if (to < from)
        return -workingDaysBetween(to, from, pauses);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (counts(d, pauses))
            ++n;
    }
    return n;
}

QDate WorkCalendar::nextWorkingDay(const QDate& date) const
{
    QDate d = date.addDays(1);
    while (!isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

QDate WorkCalendar::previousWorkingDay(const QDate& date) const
{
    QDate d = date.addDays(-1);
    while (!isWorkingDay(d))
        d = d.addDays(-1);
    return d;
}

} // namespace yc
