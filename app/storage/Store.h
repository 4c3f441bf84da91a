#pragma once

#include "core/Result.h"
#include "storage/CipherSuite.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/KeyStore.h"

#include <QCoreApplication>

#include <memory>

namespace yc::storage {

struct StoreOptions
{
    QString dataDir;                                    // resolved with DataLocation::resolve()
    KeyStoreMode keyMode = KeyStoreMode::Auto;          // YICHUANG_KEYSTORE overrides Auto
    CipherSuite newStoreSuite = CipherSuite::Aes256Gcm; // used only when the store is created
    // The full integrity check (it reads the whole file) is left to the caller, who runs
    // Store::checkIntegrity() off the GUI thread once the window is up; a file to be migrated is
    // still checked in full before anything is written to it.
    bool deferIntegrityCheck = false;
};

// The opened local store: database (checked, migrated), the data key and the field cipher.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::Store)

public:
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const StoreOptions& options);

    // Loads what opening a store needs from the system (OpenSSL's configuration and providers, the
    // SQLite driver library) so that open() does not wait for it: for a thread of its own at start,
    // before open(). Callable without a QCoreApplication.
    static void prepareProcess();

    // The full integrity check of the store in dataDir on a connection of its own: callable from
    // any thread. Error codes as Database::inspect.
    [[nodiscard]] static Status checkIntegrity(const QString& dataDir);

    [[nodiscard]] Database& database() { return *m_database; }
    [[nodiscard]] const FieldCipher& cipher() const { return *m_cipher; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString keySource() const { return m_keySource; }

    // A second connection for another thread (the sync engine); shares the key, not the connection.
    [[nodiscard]] Result<std::unique_ptr<Database>> openConnection() const;

private:
    Store() = default;

    QString m_dataDir;
    QString m_keySource;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FieldCipher> m_cipher;
};

} // namespace yc::storage
