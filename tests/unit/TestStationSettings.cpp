// The settings dialog's rules (sync::StationSettings): every field checked with a message that
// names what is wrong, and the values written and read back; the data folder kept outside it.
#include "TestMain.h"
#include "core/DataLocation.h"
#include "core/Settings.h"
#include "sync/StationSettings.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using yc::sync::StationSettings;

namespace {

QStringList fields(const QList<StationSettings::Problem>& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out << p.field;
    return out;
}

QString messages(const QList<StationSettings::Problem>& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out << p.message;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestStationSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreValid()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("defaults"));
        yc::Settings settings(dir);
        const StationSettings s = StationSettings::load(settings);
        QCOMPARE(s.idleLockMinutes, 10);
        QVERIFY2(s.validate().isEmpty(), qPrintable(messages(s.validate())));
    }

    void platformAddress_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << QStringLiteral("https://platform.example.gov.cn/api") << true;
        QTest::newRow("https port") << QStringLiteral("https://10.1.2.3:8443") << true;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http remote") << QStringLiteral("http://platform.example.gov.cn") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://platform.example.gov.cn") << false;
        QTest::newRow("no scheme") << QStringLiteral("platform.example.gov.cn") << false;
        QTest::newRow("garbage") << QStringLiteral("htp:/ bad") << false;
        QTest::newRow("user info") << QStringLiteral("https://user:pw@platform.example.gov.cn") << false;
    }
    void platformAddress()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        StationSettings s;
        s.platformUrl = url;
        const auto problems = s.validate();
        QCOMPARE(fields(problems).contains(QStringLiteral("platform/url")), !valid);
        if (!valid)
            QVERIFY(problems.constFirst().message.contains(QStringLiteral("platform address")));
    }

    void certificatesAndKeys()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("tls"));
        const QString cert = QDir(dir).filePath(QStringLiteral("cert.pem"));
        const QString key = QDir(dir).filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-subj"), QStringLiteral("/CN=test-ca"), QStringLiteral("-days"),
                       QStringLiteral("2")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        const QString garbage = QDir(dir).filePath(QStringLiteral("garbage.pem"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("not a certificate\n");
        g.close();

        StationSettings s;
        s.caBundle = cert;
        s.clientCert = cert;
        s.clientKey = key;
        QVERIFY2(s.validate().isEmpty(), qPrintable(messages(s.validate())));

        s.caBundle = QDir(dir).filePath(QStringLiteral("missing.pem"));
        auto problems = s.validate();
        QCOMPARE(fields(problems), QStringList{QStringLiteral("platform/ca_bundle")});
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("missing.pem")));
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("does not exist")));

        s.caBundle = garbage;
        problems = s.validate();
        QCOMPARE(fields(problems), QStringList{QStringLiteral("platform/ca_bundle")});
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("no PEM certificate")));

        s.caBundle.clear();
        s.clientKey = cert; // a certificate is not a key
        QCOMPARE(fields(s.validate()), QStringList{QStringLiteral("platform/client_key")});
        s.clientKey.clear(); // a certificate without its key
        problems = s.validate();
        QCOMPARE(fields(problems), QStringList{QStringLiteral("platform/client_key")});
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("both or neither")));
    }

    void pin_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("base64") << QStringLiteral("n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=") << true;
        QTest::newRow("prefixed") << QStringLiteral("sha256/n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=") << true;
        QTest::newRow("hex") << QString(QStringLiteral("ab").repeated(32)) << true;
        QTest::newRow("short") << QStringLiteral("abc") << false;
        QTest::newRow("hex 63") << QString(QStringLiteral("ab").repeated(31) + QStringLiteral("a")) << false;
        QTest::newRow("sha1 base64") << QStringLiteral("2jmj7l5rSw0yVb/vlWAYkK/YBwk=") << false;
    }
    void pin()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        StationSettings s;
        s.pinSha256 = pin;
        QCOMPARE(fields(s.validate()).contains(QStringLiteral("platform/pin_sha256")), !valid);
    }

    void hallAndWindow()
    {
        StationSettings s;
        s.hallLevel = QStringLiteral("district");
        s.hallAreaCode = QStringLiteral("210202");
        s.windowCode = QStringLiteral("A-01");
        QVERIFY2(s.validate().isEmpty(), qPrintable(messages(s.validate())));
        s.hallAreaCode = QStringLiteral("21020");
        QVERIFY(messages(s.validate()).contains(QStringLiteral("six digits")));
        s.hallAreaCode = QStringLiteral("219999");
        QVERIFY(messages(s.validate()).contains(QStringLiteral("219999 is not a current")));
        s.hallAreaCode.clear();
        QCOMPARE(fields(s.validate()), QStringList{QStringLiteral("hall/areaCode")}); // level without code
        s.hallLevel = QStringLiteral("province");
        QVERIFY(fields(s.validate()).contains(QStringLiteral("hall/level")));
        s.hallLevel.clear();
        s.windowCode = QStringLiteral("A 01");
        QCOMPARE(fields(s.validate()), QStringList{QStringLiteral("hall/windowCode")});
    }

    void languageAndLock()
    {
        StationSettings s;
        s.language = QStringLiteral("fr");
        QCOMPARE(fields(s.validate()), QStringList{QStringLiteral("ui/language")});
        s.language = QStringLiteral("zh_CN");
        s.idleLockMinutes = 0; // never
        QVERIFY(s.validate().isEmpty());
        s.idleLockMinutes = -1;
        QCOMPARE(fields(s.validate()), QStringList{QStringLiteral("session/idle_lock_minutes")});
        s.idleLockMinutes = StationSettings::MaxIdleLockMinutes + 1;
        QCOMPARE(fields(s.validate()), QStringList{QStringLiteral("session/idle_lock_minutes")});
    }

    void dataLocation()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("location"));
        StationSettings s;
        s.dataLocation = QStringLiteral("relative/dir");
        QVERIFY(messages(s.validate()).contains(QStringLiteral("full path")));
        s.dataLocation = QDir(dir).filePath(QStringLiteral("new-folder"));
        QVERIFY(s.validate().isEmpty());
        QFile file(QDir(dir).filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        s.dataLocation = file.fileName();
        QVERIFY(messages(s.validate()).contains(QStringLiteral("is a file")));
    }

    void savedAndReadBack()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("save"));
        const QString target = QDir(dir).filePath(QStringLiteral("elsewhere"));
        {
            yc::Settings settings(dir);
            StationSettings s;
            s.platformUrl = QStringLiteral("https://platform.example.gov.cn/api");
            s.pinSha256 = QString(QStringLiteral("0f").repeated(32));
            s.scannerPlugin = QStringLiteral("simulated");
            s.scannerDevice = QStringLiteral("test:0");
            s.printer = QStringLiteral("Hall printer");
            s.hallName = QStringLiteral("测试政务服务中心");
            s.hallLevel = QStringLiteral("district");
            s.hallAreaCode = QStringLiteral("210202");
            s.windowCode = QStringLiteral("7");
            s.language = QStringLiteral("en");
            s.idleLockMinutes = 0;
            s.dataLocation = target;
            QVERIFY(s.validate().isEmpty());
            QVERIFY(s.save(settings));
        }
        yc::Settings settings(dir);
        QCOMPARE(settings.value(QStringLiteral("platform/url")).toString(),
                 QStringLiteral("https://platform.example.gov.cn/api"));
        QCOMPARE(settings.value(QStringLiteral("session/idle_lock_minutes")).toInt(), 0);
        QCOMPARE(settings.value(QStringLiteral("printing/printer")).toString(), QStringLiteral("Hall printer"));
        const StationSettings back = StationSettings::load(settings);
        QCOMPARE(back.hallName, QStringLiteral("测试政务服务中心"));
        QCOMPARE(back.scannerDevice, QStringLiteral("test:0"));
        QCOMPARE(back.language, QStringLiteral("en"));
        QCOMPARE(back.idleLockMinutes, 0);
        // The data folder: outside yichuang.ini, and where the next start looks when nothing overrides it.
        QVERIFY(!settings.contains(QStringLiteral("data/location")));
        QCOMPARE(back.dataLocation, target);
        const QByteArray env = qgetenv(yc::DataLocation::EnvironmentVariable);
        qunsetenv(yc::DataLocation::EnvironmentVariable);
        QCOMPARE(yc::DataLocation::resolve(), target);
        QCOMPARE(yc::DataLocation::resolve(dir), QDir::cleanPath(dir)); // --data-dir still wins
        QVERIFY(yc::DataLocation::setConfiguredDir(QString()));
        QVERIFY(yc::DataLocation::resolve() != target);
        if (!env.isEmpty())
            qputenv(yc::DataLocation::EnvironmentVariable, env);
    }
};

YC_TEST_MAIN(TestStationSettings)
#include "TestStationSettings.moc"
