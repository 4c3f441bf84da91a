#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

class DeviceKey;

// The signed supplement body of PROTOCOL.md §9.1 — materials handed in after the case (容缺
// commitments, or after a correction request): {"supplementId", "materials", "note", "signature"}.
// Signed like a case (§10): the canonical JSON of the body without "signature", with this PC's key.
class SupplementDocument
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::SupplementDocument)

public:
    // Builds and signs a body from its parts (materials as in a case: materialId, name, form,
    // source, sha256, size, mediaType).
    [[nodiscard]] static Result<QJsonObject> sign(const DeviceKey& key, const QString& supplementId,
                                                  const QJsonArray& materials, const QString& note);
    // Builds the body of a supplement queued with OfflineQueue::enqueueSupplement from the local
    // store (its materials, its note) and signs it with the enrolled key. Error codes
    // "supplement.*" are permanent (the local supplement is incomplete).
    [[nodiscard]] static Result<QJsonObject> build(storage::Database& db, const storage::FieldCipher& cipher,
                                                   const QString& supplementId);
    // The material entry of a case or supplement body.
    [[nodiscard]] static QJsonObject materialJson(const QString& materialId, const QString& name, const QString& sha256,
                                                  qint64 size, const QString& mediaType);
};

} // namespace yc::sync
