// The termb back-end against a stand-in of the vendor library (tests/support/TermbStandin.cpp,
// same C API, synthetic card), and without any library: disabled with the reason.
#include "FakeClock.h"
#include "TestMain.h"
#include "devices/CardReaderService.h"
#include "devices/DeviceManager.h"

#include <QSignalSpy>

using yc::devices::CardReaderService;
using Status = CardReaderService::Status;

namespace {
QString pluginDir()
{
    return QStringLiteral(YC_BIN_DIR "/../plugins/idcard");
}
QString standin()
{
    return QStringLiteral(YC_BIN_DIR "/../tests/termb/libtermb.so");
}
} // namespace

class TestTermbPlugin : public QObject
{
    Q_OBJECT

    yc::test::FakeClock m_clock;

private slots:
    void readsThroughTheVendorApi()
    {
        yc::devices::DeviceManager manager({pluginDir()});
        CardReaderService service(manager, m_clock);
        yc::plugins::idcard::ReaderConfig config;
        config.port = QStringLiteral("1001");
        config.options.insert(QStringLiteral("library"), standin());
        QVERIFY(service.open(QStringLiteral("termb"), config));
        QTRY_COMPARE(service.status(), Status::Ready);
        QSignalSpy cards(&service, &CardReaderService::cardRead);
        service.readCard(2000);
        QVERIFY(cards.wait(5000));
        const auto card = cards.constFirst().constFirst().value<yc::identity::IdCard>();
        QCOMPARE(card.name, QStringLiteral("样例丙"));
        QCOMPARE(card.gender, QStringLiteral("女"));
        QCOMPARE(card.ethnicity, QStringLiteral("回"));
        QVERIFY(card.longTerm);
        QCOMPARE(card.toJson().value(QLatin1String("validTo")).toString(), QStringLiteral("long-term"));
        QCOMPARE(card.photo.size(), 1024);
    }

    void noCardOnTheReader()
    {
        qputenv("YC_TERMB_STANDIN", "nocard");
        yc::devices::DeviceManager manager({pluginDir()});
        CardReaderService service(manager, m_clock);
        yc::plugins::idcard::ReaderConfig config;
        config.options.insert(QStringLiteral("library"), standin());
        QVERIFY(service.open(QStringLiteral("termb"), config));
        QTRY_COMPARE(service.status(), Status::Ready);
        QSignalSpy failed(&service, &CardReaderService::readFailed);
        service.readCard(600);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.constFirst().constFirst().toString(), QStringLiteral("no-card"));
        qunsetenv("YC_TERMB_STANDIN");
    }

    void noReaderOnThePort()
    {
        qputenv("YC_TERMB_STANDIN", "initfail");
        yc::devices::DeviceManager manager({pluginDir()});
        CardReaderService service(manager, m_clock);
        yc::plugins::idcard::ReaderConfig config;
        config.port = QStringLiteral("1002");
        config.options.insert(QStringLiteral("library"), standin());
        QVERIFY(service.open(QStringLiteral("termb"), config));
        QTRY_COMPARE(service.status(), Status::Error);
        QVERIFY2(service.statusText().contains(QStringLiteral("1002")), qPrintable(service.statusText()));
        qunsetenv("YC_TERMB_STANDIN");
    }

    void missingLibraryDisablesTheBackEnd()
    {
        qputenv("YICHUANG_TERMB_LIBRARY", "/nonexistent/libtermb.so");
        yc::devices::DeviceManager manager({pluginDir()});
        bool found = false;
        for (const auto& info : manager.readerPlugins()) {
            if (info.key == QLatin1String("termb")) {
                found = true;
                QVERIFY2(info.unavailableReason.contains(QStringLiteral("/nonexistent/libtermb.so")),
                         qPrintable(info.unavailableReason));
            } else {
                QVERIFY(info.unavailableReason.isEmpty()); // the other back-ends are not affected
            }
        }
        QVERIFY(found);
        qunsetenv("YICHUANG_TERMB_LIBRARY");
    }
};

YC_TEST_MAIN(TestTermbPlugin)
#include "TestTermbPlugin.moc"
