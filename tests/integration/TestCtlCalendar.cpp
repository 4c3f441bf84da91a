// yichuang-ctl calendar deadline / is-workday / show, as hall IT scripts call them. The expected dates
// are those of the State Council General Office's notice on the 2026 holidays (国务院办公厅关于2026年
// 部分节假日安排的通知).
#include "TestEnvironment.h"
#include "TestMain.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run ctl(const QStringList& args)
{
    QProcess p;
    p.start(yc::test::executable(u"yichuang-ctl"_s),
            QStringList{u"--lang"_s, u"en"_s} + args +
                QStringList{u"--data-dir"_s, yc::test::TestEnvironment::current()->freshDir(u"calendar"_s)});
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCtlCalendar : public QObject
{
    Q_OBJECT

private slots:
    void deadline_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        // Spring Festival: 02-14 (Saturday) is a make-up working day, 02-15 to 02-23 are off.
        QTest::newRow("across Spring Festival") << u"2026-02-13"_s << 5 << u"2026-02-27\n"_s;
        // National Day: 10-01 to 10-07 off, 10-10 (Saturday) a make-up working day.
        QTest::newRow("across National Day, 1 day") << u"2026-09-30"_s << 1 << u"2026-10-08\n"_s;
        QTest::newRow("across National Day, 3 days") << u"2026-09-30"_s << 3 << u"2026-10-10\n"_s;
        QTest::newRow("on the spot") << u"2026-03-02"_s << 0 << u"2026-03-02\n"_s;
        QTest::newRow("past the last notice") << u"2026-12-30"_s << 5 << u"2027-01-06\nprovisional\n"_s;
    }

    void deadline()
    {
        QFETCH(QString, from);
        QFETCH(int, days);
        QFETCH(QString, expected);
        const Run r = ctl({u"calendar"_s, u"deadline"_s, u"--from"_s, from, u"--days"_s, QString::number(days)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, expected);
    }

    void isWorkday_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("make-up Saturday") << u"2026-02-14"_s << 0;
        QTest::newRow("Spring Festival weekday") << u"2026-02-16"_s << 1;
        QTest::newRow("Spring Festival Saturday") << u"2026-02-21"_s << 1;
        QTest::newRow("ordinary Monday") << u"2026-03-02"_s << 0;
        QTest::newRow("ordinary Saturday") << u"2026-03-07"_s << 1;
        QTest::newRow("make-up Sunday") << u"2026-09-20"_s << 0;
        QTest::newRow("National Day") << u"2026-10-07"_s << 1;
    }

    void isWorkday()
    {
        QFETCH(QString, date);
        QFETCH(int, exitCode);
        const Run r = ctl({u"calendar"_s, u"is-workday"_s, date});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.startsWith(date));
    }

    void show()
    {
        const Run r = ctl({u"calendar"_s, u"show"_s, u"2026"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        // 3 + 9 + 3 + 5 + 3 + 3 + 7 holiday dates and 6 make-up working days.
        QCOMPARE(lines.size(), 39);
        QVERIFY(lines.contains(u"2026-02-15\tholiday\t春节"_s));
        QVERIFY(lines.contains(u"2026-10-10\tworkday\tmake-up working day"_s));
        QVERIFY(lines.contains(u"2026-01-04\tworkday\tmake-up working day"_s));
        QCOMPARE(lines.first(), u"2026-01-01\tholiday\t元旦"_s);
    }

    void refusals()
    {
        QCOMPARE(ctl({u"calendar"_s, u"show"_s, u"2031"_s}).exitCode, 1);
        QCOMPARE(ctl({u"calendar"_s, u"show"_s, u"next"_s}).exitCode, 2);
        QCOMPARE(ctl({u"calendar"_s, u"deadline"_s, u"--from"_s, u"2026-02-30"_s, u"--days"_s, u"3"_s}).exitCode, 2);
        QCOMPARE(ctl({u"calendar"_s, u"deadline"_s, u"--from"_s, u"2026-02-13"_s, u"--days"_s, u"-1"_s}).exitCode, 2);
        QCOMPARE(ctl({u"calendar"_s, u"is-workday"_s, u"tomorrow"_s}).exitCode, 2);
    }
};

YC_TEST_MAIN(TestCtlCalendar)
#include "TestCtlCalendar.moc"
