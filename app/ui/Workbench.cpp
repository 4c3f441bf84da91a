#include "ui/Workbench.h"

#include "core/Settings.h"
#include "devices/CardReaderService.h"
#include "devices/DeviceManager.h"
#include "storage/AccessAudit.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogSearch.h"
#include "sync/CalendarFeedStore.h"
#include "sync/CatalogFeedImporter.h"
#include "sync/CurrentStaff.h"
#include "sync/Enrolment.h"
#include "sync/SignInService.h"
#include "sync/SyncConfig.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"
#include "ui/LazyPage.h"
#include "ui/MainWindow.h"
#include "ui/UsableWatch.h"
#include "ui/cases/CaseListPage.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/citizen/CitizenModule.h"
#include "ui/identity/IdCardModule.h"
#include "ui/intake/IntakePage.h"
#include "ui/print/PrintModule.h"
#include "ui/supervision/ApprovalsPage.h"
#include "ui/supervision/CaseDetailDialog.h"
#include "ui/supervision/DashboardPage.h"
#include "ui/supervision/RatingsPage.h"
#include "ui/sync/SessionLockModule.h"
#include "ui/sync/SignInDialog.h"
#include "ui/sync/SyncQueuePage.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace yc::ui {

Workbench::Workbench(storage::Store& store, Settings& settings, const Clock& clock, Options options)
    : m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_context.store = &store;
    m_context.clock = &clock;
    m_context.settings = &settings;
    m_context.dataDir = store.dataDir();
    buildCore();
    if (!m_options.buildRestWhenUsable)
        buildRest();
}

void Workbench::buildCore()
{
    // Who is signed in at this window; sign-in and enrolment run on the service's own thread.
    m_currentStaff = std::make_unique<sync::CurrentStaff>();
    m_signIn = std::make_unique<sync::SignInService>(m_context.dataDir, m_store.cipher(), m_settings, m_clock,
                                                     *m_currentStaff);
    m_context.currentStaff = m_currentStaff.get();
    m_context.signIn = m_signIn.get();
    m_window = std::make_unique<MainWindow>(m_context);
    if (m_options.training)
        m_window->setTrainingMode(true);
}

void Workbench::buildRest()
{
    if (m_restBuilt)
        return;
    m_restBuilt = true;
    buildServices();
    buildWindow();
}

Workbench::~Workbench()
{
    // The window and its pages go before the services they use (the engine stops its thread when
    // it is destroyed, after the pages that listen to it).
    if (m_integrityCheck)
        m_integrityCheck->wait();
    m_sessionLock.reset();
    m_print.reset();
    m_idCard.reset();
    m_window.reset();
}

void Workbench::buildServices()
{
    const QString dataDir = m_context.dataDir;
    // Identity: device plugins; the reader runs on its own thread.
    m_devices = std::make_unique<devices::DeviceManager>(m_options.readerSearchPaths.isEmpty()
                                                             ? devices::DeviceManager::defaultReaderSearchPaths()
                                                             : m_options.readerSearchPaths);
    m_cardReader = std::make_unique<devices::CardReaderService>(*m_devices, m_clock);
    m_context.devices = m_devices.get();
    m_context.cardReader = m_cardReader.get();

    // Service catalog: search on its own thread and connection; the hall filter and the window
    // whose recent items are boosted come from the settings (until enrolment provides them).
    m_catalogSearch = std::make_unique<storage::CatalogSearch>(m_store.database().path(), &m_clock, nullptr,
                                                               storage::CatalogSearch::FirstIndex::OnFirstUse);
    m_catalogSearch->setHall(m_settings.value(QStringLiteral("hall/level")).toString(),
                             m_settings.value(QStringLiteral("hall/areaCode")).toString());
    m_catalogSearch->setWindowCode(m_settings.value(QStringLiteral("hall/windowCode")).toString());
    m_context.catalogSearch = m_catalogSearch.get();

    // The engine's sinks are made before it, so they outlive its thread. The platform's catalog
    // feed goes through the same checks and transaction as a file import.
    m_catalogFeed = std::make_unique<sync::CatalogFeedImporter>(m_store.database().path(), m_clock);
    // The platform's working-day calendar: kept in the data directory and laid over the bundled one.
    // A store that held the feed only in its meta table (before this sink existed) adopts it once.
    m_calendarFeed = std::make_unique<sync::CalendarFeedStore>(dataDir);
    // (The stored feed is read when the calendar is first needed, not here at start.)
    if (!m_calendarFeed->hasStoredFeed()) {
        const QString kept = m_store.database().meta(QStringLiteral("calendar.document")).valueOr({});
        if (!kept.isEmpty())
            (void)m_calendarFeed->apply(QJsonDocument::fromJson(kept.toUtf8()).object());
    }
    m_context.calendar = m_calendarFeed.get();
    // Platform sync: the engine drains the outbox on its own thread with its own connection.
    m_syncEngine = std::make_unique<sync::SyncEngine>(dataDir, m_store.cipher(), m_clock,
                                                      sync::SyncConfig::restFactory(m_settings),
                                                      sync::SyncConfig::engineOptions(m_settings));
    m_syncEngine->setCatalogSink(m_catalogFeed.get());
    m_syncEngine->setCalendarSink(m_calendarFeed.get());
    m_context.syncEngine = m_syncEngine.get();
}

void Workbench::buildWindow()
{
    // Identity: reader status, the Read ID card action, the reader settings page.
    m_idCard = std::make_unique<IdCardModule>(*m_window, m_context);
    // Notices: Case → Reprint notice… (Ctrl+Shift+P), the printer remembered for this PC.
    m_print = std::make_unique<PrintModule>(*m_window, m_context);
    // Sessions: File → Lock window (Ctrl+L), the idle lock and the lock screen; every settings change audited.
    m_sessionLock = std::make_unique<SessionLockModule>(*m_window, m_context);
    storage::auditSettingChanges(
        m_settings, m_store.database(), m_store.cipher(), m_clock,
        [staff = QPointer<sync::CurrentStaff>(m_currentStaff.get())] { return staff ? staff->staffId() : QString(); });

    // The intake screen (F4) is the main page: a case from the applicant to the decision.
    m_intakeSlot = new LazyPage(
        QStringLiteral("intakePage"),
        [this](QWidget* parent) {
            auto* page = new IntakePage(m_context, parent);
            intake::WindowInfo windowInfo;
            windowInfo.training = m_options.training;
            page->setWindowInfo(windowInfo);
            page->setNoticePrinter([this](const QString& noticeId) { return m_print->printNotice(noticeId); });
            connect(m_idCard.get(), &IdCardModule::cardRead, page, &IntakePage::fillFromCard);
            m_idCard->setCardTaker([page] { return page->isVisible(); });
            connect(page, &IntakePage::readCardRequested, m_idCard.get(), &IdCardModule::readCard);
            connect(m_currentStaff.get(), &sync::CurrentStaff::signedIn, page,
                    [page] { QTimer::singleShot(0, page, &IntakePage::offerDrafts); });
            // The citizen's screen follows the intake page; the case list asks it for ratings.
            m_citizen = new CitizenModule(*m_window, m_context, page, this);
            return page;
        },
        m_window.get());
    m_window->addPage(m_intakeSlot, QApplication::translate("main", "Intake"), QKeySequence(Qt::Key_F4));
    m_window->showPage(m_intakeSlot);

    // Cases at this window (F8): today's and the open ones; reopen, supplement, reprint, rating.
    m_casesSlot = new LazyPage(
        QStringLiteral("caseListPage"),
        [this](QWidget* parent) {
            auto* page = new CaseListPage(m_context, parent);
            page->setReprint([this](const QString& caseId) { return m_print->reprintCase(caseId); });
            connect(m_syncEngine.get(), &sync::SyncEngine::passFinished, page, [page] {
                if (page->isVisible())
                    page->refresh();
            });
            connect(page, &CaseListPage::reopenDraftRequested, this, [this](const QString& draftId) {
                if (intakePage()->openDraft(draftId))
                    m_window->showPage(m_intakeSlot);
            });
            intakePage(); // the citizen module comes with the intake page
            connect(page, &CaseListPage::ratingRequested, m_citizen, &CitizenModule::askRating);
            return page;
        },
        m_window.get());
    m_window->addPage(m_casesSlot, QApplication::translate("main", "Cases"), QKeySequence(Qt::Key_F8));

    // Service catalog page (F3); its index is rebuilt when the platform's feed changed the catalog.
    m_catalogSlot = new LazyPage(
        QStringLiteral("catalogPanel"),
        [this](QWidget* parent) { return new CatalogPanel(m_context, m_catalogSearch.get(), parent); }, m_window.get());
    m_window->addPage(m_catalogSlot, QApplication::translate("main", "Catalog"), QKeySequence(Qt::Key_F3));
    connect(m_syncEngine.get(), &sync::SyncEngine::passFinished, m_catalogSearch.get(), [this] {
        if (m_catalogFeed->takeChanged())
            m_catalogSearch->reload();
    });

    // Supervisor's hall dashboard (Ctrl+F8): the service behind it refuses anyone but a supervisor.
    m_dashboardSlot = new LazyPage(
        QStringLiteral("dashboardPage"),
        [this](QWidget* parent) {
            auto* page = new DashboardPage(m_context, parent);
            connect(page, &DashboardPage::caseRequested, this, &Workbench::showCase);
            return page;
        },
        m_window.get());
    m_window->addPage(m_dashboardSlot, QApplication::translate("main", "Hall dashboard"),
                      QKeySequence(Qt::CTRL | Qt::Key_F8));

    addSyncUi();

    // Supervision: the approvals queue (Ctrl+F9), case detail, rating results (Ctrl+F10); supervisors
    // only, checked by the services.
    m_approvalsSlot = new LazyPage(
        QStringLiteral("approvalsPage"),
        [this](QWidget* parent) {
            auto* page = new ApprovalsPage(m_context, parent);
            connect(page, &ApprovalsPage::caseRequested, this, &Workbench::showCase);
            return page;
        },
        m_window.get());
    m_window->addPage(m_approvalsSlot, QApplication::translate("main", "Approvals"),
                      QKeySequence(Qt::CTRL | Qt::Key_F9));
    m_ratingsSlot = new LazyPage(
        QStringLiteral("ratingsPage"),
        [this](QWidget* parent) {
            auto* page = new RatingsPage(m_context, parent);
            connect(page, &RatingsPage::followUpQueued, m_syncEngine.get(), &sync::SyncEngine::syncNow);
            return page;
        },
        m_window.get());
    m_window->addPage(m_ratingsSlot, QApplication::translate("main", "Rating results"),
                      QKeySequence(Qt::CTRL | Qt::Key_F10));
}

void Workbench::addSyncUi()
{
    // Status-bar indicator, queue page (F7), sign-in and enrolment.
    m_syncStatus = new SyncStatusWidget(m_context, m_window.get());
    m_window->addStatusWidget(m_syncStatus);
    connect(m_syncEngine.get(), &sync::SyncEngine::passFinished, m_syncStatus, &SyncStatusWidget::refresh);
    m_queueSlot = new LazyPage(
        QStringLiteral("syncQueuePage"),
        [this](QWidget* parent) {
            auto* page = new SyncQueuePage(m_context, parent);
            connect(m_syncEngine.get(), &sync::SyncEngine::passFinished, page, &SyncQueuePage::refresh);
            connect(m_syncEngine.get(), &sync::SyncEngine::uploadProgress, page, &SyncQueuePage::showUploadProgress);
            connect(page, &SyncQueuePage::syncRequested, m_syncEngine.get(), &sync::SyncEngine::syncNow);
            return page;
        },
        m_window.get());
    m_window->addPage(m_queueSlot, QApplication::translate("main", "Sync queue"), QKeySequence(Qt::Key_F7));

    updatePlatformLabel();
    connect(m_syncEngine.get(), &sync::SyncEngine::passFinished, this, &Workbench::updatePlatformLabel);
    auto showStaff = [this] {
        const auto staff = m_currentStaff->staff();
        m_window->setSignedInStaff(
            staff.offline ? QApplication::translate("main", "%1 (offline)").arg(staff.displayName) : staff.displayName);
    };
    connect(m_currentStaff.get(), &sync::CurrentStaff::changed, this, showStaff);
    if (m_currentStaff->isSignedIn()) // signed in before this part was built (Options::buildRestWhenUsable)
        showStaff();
    connect(m_currentStaff.get(), &sync::CurrentStaff::signedIn, m_syncEngine.get(), &sync::SyncEngine::syncNow);

    auto* signInAction = new QAction(QApplication::translate("main", "Sign &in…"), m_window.get());
    signInAction->setObjectName(QStringLiteral("signInAction"));
    signInAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    connect(signInAction, &QAction::triggered, this, &Workbench::signIn);
    m_window->addMenuAction(QStringLiteral("file"), signInAction);
    auto* signOutAction = new QAction(QApplication::translate("main", "Sign &out"), m_window.get());
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    signOutAction->setEnabled(false);
    connect(signOutAction, &QAction::triggered, m_signIn.get(), &sync::SignInService::signOut);
    connect(m_currentStaff.get(), &sync::CurrentStaff::changed, signOutAction,
            [signOutAction, staff = m_currentStaff.get()] { signOutAction->setEnabled(staff->isSignedIn()); });
    m_window->addMenuAction(QStringLiteral("file"), signOutAction);
    m_enrolAction = new QAction(QApplication::translate("main", "&Enrol this PC…"), m_window.get());
    m_enrolAction->setObjectName(QStringLiteral("enrolAction"));
    connect(m_enrolAction, &QAction::triggered, this, &Workbench::enrol);
    m_window->addMenuAction(QStringLiteral("tools"), m_enrolAction);
}

void Workbench::updatePlatformLabel()
{
    auto status = sync::SyncStatus::read(m_store.database(), m_clock.now());
    const QString host = QUrl(m_settings.value(QStringLiteral("platform/url")).toString()).host();
    if (status && status.value().enrolled)
        m_window->setPlatformStatus(QApplication::translate("main", "%1 (%2)")
                                        .arg(host, status.value().online ? QApplication::translate("main", "online")
                                                                         : QApplication::translate("main", "offline")));
}

void Workbench::showCase(const QString& caseId)
{
    CaseDetailDialog dialog(m_context, caseId, m_window.get());
    dialog.exec();
}

void Workbench::enrol()
{
    auto* dialog = new EnrolmentDialog(m_context, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        buildRest();
        m_syncStatus->refresh();
        m_syncEngine->syncNow();
    });
    dialog->show();
}

void Workbench::signIn()
{
    auto* dialog = new SignInDialog(m_context, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    dialog->show();
}

// The page in a slot, built now if it was not yet (and with it what it needs, buildRest()).
template<typename Page>
Page* Workbench::page(LazyPage* Workbench::*slot)
{
    buildRest();
    LazyPage* built = this->*slot;
    return built ? qobject_cast<Page*>(built->content()) : nullptr;
}

IntakePage* Workbench::intakePage()
{
    return page<IntakePage>(&Workbench::m_intakeSlot);
}

CaseListPage* Workbench::caseListPage()
{
    return page<CaseListPage>(&Workbench::m_casesSlot);
}

CatalogPanel* Workbench::catalogPanel()
{
    return page<CatalogPanel>(&Workbench::m_catalogSlot);
}

DashboardPage* Workbench::dashboardPage()
{
    return page<DashboardPage>(&Workbench::m_dashboardSlot);
}

SyncQueuePage* Workbench::syncQueuePage()
{
    return page<SyncQueuePage>(&Workbench::m_queueSlot);
}

ApprovalsPage* Workbench::approvalsPage()
{
    return page<ApprovalsPage>(&Workbench::m_approvalsSlot);
}

RatingsPage* Workbench::ratingsPage()
{
    return page<RatingsPage>(&Workbench::m_ratingsSlot);
}

void Workbench::show()
{
    // First run with a configured platform: enrol; once enrolled, staff sign in at start.
    const bool hasPlatform = !m_settings.value(QStringLiteral("platform/url")).toString().isEmpty();
    const bool dialogAtStart = hasPlatform && m_settings.value(QStringLiteral("sync/sign_in_at_start"), true).toBool();
    // Without a dialog at start the first screen is the intake page: everything is built now.
    // With one, the clerk cannot use the window before it closes: the services, menus and pages
    // are built once the dialog is up (Options::buildRestWhenUsable), while the clerk types.
    if (!dialogAtStart)
        buildRest();
    bool isEnrolled = false;
    if (dialogAtStart) {
        sync::Enrolment enrolment(m_store.database(), m_store.cipher());
        const auto enrolled = enrolment.load();
        isEnrolled = enrolled.ok() && enrolled.value().has_value();
        // Behind the application-modal dialog the intake page cannot be used yet: it is built once
        // the dialog is up (startBackgroundWork), while the clerk types.
        if (m_intakeSlot)
            m_intakeSlot->setBuildOnShow(false);
    }
    // Work the first screen does not need starts once the window is usable, so the clerk does not
    // wait for it.
    UsableWatch::of(m_window.get())->whenUsable([this] { startBackgroundWork(); });
    m_window->show();
    // The dialog is shown with the window, so both are laid out and painted in the same pass.
    if (dialogAtStart) {
        if (isEnrolled)
            signIn();
        else
            enrol();
    }
}

void Workbench::startBackgroundWork()
{
    if (m_started)
        return;
    m_started = true;
    buildRest();
    if (m_intakeSlot->isVisible())
        intakePage();
    // The catalog index (a search before then builds it), the card reader, the sync engine.
    m_catalogSearch->prepare();
    m_idCard->openConfiguredReader();
    m_syncEngine->start();
    if (!m_options.integrityCheckInBackground)
        return;
    // The store's full integrity check reads the whole file: on a thread of its own. A damaged
    // store ends the program as a store that cannot be opened does.
    const QString dataDir = m_context.dataDir;
    QPointer<Workbench> self(this);
    m_integrityCheck.reset(QThread::create([dataDir, self] {
        const Status status = storage::Store::checkIntegrity(dataDir);
        if (status.ok())
            return;
        const QString message = status.error().message;
        QMetaObject::invokeMethod(qApp, [self, message] {
            if (self)
                emit self->storeDamaged(message);
        });
    }));
    m_integrityCheck->setObjectName(QStringLiteral("yc-store-check"));
    m_integrityCheck->start(QThread::LowPriority);
}

} // namespace yc::ui
