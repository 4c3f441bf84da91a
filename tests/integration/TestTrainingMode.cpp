// `yichuang --training` starts the bundled reference platform on loopback, enrols this training
// store as a window of the training district hall, uses the simulated reader, and stops the
// platform again when the client closes.
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
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
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

        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        // The platform went with the client.
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("yichuang-platform.*") + dir});
        pgrep.waitForFinished(5000);
        QCOMPARE(pgrep.exitCode(), 1);
    }
};

YC_TEST_MAIN(TestTrainingMode)
#include "TestTrainingMode.moc"
