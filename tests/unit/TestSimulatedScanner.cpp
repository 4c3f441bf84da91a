// The simulated scanner plugin through ScannerService: drawn test sheets in each mode, a folder of
// images in name order, an empty feeder, a damaged image, and cancel.
#include "TestMain.h"
#include "devices/DeviceManager.h"
#include "devices/ScannerService.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>

using yc::devices::DeviceManager;
using yc::devices::ScannerService;
using yc::plugins::scanner::ColorMode;
using yc::plugins::scanner::ScannedPage;
using yc::plugins::scanner::ScanSettings;
using yc::plugins::scanner::Source;

namespace {
const QString Simulated = QStringLiteral("simulated");

struct Run
{
    QList<ScannedPage> pages;
    QString errorCode;
    int finished = -1;
};

Run scan(ScannerService& service, const ScanSettings& s)
{
    Run run;
    QSignalSpy finished(&service, &ScannerService::finished);
    QSignalSpy errors(&service, &ScannerService::errorOccurred);
    auto c = QObject::connect(&service, &ScannerService::pageScanned,
                              [&run](const ScannedPage& page, int) { run.pages << page; });
    service.start(Simulated, s);
    for (int i = 0; i < 1000 && finished.isEmpty() && errors.isEmpty(); ++i)
        QTest::qWait(10);
    QObject::disconnect(c);
    if (!finished.isEmpty())
        run.finished = finished.constFirst().at(0).toInt();
    if (!errors.isEmpty())
        run.errorCode = errors.constFirst().at(0).toString();
    return run;
}
} // namespace

class TestSimulatedScanner : public QObject
{
    Q_OBJECT

    DeviceManager m_manager{{}, {QStringLiteral(YC_BIN_DIR "/../plugins/scanner")}};

private slots:
    void testSheetsInEachMode()
    {
        ScannerService service(m_manager);
        ScanSettings s;
        s.resolution = 100;
        s.source = Source::Adf;
        s.options.insert(QStringLiteral("pages"), 2);
        const Run color = scan(service, s);
        QCOMPARE(color.finished, 2);
        QCOMPARE(color.pages.size(), 2);
        const ScannedPage& first = color.pages.constFirst();
        QVERIFY(first.isValid());
        QCOMPARE(first.format, ScannedPage::Format::Rgb888);
        QCOMPARE(first.width, 827); // A4 at 100 dpi
        QCOMPARE(first.height, 1169);
        // Dark pixels are drawn (border, text), and the page number differs between the sheets.
        QVERIFY(first.pixels.count(char(0)) > first.pixels.size() / 50);
        QVERIFY(first.pixels != color.pages.at(1).pixels);

        s.source = Source::Flatbed;
        s.mode = ColorMode::Gray;
        const Run gray = scan(service, s);
        QCOMPARE(gray.pages.size(), 1);
        QCOMPARE(gray.pages.constFirst().format, ScannedPage::Format::Gray8);
        s.mode = ColorMode::Lineart;
        s.resolution = 200;
        const Run lineart = scan(service, s);
        QCOMPARE(lineart.pages.size(), 1);
        QCOMPARE(lineart.pages.constFirst().format, ScannedPage::Format::Mono);
        QCOMPARE(lineart.pages.constFirst().width, 1654);
        QVERIFY(lineart.pages.constFirst().isValid());

        s.resolution = 20;
        QCOMPARE(scan(service, s).errorCode, QStringLiteral("invalid"));
    }

    void folderPagesInNameOrder()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("pages"));
        for (const auto& [name, width] :
             {std::pair{QStringLiteral("b.png"), 20}, std::pair{QStringLiteral("a.png"), 10},
              std::pair{QStringLiteral("c.jpg"), 30}}) {
            QImage image(width, 8, QImage::Format_RGB32);
            image.fill(Qt::white);
            QVERIFY(image.save(dir + QLatin1Char('/') + name));
        }
        QFile notes(dir + QStringLiteral("/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a page");
        notes.close();

        ScannerService service(m_manager);
        ScanSettings s;
        s.device = dir;
        s.source = Source::Adf;
        s.mode = ColorMode::Gray;
        const Run all = scan(service, s);
        QCOMPARE(all.finished, 3);
        QList<int> widths;
        for (const ScannedPage& p : all.pages)
            widths << p.width;
        QCOMPARE(widths, (QList<int>{10, 20, 30}));
        QCOMPARE(all.pages.constFirst().pixels.count(char(0xFF)), 10 * 8);

        s.source = Source::Flatbed;
        QCOMPARE(scan(service, s).pages.size(), 1);

        const QString empty = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("empty"));
        s.device = empty;
        QCOMPARE(scan(service, s).errorCode, QStringLiteral("no-paper"));

        QFile damaged(empty + QStringLiteral("/d.png"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("\x89PNG\r\n\x1a\n broken");
        damaged.close();
        QCOMPARE(scan(service, s).errorCode, QStringLiteral("io"));

        s.device = dir + QStringLiteral("/missing");
        QCOMPARE(scan(service, s).errorCode, QStringLiteral("no-device"));
    }

    void cancelStopsTheFeeder()
    {
        ScannerService service(m_manager);
        ScanSettings s;
        s.resolution = 50;
        s.source = Source::Adf;
        s.options.insert(QStringLiteral("pages"), 5);
        s.options.insert(QStringLiteral("delayMs"), 100);
        QSignalSpy finished(&service, &ScannerService::finished);
        QSignalSpy pages(&service, &ScannerService::pageScanned);
        connect(&service, &ScannerService::progress, this, [&](int page, int percent) {
            if (page == 1 && percent == 50)
                service.cancel();
        });
        QVERIFY(service.start(Simulated, s));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(0).toInt(), 1);
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        QCOMPARE(pages.size(), 1);
    }
};

YC_TEST_MAIN(TestSimulatedScanner)
#include "TestSimulatedScanner.moc"
