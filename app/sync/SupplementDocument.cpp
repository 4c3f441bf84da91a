#include "sync/SupplementDocument.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "sync/DeviceKey.h"
#include "sync/Enrolment.h"
#include "sync/OfflineQueue.h"

namespace yc::sync {

QJsonObject SupplementDocument::materialJson(const QString& materialId, const QString& name, const QString& sha256,
                                             qint64 size, const QString& mediaType)
{
    return QJsonObject{
        {QStringLiteral("materialId"), materialId},
        {QStringLiteral("name"), name},
        {QStringLiteral("form"), QStringLiteral("copy")},
        {QStringLiteral("source"), QStringLiteral("upload")},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("size"), size},
        {QStringLiteral("mediaType"), mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : mediaType}};
}

Result<QJsonObject> SupplementDocument::sign(const DeviceKey& key, const QString& supplementId,
                                             const QJsonArray& materials, const QString& note)
{
    return key.signBody(QJsonObject{{QStringLiteral("supplementId"), supplementId},
                                    {QStringLiteral("materials"), materials},
                                    {QStringLiteral("note"), note}});
}

Result<QJsonObject> SupplementDocument::build(storage::Database& db, const storage::FieldCipher& cipher,
                                              const QString& supplementId)
{
    storage::SqlQuery q(db,
                        QStringLiteral("SELECT id, catalog_material_id, name, sha256, size_bytes, mime_type FROM "
                                       "materials WHERE supplement_id = ? ORDER BY created_at, id"),
                        {supplementId});
    if (!q.exec())
        return q.error(tr("The supplement could not be read"));
    QJsonArray materials;
    while (q.next()) {
        if (q.value(3).toString().isEmpty())
            continue;
        const QString catalogId = q.value(1).toString();
        materials.append(materialJson(catalogId.isEmpty() ? q.value(0).toString() : catalogId, q.value(2).toString(),
                                      q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()));
    }
    if (materials.isEmpty())
        return makeError(QStringLiteral("supplement.empty"), tr("The supplement has no material files."));
    // The note is read from the queue entry; no material file is opened.
    auto note = OfflineQueue::supplementNote(db, cipher, supplementId);
    if (!note)
        return note.error();
    Enrolment enrolment(db, cipher);
    auto key = enrolment.key();
    if (!key)
        return key.error();
    return sign(key.value(), supplementId, materials, note.value());
}

} // namespace yc::sync
