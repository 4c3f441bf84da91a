// The window's case list below the screens (intake::CaseOverview::todayAndOpen): today's cases and
// every open one, where each stands, the applicant masked, the promised date in working days; and
// the citizen's rating (intake::CaseRating): five levels, a bad one only with its reason, queued as
// an evaluation in the outbox.
#include "TestMain.h"
#include "WindowCases.h"
#include "core/Masking.h"
#include "intake/CaseOverview.h"
#include "intake/CaseRating.h"
#include "storage/OutboxRepository.h"
#include "sync/OfflineQueue.h"

#include <QSet>

using namespace yc;
using intake::CaseOverview;
using intake::CaseRating;
using intake::CaseStanding;

class TestCaseListing : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    QString m_dir;
    std::unique_ptr<storage::Store> m_store;
    test::WindowCases m_cases;

    [[nodiscard]] std::vector<storage::OutboxListRow> evaluations() const
    {
        storage::OutboxListFilter filter;
        filter.includeSubmitted = true;
        std::vector<storage::OutboxListRow> rows;
        auto all = sync::OfflineQueue::list(m_store->database(), m_store->cipher(), filter);
        if (all)
            for (const auto& r : all.value())
                if (r.kind == storage::OutboxRepository::EvaluationKind)
                    rows.push_back(r);
        return rows;
    }

private slots:
    void initTestCase()
    {
        m_dir = test::TestEnvironment::current()->freshDir(QStringLiteral("case-listing"));
        m_cases = test::makeWindowCases(m_store, m_dir, m_clock);
        QVERIFY(m_store);
        for (const QString& id : m_cases.listed() + QStringList{m_cases.oldCompleted})
            QVERIFY(!id.isEmpty());
    }

    void todayAndOpenCases()
    {
        CaseOverview overview(m_store->database(), m_store->cipher(), m_dir, m_clock);
        auto lines = overview.todayAndOpen();
        YC_VERIFY_OK(lines);
        QSet<QString> ids;
        QHash<QString, intake::CaseLine> byId;
        for (const auto& l : lines.value()) {
            ids.insert(l.caseId);
            byId.insert(l.caseId, l);
        }
        const QStringList listed = m_cases.listed();
        QCOMPARE(ids, QSet<QString>(listed.begin(), listed.end()));
        QVERIFY(!ids.contains(m_cases.oldCompleted)); // closed and not today
        // Every case of the window is still in the full list.
        QCOMPARE(int(overview.list().value().size()), listed.size() + 1);

        QCOMPARE(CaseOverview::standingOf(byId[m_cases.draft]), CaseStanding::Draft);
        QCOMPARE(CaseOverview::standingOf(byId[m_cases.oldDraft]), CaseStanding::Draft);
        QCOMPARE(CaseOverview::standingOf(byId[m_cases.oldCorrection]), CaseStanding::AwaitingCorrection);
        QCOMPARE(CaseOverview::standingOf(byId[m_cases.oldAccepted]), CaseStanding::InProgress);
        QCOMPARE(CaseOverview::standingOf(byId[m_cases.todayAccepted]), CaseStanding::InProgress);
        QCOMPARE(CaseOverview::standingOf(byId[m_cases.todayCompleted]), CaseStanding::Closed);

        // Masked: 测*丁 and 210202********dddd, never the full name or number.
        const auto& today = byId[m_cases.todayAccepted];
        const Applicant& a = m_cases.applicants[3].identity;
        QCOMPARE(today.applicant, mask::name(a.name));
        QCOMPARE(today.idNumber, mask::idNumber(a.idNumber));
        QVERIFY(today.applicant != a.name && today.idNumber != a.idNumber);
        QVERIFY(today.idNumber.contains(QStringLiteral("********")));
        QVERIFY(today.promisedDate.isValid());
        QCOMPARE(today.syncState, QStringLiteral("queued"));
        QVERIFY(byId[m_cases.draft].syncState.isEmpty());

        // A department asking for a correction makes an accepted case wait for it.
        storage::CaseRepository cases(m_store->database(), m_store->cipher(), m_dir, m_clock);
        YC_VERIFY_OK(cases.setDepartmentStatus(m_cases.oldAccepted, DepartmentStatus::CorrectionRequested));
        auto again = overview.show(m_cases.oldAccepted);
        YC_VERIFY_OK(again);
        QCOMPARE(CaseOverview::standingOf(again.value()->line), CaseStanding::AwaitingCorrection);
        YC_VERIFY_OK(cases.setDepartmentStatus(m_cases.oldAccepted, DepartmentStatus::UnderReview));
        QCOMPARE(CaseOverview::standingOf(overview.show(m_cases.oldAccepted).value()->line), CaseStanding::InProgress);
    }

    void owedMaterialsOfACorrection()
    {
        CaseOverview overview(m_store->database(), m_store->cipher(), m_dir, m_clock);
        auto detail = overview.show(m_cases.oldCorrection);
        YC_VERIFY_OK(detail);
        const auto owed = CaseOverview::owedMaterials(*detail.value());
        QCOMPARE(owed.size(), 1);
        QCOMPARE(owed.first().materialId, QStringLiteral("m1"));
        auto accepted = overview.show(m_cases.todayAccepted);
        YC_VERIFY_OK(accepted);
        QVERIFY(CaseOverview::owedMaterials(*accepted.value()).isEmpty());
    }

    void workingDaysLeft()
    {
        const WorkCalendar& calendar = WorkCalendar::bundled();
        // Wednesday 16 September 2026 to Friday 18: two working days; to Monday 21: four, as Sunday
        // 20 September is a make-up working day for the National Day holiday (2026 notice).
        QVERIFY(calendar.isMakeUpWorkday(QDate(2026, 9, 20)));
        QCOMPARE(CaseOverview::workingDaysLeft(calendar, QDate(2026, 9, 16), QDate(2026, 9, 18)),
                 std::optional<int>(2));
        QCOMPARE(CaseOverview::workingDaysLeft(calendar, QDate(2026, 9, 16), QDate(2026, 9, 21)),
                 std::optional<int>(4));
        QCOMPARE(CaseOverview::workingDaysLeft(calendar, QDate(2026, 9, 16), QDate(2026, 9, 16)),
                 std::optional<int>(0));
        // Past the date: negative. Across the National Day holiday (1-7 October) the days off do not count.
        QCOMPARE(CaseOverview::workingDaysLeft(calendar, QDate(2026, 9, 16), QDate(2026, 9, 15)),
                 std::optional<int>(-1));
        QCOMPARE(CaseOverview::workingDaysLeft(calendar, QDate(2026, 9, 30), QDate(2026, 10, 8)),
                 std::optional<int>(1));
        QCOMPARE(CaseOverview::workingDaysLeft(calendar, QDate(2026, 9, 16), QDate()), std::nullopt);
    }

    void ratingLevelsAndWording()
    {
        QCOMPARE(CaseRating::label(5), QStringLiteral("Very satisfied"));
        QCOMPARE(CaseRating::label(4), QStringLiteral("Satisfied"));
        QCOMPARE(CaseRating::label(3), QStringLiteral("Basically satisfied"));
        QCOMPARE(CaseRating::label(2), QStringLiteral("Dissatisfied"));
        QCOMPARE(CaseRating::label(1), QStringLiteral("Very dissatisfied"));
        QVERIFY(CaseRating::isBad(1) && CaseRating::isBad(2));
        QVERIFY(!CaseRating::isBad(3) && !CaseRating::isBad(4) && !CaseRating::isBad(5));
    }

    void badRatingNeedsItsReason()
    {
        CaseRating rating(m_store->database(), m_store->cipher(), m_dir, m_clock);
        const size_t before = evaluations().size();
        for (int level : {1, 2}) {
            for (const QString& reason : {QString(), QStringLiteral("   ")}) {
                auto refused = rating.submit(m_cases.todayAccepted, level, reason, QStringLiteral("c1001"));
                QVERIFY(!refused.ok());
                QCOMPARE(refused.error().code, QStringLiteral("rating.reason"));
            }
        }
        QCOMPARE(rating.submit(m_cases.todayAccepted, 0, {}, QStringLiteral("c1001")).error().code,
                 QStringLiteral("rating.level"));
        QCOMPARE(rating.submit(m_cases.todayAccepted, 6, {}, QStringLiteral("c1001")).error().code,
                 QStringLiteral("rating.level"));
        QCOMPARE(rating.submit(m_cases.draft, 5, {}, QStringLiteral("c1001")).error().code,
                 QStringLiteral("rating.case"));
        QCOMPARE(evaluations().size(), before); // nothing queued

        auto taken =
            rating.submit(m_cases.todayAccepted, 2, QStringLiteral("  等候时间过长  "), QStringLiteral("c1001"));
        YC_VERIFY_OK(taken);
        const auto rows = evaluations();
        QCOMPARE(rows.size(), before + 1);
        const auto& row = rows.back();
        QCOMPARE(row.caseId, m_cases.todayAccepted);
        auto e = sync::OfflineQueue::evaluation(m_store->database(), m_store->cipher(), row.id);
        YC_VERIFY_OK(e);
        QCOMPARE(e.value().evaluationId, taken.value());
        QCOMPARE(e.value().level, 2);
        QCOMPARE(e.value().overall, 2);
        QCOMPARE(e.value().comment, QStringLiteral("等候时间过长"));
        QCOMPARE(e.value().channel, QStringLiteral("window-device"));

        // A good rating needs no reason.
        YC_VERIFY_OK(rating.submit(m_cases.oldAccepted, 5, {}, QStringLiteral("c1001")));
        QCOMPARE(evaluations().size(), before + 2);

        // Rated once: a second rating of the same case is refused and nothing more is queued.
        auto again = rating.submit(m_cases.oldAccepted, 1, QStringLiteral("再评一次"), QStringLiteral("c1001"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("rating.duplicate"));
        QCOMPARE(evaluations().size(), before + 2);
    }
};

YC_TEST_MAIN(TestCaseListing)
#include "TestCaseListing.moc"
