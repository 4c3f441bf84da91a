// The start-up of the clerk's workbench (ui::Workbench, as yichuang's main() builds it): the pages
// the clerk has not opened are not built until they are (LazyPage), and a store opened with its
// integrity check deferred is checked in the background once the window is usable.
#include "DamagedStore.h"
#include "IntakeDriving.h"
#include "TestMain.h"
#include "VerifyOk.h"
#include "core/DataLocation.h"
#include "core/Settings.h"
#include "ui/LazyPage.h"
#include "ui/MainWindow.h"
#include "ui/UsableWatch.h"
#include "ui/Workbench.h"
#include "ui/catalog/CatalogPanel.h"

#include <QAction>
#include <QDialog>
#include <QSignalSpy>

using namespace yc;

class TestWorkbench : public QObject
{
    Q_OBJECT

private slots:
    // F3 builds the catalog page when the clerk first opens it, not before; its View-menu action
    // keeps the name it had before the pages were built lazily.
    void catalogPageIsBuiltWhenFirstOpened()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("workbench-lazy"));
        SystemClock clock;
        auto store = test::openIntakeStore(dir, clock.now());
        QVERIFY(store);
        Settings settings(dir);
        ui::Workbench bench(*store, settings, clock, ui::Workbench::Options{});
        ui::MainWindow& window = bench.window();
        auto* slot = window.findChild<ui::LazyPage*>(QStringLiteral("catalogPanelSlot"));
        QVERIFY(slot);
        auto* action = window.findChild<QAction*>(QStringLiteral("showPage_catalogPanel"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F3));
        QSignalSpy built(slot, &ui::LazyPage::built);
        window.resize(1366, 768);
        bench.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(QApplication::focusWidget());
        QVERIFY(window.findChild<ui::IntakePage*>()); // the first screen
        QVERIFY(!slot->isBuilt());
        QVERIFY(!window.findChild<ui::CatalogPanel*>());

        test::KeyDriver keys;
        keys.press(Qt::Key_F3);
        QVERIFY(slot->isBuilt());
        QCOMPARE(built.size(), 1);
        auto* panel = window.findChild<ui::CatalogPanel*>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        // The clerk types the search at once: the keyboard is on the page just built.
        QTRY_VERIFY(QApplication::focusWidget() && panel->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(bench.catalogPanel(), panel);

        // Back to the intake screen and again F3: the same page, not built twice.
        keys.press(Qt::Key_F4);
        QTRY_VERIFY(!panel->isVisible());
        keys.press(Qt::Key_F3);
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(built.size(), 1);
        QCOMPARE(window.findChildren<ui::CatalogPanel*>().size(), 1);
    }

    // A store whose header reads well but whose index page is damaged: opened with the check
    // deferred, the window comes up and then the background check reports the damage.
    void damagedStoreIsReportedOnceTheWindowIsUsable()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("workbench-damaged"));
        const storage::StoreOptions plain{dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm};
        YC_VERIFY_OK(storage::Store::open(plain));
        const QString damaged = test::damageIndexPage(DataLocation::databasePath(dir));
        QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
        auto refused = storage::Store::open(plain);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("db.corrupt"));

        storage::StoreOptions deferred = plain;
        deferred.deferIntegrityCheck = true;
        auto store = storage::Store::open(deferred);
        YC_VERIFY_OK(store);
        SystemClock clock;
        Settings settings(dir);
        ui::Workbench::Options options;
        options.integrityCheckInBackground = true;
        ui::Workbench bench(*store.value(), settings, clock, options);
        bool windowUp = false;
        connect(&bench, &ui::Workbench::storeDamaged, this,
                [&] { windowUp = bench.window().isVisible() && bench.intakePage() != nullptr; });
        QSignalSpy damage(&bench, &ui::Workbench::storeDamaged);
        bench.show();
        QVERIFY(QTest::qWaitForWindowActive(&bench.window()));
        QTRY_COMPARE_WITH_TIMEOUT(damage.size(), 1, 30000);
        QVERIFY(windowUp);
        const QString message = damage.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("integrity check")) &&
                     message.contains(DataLocation::databasePath(dir)),
                 qPrintable(message));
    }

    // As yichuang starts with a platform configured: the sign-in dialog (here, this PC not being
    // enrolled, the enrolment dialog) opens at start, and only the
    // window and the sign-in service are built before it; the rest (the sync engine, the card reader,
    // the menus and pages) once the window is usable, while the clerk types.
    void signInAtStartBuildsTheRestOnceUsable()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("workbench-signin"));
        SystemClock clock;
        auto store = test::openIntakeStore(dir, clock.now());
        QVERIFY(store);
        Settings settings(dir);
        settings.setValue(QStringLiteral("platform/url"), QStringLiteral("https://127.0.0.1:9"));
        ui::Workbench::Options options;
        options.buildRestWhenUsable = true;
        ui::Workbench bench(*store, settings, clock, options);
        ui::MainWindow& window = bench.window();
        QVERIFY(bench.context().signIn);
        QVERIFY(!bench.context().syncEngine);
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("showPage_intakePage")));
        QSignalSpy usable(ui::UsableWatch::of(&window), &ui::UsableWatch::usable);
        window.resize(1366, 768);
        bench.show();
        QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
        QVERIFY(usable.wait(10000) || usable.size() == 1);
        QTRY_VERIFY(bench.context().syncEngine);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("showPage_intakePage")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("signInAction")));
        QTRY_VERIFY(window.findChild<ui::IntakePage*>());
        // The dialog keeps the keyboard while the rest was built behind it.
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        dialog->reject();
    }
};

YC_TEST_MAIN(TestWorkbench)
#include "TestWorkbench.moc"
