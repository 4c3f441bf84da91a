#include "TestMain.h"
#include "core/Clock.h"
#include "storage/Store.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void statusBarAndMenus()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("ui"));
        auto store =
            yc::storage::Store::open({dir, yc::storage::KeyStoreMode::File, yc::storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        yc::SystemClock clock;
        yc::AppContext context{.store = store.value().get(), .clock = &clock, .dataDir = dir};
        yc::ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* data = window.findChild<QLabel*>(QStringLiteral("dataLocationLabel"));
        auto* staff = window.findChild<QLabel*>(QStringLiteral("staffLabel"));
        auto* platform = window.findChild<QLabel*>(QStringLiteral("platformLabel"));
        QVERIFY(data && staff && platform);
        QVERIFY(data->text().contains(dir));
        QVERIFY(staff->text().contains(QStringLiteral("none")));
        QVERIFY(platform->text().contains(QStringLiteral("not configured")));
        window.setSignedInStaff(QStringLiteral("窗口甲"));
        QVERIFY(staff->text().contains(QStringLiteral("窗口甲")));

        // The training badge stays in sight while a message is shown in the status bar.
        window.setTrainingMode(true);
        auto* badge = window.findChild<QLabel*>(QStringLiteral("trainingBadge"));
        QVERIFY(badge && badge->isVisible());
        window.statusBar()->showMessage(QStringLiteral("a message"));
        QVERIFY(badge->isVisible());
        window.statusBar()->clearMessage();

        // A module's page is reachable from the View menu and its shortcut.
        auto* page = new QWidget;
        page->setObjectName(QStringLiteral("testPage"));
        window.addPage(page, QStringLiteral("Test page"), QKeySequence(QStringLiteral("F9")));
        auto* show = window.findChild<QAction*>(QStringLiteral("showPage_testPage"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(QStringLiteral("F9")));
        show->trigger();
        QVERIFY(page->isVisible());

        auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }
};

YC_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
