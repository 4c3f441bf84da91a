// The supervisor's hall dashboard page over a seeded store (tests/support/SupervisionFixtures.h),
// offline: the tiles count the seeded cases, the page says it shows this PC only, the filters narrow
// the list, the export writes what the list shows; a clerk's session gets the service's refusal and
// no data.
#include "SupervisionFixtures.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "storage/Store.h"
#include "sync/CurrentStaff.h"
#include "ui/AppContext.h"
#include "ui/supervision/ChartWidget.h"
#include "ui/supervision/DashboardPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>

using namespace yc;

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
};

YC_TEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
