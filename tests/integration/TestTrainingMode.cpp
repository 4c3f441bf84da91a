// `yichuang --training` starts the bundled reference platform on loopback, enrols this training
// store as a window of the training district hall, uses the simulated reader, and stops the
// platform again when the client closes. With a clerk signed in the sync engine fetches the
// platform's catalog; closing the client afterwards logs no QtSql thread warning (a connection
// closed by a thread it does not belong to).
#include "PlatformFixture.h"
#include "TestMain.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QUuid>

#include <csignal>

namespace {

struct LocalEnrolment
{
    QString deviceId;
    QString hallCode;
    QString windowCode;
    QString platformUrl;
    QString algorithm;
};

// The enrolment row of the training store, read without writing (the client has the store open).
LocalEnrolment readEnrolment(const QString& databasePath)
{
    LocalEnrolment e;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT device_id, hall_code, window_code, platform_url, algorithm FROM "
                                      "device_enrolment")) &&
                q.next())
                e = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return e;
}

} // namespace

class TestTrainingMode : public QObject
{
    Q_OBJECT

private slots:
    void startsAgainstTheTrainingPlatform()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("training"));
        {
            // No sign-in dialog at start, so the test can close the window by signal.
            QSettings ini(dir + QStringLiteral("/yichuang.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("sync/sign_in_at_start"), false);
            ini.setValue(QStringLiteral("sync/interval_seconds"), 1);
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;yc.*.info=true"));
        p.setProcessEnvironment(env);
        QByteArray log;
        connect(&p, &QProcess::readyReadStandardError, this, [&] { log += p.readAllStandardError(); });
        p.start(yc::test::executable(QStringLiteral("yichuang")),
                {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--training"),
                 QStringLiteral("--data-dir"), dir});
        QVERIFY(p.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir + QStringLiteral("/platform-tls/cert.pem")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(QSettings(dir + QStringLiteral("/yichuang.ini"), QSettings::IniFormat)
                                     .value(QStringLiteral("platform/url"))
                                     .toString()
                                     .startsWith(QStringLiteral("https://127.0.0.1:")),
                                 30000);
        // Enrolment happened before the window opened: the store holds this PC as window B01 of the
        // training district hall, at the platform that runs now.
        QTRY_VERIFY_WITH_TIMEOUT(!readEnrolment(dir + QStringLiteral("/yichuang.db")).deviceId.isEmpty(), 30000);
        QTest::qWait(1500);
        QCOMPARE(p.state(), QProcess::Running);
        const QSettings ini(dir + QStringLiteral("/yichuang.ini"), QSettings::IniFormat);
        const QUrl url(ini.value(QStringLiteral("platform/url")).toString());
        const LocalEnrolment enrolment = readEnrolment(dir + QStringLiteral("/yichuang.db"));
        QCOMPARE(enrolment.hallCode, QStringLiteral("21020201"));
        QCOMPARE(enrolment.windowCode, QStringLiteral("B01"));
        QCOMPARE(enrolment.platformUrl, url.toString());
        QVERIFY(!QUuid::fromString(enrolment.deviceId).isNull());

        // The platform holds the machine too: a clerk of that hall signs in bound to it (the platform
        // refuses a machine it does not know), and the machine document names the hall and window.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(dir + QStringLiteral("/platform-tls/cert.pem")));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        yc::test::PlatformClient platform(url, tls);
        const auto unknown = platform.signIn(QStringLiteral("c2001"), QStringLiteral("train-c2001"),
                                             QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(unknown.status, 403);
        QCOMPARE(unknown.errorCode(), QStringLiteral("machine-unknown"));
        const auto signedIn =
            platform.signIn(QStringLiteral("c2001"), QStringLiteral("train-c2001"), enrolment.deviceId);
        QVERIFY2(signedIn.status == 200, signedIn.body.constData());
        const auto machine = platform.get(QStringLiteral("/api/v1/machine"));
        QVERIFY2(machine.status == 200, machine.body.constData());
        const QJsonObject m = machine.json.value(QStringLiteral("machine")).toObject();
        QCOMPARE(m.value(QStringLiteral("machineId")).toString(), enrolment.deviceId);
        QCOMPARE(m.value(QStringLiteral("enrolledBy")).toString(), QStringLiteral("a2001"));
        QCOMPARE(m.value(QStringLiteral("keyAlgorithm")).toString(), enrolment.algorithm);
        QCOMPARE(machine.json.value(QStringLiteral("hall")).toObject().value(QStringLiteral("hallCode")).toString(),
                 QStringLiteral("21020201"));
        QCOMPARE(machine.json.value(QStringLiteral("window")).toObject().value(QStringLiteral("windowNo")).toString(),
                 QStringLiteral("B01"));

        QCOMPARE(ini.value(QStringLiteral("reader/plugin")).toString(), QStringLiteral("simulated"));
        QCOMPARE(ini.value(QStringLiteral("scanner/plugin")).toString(), QStringLiteral("simulated"));
        QCOMPARE(ini.value(QStringLiteral("hall/level")).toString(), QStringLiteral("district"));

        // A clerk of the training hall signs in (the same workflow as the window's dialog); the
        // engine's next pass fetches the platform's catalog on its thread.
        QProcess ctl;
        QProcessEnvironment ctlEnv = QProcessEnvironment::systemEnvironment();
        ctlEnv.insert(QStringLiteral("YICHUANG_DATA_DIR"), dir);
        ctl.setProcessEnvironment(ctlEnv);
        ctl.start(
            yc::test::executable(QStringLiteral("yichuang-ctl")),
            {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"), QStringLiteral("c2001")});
        QVERIFY(ctl.waitForStarted(10000));
        ctl.write("train-c2001\n");
        ctl.closeWriteChannel();
        QVERIFY(ctl.waitForFinished(60000));
        QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains("catalog feed applied"), log.constData(), 60000);

        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        log += p.readAllStandardError();
        QVERIFY2(!log.contains("does not belong to the calling thread"), log.constData());
        // The platform went with the client.
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("yichuang-platform.*") + dir});
        pgrep.waitForFinished(5000);
        QCOMPARE(pgrep.exitCode(), 1);
    }
};

YC_TEST_MAIN(TestTrainingMode)
#include "TestTrainingMode.moc"
