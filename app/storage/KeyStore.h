#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace yc::storage {

// Where the data key lives. It never sits in the database.
//  Keychain: the OS keychain (Secret Service / KWallet) through qtkeychain.
//  File:     `yichuang.key` beside the data, mode 0600 (a warning is logged when this is the fallback).
//  Auto:     an existing key file wins; else the keychain; a new key goes to the keychain when one
//            answers, else to the file.
enum class KeyStoreMode
{
    Auto,
    Keychain,
    File,
};

[[nodiscard]] std::optional<KeyStoreMode> keyStoreModeFromName(const QString& name);

struct DataKey
{
    QByteArray key;
    QString source; // "keychain" or "file"
};

class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::KeyStore)

public:
    static constexpr const char* EnvironmentVariable = "YICHUANG_KEYSTORE"; // auto | keychain | file

    KeyStore(QString dataDir, KeyStoreMode mode);

    [[nodiscard]] static QString keyFileName() { return QStringLiteral("yichuang.key"); }
    [[nodiscard]] QString keyFilePath() const;

    // Loads the data key. When none exists and mayCreate is true, makes a new random key and keeps
    // it. When mayCreate is false (the store already holds encrypted data) a missing key is an error,
    // never silently replaced.
    [[nodiscard]] Result<DataKey> load(bool mayCreate);

private:
    [[nodiscard]] Result<QByteArray> readFile() const;
    [[nodiscard]] Status writeFile(const QByteArray& key) const;
    [[nodiscard]] std::optional<QByteArray> readKeychain(QString* error) const;
    [[nodiscard]] bool writeKeychain(const QByteArray& key, QString* error) const;
    [[nodiscard]] QString keychainEntry() const;

    QString m_dataDir;
    KeyStoreMode m_mode;
};

} // namespace yc::storage
