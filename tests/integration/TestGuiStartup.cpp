// Starts the real yichuang executable on the offscreen platform, asks it to close as a session
// logout would (SIGTERM), and expects a clean exit.
#include "TestMain.h"

#include <QFile>
#include <QProcess>

#include <csignal>

class TestGuiStartup : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        QProcess p;
        p.start(yc::test::executable(QStringLiteral("yichuang")), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("0."));
        p.start(yc::test::executable(QStringLiteral("yichuang")), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--data-dir"));
    }
    // With no display at all (an installer's check, a terminal over SSH), --version and --help still
    // answer instead of aborting for want of a windowing system.
    void versionAndHelpWithoutDisplay()
    {
        for (const char* option : {"--version", "--help"}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            p.setProcessEnvironment(env);
            p.start(yc::test::executable(QStringLiteral("yichuang")), {QString::fromLatin1(option)});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
            QVERIFY(!p.readAllStandardOutput().isEmpty());
        }
    }
    void startsAndClosesCleanly()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("gui"));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(yc::test::executable(QStringLiteral("yichuang")),
                {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"), dir});
        QVERIFY(p.waitForStarted(30000));
        // The store is created during start-up; the key file is written last.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir + QStringLiteral("/yichuang.key")), 30000);
        QTest::qWait(300);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

YC_TEST_MAIN(TestGuiStartup)
#include "TestGuiStartup.moc"
