// The lock screen over the main window (ui::SessionLockModule over sync::SessionLock): File → Lock
// window covers the window, hides the other windows and blocks the menus; a wrong password is
// refused on screen; the right one brings everything back; another staff member's sign-in closes the
// first one's windows instead; keyboard input anywhere in the application restarts the idle time.
#include "FakeClock.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "storage/Store.h"
#include "sync/CurrentStaff.h"
#include "sync/SessionLock.h"
#include "sync/StaffCredentials.h"
#include "ui/MainWindow.h"
#include "ui/sync/SessionLockModule.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace yc;

namespace {

sync::StaffSession session(const QString& staffId, const QDateTime& now)
{
    sync::StaffSession s;
    s.accessToken = QStringLiteral("access-") + staffId;
    s.expiresAt = now.addSecs(3600);
    s.staffId = staffId;
    s.displayName = QStringLiteral("测试") + staffId;
    s.roles = {QStringLiteral("clerk")};
    s.offlineSignInDays = 7;
    return s;
}

} // namespace

class TestSessionLockUi : public QObject
{
    Q_OBJECT

private slots:
    void lockScreenCoversTheWindow()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("lock-ui"));
        auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        test::FakeClock clock;
        sync::StaffCredentials credentials(store.value()->database(), store.value()->cipher());
        QVERIFY(credentials
                    .rememberOnlineSignIn(session(QStringLiteral("c1001"), clock.now()), QStringLiteral("pw-1"),
                                          clock.now())
                    .ok());
        Settings settings(dir);
        settings.setValue(sync::SessionLock::idleMinutesKey(), 10);
        sync::CurrentStaff current;
        AppContext context;
        context.store = store.value().get();
        context.clock = &clock;
        context.settings = &settings;
        context.dataDir = dir;
        context.currentStaff = &current;
        ui::MainWindow window(context);
        ui::SessionLockModule module(window, context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAction* lockAction = window.findChild<QAction*>(QStringLiteral("lockAction"));
        QVERIFY(lockAction);
        QCOMPARE(lockAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
        QVERIFY(!lockAction->isEnabled()); // nobody signed in
        current.set({QStringLiteral("c1001"), QStringLiteral("c1001"), QStringLiteral("测试甲"),
                     QStringLiteral("clerk"), false},
                    clock.now());
        QVERIFY(lockAction->isEnabled());

        // Input anywhere restarts the idle time (the application-wide event filter).
        clock.advanceSecs(9 * 60);
        QTest::keyClick(&window, Qt::Key_Shift);
        clock.advanceSecs(2 * 60);
        QVERIFY(!module.lock().checkIdle());
        clock.advanceSecs(9 * 60);
        QVERIFY(module.lock().checkIdle());
        QVERIFY(module.lockScreen()->isVisible());
        YC_VERIFY_OK(module.lock().unlock({}, QStringLiteral("pw-1")));
        QVERIFY(!module.lockScreen()->isVisible());

        // A window of the clerk's (e.g. a card's details) is open; the clerk locks.
        QPointer<QDialog> details = new QDialog(&window);
        details->setAttribute(Qt::WA_DeleteOnClose);
        details->show();
        QVERIFY(details->isVisible());
        lockAction->trigger();
        QVERIFY(module.lock().isLocked());
        {
            auto* screen = module.lockScreen();
            QVERIFY(screen->isVisible());
            QCOMPARE(screen->geometry(), window.rect());
            QVERIFY(!window.menuBar()->isEnabled());
            QVERIFY(!window.centralWidget()->isEnabled());
            QVERIFY(details && !details->isVisible());
            auto* text = screen->findChild<QLabel*>();
            QVERIFY(text);
        }
        // Locked: Ctrl+L (any shortcut) does nothing more.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(module.lock().isLocked());

        auto* password = module.lockScreen()->findChild<QLineEdit*>(QStringLiteral("lockPassword"));
        auto* message = module.lockScreen()->findChild<QLabel*>(QStringLiteral("lockMessage"));
        QVERIFY(password && message);
        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(module.lock().isLocked());
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), sync::StaffCredentials::wrongCredentialsMessage());
        QVERIFY(password->text().isEmpty());
        QTest::keyClicks(password, QStringLiteral("pw-1"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(!module.lock().isLocked());
        QVERIFY(!module.lockScreen()->isVisible());
        QVERIFY(window.menuBar()->isEnabled());
        QVERIFY(details && details->isVisible()); // the same clerk: their windows come back

        // Locked again; another staff member signs in from the lock screen: the first one's windows close.
        lockAction->trigger();
        QVERIFY(details && !details->isVisible());
        current.set({QStringLiteral("c1002"), QStringLiteral("c1002"), QStringLiteral("测试乙"),
                     QStringLiteral("clerk"), false},
                    clock.now());
        QVERIFY(!module.lock().isLocked());
        QVERIFY(!module.lockScreen()->isVisible());
        QTRY_VERIFY(!details); // closed and deleted, never shown to the second clerk
    }
};

YC_TEST_MAIN(TestSessionLockUi)
#include "TestSessionLockUi.moc"
