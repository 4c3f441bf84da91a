#pragma once

#include "ui/AppContext.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QThread;

namespace yc {
class SystemClock;
namespace devices {
class DeviceManager;
class CardReaderService;
} // namespace devices
namespace storage {
class CatalogSearch;
} // namespace storage
namespace sync {
class CalendarFeedStore;
class CatalogFeedImporter;
class CurrentStaff;
class SignInService;
class SyncEngine;
} // namespace sync
} // namespace yc

namespace yc::ui {

class ApprovalsPage;
class CaseListPage;
class CatalogPanel;
class CitizenModule;
class DashboardPage;
class IdCardModule;
class IntakePage;
class LazyPage;
class MainWindow;
class PrintModule;
class RatingsPage;
class SessionLockModule;
class SyncQueuePage;
class SyncStatusWidget;

// The clerk's workbench put together: the services over an open store (card reader, catalog search,
// sync engine, sign-in) and the main window with every page and module wired to them. yichuang's
// main() builds one; the GUI tests build the same one, so they drive the real main window.
//
// Start-up: only what the first screen needs is built before the window shows. The pages the clerk
// has not opened yet are built when first shown (LazyPage); the catalog index, the card reader, the
// sync engine and (with Options::integrityCheckInBackground) the store's full integrity check start
// once the window is usable (UsableWatch).
class Workbench : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool training = false;
        QStringList readerSearchPaths; // empty: DeviceManager::defaultReaderSearchPaths()
        // The store was opened with StoreOptions::deferIntegrityCheck: run the check once the
        // window is usable; a damaged store then ends the program with a message (exit code 2).
        bool integrityCheckInBackground = false;
        // When a sign-in (or enrolment) dialog opens at start: only the window and the sign-in
        // service are built before the window shows; the other services, menus and pages once it
        // is usable. Every accessor below builds them first if they are not yet.
        bool buildRestWhenUsable = false;
    };

    Workbench(storage::Store& store, Settings& settings, const Clock& clock, Options options);
    ~Workbench() override;

    [[nodiscard]] MainWindow& window() { return *m_window; }
    [[nodiscard]] const AppContext& context() const { return m_context; }
    [[nodiscard]] IdCardModule& idCard()
    {
        buildRest();
        return *m_idCard;
    }
    [[nodiscard]] PrintModule& printing()
    {
        buildRest();
        return *m_print;
    }
    [[nodiscard]] sync::SyncEngine& syncEngine()
    {
        buildRest();
        return *m_syncEngine;
    }
    [[nodiscard]] sync::SignInService& signInService() { return *m_signIn; }
    [[nodiscard]] sync::CurrentStaff& currentStaff() { return *m_currentStaff; }
    [[nodiscard]] storage::CatalogSearch& catalogSearch()
    {
        buildRest();
        return *m_catalogSearch;
    }

    // The pages; each is built on the first call (or when the clerk first opens it).
    IntakePage* intakePage();
    CaseListPage* caseListPage();
    CatalogPanel* catalogPanel();
    DashboardPage* dashboardPage();
    SyncQueuePage* syncQueuePage();
    ApprovalsPage* approvalsPage();
    RatingsPage* ratingsPage();
    [[nodiscard]] CitizenModule* citizen() const { return m_citizen; }

    // Shows the window: the sign-in (or enrolment) at start when a platform is configured and
    // sync/sign_in_at_start is on; background work once the window is usable.
    void show();

    // Sign in… (Ctrl+Shift+L): the sign-in dialog, application-modal.
    void signIn();
    // Enrol this PC… (Tools): the enrolment dialog, application-modal.
    void enrol();

signals:
    // The full integrity check run in the background found the store damaged (the message names it).
    void storeDamaged(const QString& message);

private:
    template<typename Page>
    Page* page(LazyPage* Workbench::*slot);
    void buildCore();
    void buildRest();
    void buildServices();
    void buildWindow();
    void addSyncUi();
    void startBackgroundWork();
    void updatePlatformLabel();
    void showCase(const QString& caseId);

    storage::Store& m_store;
    Settings& m_settings;
    const Clock& m_clock;
    Options m_options;
    AppContext m_context;

    std::unique_ptr<devices::DeviceManager> m_devices;
    std::unique_ptr<devices::CardReaderService> m_cardReader;
    std::unique_ptr<storage::CatalogSearch> m_catalogSearch;
    std::unique_ptr<sync::CatalogFeedImporter> m_catalogFeed;
    std::unique_ptr<sync::CalendarFeedStore> m_calendarFeed;
    std::unique_ptr<sync::SyncEngine> m_syncEngine;
    std::unique_ptr<sync::CurrentStaff> m_currentStaff;
    std::unique_ptr<sync::SignInService> m_signIn;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IdCardModule> m_idCard;
    std::unique_ptr<PrintModule> m_print;
    std::unique_ptr<SessionLockModule> m_sessionLock;

    LazyPage* m_intakeSlot = nullptr;
    LazyPage* m_casesSlot = nullptr;
    LazyPage* m_catalogSlot = nullptr;
    LazyPage* m_dashboardSlot = nullptr;
    LazyPage* m_queueSlot = nullptr;
    LazyPage* m_approvalsSlot = nullptr;
    LazyPage* m_ratingsSlot = nullptr;
    CitizenModule* m_citizen = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    QAction* m_enrolAction = nullptr;
    bool m_started = false;
    bool m_restBuilt = false;
    std::unique_ptr<QThread> m_integrityCheck;
};

} // namespace yc::ui
