// yichuang: the window clerk's GUI. Bootstrap and composition root only: it builds the services
// and hands them to the user interface.
#include "core/AppInfo.h"
#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "core/Settings.h"
#include "core/SignalWatcher.h"
#include "core/Translations.h"
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
#include "sync/TrainingPlatform.h"
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
#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace {

QString argumentValue(int argc, char** argv, const char* name)
{
    const QByteArray flag = QByteArray("--") + name;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == flag && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QByteArray(flag + "=")))
            return QString::fromLocal8Bit(arg.mid(flag.size() + 1));
    }
    return {};
}

bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    yc::hardenProcess();
    yc::logging::installMaskingHandler();
    // --version and --help only print: they must work without a display (an installer's check, a
    // terminal over SSH), so they do not need the windowing system.
    if (wantsTextOnly(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    yc::appinfo::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Yichuang"));
    yc::installTranslations(app, argumentValue(argc, argv, "lang"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Yichuang single-window intake: the window clerk's workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep the local store in <dir> (default: $YICHUANG_DATA_DIR, else the "
                                        "user's application data folder)."),
        QApplication::translate("main", "dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language, e.g. zh_CN or en."),
                                        QApplication::translate("main", "locale"));
    const QCommandLineOption trainingOption(
        QStringLiteral("training"),
        QApplication::translate("main", "Training mode: a separate store, the bundled reference platform on this PC "
                                        "with synthetic halls, staff and catalog, and a simulated ID card reader."));
    parser.addOption(dataDirOption);
    parser.addOption(langOption);
    parser.addOption(trainingOption);
    // For the start-up benchmark (tests/benchmarks): end as soon as the window is usable.
    QCommandLineOption quitWhenReadyOption(QStringLiteral("quit-when-ready"));
    quitWhenReadyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenReadyOption);
    parser.process(app);

    // Training keeps its own store (…/training unless --data-dir is given), never the real one.
    const bool training = parser.isSet(trainingOption);
    const QString dataDir = training && !parser.isSet(dataDirOption)
                                ? QDir(yc::DataLocation::resolve()).filePath(QStringLiteral("training"))
                                : yc::DataLocation::resolve(parser.value(dataDirOption));
    yc::storage::StoreOptions options;
    options.dataDir = dataDir;
    auto store = yc::storage::Store::open(options);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Yichuang cannot start"),
                              QApplication::translate("main", "The local store in %1 cannot be opened.\n\n%2")
                                  .arg(dataDir, store.error().message));
        return 2;
    }

    yc::SystemClock clock;
    yc::Settings settings(dataDir);
    // The language chosen in the settings (Tools → Settings → General), unless --lang says otherwise.
    if (!parser.isSet(langOption) && !settings.value(QStringLiteral("ui/language")).toString().isEmpty())
        yc::installTranslations(app, settings.value(QStringLiteral("ui/language")).toString());

    // ---- Training mode: the bundled reference platform and simulated devices ----------------
    std::unique_ptr<yc::sync::TrainingPlatform> trainingPlatform;
    if (training) {
        const QString appDir = QCoreApplication::applicationDirPath();
        trainingPlatform = std::make_unique<yc::sync::TrainingPlatform>(
            yc::sync::TrainingPlatform::Options{dataDir, QDir(appDir).filePath(QStringLiteral("yichuang-platform")),
                                                yc::sync::TrainingPlatform::defaultConfigFile(appDir)});
        auto prepared = yc::sync::prepareTrainingWindow(*trainingPlatform, settings, *store.value());
        if (!prepared) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Training mode cannot start"),
                                  prepared.error().message);
            return 2;
        }
    }
    yc::AppContext context;
    context.store = store.value().get();
    context.clock = &clock;
    context.settings = &settings;
    context.dataDir = dataDir;

    // ---- Services -------------------------------------------------------------------------
    // Identity: device plugins; the reader runs on its own thread.
    yc::devices::DeviceManager devices(yc::devices::DeviceManager::defaultReaderSearchPaths());
    yc::devices::CardReaderService cardReader(devices, clock);
    context.devices = &devices;
    context.cardReader = &cardReader;

    // Service catalog: search on its own thread and connection; the hall filter and the window
    // whose recent items are boosted come from the settings (until enrolment provides them).
    yc::storage::CatalogSearch catalogSearch(yc::DataLocation::databasePath(dataDir), &clock, nullptr,
                                             yc::storage::CatalogSearch::FirstIndex::OnFirstUse);
    catalogSearch.setHall(settings.value(QStringLiteral("hall/level")).toString(),
                          settings.value(QStringLiteral("hall/areaCode")).toString());
    catalogSearch.setWindowCode(settings.value(QStringLiteral("hall/windowCode")).toString());
    context.catalogSearch = &catalogSearch;

    // The engine's sinks are made before it, so they outlive its thread (the engine stops it when it
    // is destroyed). The platform's catalog feed goes through the same checks and transaction as a file import.
    yc::sync::CatalogFeedImporter catalogFeed(yc::DataLocation::databasePath(dataDir), clock);
    // The platform's working-day calendar: kept in the data directory and laid over the bundled one.
    // A store that held the feed only in its meta table (before this sink existed) adopts it once.
    yc::sync::CalendarFeedStore calendarFeed(dataDir);
    if (calendarFeed.hasStoredFeed()) {
        (void)calendarFeed.load();
    } else {
        const QString kept = store.value()->database().meta(QStringLiteral("calendar.document")).valueOr({});
        if (!kept.isEmpty())
            (void)calendarFeed.apply(QJsonDocument::fromJson(kept.toUtf8()).object());
    }
    context.calendar = &calendarFeed;
    // Platform sync: the engine drains the outbox on its own thread with its own
    // database connection; the UI reads the store and asks for passes.
    yc::sync::SyncEngine syncEngine(dataDir, store.value()->cipher(), clock,
                                    yc::sync::SyncConfig::restFactory(settings),
                                    yc::sync::SyncConfig::engineOptions(settings));
    syncEngine.setCatalogSink(&catalogFeed);
    syncEngine.setCalendarSink(&calendarFeed);
    context.syncEngine = &syncEngine;
    // Who is signed in at this window; sign-in and enrolment run on the service's own thread and
    // connection and set it.
    yc::sync::CurrentStaff currentStaff;
    yc::sync::SignInService signInService(dataDir, store.value()->cipher(), settings, clock, currentStaff);
    context.currentStaff = &currentStaff;
    context.signIn = &signInService;

    // ---- User interface ---------------------------------------------------------------------
    yc::ui::MainWindow window(context);
    if (training)
        window.setTrainingMode(true);

    // Identity: reader status, the Read ID card action, the reader settings page.
    yc::ui::IdCardModule idCardModule(window, context);

    // Notices: Case → Reprint notice… (Ctrl+Shift+P), the printer remembered for this PC.
    yc::ui::PrintModule printModule(window, context);

    // Sessions: File → Lock window (Ctrl+L), the idle lock and the lock screen; every settings change audited.
    yc::ui::SessionLockModule sessionLock(window, context);
    yc::storage::auditSettingChanges(
        settings, store.value()->database(), store.value()->cipher(), clock,
        [staff = QPointer<yc::sync::CurrentStaff>(&currentStaff)] { return staff ? staff->staffId() : QString(); });

    // The intake screen (F4) is the main page: a case from the applicant to the decision.
    auto* intakePage = new yc::ui::IntakePage(context);
    {
        yc::intake::WindowInfo windowInfo;
        windowInfo.training = training;
        intakePage->setWindowInfo(windowInfo);
    }
    intakePage->setNoticePrinter([&printModule](const QString& noticeId) { return printModule.printNotice(noticeId); });
    window.addPage(intakePage, QApplication::translate("main", "Intake"), QKeySequence(Qt::Key_F4));
    window.showPage(intakePage);
    QObject::connect(&idCardModule, &yc::ui::IdCardModule::cardRead, intakePage, &yc::ui::IntakePage::fillFromCard);
    idCardModule.setCardTaker([intakePage] { return intakePage->isVisible(); });
    QObject::connect(intakePage, &yc::ui::IntakePage::readCardRequested, &idCardModule,
                     &yc::ui::IdCardModule::readCard);
    QObject::connect(&currentStaff, &yc::sync::CurrentStaff::signedIn, intakePage,
                     [intakePage] { QTimer::singleShot(0, intakePage, &yc::ui::IntakePage::offerDrafts); });

    // Cases at this window (F8): today's and the open ones; the citizen's screen and the rating.
    {
        auto* casePage = new yc::ui::CaseListPage(context);
        casePage->setReprint([&printModule](const QString& caseId) { return printModule.reprintCase(caseId); });
        window.addPage(casePage, QApplication::translate("main", "Cases"), QKeySequence(Qt::Key_F8));
        QObject::connect(&syncEngine, &yc::sync::SyncEngine::passFinished, casePage, [casePage] {
            if (casePage->isVisible())
                casePage->refresh();
        });
        QObject::connect(casePage, &yc::ui::CaseListPage::reopenDraftRequested, intakePage,
                         [&window, intakePage](const QString& draftId) {
                             if (intakePage->openDraft(draftId))
                                 window.showPage(intakePage);
                         });
        auto* citizen = new yc::ui::CitizenModule(window, context, intakePage, &window);
        QObject::connect(casePage, &yc::ui::CaseListPage::ratingRequested, citizen, &yc::ui::CitizenModule::askRating);
    }

    // Service catalog page (F3); its index is rebuilt when the platform's feed changed the catalog.
    auto* catalogPanel = new yc::ui::CatalogPanel(context, &catalogSearch);
    window.addPage(catalogPanel, QApplication::translate("main", "Catalog"), QKeySequence(Qt::Key_F3));
    QObject::connect(&syncEngine, &yc::sync::SyncEngine::passFinished, &catalogSearch, [&catalogFeed, &catalogSearch] {
        if (catalogFeed.takeChanged())
            catalogSearch.reload();
    });

    // Supervisor's hall dashboard (Ctrl+F8): the service behind it refuses anyone but a supervisor.
    auto* dashboardPage = new yc::ui::DashboardPage(context);
    window.addPage(dashboardPage, QApplication::translate("main", "Hall dashboard"),
                   QKeySequence(Qt::CTRL | Qt::Key_F8));
    QObject::connect(dashboardPage, &yc::ui::DashboardPage::caseRequested, &window,
                     [&window, &context](const QString& caseId) {
                         yc::ui::CaseDetailDialog dialog(context, caseId, &window);
                         dialog.exec();
                     });

    // ---- Platform sync UI: status-bar indicator, queue page (F7), sign-in and enrolment.
    {
        auto* syncStatus = new yc::ui::SyncStatusWidget(context, &window);
        window.addStatusWidget(syncStatus);
        auto* queuePage = new yc::ui::SyncQueuePage(context);
        window.addPage(queuePage, QApplication::translate("main", "Sync queue"), QKeySequence(Qt::Key_F7));
        QObject::connect(&syncEngine, &yc::sync::SyncEngine::passFinished, syncStatus,
                         &yc::ui::SyncStatusWidget::refresh);
        QObject::connect(&syncEngine, &yc::sync::SyncEngine::passFinished, queuePage, &yc::ui::SyncQueuePage::refresh);
        QObject::connect(&syncEngine, &yc::sync::SyncEngine::uploadProgress, queuePage,
                         &yc::ui::SyncQueuePage::showUploadProgress);
        QObject::connect(queuePage, &yc::ui::SyncQueuePage::syncRequested, &syncEngine, &yc::sync::SyncEngine::syncNow);
        auto platformLabel = [&window, &context] {
            auto s = yc::sync::SyncStatus::read(context.store->database(), context.clock->now());
            const QString host = QUrl(context.settings->value(QStringLiteral("platform/url")).toString()).host();
            if (s && s.value().enrolled)
                window.setPlatformStatus(QApplication::translate("main", "%1 (%2)")
                                             .arg(host, s.value().online ? QApplication::translate("main", "online")
                                                                         : QApplication::translate("main", "offline")));
        };
        platformLabel();
        QObject::connect(&syncEngine, &yc::sync::SyncEngine::passFinished, &window, platformLabel);
        QObject::connect(&currentStaff, &yc::sync::CurrentStaff::changed, &window, [&window, &currentStaff] {
            const auto staff = currentStaff.staff();
            window.setSignedInStaff(staff.offline
                                        ? QApplication::translate("main", "%1 (offline)").arg(staff.displayName)
                                        : staff.displayName);
        });
        QObject::connect(&currentStaff, &yc::sync::CurrentStaff::signedIn, &syncEngine, &yc::sync::SyncEngine::syncNow);
        auto signIn = [&window, &context] {
            auto* dialog = new yc::ui::SignInDialog(context, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowModality(Qt::ApplicationModal);
            dialog->show();
        };
        auto* signInAction = new QAction(QApplication::translate("main", "Sign &in…"), &window);
        signInAction->setObjectName(QStringLiteral("signInAction"));
        signInAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
        QObject::connect(signInAction, &QAction::triggered, &window, signIn);
        window.addMenuAction(QStringLiteral("file"), signInAction);
        auto* signOutAction = new QAction(QApplication::translate("main", "Sign &out"), &window);
        signOutAction->setObjectName(QStringLiteral("signOutAction"));
        signOutAction->setEnabled(false);
        QObject::connect(signOutAction, &QAction::triggered, &signInService, &yc::sync::SignInService::signOut);
        QObject::connect(&currentStaff, &yc::sync::CurrentStaff::changed, signOutAction,
                         [signOutAction, &currentStaff] { signOutAction->setEnabled(currentStaff.isSignedIn()); });
        window.addMenuAction(QStringLiteral("file"), signOutAction);
        auto* enrolAction = new QAction(QApplication::translate("main", "&Enrol this PC…"), &window);
        enrolAction->setObjectName(QStringLiteral("enrolAction"));
        QObject::connect(enrolAction, &QAction::triggered, &window, [&window, &context, syncStatus, &syncEngine] {
            auto* dialog = new yc::ui::EnrolmentDialog(context, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowModality(Qt::ApplicationModal);
            QObject::connect(dialog, &QDialog::accepted, syncStatus, [syncStatus, &syncEngine] {
                syncStatus->refresh();
                syncEngine.syncNow();
            });
            dialog->show();
        });
        window.addMenuAction(QStringLiteral("tools"), enrolAction);
        // First run with a configured platform: enrol; once enrolled, staff sign in at start.
        const bool hasPlatform = !settings.value(QStringLiteral("platform/url")).toString().isEmpty();
        yc::sync::Enrolment enrolment(store.value()->database(), store.value()->cipher());
        const auto enrolled = enrolment.load();
        const bool isEnrolled = enrolled.ok() && enrolled.value().has_value();
        if (hasPlatform && settings.value(QStringLiteral("sync/sign_in_at_start"), true).toBool())
            QTimer::singleShot(0, &window,
                               isEnrolled ? std::function<void()>(signIn)
                                          : std::function<void()>([enrolAction] { enrolAction->trigger(); }));
    }
    // ---- end of platform sync UI

    // Supervision: the approvals queue (Ctrl+F9), case detail, rating results (Ctrl+F10); supervisors only,
    // checked by the services.
    {
        auto* approvalsPage = new yc::ui::ApprovalsPage(context);
        window.addPage(approvalsPage, QApplication::translate("main", "Approvals"),
                       QKeySequence(Qt::CTRL | Qt::Key_F9));
        QObject::connect(approvalsPage, &yc::ui::ApprovalsPage::caseRequested, &window,
                         [&window, &context](const QString& caseId) {
                             yc::ui::CaseDetailDialog dialog(context, caseId, &window);
                             dialog.exec();
                         });
        auto* ratingsPage = new yc::ui::RatingsPage(context);
        window.addPage(ratingsPage, QApplication::translate("main", "Rating results"),
                       QKeySequence(Qt::CTRL | Qt::Key_F10));
        QObject::connect(ratingsPage, &yc::ui::RatingsPage::followUpQueued, &syncEngine,
                         &yc::sync::SyncEngine::syncNow);
    }

    yc::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &yc::SignalWatcher::terminationRequested, &window, [&window] { window.close(); });
    // Work the first screen does not need starts once the window is usable, so the clerk does not wait
    // for it: the catalog index (a search before then builds it), the card reader, the sync engine.
    yc::ui::UsableWatch::of(&window)->whenUsable([&catalogSearch, &idCardModule, &syncEngine] {
        catalogSearch.prepare();
        idCardModule.openConfiguredReader();
        syncEngine.start();
    });
    if (parser.isSet(quitWhenReadyOption))
        yc::ui::ReadyProbe::install(&window,
                                    training ? yc::ui::ReadyProbe::Ending::Quit : yc::ui::ReadyProbe::Ending::ExitNow);
    window.show();
    return app.exec();
}
