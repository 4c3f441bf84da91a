#include "storage/Store.h"

#include <QLibrary>
#include <QLibraryInfo>

#include "core/DataLocation.h"
#include "core/Logging.h"
#include "core/SecureWipe.h"

namespace yc::storage {

namespace {
const QString MetaKeyCheck = QStringLiteral("key_check");
const QString MetaKeySource = QStringLiteral("key_source");
const QString MetaCipherSuite = QStringLiteral("cipher_suite");
} // namespace

Result<std::unique_ptr<Store>> Store::open(const StoreOptions& options)
{
    std::unique_ptr<Store> store(new Store);
    store->m_dataDir = options.dataDir;

    auto db = Database::open(DataLocation::databasePath(options.dataDir), -1,
                             options.deferIntegrityCheck ? Database::Check::HeaderOnly : Database::Check::Full);
    if (!db)
        return db.error();
    store->m_database = std::move(db.value());
    Database& database = *store->m_database;

    auto storedCheck = database.meta(MetaKeyCheck);
    if (!storedCheck)
        return storedCheck.error();
    auto storedSuite = database.meta(MetaCipherSuite);
    if (!storedSuite)
        return storedSuite.error();
    const bool newStore = storedCheck.value().isEmpty();

    KeyStoreMode mode = options.keyMode;
    if (mode == KeyStoreMode::Auto) {
        const auto fromEnv = keyStoreModeFromName(qEnvironmentVariable(KeyStore::EnvironmentVariable));
        if (!fromEnv)
            return makeError(
                QStringLiteral("key.mode"),
                tr("%1 must be auto, keychain or file.").arg(QLatin1String(KeyStore::EnvironmentVariable)));
        mode = *fromEnv;
    }
    KeyStore keys(options.dataDir, mode);
    auto key = keys.load(newStore);
    if (!key)
        return key.error();

    CipherSuite suite = options.newStoreSuite;
    if (!newStore) {
        const auto known = cipherSuiteFromName(storedSuite.value());
        if (!known)
            return makeError(QStringLiteral("key.suite"),
                             tr("The store names an unknown cipher suite (%1).").arg(storedSuite.value()));
        suite = *known;
    }
    if (!FieldCipher::isAvailable(suite))
        return makeError(QStringLiteral("crypto.unavailable"),
                         tr("This system's OpenSSL does not offer the cipher suite %1.").arg(cipherSuiteName(suite)));
    store->m_cipher = std::make_unique<FieldCipher>(key.value().key, suite);
    store->m_keySource = key.value().source;
    secureWipe(key.value().key); // sole owner: FieldCipher derived its keys and kept no reference

    const QString check = store->m_cipher->keyCheck();
    if (newStore) {
        auto saved = database.transaction([&]() -> Status {
            if (auto s = database.setMeta(MetaKeyCheck, check); !s)
                return s;
            if (auto s = database.setMeta(MetaCipherSuite, cipherSuiteName(suite)); !s)
                return s;
            return database.setMeta(MetaKeySource, store->m_keySource);
        });
        if (!saved)
            return saved.error();
        qCInfo(lcStorage) << "created a new store; data key kept in" << store->m_keySource;
    } else if (check != storedCheck.value()) {
        return makeError(QStringLiteral("key.mismatch"),
                         tr("The data key found does not belong to this store; nothing was changed."));
    }
    return store;
}

void Store::prepareProcess()
{
    (void)FieldCipher::isAvailable(CipherSuite::Aes256Gcm);
    // The Qt SQLite driver plugin and libsqlite3 it links: loaded (and relocated) here; Qt's plugin
    // loader then finds them in the process. Not unloaded (QLibrary leaves them loaded).
    QLibrary driver(QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/sqldrivers/qsqlite"));
    (void)driver.load();
}

Status Store::checkIntegrity(const QString& dataDir)
{
    auto inspected = Database::inspect(DataLocation::databasePath(dataDir), Database::Check::Full);
    if (!inspected)
        return inspected.error();
    return {};
}

Result<std::unique_ptr<Database>> Store::openConnection() const
{
    return Database::open(DataLocation::databasePath(m_dataDir));
}

} // namespace yc::storage
