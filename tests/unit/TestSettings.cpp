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

    // Each real change reaches the observer (the window audits it), with the value before and after.
    void changesReachTheObserver()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("settings-observer"));
        yc::Settings settings(dir);
        settings.setValue(QStringLiteral("reader/port"), QStringLiteral("/dev/ttyUSB0")); // before any observer
        QStringList seen;
        settings.setChangeObserver([&seen](const QString& key, const QVariant& before, const QVariant& after) {
            seen << QStringLiteral("%1 %2->%3")
                        .arg(key, before.isValid() ? before.toString() : QStringLiteral("(unset)"),
                             after.isValid() ? after.toString() : QStringLiteral("(removed)"));
        });
        settings.setValue(QStringLiteral("reader/port"), QStringLiteral("/dev/ttyUSB1"));
        settings.setValue(QStringLiteral("reader/port"), QStringLiteral("/dev/ttyUSB1")); // no change
        settings.setValue(QStringLiteral("session/idle_lock_minutes"), 5);
        settings.setValue(QStringLiteral("session/idle_lock_minutes"), QStringLiteral("5")); // the same in the file
        settings.remove(QStringLiteral("reader/port"));
        settings.remove(QStringLiteral("reader/port")); // nothing left to remove
        QCOMPARE(seen, (QStringList{QStringLiteral("reader/port /dev/ttyUSB0->/dev/ttyUSB1"),
                                    QStringLiteral("session/idle_lock_minutes (unset)->5"),
                                    QStringLiteral("reader/port /dev/ttyUSB1->(removed)")}));
        settings.setChangeObserver({});
        settings.setValue(QStringLiteral("reader/port"), QStringLiteral("COM3"));
        QCOMPARE(seen.size(), 3);
    }
};

YC_TEST_MAIN(TestSettings)
#include "TestSettings.moc"
