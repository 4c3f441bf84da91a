// End to end over a real pseudo-terminal: the GA/T 467 reader emulator (tests/support) on the pty
// master, the real samserial plugin (loaded by DeviceManager, running on the reader thread of
// CardReaderService) with QSerialPort on the pty slave.
#include "FakeClock.h"
#include "Ga467Emulator.h"
#include "TestMain.h"
#include "devices/CardReaderService.h"
#include "devices/DeviceManager.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

using yc::devices::CardReaderService;
using yc::test::Ga467Emulator;
using Status = CardReaderService::Status;

class TestSamSerialPty : public QObject
{
    Q_OBJECT

    yc::test::FakeClock m_clock;
    std::unique_ptr<yc::devices::DeviceManager> m_manager;
    std::unique_ptr<Ga467Emulator> m_emulator;
    std::unique_ptr<CardReaderService> m_service;

    yc::plugins::idcard::ReaderConfig config(const QString& port = {}) const
    {
        yc::plugins::idcard::ReaderConfig c;
        c.port = port.isEmpty() ? m_emulator->portName() : port;
        c.commandTimeoutMs = 300;
        c.retries = 2;
        return c;
    }

    void openReader()
    {
        QVERIFY(m_service->open(QStringLiteral("samserial"), config()));
        QTRY_COMPARE_WITH_TIMEOUT(m_service->status(), Status::Ready, 5000);
    }

    // Reads once; returns the card or the error code.
    QString readOnce(int timeoutMs, yc::identity::IdCard* card = nullptr)
    {
        QSignalSpy cards(m_service.get(), &CardReaderService::cardRead);
        QSignalSpy failed(m_service.get(), &CardReaderService::readFailed);
        m_service->readCard(timeoutMs);
        QElapsedTimer t;
        t.start();
        while (cards.isEmpty() && failed.isEmpty() && t.elapsed() < timeoutMs + 10000)
            QTest::qWait(10);
        if (!cards.isEmpty()) {
            if (card)
                *card = cards.constFirst().constFirst().value<yc::identity::IdCard>();
            return QStringLiteral("card");
        }
        if (!failed.isEmpty())
            return failed.constFirst().constFirst().toString();
        return QStringLiteral("nothing");
    }

private slots:
    void init()
    {
        m_manager =
            std::make_unique<yc::devices::DeviceManager>(QStringList{QStringLiteral(YC_BIN_DIR "/../plugins/idcard")});
        m_emulator = std::make_unique<Ga467Emulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        m_service = std::make_unique<CardReaderService>(*m_manager, m_clock);
    }

    void cleanup()
    {
        m_service.reset();
        m_emulator.reset();
        m_manager.reset();
    }

    void readsACard()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        openReader();
        yc::identity::IdCard card;
        QCOMPARE(readOnce(3000, &card), QStringLiteral("card"));
        QCOMPARE(card.name, QStringLiteral("测试甲"));
        QCOMPARE(card.idNumber, QStringLiteral("210202199003070017"));
        QCOMPARE(card.photo.size(), 1024);
        QCOMPARE(m_emulator->requestCount(0x11), 1); // status probe on open
        QCOMPARE(m_emulator->requestCount(0x20), 2); // find + select
        QCOMPARE(m_emulator->requestCount(0x30), 1);
    }

    void readsPermitAndForeignCards()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard(QStringLiteral("permit")));
        openReader();
        yc::identity::IdCard card;
        QCOMPARE(readOnce(3000, &card), QStringLiteral("card"));
        QCOMPARE(card.type, yc::identity::IdCard::Type::Permit);
        QCOMPARE(card.passNumber, QStringLiteral("H00000001"));
        m_emulator->placeCard(Ga467Emulator::syntheticCard(QStringLiteral("foreign")));
        QCOMPARE(readOnce(3000, &card), QStringLiteral("card"));
        QCOMPARE(card.type, yc::identity::IdCard::Type::Foreign);
        QCOMPARE(card.nationality, QStringLiteral("CAN"));
    }

    void noCard()
    {
        openReader();
        QElapsedTimer t;
        t.start();
        QCOMPARE(readOnce(800), QStringLiteral("no-card"));
        QVERIFY(t.elapsed() >= 700);
        QVERIFY(m_emulator->requestCount(0x20) >= 2); // kept polling until the timeout
        QCOMPARE(m_service->status(), Status::Ready);
    }

    void cardPlacedWhileWaiting()
    {
        openReader();
        QTimer::singleShot(400, m_emulator.get(), [this] { m_emulator->placeCard(Ga467Emulator::syntheticCard()); });
        QCOMPARE(readOnce(3000), QStringLiteral("card"));
    }

    void cardRemovedMidRead()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        m_emulator->setFault(Ga467Emulator::Fault::RemoveDuringRead, 1, 0x30);
        openReader();
        QCOMPARE(readOnce(3000), QStringLiteral("sw3-41"));
        QVERIFY(!m_emulator->hasCard());
        // Put back, read again.
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        QCOMPARE(readOnce(3000), QStringLiteral("card"));
    }

    void corruptedChecksumIsRetried()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        m_emulator->setFault(Ga467Emulator::Fault::CorruptChecksum, 1, 0x30);
        openReader();
        QCOMPARE(readOnce(3000), QStringLiteral("card"));
        QCOMPARE(m_emulator->requestCount(0x30), 2);
    }

    void corruptedChecksumEveryTime()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        m_emulator->setFault(Ga467Emulator::Fault::CorruptChecksum, -1, 0x30);
        openReader();
        QCOMPARE(readOnce(3000), QStringLiteral("frame.checksum"));
        QCOMPARE(m_emulator->requestCount(0x30), 3); // first try + 2 retries
    }

    void wrongLength()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        m_emulator->setFault(Ga467Emulator::Fault::WrongLength, -1, 0x30);
        openReader();
        QCOMPARE(readOnce(3000), QStringLiteral("frame.length"));
        m_emulator->setFault(Ga467Emulator::Fault::WrongLength, 1, 0x30);
        QCOMPARE(readOnce(3000), QStringLiteral("card"));
    }

    void replySplitOverManySmallReads()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        m_emulator->setChunking(3, 1);
        m_emulator->setFault(Ga467Emulator::Fault::SplitReply);
        openReader();
        yc::identity::IdCard card;
        QCOMPARE(readOnce(5000, &card), QStringLiteral("card"));
        QCOMPARE(card.name, QStringLiteral("测试甲"));
    }

    void garbageBeforeReplies()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        m_emulator->setFault(Ga467Emulator::Fault::GarbageBefore);
        openReader();
        QCOMPARE(readOnce(3000), QStringLiteral("card"));
    }

    void silentReaderCannotBeOpened()
    {
        m_emulator->setFault(Ga467Emulator::Fault::Silent);
        QVERIFY(m_service->open(QStringLiteral("samserial"), config()));
        QTRY_COMPARE_WITH_TIMEOUT(m_service->status(), Status::Error, 5000);
        QVERIFY2(m_service->statusText().contains(QStringLiteral("did not answer")),
                 qPrintable(m_service->statusText()));
        QCOMPARE(m_emulator->requestCount(0x11), 3);
    }

    void readerFallsSilentDuringRead()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        openReader();
        m_emulator->setFault(Ga467Emulator::Fault::Silent);
        QElapsedTimer t;
        t.start();
        QCOMPARE(readOnce(3000), QStringLiteral("timeout"));
        QVERIFY(t.elapsed() >= 850); // three tries of 300 ms
    }

    void heartbeatShowsASilentReaderAndItsReturn()
    {
        auto c = config();
        c.options.insert(QStringLiteral("heartbeatMs"), 200);
        QVERIFY(m_service->open(QStringLiteral("samserial"), c));
        QTRY_COMPARE_WITH_TIMEOUT(m_service->status(), Status::Ready, 5000);
        m_emulator->setFault(Ga467Emulator::Fault::Silent);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->status(), Status::Error, 5000);
        QVERIFY(m_service->statusText().contains(QStringLiteral("did not answer")));
        m_emulator->setFault(Ga467Emulator::Fault::None);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->status(), Status::Ready, 5000);
        // A read asked for while a heartbeat is under way still happens.
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        QCOMPARE(readOnce(3000), QStringLiteral("card"));
    }

    void autoDetectionProbesEachPortWithTheStatusCommand()
    {
        Ga467Emulator silent;
        QVERIFY(silent.start());
        silent.setFault(Ga467Emulator::Fault::Silent);
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        auto c = config(QStringLiteral("auto"));
        c.options.insert(QStringLiteral("probePorts"), QStringList{QStringLiteral("/dev/nonexistent-reader"),
                                                                   silent.portName(), m_emulator->portName()});
        QVERIFY(m_service->open(QStringLiteral("samserial"), c));
        QTRY_COMPARE_WITH_TIMEOUT(m_service->status(), Status::Ready, 5000);
        QCOMPARE(silent.requestCount(0x11), 1); // one probe, no retries while detecting
        QCOMPARE(m_emulator->requestCount(0x11), 1);
        QCOMPARE(readOnce(3000), QStringLiteral("card"));
    }

    void autoDetectionWithoutAReader()
    {
        Ga467Emulator silent;
        QVERIFY(silent.start());
        silent.setFault(Ga467Emulator::Fault::Silent);
        auto c = config(QStringLiteral("auto"));
        c.options.insert(QStringLiteral("probePorts"), QStringList{silent.portName()});
        QVERIFY(m_service->open(QStringLiteral("samserial"), c));
        QTRY_COMPARE_WITH_TIMEOUT(m_service->status(), Status::Error, 5000);
        QVERIFY2(m_service->statusText().contains(QStringLiteral("any serial port")),
                 qPrintable(m_service->statusText()));
    }

    void portThatDoesNotExist()
    {
        QVERIFY(m_service->open(QStringLiteral("samserial"), config(QStringLiteral("/dev/nonexistent-reader"))));
        QTRY_COMPARE_WITH_TIMEOUT(m_service->status(), Status::Error, 5000);
        QVERIFY(m_service->statusText().contains(QStringLiteral("/dev/nonexistent-reader")));
    }

    void continuousModeReadsEachCardOnce()
    {
        m_emulator->placeCard(Ga467Emulator::syntheticCard());
        openReader();
        QSignalSpy cards(m_service.get(), &CardReaderService::cardRead);
        m_service->setContinuous(true);
        QVERIFY(cards.wait(3000));
        QTest::qWait(1200); // several polls with the same card on the reader
        QCOMPARE(cards.size(), 1);
        QCOMPARE(m_service->status(), Status::CardPresent);
        m_emulator->removeCard();
        QTRY_COMPARE_WITH_TIMEOUT(m_service->status(), Status::Ready, 3000);
        m_emulator->placeCard(Ga467Emulator::syntheticCard(QStringLiteral("permit")));
        QTRY_COMPARE_WITH_TIMEOUT(cards.size(), 2, 3000);
        m_service->setContinuous(false);
    }
};

YC_TEST_MAIN(TestSamSerialPty)
#include "TestSamSerialPty.moc"
