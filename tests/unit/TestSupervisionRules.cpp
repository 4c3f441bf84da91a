#include "TestMain.h"
#include "supervision/DashboardService.h"
#include "supervision/SupervisionRules.h"

using namespace yc;
using namespace yc::supervision;

// Electronic supervision on fixed dates of the bundled calendar (2026 notice: Spring Festival
// 15-23 Feb off, Saturdays 14 and 28 Feb worked; National Day 1-7 Oct off, Saturday 10 Oct worked).
class TestSupervisionRules : public QObject
{
    Q_OBJECT

    static QDate d(const char* iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

    static CaseFacts accepted(const char* on, const char* promised)
    {
        CaseFacts f;
        f.caseId = QStringLiteral("c1");
        f.decision = Decision::Accepted;
        f.status = DepartmentStatus::UnderReview;
        f.acceptedOn = d(on);
        f.promisedDate = d(promised);
        return f;
    }

    static SupervisionResult at(const CaseFacts& f, const char* today, int yellowDays = 1)
    {
        SupervisionOptions o;
        o.yellowDays = yellowDays;
        return SupervisionRules::evaluate(f, d(today), WorkCalendar::bundled(), o);
    }

private slots:
    void springFestival()
    {
        // Accepted Thu 12 Feb 2026, 5 working days: 13, 14 (make-up Saturday), holiday, 24, 25, 26.
        QCOMPARE(WorkCalendar::bundled().addWorkingDays(d("2026-02-12"), 5).date, d("2026-02-26"));
        const CaseFacts f = accepted("2026-02-12", "2026-02-26");
        auto r = at(f, "2026-02-14");
        QCOMPARE(*r.workingDaysLeft, 3);
        QCOMPARE(r.light, Light::Green);
        r = at(f, "2026-02-20"); // the holiday uses no day
        QCOMPARE(*r.workingDaysLeft, 3);
        QCOMPARE(r.light, Light::Green);
        QCOMPARE(r.deadline, d("2026-02-26"));
        QCOMPARE(at(f, "2026-02-20", 3).light, Light::Yellow); // supervision/yellow_days = 3
        r = at(f, "2026-02-25");
        QCOMPARE(*r.workingDaysLeft, 1);
        QCOMPARE(r.light, Light::Yellow);
        r = at(f, "2026-02-26");
        QCOMPARE(*r.workingDaysLeft, 0);
        QCOMPARE(r.light, Light::Yellow);
        r = at(f, "2026-02-27");
        QCOMPARE(*r.workingDaysLeft, -1);
        QCOMPARE(r.light, Light::Red);
        QVERIFY(!r.provisional);
    }

    void correctionWaitIsExcluded()
    {
        CaseFacts f = accepted("2026-02-12", "2026-02-26");
        // The department waited for a correction on Tue 24 and Wed 25 Feb.
        f.pauses << WorkCalendar::Pause{d("2026-02-24"), d("2026-02-25")};
        auto r = at(f, "2026-02-27");
        QCOMPARE(*r.workingDaysLeft, 1); // 13, 14, 26, 27 used
        QCOMPARE(r.light, Light::Yellow);
        QCOMPARE(r.deadline, d("2026-02-28")); // the make-up Saturday is the fifth day
        // Still waiting since the 24th: the clock stands at two days used.
        CaseFacts waiting = accepted("2026-02-12", "2026-02-26");
        waiting.waitingForCorrection = true;
        waiting.pauses << WorkCalendar::Pause{d("2026-02-24"), QDate()};
        r = at(waiting, "2026-03-04");
        QCOMPARE(*r.workingDaysLeft, 3);
        QCOMPARE(r.light, Light::Paused);
    }

    void nationalDay()
    {
        // Accepted Tue 29 Sep 2026, 3 working days: 30 Sep, holiday 1-7 Oct, 8 Oct, 9 Oct.
        const CaseFacts f = accepted("2026-09-29", "2026-10-09");
        QCOMPARE(*at(f, "2026-10-07").workingDaysLeft, 2);
        QCOMPARE(at(f, "2026-10-07").light, Light::Green);
        QCOMPARE(at(f, "2026-10-08").light, Light::Yellow);
        QCOMPARE(*at(f, "2026-10-09").workingDaysLeft, 0);
        // Saturday 10 Oct is a working day: the case is overdue on it.
        QCOMPARE(*at(f, "2026-10-10").workingDaysLeft, -1);
        QCOMPARE(at(f, "2026-10-10").light, Light::Red);
        QCOMPARE(at(f, "2026-10-11").light, Light::Red);
    }

    void noTimeLimitWithoutAcceptanceOrAfterCompletion()
    {
        CaseFacts f = accepted("2026-09-29", "2026-10-09");
        f.status = DepartmentStatus::Completed;
        QCOMPARE(at(f, "2026-10-20").light, Light::None);
        QVERIFY(!at(f, "2026-10-20").workingDaysLeft);
        f.status = DepartmentStatus::UnderReview;
        f.decision = Decision::CorrectionNotified;
        QCOMPARE(at(f, "2026-10-20").light, Light::None);
        f.decision = Decision::AcceptedWithMissing;
        QCOMPARE(at(f, "2026-10-20").light, Light::Red);
    }

    void refusalWithoutReason()
    {
        CaseFacts f;
        f.decision = Decision::Refused;
        f.refusalReasonGiven = false;
        QVERIFY(at(f, "2026-10-09").flags.contains(Flag::RefusalWithoutReason));
        f.refusalReasonGiven = true;
        QVERIFY(at(f, "2026-10-09").flags.isEmpty());
        f.decision = Decision::Accepted; // only a refusal needs one
        f.refusalReasonGiven = false;
        QVERIFY(!at(f, "2026-10-09").flags.contains(Flag::RefusalWithoutReason));
    }

    void deferredMaterialPastItsDate()
    {
        CaseFacts f = accepted("2026-09-29", "2026-10-30");
        f.decision = Decision::AcceptedWithMissing;
        f.deferred.push_back({QStringLiteral("m5"), d("2026-10-08"), false});
        QVERIFY(!at(f, "2026-10-08").flags.contains(Flag::DeferredMaterialOverdue)); // due today: not yet
        QVERIFY(at(f, "2026-10-09").flags.contains(Flag::DeferredMaterialOverdue));
        f.deferred.front().handedIn = true;
        QVERIFY(!at(f, "2026-10-09").flags.contains(Flag::DeferredMaterialOverdue));
    }

    void badRatingWithoutFollowUp()
    {
        CaseFacts f = accepted("2026-09-25", "2026-09-28");
        f.status = DepartmentStatus::Delivered;
        // Rated 非常不满意 on Mon 28 Sep 2026. Fifteen working days: 29, 30 Sep, 8, 9, 10 (Sat), 12-16,
        // 19-23 Oct; the 16th is Mon 26 Oct.
        f.ratings.push_back({QStringLiteral("e1"), d("2026-09-28"), 1, QDate()});
        QVERIFY(!at(f, "2026-10-23").flags.contains(Flag::BadRatingNoFollowUp));
        QVERIFY(at(f, "2026-10-26").flags.contains(Flag::BadRatingNoFollowUp));
        f.ratings.front().followedUpOn = d("2026-10-20");
        QVERIFY(!at(f, "2026-10-26").flags.contains(Flag::BadRatingNoFollowUp));
        f.ratings.front() = {QStringLiteral("e2"), d("2026-09-28"), 3, QDate()}; // 基本满意 is not bad
        QVERIFY(!at(f, "2026-11-30").flags.contains(Flag::BadRatingNoFollowUp));
        f.ratings.front().level = 2;
        QVERIFY(at(f, "2026-11-30").flags.contains(Flag::BadRatingNoFollowUp));
    }

    void yellowDaysSetting()
    {
        QCOMPARE(optionsFromSetting(QVariant()).yellowDays, 1);
        QCOMPARE(optionsFromSetting(QVariant(QStringLiteral("3"))).yellowDays, 3);
        QCOMPARE(optionsFromSetting(QVariant(0)).yellowDays, 0);
        QCOMPARE(optionsFromSetting(QVariant(-2)).yellowDays, 1);
        QCOMPARE(optionsFromSetting(QVariant(QStringLiteral("soon"))).yellowDays, 1);
    }
};

YC_TEST_MAIN(TestSupervisionRules)
#include "TestSupervisionRules.moc"
