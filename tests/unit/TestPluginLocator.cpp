#include "TestMain.h"
#include "devices/PluginLocator.h"

class TestPluginLocator : public QObject
{
    Q_OBJECT

private slots:
    void order()
    {
        qputenv("YICHUANG_PLUGIN_PATH", "/opt/a:/opt/b");
        const QStringList paths =
            yc::devices::PluginLocator::searchPaths(QStringLiteral("idcard"), QStringLiteral("/usr/bin"));
        QCOMPARE(paths, (QStringList{QStringLiteral("/opt/a"), QStringLiteral("/opt/b"),
                                     QStringLiteral("/usr/lib/yichuang/plugins/idcard"),
                                     QStringLiteral("/usr/plugins/idcard")}));
        qunsetenv("YICHUANG_PLUGIN_PATH");
    }
};

YC_TEST_MAIN(TestPluginLocator)
#include "TestPluginLocator.moc"
