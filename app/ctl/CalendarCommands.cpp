// yichuang-ctl calendar ...: the working-day calendar (statutory holidays and make-up working days)
// as this PC uses it: the bundled notices, overlaid with the platform's calendar feed when the data
// directory holds one.
#include "core/DataLocation.h"
#include "core/WorkCalendar.h"
#include "ctl/CommandRegistry.h"
#include "sync/CalendarFeedStore.h"

#include <QCommandLineParser>
#include <QDate>
#include <QLocale>

#include <memory>

namespace yc::ctl {

namespace {

class CalendarCommands
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::CalendarCommands)

public:
    static int deadline(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Prints the day a time limit of N working days ends when the case was accepted on the --from date: "
               "the count starts on the working day after it; statutory holidays do not count and make-up "
               "working days do. A second line \"provisional\" follows when the count runs past the last year "
               "whose official notice is known."));
        const QCommandLineOption from(QStringLiteral("from"), tr("The day of acceptance."),
                                      QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption days(QStringLiteral("days"), tr("The time limit in working days (0 to 3650)."),
                                      QStringLiteral("N"));
        parser.addOption(from);
        parser.addOption(days);
        if (const int rc = parseCommandLine(parser, args, io, 0, DataDir::Yes); rc >= 0)
            return rc;
        const QDate start = QDate::fromString(parser.value(from), Qt::ISODate);
        if (!parser.isSet(from) || !start.isValid()) {
            io.err << tr("error: --from must be a date written YYYY-MM-DD.") << '\n';
            return ExitUsage;
        }
        bool ok = false;
        const int n = parser.value(days).toInt(&ok);
        if (!parser.isSet(days) || !ok || n < 0 || n > 3650) {
            io.err << tr("error: --days must be a whole number from 0 to 3650.") << '\n';
            return ExitUsage;
        }
        auto calendar = load(parser);
        const WorkCalendar::Deadline d = calendar->addWorkingDays(start, n);
        io.out << d.date.toString(Qt::ISODate) << '\n';
        if (d.provisional)
            io.out << "provisional\n";
        return ExitOk;
    }

    static int isWorkday(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Exits 0 when the date is a working day, 1 when it is not (a weekend or a statutory holiday), and "
               "says which."));
        parser.addPositionalArgument(QStringLiteral("YYYY-MM-DD"), tr("The date."));
        if (const int rc = parseCommandLine(parser, args, io, 1, DataDir::Yes); rc >= 0)
            return rc;
        const QDate date = QDate::fromString(parser.positionalArguments().constFirst(), Qt::ISODate);
        if (!date.isValid()) {
            io.err << tr("error: %1 is not a date written YYYY-MM-DD.").arg(parser.positionalArguments().constFirst())
                   << '\n';
            return ExitUsage;
        }
        auto calendar = load(parser);
        const bool working = calendar->isWorkingDay(date);
        QString what;
        if (calendar->isHoliday(date))
            what = tr("statutory holiday (%1)").arg(calendar->holidayName(date));
        else if (calendar->isMakeUpWorkday(date))
            what = tr("make-up working day");
        else if (date.dayOfWeek() >= 6)
            what = tr("weekend");
        else
            what = tr("working day");
        io.out << date.toString(Qt::ISODate) << ' ' << what;
        if (calendar->isProvisional(date))
            io.out << ' ' << tr("(provisional: no official notice for %1 yet)").arg(date.year());
        io.out << '\n';
        return working ? ExitOk : ExitNegative;
    }

    static int show(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Lists every statutory holiday and make-up working day of YEAR, one date per line, with the name of "
               "its holiday period."));
        parser.addPositionalArgument(QStringLiteral("YEAR"), tr("The year."));
        if (const int rc = parseCommandLine(parser, args, io, 1, DataDir::Yes); rc >= 0)
            return rc;
        bool ok = false;
        const int year = parser.positionalArguments().constFirst().toInt(&ok);
        if (!ok || year < 1990 || year > 2200) {
            io.err << tr("error: YEAR must be a year such as 2026.") << '\n';
            return ExitUsage;
        }
        auto calendar = load(parser);
        if (!calendar->hasYear(year)) {
            io.err << tr("error: no official notice for %1 is known (the calendar covers %2 to %3); its dates are "
                         "provisional: Monday to Friday are counted as working days.")
                          .arg(year)
                          .arg(calendar->firstYear())
                          .arg(calendar->lastYear())
                   << '\n';
            return ExitNegative;
        }
        int holidays = 0;
        int workdays = 0;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            if (calendar->isHoliday(d)) {
                ++holidays;
                io.out << d.toString(Qt::ISODate) << '\t' << tr("holiday") << '\t' << calendar->holidayName(d) << '\n';
            } else if (calendar->isMakeUpWorkday(d)) {
                ++workdays;
                io.out << d.toString(Qt::ISODate) << '\t' << tr("workday") << '\t' << tr("make-up working day") << '\n';
            }
        }
        io.err << tr("%1: %2 holiday dates, %3 make-up working days.").arg(year).arg(holidays).arg(workdays) << '\n';
        return ExitOk;
    }

private:
    static std::shared_ptr<const WorkCalendar> load(const QCommandLineParser& parser)
    {
        sync::CalendarFeedStore store(DataLocation::resolve(parser.value(dataDirOptionName())));
        (void)store.load(); // without a stored feed (or with a damaged one) the bundled notices are used
        return store.calendar();
    }
};

} // namespace

void registerCalendarCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("calendar"), QStringLiteral("deadline")},
                  QStringLiteral("calendar deadline --from YYYY-MM-DD --days N [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::CalendarCommands", "The day a working-day time limit ends"),
                  &CalendarCommands::deadline});
    registry.add({{QStringLiteral("calendar"), QStringLiteral("is-workday")},
                  QStringLiteral("calendar is-workday YYYY-MM-DD [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::CalendarCommands", "Exit 0 on a working day, 1 otherwise"),
                  &CalendarCommands::isWorkday});
    registry.add(
        {{QStringLiteral("calendar"), QStringLiteral("show")},
         QStringLiteral("calendar show YEAR [--data-dir DIR]"),
         QCoreApplication::translate("yc::ctl::CalendarCommands", "Every holiday and make-up working day of a year"),
         &CalendarCommands::show});
}

} // namespace yc::ctl
