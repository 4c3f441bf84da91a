// `yichuang --training` starts the bundled reference platform on loopback, enrols this training
// store as a window of the training district hall, uses the simulated reader, and stops the
// platform again when the client closes. With a clerk signed in the sync engine fetches the
// platform's catalog; closing the client afterwards logs no QtSql thread warning (a connection
// closed by a thread it does not belong to).
#include "TestMain.h"

#include <QFile>
#include <QProcess>
#include <QSettings>

#include <csignal>

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
        // Enrolment happened before the window opened: the platform holds this machine.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir + QStringLiteral("/platform")), 30000);
        QTest::qWait(1500);
        QCOMPARE(p.state(), QProcess::Running);
        const QSettings ini(dir + QStringLiteral("/yichuang.ini"), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("reader/plugin")).toString(), QStringLiteral("simulated"));
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
