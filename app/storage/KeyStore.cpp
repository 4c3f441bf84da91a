#include "storage/KeyStore.h"

#include "core/Logging.h"
#include "storage/FieldCipher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/rand.h>
#include <qt6keychain/keychain.h>

namespace yc::storage {

namespace {
const QString KeychainService = QStringLiteral("yichuang");

// Runs a keychain job on this PC's entry to its end (the keychain answers asynchronously).
void runToEnd(QKeychain::Job& job, const QString& entry)
{
    job.setAutoDelete(false);
    job.setKey(entry);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
} // namespace

std::optional<KeyStoreMode> keyStoreModeFromName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String("auto"))
        return KeyStoreMode::Auto;
    if (name == QLatin1String("keychain"))
        return KeyStoreMode::Keychain;
    if (name == QLatin1String("file"))
        return KeyStoreMode::File;
    return std::nullopt;
}

KeyStore::KeyStore(QString dataDir, KeyStoreMode mode)
    : m_dataDir(std::move(dataDir))
    , m_mode(mode)
{}

QString KeyStore::keyFilePath() const
{
    return QDir(m_dataDir).filePath(keyFileName());
}

QString KeyStore::keychainEntry() const
{
    // One entry per data directory, so two stores on one account keep separate keys.
    const QByteArray digest = QCryptographicHash::hash(m_dataDir.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("data-key-") + QString::fromLatin1(digest.left(16));
}

Result<QByteArray> KeyStore::readFile() const
{
    QFile file(keyFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("key.unreadable"), tr("The key file %1 cannot be read.").arg(file.fileName()));
    if (file.permissions() &
        (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return makeError(QStringLiteral("key.permissions"),
                         tr("The key file %1 can be read by other users; set its mode to 0600.").arg(file.fileName()));
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    if (key.size() != FieldCipher::DataKeySize)
        return makeError(QStringLiteral("key.invalid"), tr("The key file %1 is damaged.").arg(file.fileName()));
    return key;
}

Status KeyStore::writeFile(const QByteArray& key) const
{
    if (!QDir().mkpath(m_dataDir))
        return makeError(QStringLiteral("key.unwritable"),
                         tr("The data directory %1 cannot be created.").arg(m_dataDir));
    QSaveFile file(keyFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("key.unwritable"),
                         tr("The key file %1 cannot be written.").arg(file.fileName()));
    // Restrict the temporary file before any key byte reaches it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key.toBase64() + '\n');
    if (!file.commit())
        return makeError(QStringLiteral("key.unwritable"),
                         tr("The key file %1 cannot be written.").arg(file.fileName()));
    return {};
}

std::optional<QByteArray> KeyStore::readKeychain(QString* error) const
{
    QKeychain::ReadPasswordJob job(KeychainService);
    runToEnd(job, keychainEntry());
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.error() == QKeychain::EntryNotFound ? QString() : job.errorString();
        return std::nullopt;
    }
    return job.binaryData();
}

bool KeyStore::writeKeychain(const QByteArray& key, QString* error) const
{
    QKeychain::WritePasswordJob job(KeychainService);
    job.setBinaryData(key);
    runToEnd(job, keychainEntry());
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

Result<DataKey> KeyStore::load(bool mayCreate)
{
    const bool fileExists = QFileInfo::exists(keyFilePath());
    if (m_mode == KeyStoreMode::File || (m_mode == KeyStoreMode::Auto && fileExists)) {
        if (fileExists) {
            auto key = readFile();
            if (!key)
                return key.error();
            return DataKey{key.value(), QStringLiteral("file")};
        }
    } else {
        QString keychainError;
        if (auto key = readKeychain(&keychainError); key && key->size() == FieldCipher::DataKeySize)
            return DataKey{*key, QStringLiteral("keychain")};
        if (m_mode == KeyStoreMode::Keychain && !keychainError.isEmpty())
            return makeError(QStringLiteral("key.keychain"),
                             tr("The system keychain is not available: %1").arg(keychainError));
    }

    if (!mayCreate)
        return makeError(QStringLiteral("key.missing"),
                         tr("The data key of this store was not found (neither in the system keychain nor in %1). "
                            "Without it the encrypted records cannot be read; restore the key rather than "
                            "starting over.")
                             .arg(keyFilePath()));

    QByteArray key(FieldCipher::DataKeySize, Qt::Uninitialized);
    if (RAND_priv_bytes(reinterpret_cast<unsigned char*>(key.data()), FieldCipher::DataKeySize) != 1)
        return makeError(QStringLiteral("crypto.random"), tr("The system could not supply random numbers."));

    if (m_mode != KeyStoreMode::File) {
        QString keychainError;
        if (writeKeychain(key, &keychainError))
            return DataKey{key, QStringLiteral("keychain")};
        if (m_mode == KeyStoreMode::Keychain)
            return makeError(QStringLiteral("key.keychain"),
                             tr("The system keychain is not available: %1").arg(keychainError));
        qCWarning(lcCrypto) << "no system keychain available; the data key is kept in a file readable only by"
                            << "this user:" << keyFilePath();
    }
    if (auto written = writeFile(key); !written)
        return written.error();
    return DataKey{key, QStringLiteral("file")};
}

} // namespace yc::storage
