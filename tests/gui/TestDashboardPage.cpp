// The supervisor's hall dashboard page over a seeded store (tests/support/SupervisionFixtures.h),
// offline: the tiles count the seeded cases, the page says it shows this PC only, the filters narrow
// the list, the export writes what the list shows; a clerk's session gets the service's refusal and
// no data.
#include "FakePlatformConnector.h"
#include "SupervisionFixtures.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "storage/Store.h"
#include "sync/CurrentStaff.h"
#include "sync/StaffCredentials.h"
#include "ui/AppContext.h"
#include "ui/supervision/ChartWidget.h"
#include "ui/supervision/DashboardPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>

using namespace yc;

namespace {

// The hall query (PROTOCOL.md §15) in two pages, for the supervisor's token only.
class HallPlatform : public test::FakePlatformConnector
{
public:
    HallPlatform(QStringList& unexpected, std::vector<sync::CaseSummary> cases, QStringList& calls)
        : FakePlatformConnector(unexpected)
        , m_cases(std::move(cases))
        , m_calls(calls)
    {}
    sync::PlatformResult<sync::CasePage> hallCases(const QString& token, const sync::CaseFilter& filter) override
    {
        m_calls << token + QLatin1Char('/') + filter.cursor;
        if (token != QLatin1String("tok-s2001"))
            return sync::makeFailure(sync::FailureKind::Auth, QStringLiteral("forbidden"), QStringLiteral("403"));
        sync::CasePage page;
        if (filter.cursor.isEmpty()) {
            page.cases.push_back(m_cases.at(0));
            page.cursor = QStringLiteral("2");
            page.more = true;
        } else {
            page.cases.push_back(m_cases.at(1));
        }
        return page;
    }

private:
    std::vector<sync::CaseSummary> m_cases;
    QStringList& m_calls;
};

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

    static sync::SignedInStaff staff(const char* id, const char* role)
    {
        sync::SignedInStaff s;
        s.staffId = QLatin1String(id);
        s.login = s.staffId;
        s.displayName = QStringLiteral("样例丙");
        s.role = QLatin1String(role);
        return s;
    }

    static QString tile(QWidget& page, const char* name)
    {
        auto* label = page.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("(missing)");
    }

private slots:
    void countsSeededCasesAndRefusesAClerk()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("dashboard"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        test::FakeClock clock;
        auto seed = test::seedSupervisionCases(*store.value(), clock);
        QVERIFY(seed);
        Settings settings(dir);
        sync::CurrentStaff current;
        AppContext context;
        context.store = store.value().get();
        context.clock = &clock;
        context.settings = &settings;
        context.dataDir = dir;
        context.currentStaff = &current;

        current.set(staff("s2001", "supervisor"), clock.now());
        ui::DashboardPage page(context);
        page.resize(1300, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.snapshot());
        QCOMPARE(tile(page, "tileToday"), QStringLiteral("2"));
        QCOMPARE(tile(page, "tilePendingSync"), QStringLiteral("2"));
        QCOMPARE(tile(page, "tileCorrection"), QStringLiteral("1"));
        QCOMPARE(tile(page, "tileDeferred"), QStringLiteral("1"));
        QCOMPARE(tile(page, "tileYellow"), QStringLiteral("1"));
        QCOMPARE(tile(page, "tileRed"), QStringLiteral("1"));
        QCOMPARE(tile(page, "tileFlagged"), QStringLiteral("3"));
        // Not enrolled: the hall query is not possible, and the page says so plainly.
        const QString scope = page.findChild<QLabel*>(QStringLiteral("dashboardScope"))->text();
        QVERIFY2(scope.contains(QStringLiteral("this PC's cases only")), qPrintable(scope));
        auto* byWindow = page.findChild<ui::ChartWidget*>(QStringLiteral("chartTodayByWindow"));
        QCOMPARE(byWindow->bars().size(), 2);

        // The list: the last 30 days by default (case H of 1 September is older).
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("dashboardCases"));
        QCOMPARE(table->rowCount(), 7);
        auto* window = page.findChild<QComboBox*>(QStringLiteral("filterWindow"));
        const int a01 = window->findData(QStringLiteral("A01"));
        QVERIFY(a01 > 0);
        window->setCurrentIndex(a01);
        QCOMPARE(table->rowCount(), 4); // A, B, G, D
        auto* state = page.findChild<QComboBox*>(QStringLiteral("filterState"));
        state->setCurrentIndex(state->findData(int(supervision::DashboardFilter::State::Red)));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("21020001-2026-000003"));
        state->setCurrentIndex(0);
        auto* volumes = page.findChild<ui::ChartWidget*>(QStringLiteral("chartVolumes"));
        double total = 0;
        for (const ui::ChartWidget::Bar& b : volumes->bars())
            total += b.value;
        QCOMPARE(total, 4.0);

        const QString csvPath = dir + QStringLiteral("/a01.csv");
        YC_VERIFY_OK(page.exportTo(csvPath, supervision::DashboardExport::Format::Csv));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1 + 4);
        QVERIFY(!QString::fromUtf8(bytes).contains(seed->applicantName));

        // A clerk signs in at this PC: the service refuses, the page shows its message and no data.
        current.set(staff("c1001", "clerk"), clock.now());
        QVERIFY(!page.snapshot());
        auto* stack = page.findChild<QStackedWidget*>();
        auto* refused = page.findChild<QLabel*>(QStringLiteral("dashboardRefused"));
        QCOMPARE(stack->currentWidget(), refused);
        QVERIFY2(refused->text().contains(QStringLiteral("window supervisor")), qPrintable(refused->text()));
        QCOMPARE(
            page.exportTo(dir + QStringLiteral("/clerk.csv"), supervision::DashboardExport::Format::Csv).error().code,
            QStringLiteral("supervision.forbidden"));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/clerk.csv")));
    }

    void online()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("dashboard-online"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        test::FakeClock clock;
        auto seed = test::seedSupervisionCases(*store.value(), clock);
        QVERIFY(seed);
        QVERIFY(test::execSql(store.value()->database(),
                              QStringLiteral("INSERT INTO device_enrolment (id, device_id, hall_name, hall_code, "
                                             "window_code, platform_url, algorithm, public_key_der, "
                                             "private_key_enc, enrolled_at) VALUES (1, 'm1', '测试大厅', '21020001', "
                                             "'A01', 'https://127.0.0.1:1', 'ecdsa-p256-sha256', x'00', x'00', "
                                             "'2026-09-01T00:00:00.000Z')")));
        sync::StaffSession session;
        session.staffId = QStringLiteral("s2001");
        session.displayName = QStringLiteral("样例丙");
        session.roles = {QStringLiteral("supervisor")};
        session.accessToken = QStringLiteral("tok-s2001");
        session.expiresAt = clock.now().addSecs(3600);
        YC_VERIFY_OK(sync::StaffCredentials(store.value()->database(), store.value()->cipher())
                         .rememberOnlineSignIn(session, QStringLiteral("pw"), clock.now()));
        Settings settings(dir);
        sync::CurrentStaff current;
        AppContext context;
        context.store = store.value().get();
        context.clock = &clock;
        context.settings = &settings;
        context.dataDir = dir;
        context.currentStaff = &current;
        QStringList unexpected;
        QStringList calls;
        const std::vector<sync::CaseSummary> hall = test::hallCases(*seed);

        current.set(staff("s2001", "supervisor"), clock.now());
        ui::DashboardPage page(context);
        page.setConnectorFactory([&] { return std::make_unique<HallPlatform>(unexpected, hall, calls); });
        QSignalSpy finished(&page, &ui::DashboardPage::hallQueryFinished);
        page.resize(1300, 700);
        page.show();
        QVERIFY(finished.wait(30000));
        QCOMPARE(calls, (QStringList{QStringLiteral("tok-s2001/"), QStringLiteral("tok-s2001/2")}));
        QVERIFY(unexpected.isEmpty());
        QVERIFY(page.snapshot() && page.snapshot()->hallIncluded);
        QCOMPARE(tile(page, "tileToday"), QStringLiteral("3")); // C and D here, and window B03's case
        const QString scope = page.findChild<QLabel*>(QStringLiteral("dashboardScope"))->text();
        QVERIFY2(scope.contains(QStringLiteral("whole hall")), qPrintable(scope));
        QVERIFY(page.findChild<QComboBox*>(QStringLiteral("filterWindow"))->findData(QStringLiteral("B03")) > 0);
    }
};

YC_TEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
