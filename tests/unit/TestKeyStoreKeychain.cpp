// The keychain and auto key-store modes against a real Secret Service: a private D-Bus session bus
// and gnome-keyring-daemon (a new login keyring, unlocked) started for this process only, so the
// test never touches the user's own keychain. Skipped, saying why, when they cannot be started.
#include "TestMain.h"
#include "storage/KeyStore.h"
#include "storage/Store.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

using namespace yc::storage;

namespace {

QString fresh(const QString& name)
{
    return yc::test::TestEnvironment::current()->freshDir(name);
}

} // namespace

class TestKeyStoreKeychain : public QObject
{
    Q_OBJECT

    QProcess m_bus;
    QProcess m_keyring;
    QString m_skipReason;

    bool serviceOnBus(const QString& name)
    {
        QProcess send;
        send.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                    QStringLiteral("org.freedesktop.DBus.NameHasOwner"), QStringLiteral("string:") + name});
        return send.waitForFinished(5000) && send.exitCode() == 0 && send.readAll().contains("boolean true");
    }

    // Starts the private bus and the keyring; empty when they run, else why not.
    QString startSecretService()
    {
        for (const char* tool : {"dbus-daemon", "dbus-send", "gnome-keyring-daemon"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                return QStringLiteral("%1 is not installed (installer/install-deps.sh installs it)")
                    .arg(QLatin1String(tool));
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                     QStringLiteral("--print-address=1")});
        if (!m_bus.waitForStarted(10000))
            return QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString();
        QByteArray address;
        QDeadlineTimer deadline(10000);
        while (!address.contains('\n') && !deadline.hasExpired() && m_bus.waitForReadyRead(500))
            address += m_bus.readAllStandardOutput();
        address = address.trimmed();
        if (address.isEmpty())
            return QStringLiteral("dbus-daemon printed no address");
        // Before anything in this process talks to D-Bus: qtkeychain and libsecret connect to this bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        qunsetenv("DISPLAY");
        const QString runtime = yc::test::TestEnvironment::current()->root() + QStringLiteral("/runtime");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start(
            QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(10000))
            return QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
        // --unlock reads the password up to the end of input and creates the login keyring with it
        // (an empty input creates none). A throwaway keyring under this test's own data home.
        m_keyring.write("yichuang-test-keyring");
        m_keyring.waitForBytesWritten(5000);
        m_keyring.closeWriteChannel();
        deadline.setRemainingTime(15000);
        while (!serviceOnBus(QStringLiteral("org.freedesktop.secrets"))) {
            if (deadline.hasExpired() || m_keyring.state() != QProcess::Running)
                return QStringLiteral("gnome-keyring-daemon did not offer the Secret Service on the bus");
            QThread::msleep(100);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_skipReason = startSecretService();
        if (!m_skipReason.isEmpty())
            qWarning("no keychain for this test: %s", qPrintable(m_skipReason));
    }
    void init()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(m_skipReason));
    }
    void cleanupTestCase()
    {
        for (QProcess* p : {&m_keyring, &m_bus}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    void keychainModeKeepsTheKeyInTheKeychain()
    {
        const QString dir = fresh(QStringLiteral("keychain"));
        KeyStore store(dir, KeyStoreMode::Keychain);
        auto created = store.load(true);
        YC_VERIFY_OK(created);
        QCOMPARE(created.value().source, QStringLiteral("keychain"));
        QCOMPARE(created.value().key.size(), FieldCipher::DataKeySize);
        QVERIFY2(!QFile::exists(store.keyFilePath()), "the key was also written to a file");
        // A second KeyStore (a later start) reads the same key back.
        auto again = KeyStore(dir, KeyStoreMode::Keychain).load(false);
        YC_VERIFY_OK(again);
        QCOMPARE(again.value().source, QStringLiteral("keychain"));
        QCOMPARE(again.value().key, created.value().key);
        // Another data directory has its own entry and key.
        const QString other = fresh(QStringLiteral("keychain-other"));
        QCOMPARE(KeyStore(other, KeyStoreMode::Keychain).load(false).error().code, QStringLiteral("key.missing"));
        auto second = KeyStore(other, KeyStoreMode::Keychain).load(true);
        QVERIFY(second.ok());
        QVERIFY(second.value().key != created.value().key);
        QCOMPARE(KeyStore(dir, KeyStoreMode::Keychain).load(false).value().key, created.value().key);
    }

    void autoModePrefersTheKeychainForANewKey()
    {
        const QString dir = fresh(QStringLiteral("auto"));
        auto created = KeyStore(dir, KeyStoreMode::Auto).load(true);
        YC_VERIFY_OK(created);
        QCOMPARE(created.value().source, QStringLiteral("keychain"));
        QVERIFY(!QFile::exists(KeyStore(dir, KeyStoreMode::Auto).keyFilePath()));
        auto again = KeyStore(dir, KeyStoreMode::Auto).load(false);
        QVERIFY(again.ok());
        QCOMPARE(again.value().key, created.value().key);
        // The keychain mode finds the key auto put there.
        QCOMPARE(KeyStore(dir, KeyStoreMode::Keychain).load(false).value().key, created.value().key);
    }

    void autoModeKeepsAnExistingKeyFile()
    {
        const QString dir = fresh(QStringLiteral("auto-file"));
        auto file = KeyStore(dir, KeyStoreMode::File).load(true);
        QVERIFY(file.ok());
        auto loaded = KeyStore(dir, KeyStoreMode::Auto).load(false);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().source, QStringLiteral("file"));
        QCOMPARE(loaded.value().key, file.value().key);
        // Nothing was copied into the keychain.
        QCOMPARE(KeyStore(dir, KeyStoreMode::Keychain).load(false).error().code, QStringLiteral("key.missing"));
    }

    void storeReopensWithItsKeychainKey()
    {
        const QString dir = fresh(QStringLiteral("store"));
        QString check;
        {
            auto store = Store::open({dir, KeyStoreMode::Keychain, CipherSuite::Aes256Gcm});
            YC_VERIFY_OK(store);
            QCOMPARE(store.value()->keySource(), QStringLiteral("keychain"));
            check = store.value()->cipher().keyCheck();
        }
        auto reopened = Store::open({dir, KeyStoreMode::Keychain, CipherSuite::Aes256Gcm});
        YC_VERIFY_OK(reopened);
        QCOMPARE(reopened.value()->cipher().keyCheck(), check);
        QVERIFY(!QFile::exists(KeyStore(dir, KeyStoreMode::Keychain).keyFilePath()));
    }
};

YC_TEST_MAIN(TestKeyStoreKeychain)
#include "TestKeyStoreKeychain.moc"
