// Plugin discovery and metadata checks before loading; the simulated reader through the host
// service (worker thread, decoding with the clock, status changes).
#include "FakeClock.h"
#include "TestMain.h"
#include "devices/CardReaderService.h"
#include "devices/DeviceManager.h"
#include "devices/PluginLocator.h"

#include <QDir>

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>

using yc::devices::CardReaderService;
using yc::devices::DeviceManager;

namespace {
QString pluginDir()
{
    return QStringLiteral(YC_BIN_DIR "/../plugins/idcard");
}
QJsonObject metadata(const QString& iid, const QJsonObject& data)
{
    return {{QStringLiteral("IID"), iid}, {QStringLiteral("MetaData"), data}};
}
} // namespace

class TestDeviceManager : public QObject
{
    Q_OBJECT

    yc::test::FakeClock m_clock;

private slots:
    void metadataIsCheckedBeforeLoading()
    {
        const QString iid = QStringLiteral(YC_IDCARD_READER_FACTORY_IID);
        const auto good = DeviceManager::checkReaderMetadata(
            metadata(iid, {{QStringLiteral("key"), QStringLiteral("x")}, {QStringLiteral("apiVersion"), 1}}));
        QVERIFY(good.ok());
        QCOMPARE(good.value(), QStringLiteral("x"));
        QCOMPARE(DeviceManager::checkReaderMetadata(
                     metadata(iid, {{QStringLiteral("key"), QStringLiteral("x")}, {QStringLiteral("apiVersion"), 2}}))
                     .error()
                     .code,
                 QStringLiteral("plugin.version"));
        QCOMPARE(DeviceManager::checkReaderMetadata(metadata(iid, {{QStringLiteral("apiVersion"), 1}})).error().code,
                 QStringLiteral("plugin.key"));
        QCOMPARE(DeviceManager::checkReaderMetadata(
                     metadata(QStringLiteral("org.other/1"),
                              {{QStringLiteral("key"), QStringLiteral("x")}, {QStringLiteral("apiVersion"), 1}}))
                     .error()
                     .code,
                 QStringLiteral("plugin.iid"));
    }

    void findsTheBuiltPlugins()
    {
        const QString junkDir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("junk"));
        QFile junk(junkDir + QStringLiteral("/libnotaplugin.so"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a library");
        junk.close();
        DeviceManager manager({junkDir, pluginDir()});
        const QStringList keys = manager.readerKeys();
        QVERIFY2(keys.contains(QStringLiteral("samserial")), qPrintable(keys.join(QLatin1Char(','))));
        QVERIFY(keys.contains(QStringLiteral("simulated")));
        QVERIFY(keys.contains(QStringLiteral("termb")));
        QCOMPARE(manager.readerFactory(QStringLiteral("nope")).error().code, QStringLiteral("plugin.missing"));
        QVERIFY(manager.readerFactory(QStringLiteral("simulated")).ok());
    }

    void defaultSearchPathsFindTheBuildTree()
    {
        const QStringList paths =
            yc::devices::PluginLocator::searchPaths(QStringLiteral("idcard"), QStringLiteral(YC_BIN_DIR));
        QVERIFY(paths.contains(QDir::cleanPath(pluginDir())));
    }

    void simulatedReaderThroughTheService()
    {
        DeviceManager manager({pluginDir()});
        CardReaderService service(manager, m_clock);
        QSignalSpy status(&service, &CardReaderService::statusChanged);
        QSignalSpy cards(&service, &CardReaderService::cardRead);
        yc::plugins::idcard::ReaderConfig config;
        config.options.insert(QStringLiteral("delayMs"), 10);
        QVERIFY(service.open(QStringLiteral("simulated"), config));
        QTRY_COMPARE(service.status(), CardReaderService::Status::Ready);
        service.readCard(1000);
        QVERIFY(cards.wait(5000));
        const auto card = cards.constFirst().constFirst().value<yc::identity::IdCard>();
        QCOMPARE(card.name, QStringLiteral("测试甲"));
        QCOMPARE(card.ethnicity, QStringLiteral("汉"));
        QCOMPARE(service.status(), CardReaderService::Status::Ready); // one-shot read: nothing polls for the card
        service.setContinuous(true);
        QVERIFY(cards.wait(5000));
        QTRY_COMPARE(service.status(), CardReaderService::Status::CardPresent);
        service.close();
        QCOMPARE(service.status(), CardReaderService::Status::NoReader);
    }

    void unusableBackEndReportsItsReason()
    {
        qputenv("YICHUANG_TERMB_LIBRARY", "/nonexistent/libtermb-missing.so");
        DeviceManager manager({pluginDir()});
        CardReaderService service(manager, m_clock);
        QVERIFY(service.open(QStringLiteral("termb"), {}));
        QTRY_COMPARE(service.status(), CardReaderService::Status::Error);
        QVERIFY2(service.statusText().contains(QStringLiteral("libtermb-missing")), qPrintable(service.statusText()));
        QVERIFY(!service.open(QStringLiteral("simulated-typo"), {}));
        QVERIFY(service.statusText().contains(QStringLiteral("simulated-typo")));
        qunsetenv("YICHUANG_TERMB_LIBRARY");
    }

    void simulatedReaderServesRawFrameFiles()
    {
        // A folder of read-reply frames, as a GA/T 467 reader sends them, served in turn.
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("frames"));
        const QString seeds = QStringLiteral(YC_SOURCE_DIR "/tests/fuzz/corpus/ga467_frames/");
        QVERIFY(QFile::copy(seeds + QStringLiteral("read-reply.bin"), dir + QStringLiteral("/1.bin")));
        QVERIFY(QFile::copy(seeds + QStringLiteral("read-reply-fingerprint.bin"), dir + QStringLiteral("/2.bin")));
        DeviceManager manager({pluginDir()});
        CardReaderService service(manager, m_clock);
        QSignalSpy cards(&service, &CardReaderService::cardRead);
        yc::plugins::idcard::ReaderConfig config;
        config.port = dir;
        config.options.insert(QStringLiteral("delayMs"), 10);
        QVERIFY(service.open(QStringLiteral("simulated"), config));
        QTRY_COMPARE(service.status(), CardReaderService::Status::Ready);
        service.readCard(1000);
        QVERIFY(cards.wait(5000));
        service.readCard(1000);
        QVERIFY(cards.wait(5000));
        const auto second = cards.at(1).constFirst().value<yc::identity::IdCard>();
        QCOMPARE(second.idNumber, QStringLiteral("210202199003070017"));
        QCOMPARE(second.fingerprint.size(), 512);
    }

    void missingSimulatedSourceIsAnError()
    {
        DeviceManager manager({pluginDir()});
        CardReaderService service(manager, m_clock);
        QSignalSpy failed(&service, &CardReaderService::readFailed);
        yc::plugins::idcard::ReaderConfig config;
        config.port = QStringLiteral("/nonexistent/cards.json");
        QVERIFY(service.open(QStringLiteral("simulated"), config));
        QTRY_COMPARE(service.status(), CardReaderService::Status::Error);
        QVERIFY(service.statusText().contains(QStringLiteral("/nonexistent/cards.json")));
    }
};

YC_TEST_MAIN(TestDeviceManager)
#include "TestDeviceManager.moc"
