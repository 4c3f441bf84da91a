#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace yc {

// Working days as the Administrative Licensing Law counts them (Art. 82): Monday to Friday that
// are not statutory holidays, plus the official make-up working days (调休). The dates come from
// the State Council's yearly notices (resources/calendar/cn_workdays.json, or the platform's
// calendar feed, in the same format). Beyond the last published year the ordinary week is
// assumed and every result is flagged provisional.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(yc::WorkCalendar)

public:
    // A period that does not count (Art. 45 hearings/inspections/expert review, waiting for
    // supplements): both ends included.
    struct Pause
    {
        QDate from;
        QDate to;
    };

    struct Deadline
    {
        QDate date;
        bool provisional = false; // the count ran past the last published year
    };

    WorkCalendar() = default;

    // Parses the "yichuang-workdays" document. Errors name the year and the bad entry.
    [[nodiscard]] static Result<WorkCalendar> fromJson(const QByteArray& json);
    // The calendar compiled into the program (resources/calendar/cn_workdays.json).
    [[nodiscard]] static const WorkCalendar& bundled();
    // base with every year overlay lists taken from overlay instead (a newer notice of a year
    // replaces that year as a whole; years only base lists stay).
    [[nodiscard]] static WorkCalendar overlaid(const WorkCalendar& base, const WorkCalendar& overlay);

    [[nodiscard]] bool isValid() const { return m_lastYear > 0; }
    [[nodiscard]] int firstYear() const { return m_firstYear; }
    [[nodiscard]] int lastYear() const { return m_lastYear; }
    [[nodiscard]] bool hasYear(int year) const { return m_years.contains(year); }
    [[nodiscard]] bool isProvisional(const QDate& date) const { return date.year() > m_lastYear; }
    [[nodiscard]] bool isHoliday(const QDate& date) const { return m_holidays.contains(date); }
    [[nodiscard]] bool isMakeUpWorkday(const QDate& date) const { return m_makeUpDays.contains(date); }
    // The name of the holiday period a date belongs to, as its notice gives it (e.g. 春节); empty
    // when the date is not a listed holiday.
    [[nodiscard]] QString holidayName(const QDate& date) const { return m_holidayNames.value(date); }
    // The year of the notice that lists a date (the 2019 notice lists 2018-12-30); 0 when none does.
    [[nodiscard]] int noticeYear(const QDate& date) const { return m_noticeYear.value(date); }
    [[nodiscard]] bool isWorkingDay(const QDate& date) const;

    // The day a time limit of `workingDays` ends when the case was accepted on `accepted`: the
    // count starts on the working day after acceptance; paused days do not count. Zero working
    // days (on-the-spot items) ends on the day of acceptance.
    [[nodiscard]] Deadline addWorkingDays(const QDate& accepted, int workingDays,
                                          const QList<Pause>& pauses = {}) const;
    // Working days in (from, to], pauses excluded; negative when `to` is before `from`.
    [[nodiscard]] int workingDaysBetween(const QDate& from, const QDate& to, const QList<Pause>& pauses = {}) const;
    [[nodiscard]] QDate nextWorkingDay(const QDate& date) const;
    [[nodiscard]] QDate previousWorkingDay(const QDate& date) const;

private:
    [[nodiscard]] bool counts(const QDate& date, const QList<Pause>& pauses) const;

    QSet<QDate> m_holidays;
    QSet<QDate> m_makeUpDays;
    QSet<int> m_years;              // the years (notices) the document lists
    QHash<QDate, int> m_noticeYear; // the notice each listed date comes from
    QHash<QDate, QString> m_holidayNames;
    int m_firstYear = 0;
    int m_lastYear = 0;
};

} // namespace yc
