// The sane plugin through the host's ScannerService, against libsane's `test` back-end: device
// list, a flatbed page in each mode, a feeder run until it is empty, cancel in the middle of a
// page, and the device's error statuses as messages.
#include "SaneTestBackend.h"
#include "TestMain.h"
#include "devices/DeviceManager.h"
#include "devices/ScannerService.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using yc::devices::DeviceManager;
using yc::devices::ScannerService;
using yc::plugins::scanner::ColorMode;
using yc::plugins::scanner::ScannedPage;
using yc::plugins::scanner::ScannerDevice;
using yc::plugins::scanner::ScanSettings;
using yc::plugins::scanner::Source;

namespace {
const QString Sane = QStringLiteral("sane");

QString pluginDir()
{
    return QStringLiteral(YC_BIN_DIR "/../plugins/scanner");
}

ScanSettings settings(ColorMode mode = ColorMode::Gray, Source source = Source::Flatbed)
{
    ScanSettings s;
    s.device = QStringLiteral("test:0");
    s.resolution = 50;
    s.mode = mode;
    s.source = source;
    return s;
}

// Runs a scan to its end; the pages, and the finished / error arguments.
struct Run
{
    QList<ScannedPage> pages;
    QList<int> indexes;
    int finishedPages = -1;
    bool cancelled = false;
    QString errorCode;
    QString errorMessage;
};

Run scan(ScannerService& service, const ScanSettings& s)
{
    Run run;
    QSignalSpy finished(&service, &ScannerService::finished);
    QSignalSpy errors(&service, &ScannerService::errorOccurred);
    auto c = QObject::connect(&service, &ScannerService::pageScanned, [&run](const ScannedPage& page, int index) {
        run.pages << page;
        run.indexes << index;
    });
    if (service.start(Sane, s)) {
        QElapsedTimer waited;
        waited.start();
        while (finished.isEmpty() && errors.isEmpty() && waited.elapsed() < 30000)
            QTest::qWait(10);
    }
    QObject::disconnect(c);
    if (!finished.isEmpty()) {
        run.finishedPages = finished.constFirst().at(0).toInt();
        run.cancelled = finished.constFirst().at(1).toBool();
    }
    if (!errors.isEmpty()) {
        run.errorCode = errors.constFirst().at(0).toString();
        run.errorMessage = errors.constFirst().at(1).toString();
    }
    return run;
}
} // namespace

class TestSaneScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("sane"));
        QVERIFY(yc::test::writeSaneTestConfig(dir));
        qputenv("SANE_CONFIG_DIR", dir.toLocal8Bit());
    }

    void listsTheTestDevices()
    {
        DeviceManager manager({}, {pluginDir()});
        QVERIFY(manager.scannerKeys().contains(Sane));
        ScannerService service(manager);
        QSignalSpy listed(&service, &ScannerService::devicesListed);
        QVERIFY(service.listDevices(Sane));
        QVERIFY(listed.wait(10000));
        QCOMPARE(listed.constFirst().at(0).toString(), Sane);
        const auto devices = listed.constFirst().at(1).value<QList<ScannerDevice>>();
        QStringList ids;
        for (const ScannerDevice& d : devices)
            ids << d.id;
        qInfo() << "devices:" << ids;
        QCOMPARE(ids, (QStringList{QStringLiteral("test:0"), QStringLiteral("test:1")}));
        QCOMPARE(devices.constFirst().vendor, QStringLiteral("Noname"));
        QCOMPARE(devices.constFirst().type, QStringLiteral("virtual device"));
    }

    void flatbedPageInEachMode_data()
    {
        QTest::addColumn<ColorMode>("mode");
        QTest::addColumn<ScannedPage::Format>("format");
        QTest::addColumn<QString>("picture");
        QTest::addColumn<char>("fill");
        QTest::newRow("gray, white") << ColorMode::Gray << ScannedPage::Format::Gray8 << QStringLiteral("Solid white")
                                     << char(0xFF);
        QTest::newRow("gray, black") << ColorMode::Gray << ScannedPage::Format::Gray8 << QStringLiteral("Solid black")
                                     << char(0x00);
        QTest::newRow("color, white") << ColorMode::Color << ScannedPage::Format::Rgb888
                                      << QStringLiteral("Solid white") << char(0xFF);
        // Line art: one bit per pixel, 1 is black.
        QTest::newRow("lineart, black") << ColorMode::Lineart << ScannedPage::Format::Mono
                                        << QStringLiteral("Solid black") << char(0xFF);
        QTest::newRow("lineart, white") << ColorMode::Lineart << ScannedPage::Format::Mono
                                        << QStringLiteral("Solid white") << char(0x00);
    }

    void flatbedPageInEachMode()
    {
        QFETCH(ColorMode, mode);
        QFETCH(ScannedPage::Format, format);
        QFETCH(QString, picture);
        QFETCH(char, fill);
        DeviceManager manager({}, {pluginDir()});
        ScannerService service(manager);
        QSignalSpy progress(&service, &ScannerService::progress);
        ScanSettings s = settings(mode);
        s.options.insert(QStringLiteral("test-picture"), picture);
        const Run run = scan(service, s);
        QVERIFY2(run.errorCode.isEmpty(), qPrintable(run.errorMessage));
        QCOMPARE(run.finishedPages, 1);
        QVERIFY(!run.cancelled);
        QCOMPARE(run.pages.size(), 1);
        const ScannedPage& page = run.pages.constFirst();
        QVERIFY(page.isValid());
        QCOMPARE(page.format, format);
        QCOMPARE(page.dpi, 50);
        // The test device's default scan area: 80 x 100 mm at 50 dpi.
        QCOMPARE(page.width, 157);
        QCOMPARE(page.height, 196);
        if (format == ScannedPage::Format::Mono) {
            // Padding bits of each row stay white; every pixel bit carries the fill.
            for (int y = 0; y < page.height; ++y)
                for (int x = 0; x < page.width; ++x) {
                    const bool black =
                        quint8(page.pixels[qsizetype(y) * page.bytesPerLine + x / 8]) & (0x80 >> (x % 8));
                    QCOMPARE(black, fill != 0);
                }
        } else {
            QCOMPARE(page.pixels.count(fill), page.pixels.size());
        }
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toInt(), 0);
        QCOMPARE(progress.constLast().at(1).toInt(), 100);
    }

    void feederRunsUntilEmpty()
    {
        DeviceManager manager({}, {pluginDir()});
        ScannerService service(manager);
        QSignalSpy progress(&service, &ScannerService::progress);
        const Run run = scan(service, settings(ColorMode::Color, Source::Adf));
        QVERIFY2(run.errorCode.isEmpty(), qPrintable(run.errorMessage));
        qInfo() << "pages from the feeder:" << run.pages.size();
        // The test back-end's feeder holds ten sheets; the eleventh start reports SANE_STATUS_NO_DOCS.
        QCOMPARE(run.finishedPages, 10);
        QCOMPARE(run.pages.size(), 10);
        QCOMPARE(run.indexes, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QVERIFY(!run.cancelled);
        QSet<int> pagesWithProgress;
        for (const auto& p : std::as_const(progress))
            if (p.at(1).toInt() == 100)
                pagesWithProgress << p.at(0).toInt();
        QCOMPARE(pagesWithProgress.size(), 10);

        // A limit stops the feeder early; the next run starts a full feeder again.
        ScanSettings limited = settings(ColorMode::Gray, Source::Adf);
        limited.maxPages = 4;
        QCOMPARE(scan(service, limited).pages.size(), 4);
    }

    void cancelInTheMiddleOfAPage()
    {
        DeviceManager manager({}, {pluginDir()});
        ScannerService service(manager);
        ScanSettings slow = settings(ColorMode::Gray, Source::Adf);
        // A page larger than a pipe's buffer (787 x 787 bytes): the back-end's reader thread cannot
        // run ahead of the reads by more than a tenth of it.
        slow.resolution = 100;
        slow.options.insert(QStringLiteral("br-x"), 200);
        slow.options.insert(QStringLiteral("br-y"), 200);
        // 1000 bytes per read, and a delay in the back-end's writer.
        slow.options.insert(QStringLiteral("read-limit"), true);
        slow.options.insert(QStringLiteral("read-limit-size"), 1000);
        slow.options.insert(QStringLiteral("read-delay"), true);
        slow.options.insert(QStringLiteral("read-delay-duration"), 20000);
        QSignalSpy finished(&service, &ScannerService::finished);
        QSignalSpy pages(&service, &ScannerService::pageScanned);
        QElapsedTimer sinceCancel;
        int cancelledAt = -1;
        int cancelledPage = -1;
        connect(&service, &ScannerService::progress, this, [&](int page, int percent) {
            if (cancelledAt < 0 && percent >= 10 && percent < 100) {
                cancelledAt = percent;
                cancelledPage = page;
                sinceCancel.start();
                service.cancel();
            }
        });
        QVERIFY(service.start(Sane, slow));
        QVERIFY(finished.wait(20000));
        qInfo() << "cancelled at" << cancelledAt << "% of page" << cancelledPage + 1 << "; finished"
                << sinceCancel.elapsed() << "ms later";
        QVERIFY(cancelledAt >= 10 && cancelledAt < 100);
        QVERIFY(sinceCancel.elapsed() < 1000);
        // The pages before the cancelled one arrived; the cancelled one did not; the feeder stopped.
        QCOMPARE(finished.constFirst().at(0).toInt(), cancelledPage);
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        QCOMPARE(pages.size(), cancelledPage);
        QVERIFY(cancelledPage < 9);
        QVERIFY(!service.isScanning());
        disconnect(&service, &ScannerService::progress, this, nullptr);

        // The service is usable again at once.
        const Run again = scan(service, settings());
        QVERIFY2(again.errorCode.isEmpty(), qPrintable(again.errorMessage));
        QCOMPARE(again.pages.size(), 1);
    }

    void deviceErrorsArriveAsMessages_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("jammed") << QStringLiteral("SANE_STATUS_JAMMED") << QStringLiteral("jammed")
                                << QStringLiteral("jammed");
        QTest::newRow("cover open") << QStringLiteral("SANE_STATUS_COVER_OPEN") << QStringLiteral("cover-open")
                                    << QStringLiteral("cover is open");
        QTest::newRow("no paper") << QStringLiteral("SANE_STATUS_NO_DOCS") << QStringLiteral("no-paper")
                                  << QStringLiteral("no paper");
        QTest::newRow("busy") << QStringLiteral("SANE_STATUS_DEVICE_BUSY") << QStringLiteral("busy")
                              << QStringLiteral("busy");
        QTest::newRow("gone") << QStringLiteral("SANE_STATUS_IO_ERROR") << QStringLiteral("device-gone")
                              << QStringLiteral("disconnected");
        QTest::newRow("invalid") << QStringLiteral("SANE_STATUS_INVAL") << QStringLiteral("invalid")
                                 << QStringLiteral("refused");
        QTest::newRow("access") << QStringLiteral("SANE_STATUS_ACCESS_DENIED") << QStringLiteral("access-denied")
                                << QStringLiteral("denied");
        QTest::newRow("memory") << QStringLiteral("SANE_STATUS_NO_MEM") << QStringLiteral("no-memory")
                                << QStringLiteral("memory");
    }

    void deviceErrorsArriveAsMessages()
    {
        QFETCH(QString, status);
        QFETCH(QString, code);
        QFETCH(QString, words);
        DeviceManager manager({}, {pluginDir()});
        ScannerService service(manager);
        ScanSettings s = settings();
        s.options.insert(QStringLiteral("read-return-value"), status);
        const Run run = scan(service, s);
        qInfo() << status << "->" << run.errorCode << run.errorMessage;
        QCOMPARE(run.errorCode, code);
        QVERIFY2(run.errorMessage.contains(words, Qt::CaseInsensitive), qPrintable(run.errorMessage));
        QCOMPARE(run.finishedPages, -1); // an error ends the run; no finished() after it
        QCOMPARE(run.pages.size(), 0);
        QVERIFY(!service.isScanning());
    }

    void missingDeviceAndOptionAreNamed()
    {
        DeviceManager manager({}, {pluginDir()});
        ScannerService service(manager);
        ScanSettings s = settings();
        s.device = QStringLiteral("test:7");
        Run run = scan(service, s);
        QCOMPARE(run.errorCode, QStringLiteral("no-device"));
        QVERIFY(run.errorMessage.contains(QStringLiteral("test:7")));

        s = settings();
        s.options.insert(QStringLiteral("no-such-option"), 1);
        run = scan(service, s);
        QCOMPARE(run.errorCode, QStringLiteral("invalid"));
        QVERIFY(run.errorMessage.contains(QStringLiteral("no-such-option")));

        // The test device has a document feeder; asking for a mode it lacks is named too.
        s = settings();
        s.options.insert(QStringLiteral("mode"), QStringLiteral("Sepia"));
        run = scan(service, s);
        QCOMPARE(run.errorCode, QStringLiteral("invalid"));
    }
};

YC_TEST_MAIN(TestSaneScanner)
#include "TestSaneScanner.moc"
