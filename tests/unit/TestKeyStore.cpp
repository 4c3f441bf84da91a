#include "TestMain.h"
#include "storage/KeyStore.h"
#include "storage/Store.h"

#include <QFile>
#include <QRegularExpression>

using namespace yc::storage;

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No keychain for this process, whatever the machine has: D-Bus (qtkeychain, libsecret)
        // points at a socket that does not exist. TestKeyStoreKeychain covers a running keychain.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QByteArray("unix:path=") + yc::test::TestEnvironment::current()->root().toUtf8() + "/no-bus");
        qunsetenv("DISPLAY");
    }
    void fileKeyIsPrivate()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("keys"));
        KeyStore store(dir, KeyStoreMode::File);
        auto created = store.load(true);
        YC_VERIFY_OK(created);
        QCOMPARE(created.value().source, QStringLiteral("file"));
        QCOMPARE(created.value().key.size(), FieldCipher::DataKeySize);
        const auto perms = QFile::permissions(store.keyFilePath());
        QCOMPARE(perms & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                           QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        auto again = store.load(false);
        QVERIFY(again.ok());
        QCOMPARE(again.value().key, created.value().key);
    }
    void missingKeyIsNeverReplaced()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("keys"));
        KeyStore store(dir, KeyStoreMode::File);
        auto r = store.load(false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("key.missing"));
        QVERIFY(!QFile::exists(store.keyFilePath()));
    }
    void readableKeyFileIsRefused()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("keys"));
        KeyStore store(dir, KeyStoreMode::File);
        QVERIFY(store.load(true).ok());
        QFile::setPermissions(store.keyFilePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        auto r = store.load(false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("key.permissions"));
    }
    void storeRefusesAForeignKey()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("store"));
        {
            auto store = Store::open({dir, KeyStoreMode::File, CipherSuite::Aes256Gcm});
            YC_VERIFY_OK(store);
            QCOMPARE(store.value()->keySource(), QStringLiteral("file"));
        }
        // Replace the key with another valid one: the store must notice and refuse.
        const QString keyPath = dir + QStringLiteral("/yichuang.key");
        QFile::remove(keyPath);
        QVERIFY(KeyStore(dir, KeyStoreMode::File).load(true).ok());
        auto reopened = Store::open({dir, KeyStoreMode::File, CipherSuite::Aes256Gcm});
        QVERIFY(!reopened.ok());
        QCOMPARE(reopened.error().code, QStringLiteral("key.mismatch"));

        // Delete the key: a store with data must not get a new one silently.
        QFile::remove(keyPath);
        auto missing = Store::open({dir, KeyStoreMode::File, CipherSuite::Aes256Gcm});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("key.missing"));
        QVERIFY(!QFile::exists(keyPath));
    }
    void autoFallsBackToTheFileWithAWarning()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("auto"));
        KeyStore store(dir, KeyStoreMode::Auto);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^no system keychain available; the data "
                                                               "key is kept in a file readable only by")));
        auto created = store.load(true);
        YC_VERIFY_OK(created);
        QCOMPARE(created.value().source, QStringLiteral("file"));
        QVERIFY(QFile::exists(store.keyFilePath()));
        QCOMPARE(QFile::permissions(store.keyFilePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // The next start finds the file first, without asking the keychain or warning again.
        auto again = KeyStore(dir, KeyStoreMode::Auto).load(false);
        QVERIFY(again.ok());
        QCOMPARE(again.value().source, QStringLiteral("file"));
        QCOMPARE(again.value().key, created.value().key);
    }
    void keychainModeWithoutAKeychainIsAnError()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("keychain"));
        KeyStore store(dir, KeyStoreMode::Keychain);
        auto r = store.load(true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("key.keychain"));
        QVERIFY(!QFile::exists(store.keyFilePath()));
    }
    void suiteIsChosenAtCreation()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("sm4"));
        {
            auto store = Store::open({dir, KeyStoreMode::File, CipherSuite::Sm4CtrHmacSm3});
            QVERIFY(store.ok());
            QCOMPARE(store.value()->cipher().suite(), CipherSuite::Sm4CtrHmacSm3);
        }
        auto again = Store::open({dir, KeyStoreMode::File, CipherSuite::Aes256Gcm});
        QVERIFY(again.ok());
        QCOMPARE(again.value()->cipher().suite(), CipherSuite::Sm4CtrHmacSm3);
    }
};

YC_TEST_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
