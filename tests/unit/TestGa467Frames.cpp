// GA/T 467 frames: the request builder, the streaming response parser (partial frames, garbage,
// impossible lengths, wrong checksums) and the meaning of every SW3 status code.
// The fixed* cases parse reply frames the product did not build (tests/support/data/ga467, made
// from the standard's layout by a separate script) and compare with values written out here.
#include "HexFixture.h"
#include "TestMain.h"
#include "api/idcard/Ga467.h"

#include <QSet>
#include <QTranslator>

using namespace yc::plugins::idcard;

class TestGa467Frames : public QObject
{
    Q_OBJECT

    static QByteArray hex(const char* text) { return QByteArray::fromHex(text); }

private slots:
    void requestsMatchTheStandard()
    {
        QCOMPARE(Ga467::request(cmd::FindCard), hex("AAAAAA9669000320 0122"));
        QCOMPARE(Ga467::request(cmd::Status), hex("AAAAAA96690003 11FF ED"));
        QCOMPARE(Ga467::request(cmd::SelectCard), hex("AAAAAA9669000320 0221"));
        QCOMPARE(Ga467::request(cmd::ReadText), hex("AAAAAA9669000330 0132"));
    }

    void responseRoundTrip()
    {
        const QByteArray frame = Ga467::response(sw3::CardFound, hex("00000000"));
        QCOMPARE(frame.left(7), hex("AAAAAA96690008"));
        FrameParser parser;
        parser.feed(frame);
        const auto e = parser.next();
        QVERIFY(e && e->ok);
        QCOMPARE(e->frame.sw3(), sw3::CardFound);
        QCOMPARE(e->frame.responseData().toByteArray(), hex("00000000"));
        QVERIFY(!parser.next());
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void partialFramesAcrossReads()
    {
        QByteArray card(256, 'T');
        RawCard raw;
        raw.text = card;
        raw.photo = QByteArray(1024, 'P');
        const QByteArray frame = Ga467::response(sw3::Ok, Ga467::readReplyData(raw, false));
        QCOMPARE(frame.left(10), hex("AAAAAA9669050800 0090"));
        FrameParser parser;
        for (qsizetype i = 0; i < frame.size(); i += 3) {
            QVERIFY(!parser.next());
            parser.feed(QByteArrayView(frame).sliced(i, std::min<qsizetype>(3, frame.size() - i)));
        }
        const auto e = parser.next();
        QVERIFY(e && e->ok);
        const auto split = Ga467::splitReadReply(e->frame.responseData(), false);
        QVERIFY(split);
        QCOMPARE(split->text, card);
        QCOMPARE(split->photo.size(), 1024);
    }

    void fixedReadReplyParses()
    {
        const QByteArray frame = yc::test::ga467Frame(QStringLiteral("read-resident"));
        QCOMPARE(frame.size(), 1295);
        // The header as the standard prints it: LEN 0x0508, SW 00 00 90, text 0x0100, photo 0x0400.
        QCOMPARE(frame.left(14), hex("AAAAAA9669 0508 000090 0100 0400"));
        FrameParser parser;
        for (qsizetype i = 0; i < frame.size(); i += 7) {
            QVERIFY(!parser.next());
            parser.feed(QByteArrayView(frame).sliced(i, std::min<qsizetype>(7, frame.size() - i)));
        }
        const auto e = parser.next();
        QVERIFY(e && e->ok);
        QCOMPARE(e->frame.sw3(), sw3::Ok);
        QCOMPARE(e->frame.responseData().size(), 4 + 256 + 1024);
        const auto split = Ga467::splitReadReply(e->frame.responseData(), false);
        QVERIFY(split);
        QCOMPARE(split->text, frame.mid(14, 256));
        // The name field starts the block: 测 (U+6D4B) 试 (U+8BD5) 甲 (U+7532), little-endian.
        QCOMPARE(split->text.left(8), hex("4B6D D58B 3275 2000"));
        QCOMPARE(split->photo.size(), 1024);
        for (int i = 0; i < 1024; ++i)
            QCOMPARE(static_cast<quint8>(split->photo[i]), static_cast<quint8>((37 * i + 11) % 256));
        QVERIFY(split->fingerprint.isEmpty());
        quint8 chk = 0; // XOR from LEN to the last data byte
        for (qsizetype i = 5; i < frame.size() - 1; ++i)
            chk ^= static_cast<quint8>(frame[i]);
        QCOMPARE(static_cast<quint8>(frame.back()), chk);
    }

    void fixedFingerprintReplyParses()
    {
        const QByteArray frame = yc::test::ga467Frame(QStringLiteral("read-fingerprint-resident"));
        QCOMPARE(frame.size(), 7 + 2314);
        QCOMPARE(frame.left(16), hex("AAAAAA9669 090A 000090 0100 0400 0400"));
        FrameParser parser;
        parser.feed(frame);
        const auto e = parser.next();
        QVERIFY(e && e->ok);
        QCOMPARE(e->frame.sw3(), sw3::Ok);
        const auto split = Ga467::splitReadReply(e->frame.responseData(), true);
        QVERIFY(split);
        QCOMPARE(split->text, yc::test::ga467Frame(QStringLiteral("read-resident")).mid(14, 256));
        QCOMPARE(split->photo.size(), 1024);
        QCOMPARE(split->fingerprint.size(), 1024);
        for (int i = 0; i < 1024; ++i) {
            QCOMPARE(static_cast<quint8>(split->photo[i]), static_cast<quint8>((37 * i + 11) % 256));
            QCOMPARE(static_cast<quint8>(split->fingerprint[i]), static_cast<quint8>((53 * i + 5) % 256));
        }
        // The same reply read as a text+photo reply is refused, not misread.
        QVERIFY(!Ga467::splitReadReply(e->frame.responseData(), false));
    }

    // The product's frame builder writes the same bytes as the fixed frames.
    void builderMatchesTheFixedFrames()
    {
        QCOMPARE(Ga467::response(sw3::CardFound, hex("00000000")), yc::test::ga467Frame(QStringLiteral("find-found")));
        QCOMPARE(Ga467::response(sw3::FindFailed), yc::test::ga467Frame(QStringLiteral("find-failed")));
        QCOMPARE(Ga467::response(sw3::Ok, QByteArray(8, '\0')), yc::test::ga467Frame(QStringLiteral("select-ok")));
        QCOMPARE(Ga467::response(sw3::SelectFailed), yc::test::ga467Frame(QStringLiteral("select-failed")));
        QCOMPARE(Ga467::response(sw3::Ok), yc::test::ga467Frame(QStringLiteral("ok")));
        QCOMPARE(Ga467::response(sw3::ReadFailed), yc::test::ga467Frame(QStringLiteral("read-failed")));
        const QByteArray fixed = yc::test::ga467Frame(QStringLiteral("read-fingerprint-resident"));
        RawCard raw;
        raw.text = fixed.mid(16, 256);
        raw.photo = fixed.mid(16 + 256, 1024);
        raw.fingerprint = fixed.mid(16 + 256 + 1024, 1024);
        QCOMPARE(Ga467::response(sw3::Ok, Ga467::readReplyData(raw, true)).toHex(' '), fixed.toHex(' '));
        QCOMPARE(Ga467::response(sw3::Ok, Ga467::readReplyData(raw, false)).toHex(' '),
                 yc::test::ga467Frame(QStringLiteral("read-resident")).toHex(' '));
    }

    void garbageBeforeThePreamble()
    {
        FrameParser parser;
        parser.feed(hex("0013AAAA42AA"));
        QVERIFY(!parser.next());
        parser.feed(Ga467::response(sw3::FindFailed));
        const auto e = parser.next();
        QVERIFY(e && e->ok);
        QCOMPARE(e->frame.sw3(), sw3::FindFailed);
        QCOMPARE(parser.discardedBytes(), 6);
    }

    void preamblePrefixAtTheEndIsKept()
    {
        const QByteArray frame = Ga467::response(sw3::Ok);
        FrameParser parser;
        parser.feed(QByteArray(hex("0102") + frame.left(3)));
        QVERIFY(!parser.next());
        parser.feed(frame.mid(3));
        const auto e = parser.next();
        QVERIFY(e && e->ok);
    }

    void impossibleLengths_data()
    {
        QTest::addColumn<QByteArray>("len");
        QTest::newRow("too long") << hex("FFFF");
        QTest::newRow("zero") << hex("0000");
        QTest::newRow("too short") << hex("0002");
    }

    void impossibleLengths()
    {
        QFETCH(QByteArray, len);
        QByteArray bad = Ga467::response(sw3::Ok);
        bad.replace(5, 2, len);
        FrameParser parser;
        parser.feed(QByteArray(bad + Ga467::response(sw3::CardFound)));
        const auto first = parser.next();
        QVERIFY(first && !first->ok);
        QCOMPARE(first->code, QStringLiteral("frame.length"));
        QVERIFY(!first->message.isEmpty());
        // The parser resynchronises on the next good frame.
        std::optional<FrameParser::Event> e;
        while ((e = parser.next()) && !e->ok) {
        }
        QVERIFY(e && e->ok);
        QCOMPARE(e->frame.sw3(), sw3::CardFound);
    }

    void wrongChecksum()
    {
        QByteArray bad = Ga467::response(sw3::Ok, hex("0102"));
        bad[bad.size() - 1] = static_cast<char>(bad.at(bad.size() - 1) ^ 1);
        FrameParser parser;
        parser.feed(QByteArray(bad + Ga467::response(sw3::FindFailed)));
        const auto e = parser.next();
        QVERIFY(e && !e->ok);
        QCOMPARE(e->code, QStringLiteral("frame.checksum"));
        const auto next = parser.next();
        QVERIFY(next && next->ok);
        QCOMPARE(next->frame.sw3(), sw3::FindFailed);
    }

    void readReplySplitting()
    {
        RawCard raw;
        raw.text = QByteArray(256, 'a');
        raw.photo = QByteArray(1024, 'b');
        raw.fingerprint = QByteArray(512, 'c');
        const QByteArray data = Ga467::readReplyData(raw, true);
        QCOMPARE(data.left(6), hex("010004000200"));
        const auto split = Ga467::splitReadReply(data, true);
        QVERIFY(split);
        QCOMPARE(split->fingerprint.size(), 512);
        QString error;
        QVERIFY(!Ga467::splitReadReply(data.left(100), true, &error));
        QVERIFY(error.contains(QStringLiteral("100")));
        QVERIFY(!Ga467::splitReadReply(hex("0100"), false, &error));
        QByteArray wrongText = Ga467::readReplyData(raw, false);
        wrongText[0] = 0x02;
        QVERIFY(!Ga467::splitReadReply(wrongText, false, &error));
        QVERIFY(error.contains(QStringLiteral("512")));
    }

    void everySw3CodeHasItsOwnMessage()
    {
        const QList<quint8> codes = Ga467::knownSw3Codes();
        QCOMPARE(codes.size(), 16);
        for (quint8 c :
             {0x90, 0x9F, 0x10, 0x11, 0x21, 0x24, 0x31, 0x32, 0x33, 0x40, 0x41, 0x47, 0x60, 0x66, 0x80, 0x81})
            QVERIFY2(codes.contains(c), qPrintable(QString::number(c, 16)));
        QSet<QString> seen;
        const QString unknown = Ga467::sw3Message(0x55);
        QVERIFY(unknown.contains(QStringLiteral("55")));
        QVERIFY(!Ga467::isKnownSw3(0x55));
        for (quint8 c : codes) {
            const QString m = Ga467::sw3Message(c);
            QVERIFY(!m.isEmpty());
            QVERIFY(m != unknown);
            QVERIFY2(!seen.contains(m), qPrintable(m));
            seen.insert(m);
        }
        QCOMPARE(Ga467::sw3Message(sw3::FindFailed), QStringLiteral("No card on the reader."));
    }

    void everySw3MessageIsTranslated()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/yichuang_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        for (quint8 c : Ga467::knownSw3Codes()) {
            const QString m = Ga467::sw3Message(c);
            bool chinese = false;
            for (QChar ch : m)
                chinese = chinese || (ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF);
            QVERIFY2(chinese, qPrintable(QStringLiteral("SW3 %1: %2").arg(c, 2, 16).arg(m)));
        }
        QCoreApplication::removeTranslator(&zh);
    }
};

YC_TEST_MAIN(TestGa467Frames)
#include "TestGa467Frames.moc"
