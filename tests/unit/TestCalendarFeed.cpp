// The platform's working-day calendar feed as the sync engine hands it over (CalendarSink): a
// valid document is stored in the data directory and its years answer at once and after a restart;
// a malformed one is refused and the calendar in use and the stored file stay as they were.
#include "TestMain.h"
#include "core/WorkCalendar.h"
#include "sync/CalendarFeedStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using yc::WorkCalendar;
using yc::sync::CalendarFeedStore;

namespace {
QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// A feed with the bundled 2026 notice changed (1 June off) and a 2027 notice.
QJsonObject feed()
{
    QJsonObject years;
    years.insert(
        QStringLiteral("2026"),
        QJsonObject{{QStringLiteral("holidays"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("test")},
                                            {QStringLiteral("dates"), QJsonArray{QStringLiteral("2026-06-01")}}}}},
                    {QStringLiteral("workdays"), QJsonArray{}}});
    years.insert(
        QStringLiteral("2027"),
        QJsonObject{{QStringLiteral("holidays"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("元旦")},
                                            {QStringLiteral("dates"), QJsonArray{QStringLiteral("2027-01-01")}}},
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("春节")},
                                            {QStringLiteral("dates"),
                                             QJsonArray{QStringLiteral("2027-02-08"), QStringLiteral("2027-02-09"),
                                                        QStringLiteral("2027-02-10")}}}}},
                    {QStringLiteral("workdays"), QJsonArray{QStringLiteral("2027-02-06")}}});
    return {{QStringLiteral("format"), QStringLiteral("yichuang-workdays")},
            {QStringLiteral("formatVersion"), 1},
            {QStringLiteral("firstYear"), 2026},
            {QStringLiteral("lastYear"), 2027},
            {QStringLiteral("years"), years}};
}
} // namespace

class TestCalendarFeed : public QObject
{
    Q_OBJECT

private slots:
    void feedAppliedAndKept()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("calendar"));
        CalendarFeedStore store(dir);
        QVERIFY(store.load().ok()); // nothing stored yet: the bundled calendar
        QCOMPARE(store.calendar()->lastYear(), WorkCalendar::bundled().lastYear());
        QVERIFY(store.calendar()->isProvisional(d("2027-02-09")));
        QVERIFY(store.calendar()->isWorkingDay(d("2027-02-09"))); // a Tuesday, no notice known
        QVERIFY(store.calendar()->isWorkingDay(d("2026-06-01")));

        yc::sync::CalendarSink& sink = store;
        QVERIFY(sink.apply(feed()).ok());
        auto c = store.calendar();
        QCOMPARE(c->lastYear(), 2027);
        QVERIFY(!c->isProvisional(d("2027-02-09")));
        QVERIFY(!c->isWorkingDay(d("2027-02-09")));
        QVERIFY(!c->isWorkingDay(d("2027-01-01")));
        QVERIFY(c->isMakeUpWorkday(d("2027-02-06")));
        QVERIFY(c->isWorkingDay(d("2027-02-06")));
        // The 2026 notice of the feed replaced the bundled one as a whole.
        QVERIFY(!c->isWorkingDay(d("2026-06-01")));
        QVERIFY(c->isWorkingDay(d("2026-02-16"))); // bundled Spring Festival no longer listed for 2026
        // Earlier years stay bundled.
        QCOMPARE(c->firstYear(), WorkCalendar::bundled().firstYear());
        QVERIFY(!c->isWorkingDay(d("2025-10-01")));
        // A deadline counts the new holidays: accepted Fri 5 Feb 2027, 3 working days: Sat 6 (make-up), Thu 11, Fri 12.
        QCOMPARE(c->addWorkingDays(d("2027-02-05"), 3).date, d("2027-02-12"));

        // After a restart the stored feed is laid over the bundled calendar again.
        CalendarFeedStore restarted(dir);
        QVERIFY(restarted.hasStoredFeed());
        QVERIFY(restarted.load().ok());
        QCOMPARE(restarted.calendar()->lastYear(), 2027);
        QVERIFY(!restarted.calendar()->isWorkingDay(d("2027-02-09")));
    }

    void malformedFeedRefused()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("calendar-bad"));
        CalendarFeedStore store(dir);
        QVERIFY(store.apply(feed()).ok());
        QFile stored(CalendarFeedStore::filePath(dir));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray before = stored.readAll();
        stored.close();

        QJsonObject bad = feed();
        QJsonObject years = bad.value(QStringLiteral("years")).toObject();
        QJsonObject y2028{
            {QStringLiteral("holidays"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                    {QStringLiteral("dates"), QJsonArray{QStringLiteral("2028-02-30")}}}}}};
        years.insert(QStringLiteral("2028"), y2028);
        bad.insert(QStringLiteral("years"), years);
        auto refused = store.apply(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("calendar.date"));
        QJsonObject wrongFormat = feed();
        wrongFormat.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        QVERIFY(!store.apply(wrongFormat).ok());
        QVERIFY(!store.apply(QJsonObject()).ok());

        // The calendar in use and the stored file are the earlier feed's.
        QCOMPARE(store.calendar()->lastYear(), 2027);
        QVERIFY(!store.calendar()->isWorkingDay(d("2027-02-09")));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), before);
        stored.close();

        // A stored file damaged on disk is left out at the next start: the bundled calendar is used.
        QVERIFY(stored.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stored.write("{ not json");
        stored.close();
        CalendarFeedStore restarted(dir);
        QVERIFY(!restarted.load().ok());
        QCOMPARE(restarted.calendar()->lastYear(), WorkCalendar::bundled().lastYear());
        QVERIFY(restarted.calendar()->isWorkingDay(d("2027-02-09")));
    }
};

YC_TEST_MAIN(TestCalendarFeed)
#include "TestCalendarFeed.moc"
