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
#include "storage/Store.h"
#include "sync/TrainingPlatform.h"
#include "ui/MainWindow.h"
#include "ui/UsableWatch.h"
#include "ui/Workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

#include <thread>

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
    // What opening the store needs from the system (OpenSSL set up, the SQLite driver loaded) is
    // made ready on a thread of its own while the windowing system starts.
    std::thread storeReady(&yc::storage::Store::prepareProcess);
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

    // SIGTERM, SIGINT, SIGHUP close the program through its normal path from the start on, so that a
    // signal during start-up still stops the training platform and closes the store cleanly.
    yc::SignalWatcher signalWatcher;
    bool terminationRequested = false;
    yc::ui::Workbench* running = nullptr;
    QObject::connect(&signalWatcher, &yc::SignalWatcher::terminationRequested, &app, [&] {
        terminationRequested = true;
        if (running)
            running->window().close();
        else
            QCoreApplication::exit(0); // ends every event loop, a start-up message box too
    });

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
    storeReady.join(); // before process(), which may end the program (--help, a wrong option)
    parser.process(app);

    // Training keeps its own store (…/training unless --data-dir is given), never the real one.
    const bool training = parser.isSet(trainingOption);
    const QString dataDir = training && !parser.isSet(dataDirOption)
                                ? QDir(yc::DataLocation::resolve()).filePath(QStringLiteral("training"))
                                : yc::DataLocation::resolve(parser.value(dataDirOption));
    yc::storage::StoreOptions options;
    options.dataDir = dataDir;
    // The full integrity check reads the whole file; it runs once the window is up (Workbench).
    options.deferIntegrityCheck = true;
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
    // ---- The workbench: services and the main window ---------------------------------------
    yc::ui::Workbench::Options workbenchOptions;
    workbenchOptions.training = training;
    workbenchOptions.integrityCheckInBackground = options.deferIntegrityCheck;
    workbenchOptions.buildRestWhenUsable = true;
    yc::ui::Workbench workbench(*store.value(), settings, clock, workbenchOptions);
    QObject::connect(&workbench, &yc::ui::Workbench::storeDamaged, &app,
                     [&workbench, &dataDir](const QString& message) {
                         QMessageBox::critical(
                             &workbench.window(), QApplication::translate("main", "Yichuang cannot go on"),
                             QApplication::translate("main", "The local store in %1 is damaged. Yichuang stops "
                                                             "so that nothing more is written to it; restore the "
                                                             "data directory from its backup (see the IT guide).\n\n%2")
                                 .arg(dataDir, message));
                         QCoreApplication::exit(2);
                     });

    running = &workbench;
    if (parser.isSet(quitWhenReadyOption))
        yc::ui::ReadyProbe::install(&workbench.window(),
                                    training ? yc::ui::ReadyProbe::Ending::Quit : yc::ui::ReadyProbe::Ending::ExitNow);
    if (terminationRequested)
        return 0;
    workbench.show();
    return app.exec();
}
