// yichuang-ctl id check / idcard decode / idcard read, driven as hall IT staff would, including a
// read from the ga467-emulator program on a pseudo-terminal through the samserial plugin.
#include "IdNumbers.h"
#include "TestMain.h"
#include "api/idcard/CardText.h"
#include "api/idcard/Ga467.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace yc::plugins::idcard;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run ctl(const QStringList& args, const QString& lang = QStringLiteral("en"))
{
    QProcess p;
    p.start(yc::test::executable(QStringLiteral("yichuang-ctl")), QStringList{QStringLiteral("--lang"), lang} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray syntheticReadReply(const QString& idNumber = QStringLiteral("210202199003070017"))
{
    CardFields f;
    f.name = QStringLiteral("测试甲");
    f.genderCode = QStringLiteral("1");
    f.ethnicityCode = QStringLiteral("01");
    f.birthDate = QStringLiteral("19900307");
    f.address = QStringLiteral("辽宁省大连市中山区样例路1号");
    f.idNumber = idNumber;
    f.issuer = QStringLiteral("大连市公安局中山分局");
    f.validFrom = QStringLiteral("20100101");
    f.validTo = QStringLiteral("20200101"); // long past: expired
    RawCard card;
    card.text = CardText::encode(f);
    card.photo = QByteArray(1024, '\0');
    return Ga467::response(sw3::Ok, Ga467::readReplyData(card, false));
}

} // namespace

class TestCtlIdentity : public QObject
{
    Q_OBJECT

private slots:
    void idCheck_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("type");
        QTest::newRow("published resident") << QStringLiteral("11010519491231002X") << 0 << QStringLiteral("resident");
        QTest::newRow("synthetic resident")
            << yc::test::residentId(QStringLiteral("210202"), QStringLiteral("19900307"), 1) << 0
            << QStringLiteral("resident");
        QTest::newRow("bad check") << QStringLiteral("110105194912310021") << 1 << QStringLiteral("resident");
        QTest::newRow("permit") << yc::test::residentId(QStringLiteral("820000"), QStringLiteral("19900307"), 2) << 0
                                << QStringLiteral("permit");
        QTest::newRow("foreign 2023") << QStringLiteral("932682198501010017") << 0 << QStringLiteral("foreign");
        QTest::newRow("foreign 2017") << QStringLiteral("CAN110090030712") << 0 << QStringLiteral("foreign");
        QTest::newRow("credit code") << QStringLiteral("91350100M000100Y43") << 0 << QStringLiteral("credit-code");
        QTest::newRow("bad credit code") << QStringLiteral("91350100M000100Y44") << 1 << QStringLiteral("credit-code");
        QTest::newRow("too short") << QStringLiteral("12345") << 1 << QStringLiteral("unknown");
    }

    void idCheck()
    {
        QFETCH(QString, number);
        QFETCH(int, exitCode);
        QFETCH(QString, type);
        const Run r = ctl({QStringLiteral("id"), QStringLiteral("check"), number});
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("valid")).toBool(), exitCode == 0);
        QCOMPARE(o.value(QLatin1String("type")).toString(), type);
        QVERIFY(o.contains(QLatin1String("error")));
        if (exitCode == 0) {
            QVERIFY(o.value(QLatin1String("error")).toString().isEmpty());
        } else {
            QVERIFY(!o.value(QLatin1String("error")).toString().isEmpty());
            QVERIFY(!o.contains(QLatin1String("birthDate")));
        }
    }

    void idCheckDetails()
    {
        const QJsonObject o =
            ctl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("11010519491231002X")}).json();
        QCOMPARE(o.value(QLatin1String("birthDate")).toString(), QStringLiteral("1949-12-31"));
        QCOMPARE(o.value(QLatin1String("sex")).toString(), QStringLiteral("female"));
        QVERIFY(o.value(QLatin1String("area")).toString().startsWith(QStringLiteral("110105")));
        const Run passport =
            ctl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("E12345678"), QStringLiteral("--type"),
                 QStringLiteral("passport"), QStringLiteral("--country"), QStringLiteral("CHN")});
        QCOMPARE(passport.exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("id"), QStringLiteral("check")}).exitCode, 2);
        const Run zh = ctl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("110105194912310021")},
                           QStringLiteral("zh_CN"));
        QVERIFY2(zh.json().value(QLatin1String("error")).toString().contains(QStringLiteral("校验")),
                 qPrintable(zh.out));
    }

    void decodeFrameFile()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("decode"));
        const QString path = dir + QStringLiteral("/reply.bin");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(syntheticReadReply());
        f.close();
        const Run r = ctl({QStringLiteral("idcard"), QStringLiteral("decode"), path});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("cardType")).toString(), QStringLiteral("resident"));
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("测试甲"));
        QCOMPARE(o.value(QLatin1String("ethnicity")).toString(), QStringLiteral("汉"));
        QCOMPARE(o.value(QLatin1String("expired")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("valid")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("error")).toString(), QString());
        QCOMPARE(o.keys().size(), 13);
        QVERIFY(r.err.isEmpty());

        QByteArray damaged = syntheticReadReply();
        damaged[damaged.size() - 1] = static_cast<char>(damaged.at(damaged.size() - 1) ^ 1);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(damaged);
        f.close();
        const Run bad = ctl({QStringLiteral("idcard"), QStringLiteral("decode"), path});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("checksum")));
        QCOMPARE(
            ctl({QStringLiteral("idcard"), QStringLiteral("decode"), dir + QStringLiteral("/missing.bin")}).exitCode,
            3);
    }

    // A frame whose checksum is right but whose text block carries a number that fails GB 11643
    // (one digit changed): the card is printed as read, flagged, named on stderr, exit 1.
    void decodeFlagsADamagedNumber()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("decode-damaged"));
        const QString path = dir + QStringLiteral("/reply.bin");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(syntheticReadReply(QStringLiteral("210202199003071017")));
        f.close();
        const Run r = ctl({QStringLiteral("idcard"), QStringLiteral("decode"), path});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("idNumber")).toString(), QStringLiteral("210202199003071017"));
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("测试甲"));
        QCOMPARE(o.value(QLatin1String("valid")).toBool(true), false);
        QVERIFY2(o.value(QLatin1String("error")).toString().contains(QStringLiteral("check character")),
                 qPrintable(r.out));
        QCOMPARE(o.keys().size(), 13);
        QVERIFY2(r.err.contains(QStringLiteral("ID number is not valid")) &&
                     r.err.contains(QStringLiteral("check character")),
                 qPrintable(r.err));
        const Run zh = ctl({QStringLiteral("idcard"), QStringLiteral("decode"), path}, QStringLiteral("zh_CN"));
        QCOMPARE(zh.exitCode, 1);
    }

    void readFlagsADamagedNumber()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("sim-damaged"));
        const QString path = dir + QStringLiteral("/cards.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // A residence permit number whose area is a resident card's.
        f.write(R"({"cards":[{"cardType":"permit","name":"样例乙","gender":"女","birthDate":"1991-01-01",
                 "address":"样例地址","idNumber":"210202199101010026","issuer":"样例公安局",
                 "validFrom":"2019-01-01","validTo":"2029-01-01","passNumber":"T00000001","issueCount":"01"}]})");
        f.close();
        const Run r = ctl({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--plugin"),
                           QStringLiteral("simulated"), QStringLiteral("--port"), path, QStringLiteral("--timeout"),
                           QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("cardType")).toString(), QStringLiteral("permit"));
        QCOMPARE(o.value(QLatin1String("idNumber")).toString(), QStringLiteral("210202199101010026"));
        QCOMPARE(o.value(QLatin1String("valid")).toBool(true), false);
        QVERIFY2(o.value(QLatin1String("error")).toString().contains(QStringLiteral("810000")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("ID number is not valid")), qPrintable(r.err));
    }

    void readFromSimulatedJson()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("sim"));
        const QString path = dir + QStringLiteral("/cards.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"cards":[{"cardType":"permit","name":"样例乙","gender":"女","birthDate":"1991-01-01",
                 "address":"样例地址","idNumber":"830000199101010028","issuer":"样例公安局",
                 "validFrom":"2019-01-01","validTo":"2029-01-01","passNumber":"T00000001","issueCount":"01"}]})");
        f.close();
        const Run r = ctl({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--plugin"),
                           QStringLiteral("simulated"), QStringLiteral("--port"), path, QStringLiteral("--timeout"),
                           QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("cardType")).toString(), QStringLiteral("permit"));
        QCOMPARE(o.value(QLatin1String("passNumber")).toString(), QStringLiteral("T00000001"));
        QCOMPARE(o.value(QLatin1String("gender")).toString(), QStringLiteral("女"));
        QCOMPARE(o.value(QLatin1String("valid")).toBool(), true);
    }

    void readFromTheEmulatorOnAPty()
    {
        QProcess emulator;
        emulator.start(QStringLiteral(YC_BIN_DIR "/../tests/bin/ga467-emulator"), {});
        QVERIFY(emulator.waitForReadyRead(10000));
        const QString port = QString::fromLocal8Bit(emulator.readLine()).trimmed();
        QVERIFY2(port.startsWith(QStringLiteral("/dev/")), qPrintable(port));
        const Run r = ctl({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--plugin"),
                           QStringLiteral("samserial"), QStringLiteral("--port"), port, QStringLiteral("--timeout"),
                           QStringLiteral("5")});
        emulator.terminate();
        emulator.waitForFinished(5000);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1String("idNumber")).toString(), QStringLiteral("210202199003070017"));
        QCOMPARE(r.json().value(QLatin1String("validTo")).toString(), QStringLiteral("2040-01-01"));
    }

    void readWithoutACard()
    {
        QProcess emulator;
        emulator.start(QStringLiteral(YC_BIN_DIR "/../tests/bin/ga467-emulator"), {QStringLiteral("--no-card")});
        QVERIFY(emulator.waitForReadyRead(10000));
        const QString port = QString::fromLocal8Bit(emulator.readLine()).trimmed();
        const Run r = ctl({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--plugin"),
                           QStringLiteral("samserial"), QStringLiteral("--port"), port, QStringLiteral("--timeout"),
                           QStringLiteral("1")});
        emulator.terminate();
        emulator.waitForFinished(5000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("No card")));
        const Run none =
            ctl({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--plugin"),
                 QStringLiteral("samserial"), QStringLiteral("--port"), QStringLiteral("/dev/nonexistent")});
        QCOMPARE(none.exitCode, 3);
    }
};

YC_TEST_MAIN(TestCtlIdentity)
#include "TestCtlIdentity.moc"
