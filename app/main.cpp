// yichuang: the window clerk's GUI. Bootstrap and composition root only: it builds the services
// and hands them to the user interface.
#include "core/AppInfo.h"
#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/ProcessHardening.h"
#include "core/Settings.h"
#include "core/SignalWatcher.h"
#include "core/Translations.h"
#include "devices/CardReaderService.h"
#include "devices/DeviceManager.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogSearch.h"
#include "ui/MainWindow.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/identity/IdCardModule.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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

} // namespace

int main(int argc, char* argv[])
{
    yc::hardenProcess();
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
    parser.addOption(dataDirOption);
    parser.addOption(langOption);
    parser.process(app);

    const QString dataDir = yc::DataLocation::resolve(parser.value(dataDirOption));
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
    yc::storage::CatalogSearch catalogSearch(yc::DataLocation::databasePath(dataDir), &clock);
    catalogSearch.setHall(settings.value(QStringLiteral("hall/level")).toString(),
                          settings.value(QStringLiteral("hall/areaCode")).toString());
    catalogSearch.setWindowCode(settings.value(QStringLiteral("hall/windowCode")).toString());
    context.catalogSearch = &catalogSearch;

    // ---- User interface ---------------------------------------------------------------------
    yc::ui::MainWindow window(context);

    // Identity: reader status, the Read ID card action, the reader settings page.
    yc::ui::IdCardModule idCardModule(window, context);
    idCardModule.openConfiguredReader();

    // Service catalog page (F3).
    auto* catalogPanel = new yc::ui::CatalogPanel(context, &catalogSearch);
    window.addPage(catalogPanel, QApplication::translate("main", "Catalog"), QKeySequence(Qt::Key_F3));

    yc::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &yc::SignalWatcher::terminationRequested, &window, [&window] { window.close(); });
    window.show();
    return app.exec();
}
