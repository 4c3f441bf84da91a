#include "TestMain.h"
#include "core/Settings.h"

#include <QFile>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void persistsBesideTheData()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("settings"));
        {
            yc::Settings s(dir);
            s.setValue(QStringLiteral("reader/plugin"), QStringLiteral("simulated"));
            s.setValue(QStringLiteral("reader/baud"), 115200);
            QVERIFY(s.sync());
            QCOMPARE(s.fileName(), dir + QStringLiteral("/yichuang.ini"));
        }
        QVERIFY(QFile::exists(dir + QStringLiteral("/yichuang.ini")));
        yc::Settings again(dir);
        QCOMPARE(again.value(QStringLiteral("reader/plugin")).toString(), QStringLiteral("simulated"));
        QCOMPARE(again.value(QStringLiteral("reader/baud")).toInt(), 115200);
        QVERIFY(!again.contains(QStringLiteral("platform/url")));
        QCOMPARE(again.value(QStringLiteral("platform/url"), QStringLiteral("none")).toString(),
                 QStringLiteral("none"));
    }
};

YC_TEST_MAIN(TestSettings)
#include "TestSettings.moc"
