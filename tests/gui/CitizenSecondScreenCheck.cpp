// The citizen's window on a real second screen: run by citizen-second-screen.sh on an X server
// (Xvfb) whose one screen is split into two RandR 1.5 monitors, the clerk's (primary) and the
// citizen's, with QT_QPA_PLATFORM=xcb. The citizen's window must fill the second screen, frameless
// and full-screen, and leave the clerk's screen to the main window.
#include "FakeClock.h"
#include "IntakeFixtures.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "ui/MainWindow.h"
#include "ui/citizen/CitizenModule.h"
#include "ui/citizen/CitizenWindow.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

using namespace yc;

class CitizenSecondScreenCheck : public QObject
{
    Q_OBJECT

private slots:
    void citizenWindowFillsTheSecondScreen()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        const QList<QScreen*> screens = QGuiApplication::screens();
        QCOMPARE(screens.size(), 2); // the driver set up two monitors
        QScreen* clerkScreen = QGuiApplication::primaryScreen();
        QCOMPARE(screens.at(0), clerkScreen);
        QScreen* citizenScreen = screens.at(1);
        QVERIFY(!citizenScreen->geometry().intersects(clerkScreen->geometry()));

        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("citizen-screen"));
        test::FakeClock clock;
        auto store = test::openIntakeStore(dir, clock.now());
        QVERIFY(store);
        Settings settings(dir);
        AppContext context;
        context.store = store.get();
        context.clock = &clock;
        context.settings = &settings;
        context.dataDir = dir;

        // As main.cpp does it: the module is made before the main window is shown.
        ui::MainWindow window(context);
        window.setGeometry(QRect(clerkScreen->geometry().topLeft() + QPoint(40, 40), QSize(1000, 640)));
        ui::CitizenModule module(window, context, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ui::CitizenWindow* citizen = module.citizenWindow();
        QVERIFY2(citizen, "no citizen's window although there are two screens");
        QVERIFY(QTest::qWaitForWindowExposed(citizen));
        QVERIFY(citizen->windowHandle());
        QCOMPARE(citizen->windowHandle()->screen(), citizenScreen);
        QVERIFY(citizen->isFullScreen());
        QVERIFY(citizen->windowFlags().testFlag(Qt::FramelessWindowHint));
        QTRY_COMPARE(citizen->geometry(), citizenScreen->geometry());
        // Where the X server has the window, not only what Qt asked for.
        QTRY_COMPARE(citizen->mapToGlobal(QPoint(0, 0)), citizenScreen->geometry().topLeft());
        QVERIFY(!citizen->frameGeometry().intersects(clerkScreen->geometry()));

        // The clerk's window stays on the clerk's screen.
        QCOMPARE(window.screen(), clerkScreen);
        QVERIFY(clerkScreen->geometry().contains(window.mapToGlobal(QPoint(0, 0))));
        QVERIFY(!citizenScreen->geometry().contains(window.mapToGlobal(QPoint(0, 0))));
    }

    void noSecondWindowWhenTheSettingSaysNone()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("citizen-none"));
        test::FakeClock clock;
        auto store = test::openIntakeStore(dir, clock.now());
        QVERIFY(store);
        Settings settings(dir);
        settings.setValue(QStringLiteral("citizen/screen"), -1);
        AppContext context;
        context.store = store.get();
        context.clock = &clock;
        context.settings = &settings;
        context.dataDir = dir;
        ui::MainWindow window(context);
        ui::CitizenModule module(window, context, nullptr);
        QVERIFY(!module.citizenWindow());
    }
};

YC_TEST_MAIN(CitizenSecondScreenCheck)
#include "CitizenSecondScreenCheck.moc"
