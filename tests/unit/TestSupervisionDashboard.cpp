// The supervisor's dashboard service over a seeded store (tests/support/SupervisionFixtures.h): the
// role is checked by the service, the counts and charts of this PC and of the hall, the filters, and
// the CSV and PDF exports read back with only masked personal data.
#define YC_TEST_FONTS
#include "FakeClock.h"
#include "PdfTools.h"
#include "SupervisionFixtures.h"
#include "TestMain.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "supervision/DashboardExport.h"
#include "supervision/DashboardService.h"

#include <QFile>

using namespace Qt::StringLiterals;

using namespace yc;
using namespace yc::supervision;

class TestSupervisionDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<storage::Store> m_store;
    test::FakeClock m_clock;
    test::SupervisionSeed m_seed;

    static sync::SignedInStaff staff(const char* id, const char* role)
    {
        sync::SignedInStaff s;
        s.staffId = QLatin1String(id);
        s.login = s.staffId;
        s.displayName = QStringLiteral("样例丙");
        s.role = QLatin1String(role);
        return s;
    }

    DashboardService service() const
    {
        return DashboardService(m_store->database(), m_store->cipher(), m_clock, WorkCalendar::bundled());
    }

private slots:
    void initTestCase()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("supervision"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store.value());
        auto seed = test::seedSupervisionCases(*m_store, m_clock);
        QVERIFY(seed);
        m_seed = *seed;
    }

    void clerkIsRefusedByTheService()
    {
        auto clerk = service().snapshot(staff("c1001", "clerk"), {}, std::nullopt);
        QVERIFY(!clerk);
        QCOMPARE(clerk.error().code, QStringLiteral("supervision.forbidden"));
        QVERIFY(!service().localFacts(staff("c1001", "clerk")));
        // Facts read under a supervisor's session give a clerk nothing either.
        auto facts = service().localFacts(staff("s2001", "supervisor"));
        YC_VERIFY_OK(facts);
        QCOMPARE(service().build(staff("c1001", "clerk"), facts.value(), {}, std::nullopt).error().code,
                 QStringLiteral("supervision.forbidden"));
        QCOMPARE(service().snapshot(staff("a9001", "admin"), {}, std::nullopt).error().code,
                 QStringLiteral("supervision.forbidden"));
        QCOMPARE(service().snapshot(sync::SignedInStaff{}, {}, std::nullopt).error().code,
                 QStringLiteral("supervision.signed-out"));
    }

    void thisPcOnly()
    {
        auto s = service().snapshot(staff("s2001", "supervisor"), {}, std::nullopt, QStringLiteral("offline"));
        YC_VERIFY_OK(s);
        const DashboardSnapshot& v = s.value();
        QVERIFY(!v.hallIncluded);
        QCOMPARE(v.hallProblem, QStringLiteral("offline"));
        QCOMPARE(v.today, QDate(2026, 10, 9));
        QCOMPARE(int(v.rows.size()), 8);
        QCOMPARE(v.todayTotal, 2); // C and D
        QCOMPARE(v.todayByWindow.value(QStringLiteral("A01")), 1);
        QCOMPARE(v.todayByWindow.value(QStringLiteral("A02")), 1);
        QCOMPARE(v.todayByStaff.value(QStringLiteral("c1001")), 1);
        QCOMPARE(v.pendingSync, 2);
        QCOMPARE(v.waitingCorrection, 1);
        QCOMPARE(v.deferredDue, 1);
        QCOMPARE(v.yellow, 1);
        QCOMPARE(v.red, 1);
        QCOMPARE(v.flagged, 3);
        // Flags by case.
        for (const DashboardRow& row : v.rows) {
            const QString id = row.facts.caseId;
            if (id == m_seed.ids["D"])
                QVERIFY(row.result.flags.contains(Flag::RefusalWithoutReason));
            else if (id == m_seed.ids["F"])
                QVERIFY(row.result.flags.isEmpty());
            else if (id == m_seed.ids["E"]) {
                QVERIFY(row.result.flags.contains(Flag::DeferredMaterialOverdue));
                QCOMPARE(row.result.light, Light::Paused);
            } else if (id == m_seed.ids["H"])
                QVERIFY(row.result.flags.contains(Flag::BadRatingNoFollowUp));
            else if (id == m_seed.ids["A"]) {
                QCOMPARE(row.result.light, Light::Yellow);
                QCOMPARE(*row.result.workingDaysLeft, 0);
                QCOMPARE(row.facts.maskedApplicant, mask::name(m_seed.applicantName));
            } else if (id == m_seed.ids["B"])
                QCOMPARE(row.result.light, Light::Red);
        }
        // Charts.
        QCOMPARE(v.casesPerDay.value(QDate(2026, 10, 9)), 2);
        QCOMPARE(v.casesPerDay.value(QDate(2026, 9, 29)), 2);
        QCOMPARE(v.handlingWorkingDays.value(2), 1); // G: 30 Sep, 8 Oct
        QCOMPARE(v.handlingWorkingDays.value(6), 1); // H: 2-4, 7-9 Sep
        QCOMPARE(v.ratingsByLevel.value(1), 1);
    }

    void withTheHall()
    {
        auto s = service().snapshot(staff("s2001", "supervisor"), {}, test::hallCases(m_seed));
        YC_VERIFY_OK(s);
        const DashboardSnapshot& v = s.value();
        QVERIFY(v.hallIncluded);
        QCOMPARE(int(v.rows.size()), 9); // case A is counted once
        QCOMPARE(v.todayTotal, 3);
        QCOMPARE(v.todayByWindow.value(QStringLiteral("B03")), 1);
        QCOMPARE(v.todayByStaff.value(QStringLiteral("c1003")), 1);
        QVERIFY(v.windows.contains(QStringLiteral("B03")));
        QCOMPARE(v.yellow, 1);
        QCOMPARE(v.red, 1);
    }

    void filters()
    {
        DashboardFilter f;
        f.windowCode = QStringLiteral("A01");
        auto s = service().snapshot(staff("s2001", "supervisor"), f, test::hallCases(m_seed));
        YC_VERIFY_OK(s);
        QCOMPARE(int(s.value().rows.size()), 5); // H, A, B, G, D
        QCOMPARE(s.value().todayTotal, 3);       // the tiles are not filtered
        f = {};
        f.state = DashboardFilter::State::Red;
        QCOMPARE(int(service().snapshot(staff("s2001", "supervisor"), f, std::nullopt).value().rows.size()), 1);
        f.state = DashboardFilter::State::Flagged;
        QCOMPARE(int(service().snapshot(staff("s2001", "supervisor"), f, std::nullopt).value().rows.size()), 3);
        f = {};
        f.from = QDate(2026, 10, 8);
        f.to = QDate(2026, 10, 9);
        QCOMPARE(int(service().snapshot(staff("s2001", "supervisor"), f, test::hallCases(m_seed)).value().rows.size()),
                 5);
        f.staffId = QStringLiteral("c1002");
        f.itemCode = QStringLiteral("nothing");
        QCOMPARE(int(service().snapshot(staff("s2001", "supervisor"), f, std::nullopt).value().rows.size()), 0);
    }

    void csvReadsBack()
    {
        auto s = service().snapshot(staff("s2001", "supervisor"), {}, test::hallCases(m_seed));
        YC_VERIFY_OK(s);
        const QByteArray bytes = DashboardExport::csv(s.value());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString path = test::TestEnvironment::current()->freshDir(QStringLiteral("csv")) + u"/cases.csv"_s;
        YC_VERIFY_OK(DashboardExport::write(path, bytes));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll().mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 9);
        QCOMPARE(lines.first().split(QLatin1Char(',')).size(), DashboardExport::header().size());
        QVERIFY(text.contains(QStringLiteral("21020001-2026-000900")));
        QVERIFY(text.contains(mask::name(m_seed.applicantName)));
        QVERIFY(!text.contains(m_seed.applicantName));
        QVERIFY(!text.contains(m_seed.applicantIdNumber));
        QVERIFY(!text.contains(QStringLiteral("不属于本机关职权范围"))); // a refusal's reason is not exported
        // The red case's line says so.
        bool red = false;
        for (const QString& line : lines)
            red = red || (line.startsWith(QStringLiteral("21020001-2026-000003,")) &&
                          line.contains(SupervisionRules::lightName(Light::Red)));
        QVERIFY2(red, qPrintable(text));
    }

    void pdfReadsBack()
    {
        auto s = service().snapshot(staff("s2001", "supervisor"), {}, std::nullopt);
        YC_VERIFY_OK(s);
        auto pdf = DashboardExport::pdf(s.value(), QStringLiteral("Hall dashboard"), QStringLiteral("This PC only"));
        YC_VERIFY_OK(pdf);
        const QString path = test::TestEnvironment::current()->freshDir(QStringLiteral("pdf")) + u"/cases.pdf"_s;
        YC_VERIFY_OK(DashboardExport::write(path, pdf.value()));
        const test::ToolRun text = test::pdfText(path);
        QVERIFY(text.ok);
        const QString flat = test::squeezed(text.out);
        QVERIFY2(flat.contains(QStringLiteral("21020001-2026-000003")), qPrintable(text.out));
        QVERIFY(flat.contains(QStringLiteral("ThisPConly")));
        QVERIFY(flat.contains(mask::name(m_seed.applicantName)));
        QVERIFY(!flat.contains(m_seed.applicantName));
        QVERIFY(!flat.contains(m_seed.applicantIdNumber));
    }

    void formats()
    {
        QVERIFY(DashboardExport::formatFromString(QStringLiteral("csv")));
        QCOMPARE(DashboardExport::formatFromString(QStringLiteral("xls")).error().code,
                 QStringLiteral("export.unknown-format"));
    }

    // Last: it adds a case. A correction wait that is over still does not count: accepted Mon 28 Sep
    // for 3 working days (29, 30 Sep, 8 Oct), correction asked on the 29th, supplemented on 8 Oct.
    void pastCorrectionWaitIsExcluded()
    {
        storage::Database& db = m_store->database();
        QVERIFY(test::execSql(db, QStringLiteral("INSERT INTO case_number_leases (number, lease_id, obtained_at) "
                                                 "VALUES ('21020001-2026-000009', 'L-2026', "
                                                 "'2026-09-01T00:00:00.000Z')")));
        storage::CaseRepository cases(db, m_store->cipher(), m_store->dataDir(), m_clock);
        m_clock.set(test::chinaTime(2026, 9, 28, 10));
        storage::NewCase c;
        c.itemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
        c.staffId = QStringLiteral("c1001");
        c.windowCode = QStringLiteral("A01");
        c.decision = Decision::Accepted;
        c.receivedAt = m_clock.now();
        c.promisedDate = QDate(2026, 10, 8);
        c.applicant.idType = QStringLiteral("resident-id");
        c.applicant.idNumber = test::residentId(QStringLiteral("210202"), QStringLiteral("19800101"), 9);
        c.applicant.name = m_seed.applicantName;
        auto id = cases.accept(c);
        YC_VERIFY_OK(id);
        const std::pair<QDateTime, DepartmentStatus> steps[] = {
            {test::chinaTime(2026, 9, 29, 9), DepartmentStatus::UnderReview},
            {test::chinaTime(2026, 9, 29, 16), DepartmentStatus::CorrectionRequested},
            {test::chinaTime(2026, 10, 8, 9), DepartmentStatus::Supplemented},
            {test::chinaTime(2026, 10, 8, 10), DepartmentStatus::UnderReview},
            {test::chinaTime(2026, 10, 8, 11), DepartmentStatus::UnderReview}, // again: no new history row
        };
        for (const auto& [at, status] : steps) {
            m_clock.set(at);
            YC_VERIFY_OK(cases.setDepartmentStatus(id.value(), status));
        }
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM case_status_changes WHERE case_id = '%1'").arg(id.value()))
                .value(),
            4);
        m_clock.set(test::supervisionToday());
        auto s = service().snapshot(staff("s2001", "supervisor"), {}, std::nullopt);
        YC_VERIFY_OK(s);
        bool found = false;
        for (const DashboardRow& row : s.value().rows) {
            if (row.facts.caseId != id.value())
                continue;
            found = true;
            QVERIFY(!row.facts.waitingForCorrection);
            QCOMPARE(*row.result.workingDaysLeft, 1); // 8 and 9 Oct used; 29 and 30 Sep paused
            QCOMPARE(row.result.light, Light::Yellow);
            QCOMPARE(row.result.deadline, QDate(2026, 10, 10)); // the make-up Saturday
        }
        QVERIFY(found);
    }

    // A correction notice given at the window waits for the applicant's materials: counted as waiting
    // for correction until the department reports the supplement.
    void correctionNoticeWaitsForCorrection()
    {
        storage::Database& db = m_store->database();
        storage::CaseRepository cases(db, m_store->cipher(), m_store->dataDir(), m_clock);
        m_clock.set(test::chinaTime(2026, 10, 9, 11));
        storage::NewCase c;
        c.itemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
        c.staffId = QStringLiteral("c1001");
        c.windowCode = QStringLiteral("A01");
        c.decision = Decision::CorrectionNotified;
        c.receivedAt = m_clock.now();
        c.applicant.idType = QStringLiteral("resident-id");
        c.applicant.idNumber = test::residentId(QStringLiteral("210202"), QStringLiteral("19800101"), 10);
        c.applicant.name = m_seed.applicantName;
        auto id = cases.accept(c);
        YC_VERIFY_OK(id);
        auto waiting = [this, &id]() -> int {
            m_clock.set(test::supervisionToday());
            auto s = service().snapshot(staff("s2001", "supervisor"), {}, std::nullopt);
            if (!s)
                return -1;
            for (const DashboardRow& row : s.value().rows) {
                if (row.facts.caseId == id.value())
                    return row.facts.waitingForCorrection ? 1 : 0;
            }
            return -2;
        };
        QCOMPARE(waiting(), 1);
        m_clock.set(test::chinaTime(2026, 10, 9, 15));
        YC_VERIFY_OK(cases.setDepartmentStatus(id.value(), DepartmentStatus::Supplemented));
        QCOMPARE(waiting(), 0);
    }
};

YC_TEST_MAIN(TestSupervisionDashboard)
#include "TestSupervisionDashboard.moc"
