#include "TestMain.h"
#include "core/WorkCalendar.h"

using yc::WorkCalendar;

class TestWorkCalendar : public QObject
{
    Q_OBJECT

    static QDate d(const char* iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

private slots:
    void bundledCalendar()
    {
        const WorkCalendar& c = WorkCalendar::bundled();
        QVERIFY(c.isValid());
        QCOMPARE(c.firstYear(), 2004);
        QVERIFY(c.lastYear() >= 2026);
        // 2026 notice: Spring Festival 15-23 Feb, make-up Saturdays 14 and 28 Feb.
        QVERIFY(!c.isWorkingDay(d("2026-02-16")));
        QVERIFY(c.isWorkingDay(d("2026-02-14")));
        QVERIFY(c.isMakeUpWorkday(d("2026-02-28")));
        QVERIFY(c.isWorkingDay(d("2026-03-02")));
        QVERIFY(!c.isWorkingDay(d("2026-03-07"))); // an ordinary Saturday
        // National Day 2026: 1-7 Oct off, Saturday 10 Oct worked.
        QVERIFY(!c.isWorkingDay(d("2026-10-05")));
        QVERIFY(c.isWorkingDay(d("2026-10-10")));
        // 2018: 16 June and 22 September are ordinary Saturdays (no make-up work).
        QVERIFY(!c.isWorkingDay(d("2018-06-16")));
        QVERIFY(!c.isWorkingDay(d("2018-09-22")));
    }

    void countsFromTheNextWorkingDay()
    {
        const WorkCalendar& c = WorkCalendar::bundled();
        // Accepted Friday 2026-03-06: 1 working day ends Monday 9 March; 5 end Friday 13 March.
        QCOMPARE(c.addWorkingDays(d("2026-03-06"), 1).date, d("2026-03-09"));
        QCOMPARE(c.addWorkingDays(d("2026-03-06"), 5).date, d("2026-03-13"));
        QCOMPARE(c.addWorkingDays(d("2026-03-06"), 0).date, d("2026-03-06"));
        // Across the National Day holiday: accepted Tue 29 Sep 2026, 3 working days:
        // 30 Sep (1), 1-7 Oct off, Thu 8 Oct (2), Fri 9 Oct (3).
        QCOMPARE(c.addWorkingDays(d("2026-09-29"), 3).date, d("2026-10-09"));
        QVERIFY(!c.addWorkingDays(d("2026-09-29"), 3).provisional);
        // Across Spring Festival with the make-up Saturday counted: accepted Thu 12 Feb 2026,
        // 2 working days: Fri 13 (1), Sat 14 make-up (2).
        QCOMPARE(c.addWorkingDays(d("2026-02-12"), 2).date, d("2026-02-14"));
    }

    void pausesStopTheClock()
    {
        const WorkCalendar& c = WorkCalendar::bundled();
        // Accepted Mon 2 March 2026, 5 working days, expert review Tue 3 – Wed 4 March excluded.
        const QList<WorkCalendar::Pause> pauses{{d("2026-03-03"), d("2026-03-04")}};
        QCOMPARE(c.addWorkingDays(d("2026-03-02"), 5).date, d("2026-03-09"));
        QCOMPARE(c.addWorkingDays(d("2026-03-02"), 5, pauses).date, d("2026-03-11"));
        QCOMPARE(c.workingDaysBetween(d("2026-03-02"), d("2026-03-11"), pauses), 5);
        QCOMPARE(c.workingDaysBetween(d("2026-03-11"), d("2026-03-02"), pauses), -5);
    }

    void provisionalPastTheLastYear()
    {
        const WorkCalendar& c = WorkCalendar::bundled();
        const auto deadline = c.addWorkingDays(QDate(c.lastYear(), 12, 28), 20);
        QVERIFY(deadline.provisional);
        QCOMPARE(deadline.date.year(), c.lastYear() + 1);
    }

    void nextAndPrevious()
    {
        const WorkCalendar& c = WorkCalendar::bundled();
        QCOMPARE(c.nextWorkingDay(d("2026-09-30")), d("2026-10-08"));
        QCOMPARE(c.previousWorkingDay(d("2026-10-08")), d("2026-09-30"));
    }

    void rejectsBadDocuments()
    {
        QCOMPARE(WorkCalendar::fromJson("{").error().code, QStringLiteral("calendar.json"));
        QCOMPARE(WorkCalendar::fromJson(R"({"format":"other","formatVersion":1})").error().code,
                 QStringLiteral("calendar.format"));
        const auto bad = WorkCalendar::fromJson(
            R"({"format":"yichuang-workdays","formatVersion":1,"years":{"2030":{"holidays":[],"workdays":["2030-01-02"]}}})");
        QCOMPARE(bad.error().code, QStringLiteral("calendar.workday"));
        QVERIFY(bad.error().message.contains(QStringLiteral("2030-01-02")));
        const auto conflict = WorkCalendar::fromJson(
            R"({"format":"yichuang-workdays","formatVersion":1,"years":{"2030":{"holidays":[{"name":"x","dates":["2030-01-05"]}],"workdays":["2030-01-05"]}}})");
        QCOMPARE(conflict.error().code, QStringLiteral("calendar.conflict"));
    }
};

YC_TEST_MAIN(TestWorkCalendar)
#include "TestWorkCalendar.moc"
