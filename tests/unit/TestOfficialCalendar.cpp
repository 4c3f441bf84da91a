// The bundled working-day calendar against the State Council General Office's yearly notices
// (国务院办公厅关于XXXX年部分节假日安排的通知) for 2019–2026, written out here from the notice texts
// independently of resources/calendar/cn_workdays.json: every day off the notices give, every
// make-up working day (调休上班), and then every date from 2018-12-29 to 2026-12-31 checked for its
// working-day status. Also deadlines across Spring Festival and National Day.
#include "TestMain.h"
#include "core/WorkCalendar.h"

#include <QSet>

using yc::WorkCalendar;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// One period off as the notice gives it: "X日至Y日放假" (from..to), or "X日放假，与周末连休"
// (from == to: the weekday the notice names; the weekend beside it is off anyway).
struct Period
{
    const char* name;
    const char* from;
    const char* to;
};

struct Notice
{
    int year;
    const char* source; // title of the notice (and of any later notice changing it); its gov.cn address is in
                        // resources/calendar/cn_workdays.json
    std::vector<Period> off;
    std::vector<const char*> makeUp; // Saturdays and Sundays worked
};

const std::vector<Notice>& notices()
{
    static const std::vector<Notice> all{
        {2019,
         "国务院办公厅关于2019年部分节假日安排的通知; 国务院办公厅关于调整2019年劳动节"
         "假期安排的通知: 劳动节 5月1日至4日, 4月28日、5月5日上班",
         {{"元旦", "2018-12-30", "2019-01-01"},
          {"春节", "2019-02-04", "2019-02-10"},
          {"清明节", "2019-04-05", "2019-04-05"},
          {"劳动节", "2019-05-01", "2019-05-04"},
          {"端午节", "2019-06-07", "2019-06-07"},
          {"中秋节", "2019-09-13", "2019-09-13"},
          {"国庆节", "2019-10-01", "2019-10-07"}},
         {"2018-12-29", "2019-02-02", "2019-02-03", "2019-04-28", "2019-05-05", "2019-09-29", "2019-10-12"}},
        {2020,
         "国务院办公厅关于2020年部分节假日安排的通知; 国务院办公厅关于延长2020年春节假期"
         "的通知: 春节假期延长至2月2日, so 2月1日 (Saturday) is no longer worked",
         {{"元旦", "2020-01-01", "2020-01-01"},
          {"春节", "2020-01-24", "2020-02-02"},
          {"清明节", "2020-04-04", "2020-04-06"},
          {"劳动节", "2020-05-01", "2020-05-05"},
          {"端午节", "2020-06-25", "2020-06-27"},
          {"国庆节、中秋节", "2020-10-01", "2020-10-08"}},
         {"2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"}},
        {2021,
         "国务院办公厅关于2021年部分节假日安排的通知",
         {{"元旦", "2021-01-01", "2021-01-03"},
          {"春节", "2021-02-11", "2021-02-17"},
          {"清明节", "2021-04-03", "2021-04-05"},
          {"劳动节", "2021-05-01", "2021-05-05"},
          {"端午节", "2021-06-12", "2021-06-14"},
          {"中秋节", "2021-09-19", "2021-09-21"},
          {"国庆节", "2021-10-01", "2021-10-07"}},
         {"2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"}},
        {2022,
         "国务院办公厅关于2022年部分节假日安排的通知",
         {{"元旦", "2022-01-01", "2022-01-03"},
          {"春节", "2022-01-31", "2022-02-06"},
          {"清明节", "2022-04-03", "2022-04-05"},
          {"劳动节", "2022-04-30", "2022-05-04"},
          {"端午节", "2022-06-03", "2022-06-05"},
          {"中秋节", "2022-09-10", "2022-09-12"},
          {"国庆节", "2022-10-01", "2022-10-07"}},
         {"2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09"}},
        {2023,
         "国务院办公厅关于2023年部分节假日安排的通知",
         {{"元旦", "2022-12-31", "2023-01-02"},
          {"春节", "2023-01-21", "2023-01-27"},
          {"清明节", "2023-04-05", "2023-04-05"},
          {"劳动节", "2023-04-29", "2023-05-03"},
          {"端午节", "2023-06-22", "2023-06-24"},
          {"中秋节、国庆节", "2023-09-29", "2023-10-06"}},
         {"2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"}},
        {2024,
         "国务院办公厅关于2024年部分节假日安排的通知; 除夕 2月9日 is a working day (the "
         "notice only encourages time off)",
         {{"元旦", "2024-01-01", "2024-01-01"},
          {"春节", "2024-02-10", "2024-02-17"},
          {"清明节", "2024-04-04", "2024-04-06"},
          {"劳动节", "2024-05-01", "2024-05-05"},
          {"端午节", "2024-06-10", "2024-06-10"},
          {"中秋节", "2024-09-15", "2024-09-17"},
          {"国庆节", "2024-10-01", "2024-10-07"}},
         {"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
          "2024-10-12"}},
        {2025,
         "国务院办公厅关于2025年部分节假日安排的通知, the first under the amended "
         "《全国年节及纪念日放假办法》 (除夕 and 5月2日 added)",
         {{"元旦", "2025-01-01", "2025-01-01"},
          {"春节", "2025-01-28", "2025-02-04"},
          {"清明节", "2025-04-04", "2025-04-06"},
          {"劳动节", "2025-05-01", "2025-05-05"},
          {"端午节", "2025-05-31", "2025-06-02"},
          {"国庆节、中秋节", "2025-10-01", "2025-10-08"}},
         {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"}},
        {2026,
         "国务院办公厅关于2026年部分节假日安排的通知",
         {{"元旦", "2026-01-01", "2026-01-03"},
          {"春节", "2026-02-15", "2026-02-23"},
          {"清明节", "2026-04-04", "2026-04-06"},
          {"劳动节", "2026-05-01", "2026-05-05"},
          {"端午节", "2026-06-19", "2026-06-21"},
          {"中秋节", "2026-09-25", "2026-09-27"},
          {"国庆节", "2026-10-01", "2026-10-07"}},
         {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}},
    };
    return all;
}

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= 6;
}

} // namespace

class TestOfficialCalendar : public QObject
{
    Q_OBJECT

private slots:
    void everyDayOffAndMakeUpDay_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(notices().size()); ++i)
            QTest::newRow(QByteArray::number(notices().at(i).year).constData()) << i;
    }

    void everyDayOffAndMakeUpDay()
    {
        QFETCH(int, index);
        const Notice& n = notices().at(index);
        const WorkCalendar& c = WorkCalendar::bundled();
        QVERIFY(c.hasYear(n.year));
        for (const Period& p : n.off) {
            QVERIFY2(d(p.from) <= d(p.to), p.name);
            for (QDate day = d(p.from); day <= d(p.to); day = day.addDays(1)) {
                const QByteArray what = day.toString(Qt::ISODate).toLatin1() + ' ' + p.name + " (" + n.source + ')';
                QVERIFY2(c.isHoliday(day), what.constData());
                QVERIFY2(!c.isWorkingDay(day), what.constData());
                QCOMPARE(c.noticeYear(day), n.year);
                QVERIFY2(c.holidayName(day).contains(QString::fromUtf8(p.name).section(u'、', 0, 0)),
                         qPrintable(c.holidayName(day) + QStringLiteral(" / ") + QString::fromUtf8(p.name)));
            }
        }
        for (const char* iso : n.makeUp) {
            const QByteArray what = QByteArray(iso) + " make-up (" + n.source + ')';
            QVERIFY2(isWeekend(d(iso)), what.constData()); // the table itself: only weekends are made up
            QVERIFY2(c.isMakeUpWorkday(d(iso)), what.constData());
            QVERIFY2(c.isWorkingDay(d(iso)), what.constData());
            QCOMPARE(c.noticeYear(d(iso)), n.year);
        }
    }

    // Every date the eight notices cover: a working day exactly when it is a weekday not off, or a
    // make-up day. Finds a day off or a make-up day in the data that no notice gives.
    void everyDateOfTheYears()
    {
        QSet<QDate> off;
        QSet<QDate> makeUp;
        for (const Notice& n : notices()) {
            for (const Period& p : n.off) {
                for (QDate day = d(p.from); day <= d(p.to); day = day.addDays(1))
                    off.insert(day);
            }
            for (const char* iso : n.makeUp)
                makeUp.insert(d(iso));
        }
        const WorkCalendar& c = WorkCalendar::bundled();
        for (QDate day = d("2018-12-29"); day <= d("2026-12-31"); day = day.addDays(1)) {
            const bool expected = makeUp.contains(day) || (!isWeekend(day) && !off.contains(day));
            QVERIFY2(c.isWorkingDay(day) == expected, qPrintable(day.toString(Qt::ISODate)));
            QCOMPARE(c.isMakeUpWorkday(day), makeUp.contains(day));
            if (!isWeekend(day) && !off.contains(day))
                QVERIFY2(!c.isHoliday(day), qPrintable(day.toString(Qt::ISODate)));
        }
        // 2025: 261 weekdays, of which 18 off (元旦 1, 春节 6, 清明节 1, 劳动节 3, 端午节 1, 国庆节、中秋节 6),
        // and 5 make-up days: 248 working days.
        int y2025 = 0;
        for (QDate day = d("2025-01-01"); day <= d("2025-12-31"); day = day.addDays(1))
            y2025 += c.isWorkingDay(day) ? 1 : 0;
        QCOMPARE(y2025, 248);
    }

    void deadlinesAcrossSpringFestival()
    {
        const WorkCalendar& c = WorkCalendar::bundled();
        // 2020, holiday extended to 2 Feb: accepted Thu 23 Jan, 2 working days: Mon 3 Feb (1), Tue 4 Feb (2).
        QCOMPARE(c.addWorkingDays(d("2020-01-23"), 2).date, d("2020-02-04"));
        // 2021: (5 Feb, 26 Feb] holds Sun 7 Feb (make-up), 8-10 Feb, 18-19 Feb, Sat 20 Feb (make-up), 22-26 Feb.
        QCOMPARE(c.workingDaysBetween(d("2021-02-05"), d("2021-02-26")), 12);
        // 2023: accepted Fri 20 Jan, 1 working day: 21-27 Jan off, Sat 28 Jan worked.
        QCOMPARE(c.addWorkingDays(d("2023-01-20"), 1).date, d("2023-01-28"));
        // 2024: accepted Thu 8 Feb, 2 working days: Fri 9 Feb (除夕, worked) (1), Sun 18 Feb make-up (2).
        QCOMPARE(c.addWorkingDays(d("2024-02-08"), 2).date, d("2024-02-18"));
        // 2025: accepted Fri 24 Jan, 3 working days: Sun 26 Jan (1), Mon 27 Jan (2), Wed 5 Feb (3).
        QCOMPARE(c.addWorkingDays(d("2025-01-24"), 3).date, d("2025-02-05"));
        // 2026: accepted Fri 13 Feb, 20 working days: Sat 14 Feb (1), 24-27 Feb (2-5), Sat 28 Feb (6),
        // 2-6 Mar (7-11), 9-13 Mar (12-16), 16-19 Mar (17-20).
        QCOMPARE(c.addWorkingDays(d("2026-02-13"), 20).date, d("2026-03-19"));
        QVERIFY(!c.addWorkingDays(d("2026-02-13"), 20).provisional);
    }

    void deadlinesAcrossNationalDay()
    {
        const WorkCalendar& c = WorkCalendar::bundled();
        // 2019: accepted Fri 27 Sep, 3 working days: Sun 29 Sep (1), Mon 30 Sep (2), Tue 8 Oct (3).
        QCOMPARE(c.addWorkingDays(d("2019-09-27"), 3).date, d("2019-10-08"));
        // 2020: accepted Fri 25 Sep, 5 working days: Sun 27, Mon 28, Tue 29, Wed 30 Sep, Fri 9 Oct.
        QCOMPARE(c.addWorkingDays(d("2020-09-25"), 5).date, d("2020-10-09"));
        // 2023: accepted Thu 28 Sep, 1 working day: 29 Sep - 6 Oct off, Sat 7 Oct worked.
        QCOMPARE(c.addWorkingDays(d("2023-09-28"), 1).date, d("2023-10-07"));
        // 2025: accepted Fri 26 Sep, 5 working days: Sun 28 Sep, 29, 30 Sep, Thu 9 Oct, Fri 10 Oct.
        QCOMPARE(c.addWorkingDays(d("2025-09-26"), 5).date, d("2025-10-10"));
        // 2025: 20 working days from Tue 30 Sep: 9-10 Oct (1-2), Sat 11 Oct (3), 13-17 (4-8), 20-24 (9-13),
        // 27-31 Oct (14-18), 3-4 Nov (19-20).
        QCOMPARE(c.addWorkingDays(d("2025-09-30"), 20).date, d("2025-11-04"));
        // 2026: accepted Fri 18 Sep, 2 working days: Sun 20 Sep (make-up) (1), Mon 21 Sep (2).
        QCOMPARE(c.addWorkingDays(d("2026-09-18"), 2).date, d("2026-09-21"));
        // 2026: the clock paused for a correction 28-30 Sep: accepted Thu 24 Sep, 3 working days:
        // 25-27 Sep 中秋节, 28-30 Sep paused, 1-7 Oct off, Thu 8 (1), Fri 9 (2), Sat 10 Oct make-up (3).
        const QList<WorkCalendar::Pause> pause{{d("2026-09-28"), d("2026-09-30")}};
        QCOMPARE(c.addWorkingDays(d("2026-09-24"), 3, pause).date, d("2026-10-10"));
        QCOMPARE(c.addWorkingDays(d("2026-09-24"), 3).date, d("2026-09-30"));
    }
};

YC_TEST_MAIN(TestOfficialCalendar)
#include "TestOfficialCalendar.moc"
