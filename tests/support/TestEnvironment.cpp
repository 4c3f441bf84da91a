#include "TestEnvironment.h"

#include <QDir>
#include <QUuid>

namespace yc::test {

namespace {
TestEnvironment* g_current = nullptr;
}

TestEnvironment::TestEnvironment()
    : m_dir(QDir::tempPath() + QStringLiteral("/yichuang-test-XXXXXX"))
{
    const QDir root(m_dir.path());
    for (const char* sub : {"data", "home", "config", "cache", "state"})
        root.mkpath(QString::fromLatin1(sub));
    qputenv("YICHUANG_DATA_DIR", root.filePath(QStringLiteral("data")).toUtf8());
    qputenv("HOME", root.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_DATA_HOME", root.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_CONFIG_HOME", root.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", root.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_STATE_HOME", root.filePath(QStringLiteral("state")).toUtf8());
    if (qEnvironmentVariableIsEmpty("YICHUANG_KEYSTORE"))
        qputenv("YICHUANG_KEYSTORE", "file");
    g_current = this;
}

QString TestEnvironment::dataDir() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("data"));
}

QString TestEnvironment::freshDir(const QString& name) const
{
    const QString path =
        QDir(m_dir.path()).filePath(name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8));
    QDir().mkpath(path);
    return path;
}

TestEnvironment* TestEnvironment::current()
{
    return g_current;
}

QString executable(const QString& name)
{
    return QDir(QStringLiteral(YC_BIN_DIR)).filePath(name);
}

} // namespace yc::test
