// yichuang-ctl scanner list / scan: scanner back-ends and scanning into a PDF.
#include "core/SignalWatcher.h"
#include "ctl/CommandRegistry.h"
#include "devices/DeviceManager.h"
#include "devices/ScannerService.h"
#include "documents/ScanPdf.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

namespace yc::ctl {

namespace {

using plugins::scanner::ColorMode;
using plugins::scanner::ScannedPage;
using plugins::scanner::ScannerDevice;
using plugins::scanner::ScanSettings;
using plugins::scanner::Source;

// Listing devices can take a while (network scanners are searched for); a scan has no overall limit.
constexpr int ListTimeoutMs = 60000;

class ScannerList
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::ScannerList)

public:
    static int run(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Lists the scanners every scanner back-end can reach, one JSON object per device and line. A back-end "
               "that cannot be used or cannot list its devices gets one line with \"available\": false and the "
               "reason."));
        if (const int rc = parseCommandLine(parser, args, io, 0, DataDir::No); rc >= 0)
            return rc;
        devices::DeviceManager manager({}, devices::DeviceManager::defaultScannerSearchPaths());
        devices::ScannerService service(manager);
        for (const devices::ScannerPluginInfo& info : manager.scannerPlugins()) {
            auto unavailable = [&](const QString& reason) {
                io.out << compactJson({{QStringLiteral("plugin"), info.key},
                                       {QStringLiteral("device"), QString()},
                                       {QStringLiteral("vendor"), QString()},
                                       {QStringLiteral("model"), QString()},
                                       {QStringLiteral("type"), QString()},
                                       {QStringLiteral("available"), false},
                                       {QStringLiteral("reason"), reason}})
                       << '\n';
            };
            if (!info.unavailableReason.isEmpty()) {
                unavailable(info.unavailableReason);
                continue;
            }
            QEventLoop loop;
            QList<ScannerDevice> found;
            QString error;
            QObject::connect(&service, &devices::ScannerService::devicesListed, &loop,
                             [&](const QString&, const QList<ScannerDevice>& list) {
                                 found = list;
                                 loop.quit();
                             });
            QObject::connect(&service, &devices::ScannerService::errorOccurred, &loop,
                             [&](const QString&, const QString& message) {
                                 error = message;
                                 loop.quit();
                             });
            QTimer::singleShot(ListTimeoutMs, &loop, [&] {
                error = tr("The back-end did not list its devices in time.");
                loop.quit();
            });
            if (service.listDevices(info.key))
                loop.exec();
            if (!error.isEmpty()) {
                unavailable(error);
                continue;
            }
            for (const ScannerDevice& device : std::as_const(found)) {
                io.out << compactJson({{QStringLiteral("plugin"), info.key},
                                       {QStringLiteral("device"), device.id},
                                       {QStringLiteral("vendor"), device.vendor},
                                       {QStringLiteral("model"), device.model},
                                       {QStringLiteral("type"), device.type},
                                       {QStringLiteral("available"), true},
                                       {QStringLiteral("reason"), QString()}})
                       << '\n';
            }
        }
        return ExitOk;
    }
};

class Scan
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::Scan)

public:
    static int run(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Scans one page from the flatbed, or every page in the document feeder, into one PDF (A4 pages, "
               "each image at its scanned size). Prints one line per page on standard error; Ctrl+C cancels."));
        parser.addPositionalArgument(QStringLiteral("OUT.pdf"), tr("The PDF file to write."));
        const QCommandLineOption plugin(QStringLiteral("plugin"), tr("Scanner back-end: sane, simulated."), tr("name"));
        const QCommandLineOption device(QStringLiteral("device"),
                                        tr("Device as `scanner list` prints it (default: the first one found)."),
                                        tr("device"));
        const QCommandLineOption resolution(QStringLiteral("resolution"), tr("Resolution in dpi (default 200)."),
                                            tr("dpi"), QStringLiteral("200"));
        const QCommandLineOption mode(QStringLiteral("mode"), tr("color (default), gray or lineart."), tr("mode"),
                                      QStringLiteral("color"));
        const QCommandLineOption source(QStringLiteral("source"), tr("flatbed (default) or adf (document feeder)."),
                                        tr("source"), QStringLiteral("flatbed"));
        parser.addOption(plugin);
        parser.addOption(device);
        parser.addOption(resolution);
        parser.addOption(mode);
        parser.addOption(source);
        if (const int rc = parseCommandLine(parser, args, io, 1, DataDir::No); rc >= 0)
            return rc;

        const QString pluginKey = parser.value(plugin);
        if (pluginKey.isEmpty()) {
            io.err << tr("No scanner back-end given (--plugin).") << '\n';
            return ExitUsage;
        }
        ScanSettings settings;
        settings.device = parser.value(device);
        bool ok = false;
        settings.resolution = parser.value(resolution).toInt(&ok);
        if (!ok || settings.resolution <= 0) {
            io.err << tr("Invalid --resolution value: %1").arg(parser.value(resolution)) << '\n';
            return ExitUsage;
        }
        const QString modeName = parser.value(mode);
        if (modeName == QLatin1String("color")) {
            settings.mode = ColorMode::Color;
        } else if (modeName == QLatin1String("gray")) {
            settings.mode = ColorMode::Gray;
        } else if (modeName == QLatin1String("lineart")) {
            settings.mode = ColorMode::Lineart;
        } else {
            io.err << tr("Invalid --mode value: %1 (color, gray or lineart)").arg(modeName) << '\n';
            return ExitUsage;
        }
        const QString sourceName = parser.value(source);
        if (sourceName == QLatin1String("flatbed")) {
            settings.source = Source::Flatbed;
        } else if (sourceName == QLatin1String("adf")) {
            settings.source = Source::Adf;
        } else {
            io.err << tr("Invalid --source value: %1 (flatbed or adf)").arg(sourceName) << '\n';
            return ExitUsage;
        }
        const QString out = parser.positionalArguments().constFirst();
        if (QFileInfo(out).isDir()) {
            io.err << tr("error: %1 is a folder; give the PDF file to write.").arg(out) << '\n';
            return ExitUsage;
        }

        devices::DeviceManager manager({}, devices::DeviceManager::defaultScannerSearchPaths());
        devices::ScannerService service(manager);
        documents::ScanPdf pdf(out, QFileInfo(out).completeBaseName());
        QEventLoop loop;
        int exitCode = ExitFailure;
        bool done = false;
        auto finish = [&](int code) {
            if (done)
                return;
            done = true;
            exitCode = code;
            loop.quit();
        };
        QObject::connect(&service, &devices::ScannerService::pageScanned, &loop,
                         [&](const ScannedPage& page, int index) {
                             if (done)
                                 return;
                             const Status added = pdf.addPage(page);
                             if (!added) {
                                 io.err << tr("error: %1").arg(added.error().message) << '\n';
                                 service.cancel();
                                 finish(ExitFailure);
                                 return;
                             }
                             io.err << tr("Page %1 scanned: %2 x %3 pixels at %4 dpi.")
                                           .arg(index + 1)
                                           .arg(page.width)
                                           .arg(page.height)
                                           .arg(page.dpi)
                                    << '\n';
                             io.err.flush();
                         });
        QObject::connect(&service, &devices::ScannerService::finished, &loop, [&](int pages, bool cancelled) {
            if (done)
                return;
            if (cancelled) {
                io.err << tr("error: the scan was cancelled; nothing was written.") << '\n';
                finish(ExitFailure);
                return;
            }
            if (pages == 0) {
                io.err << tr("error: the scanner delivered no page.") << '\n';
                finish(ExitFailure);
                return;
            }
            const Status written = pdf.finish();
            if (!written) {
                io.err << tr("error: %1").arg(written.error().message) << '\n';
                finish(ExitFailure);
                return;
            }
            io.err << tr("%n page(s) written to %1.", nullptr, pages).arg(out) << '\n';
            finish(ExitOk);
        });
        QObject::connect(&service, &devices::ScannerService::errorOccurred, &loop,
                         [&](const QString&, const QString& message) {
                             if (done)
                                 return;
                             io.err << tr("error: %1").arg(message) << '\n';
                             finish(ExitFailure);
                         });
        SignalWatcher signals_;
        QObject::connect(&signals_, &SignalWatcher::terminationRequested, &loop, [&] { service.cancel(); });
        if (!service.start(pluginKey, settings))
            return ExitFailure; // errorOccurred has printed why
        if (!done)
            loop.exec();
        return exitCode;
    }
};

} // namespace

void registerScannerCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("scanner"), QStringLiteral("list")},
                  QStringLiteral("scanner list"),
                  QCoreApplication::translate("yc::ctl::ScannerList", "List the scanners of every scanner back-end"),
                  &ScannerList::run});
    registry.add({{QStringLiteral("scan")},
                  QStringLiteral("scan --plugin NAME [--device D] [--resolution DPI] [--mode color|gray|lineart] "
                                 "[--source flatbed|adf] OUT.pdf"),
                  QCoreApplication::translate("yc::ctl::Scan", "Scan pages into one PDF"),
                  &Scan::run});
}

} // namespace yc::ctl
