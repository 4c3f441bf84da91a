#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

struct ExportSummary
{
    QString file;
    int cases = 0;
    int supplements = 0;
    int materials = 0;
    qint64 bytes = 0;
};

// The pending queue on removable media (PROTOCOL.md §17), protected: the export directory layout
// (manifest.json, cases/, supplements/, materials/) is packed into one file encrypted with AES-256-GCM under a key
// derived by scrypt from a passphrase that travels separately (e.g. read out by phone). A lost USB
// stick then reveals nothing. On the platform side `yichuang-ctl outbox unpack` restores the
// directory that `yichuang-platform import-outbox` reads.
//
// Bundle: "YCOUTBOX1\n", one JSON header line (kdf, salt, nonce; authenticated as associated
// data), then ciphertext and the 16-byte tag. Plaintext: entries [u32 name length][name][u64 size]
// [bytes], manifest.json last.
class OutboxExport
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::OutboxExport)

public:
    [[nodiscard]] static Result<ExportSummary> exportTo(storage::Database& db, const storage::FieldCipher& cipher,
                                                        const QString& dataDir, const QString& targetDir,
                                                        const QString& passphrase, const QDateTime& now);
    [[nodiscard]] static Result<ExportSummary> unpack(const QString& bundle, const QString& targetDir,
                                                      const QString& passphrase);
    static constexpr int MinimumPassphraseLength = 12;
};

} // namespace yc::sync
