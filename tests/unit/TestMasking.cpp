#include "TestMain.h"
#include "core/Logging.h"
#include "core/Masking.h"

#include <QMutex>

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void idNumber()
    {
        QCOMPARE(yc::mask::idNumber(QStringLiteral("11010519491231002X")), QStringLiteral("110105********002X"));
        QCOMPARE(yc::mask::idNumber(QStringLiteral("123")), QStringLiteral("***"));
    }
    void name()
    {
        QCOMPARE(yc::mask::name(QStringLiteral("测试甲乙")), QStringLiteral("测**乙"));
        QCOMPARE(yc::mask::name(QStringLiteral("王小娜")), QStringLiteral("王*娜"));
        QCOMPARE(yc::mask::name(QStringLiteral("王娜")), QStringLiteral("王*"));
        QCOMPARE(yc::mask::name(QString::fromUcs4(U"𠀀小娜")), QString::fromUcs4(U"𠀀*娜"));
        QCOMPARE(yc::mask::name(QStringLiteral("样")), QStringLiteral("样*"));
        QCOMPARE(yc::mask::name(QString()), QString());
    }
    void phone() { QCOMPARE(yc::mask::phone(QStringLiteral("13800001111")), QStringLiteral("138****1111")); }
    void address()
    {
        const QString masked = yc::mask::address(QStringLiteral("辽宁省大连市测试区样例路1号2单元"));
        QVERIFY(masked.startsWith(QStringLiteral("辽宁省大连市")));
        QVERIFY(!masked.contains(QStringLiteral("样例路")));
    }
    // The log's last line of defence: ID numbers and mobile numbers are masked wherever they are in a
    // message; other numbers are left alone.
    void logTextIsMasked()
    {
        using yc::logging::maskPersonalData;
        QCOMPARE(maskPersonalData(QStringLiteral("applicant 11010519491231002X read")),
                 QStringLiteral("applicant 110105********002X read"));
        QCOMPARE(maskPersonalData(QStringLiteral("id=11010519491231002x;")), QStringLiteral("id=110105********002x;"));
        QCOMPARE(maskPersonalData(QStringLiteral("(210202197906150411)")), QStringLiteral("(210202********0411)"));
        QCOMPARE(maskPersonalData(QStringLiteral("tel 13800001111, +8613912345678")),
                 QStringLiteral("tel 138****1111, +86139****5678"));
        QCOMPARE(maskPersonalData(QStringLiteral("两个：11010519491231002X 与 21020219790615041X")),
                 QStringLiteral("两个：110105********002X 与 210202********041X"));
        // Not personal data: shorter or longer digit runs, case numbers, times, sizes.
        for (const QString& keep :
             {QStringLiteral("case 21020001-2026-000017 sent"), QStringLiteral("bytes=1764480000123"),
              QStringLiteral("1101051949123100211 is 19 digits"), QStringLiteral("1380000111 is 10"),
              QStringLiteral("no digits at all"), QString()})
            QCOMPARE(maskPersonalData(keep), keep);
    }

    void handlerMasksEveryMessage()
    {
        static QMutex mutex;
        static QStringList seen;
        QtMessageHandler original =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& message) {
                QMutexLocker lock(&mutex);
                seen << message;
            });
        yc::logging::installMaskingHandler();
        qInfo("info %s", "11010519491231002X");
        qInfo() << "phone" << QStringLiteral("13800001111");
        qWarning().noquote() << QStringLiteral("210202197906150411");
        qInstallMessageHandler(original);
        QMutexLocker lock(&mutex);
        QCOMPARE(seen.size(), 3);
        const QString all = seen.join(QLatin1Char('|'));
        QVERIFY2(!all.contains(QStringLiteral("11010519491231002X")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("13800001111")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("210202197906150411")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("110105********002X")));
        QVERIFY(all.contains(QStringLiteral("138****1111")));
    }
};

YC_TEST_MAIN(TestMasking)
#include "TestMasking.moc"
