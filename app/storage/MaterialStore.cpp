#include "storage/MaterialStore.h"

#include "core/TextForms.h"
#include "storage/Database.h"
#include "storage/Digest.h"
#include "storage/FieldCipher.h"
#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace yc::storage {

namespace {
constexpr QByteArrayView AadFileName("materials.file_name_enc");

const QString SelectColumns =
    QStringLiteral("id, case_id, catalog_material_id, name, status, file_name_enc, mime_type, "
                   "size_bytes, sha256, form, source, licence_id");

QByteArray fileAad(const QString& materialId)
{
    return QByteArrayLiteral("materials.file:") + materialId.toUtf8();
}
} // namespace

MaterialStore::MaterialStore(Database& database, const FieldCipher& cipher, QString dataDir, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{}

Result<QString> MaterialStore::add(MaterialRecord record, QByteArrayView content)
{
    if (record.caseId.isEmpty() || record.name.isEmpty() || record.status.isEmpty())
        return makeError(QStringLiteral("material.incomplete"), tr("A material needs a case, a name and a status."));
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QString relativePath;
    QString absolutePath;
    if (!content.isEmpty()) {
        auto encrypted = m_cipher.encrypt(content, fileAad(record.id));
        if (!encrypted)
            return encrypted.error();
        const QDir dir(m_dataDir);
        if (!dir.mkpath(directoryName()))
            return makeError(QStringLiteral("material.unwritable"),
                             tr("The materials folder in %1 cannot be created.").arg(m_dataDir));
        relativePath =
            directoryName() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".yce");
        absolutePath = dir.filePath(relativePath);
        QSaveFile file(absolutePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(encrypted.value()) != encrypted.value().size() ||
            !file.commit())
            return makeError(QStringLiteral("material.unwritable"),
                             tr("The scanned material could not be saved (disk full or not writable)."));
        record.sizeBytes = content.size();
        record.sha256 = sha256Hex(content);
    }
    if (record.source == MaterialSource::Licence && record.licenceId.isEmpty())
        return makeError(QStringLiteral("material.incomplete"),
                         tr("A material from the licence library needs the licence's id."));
    auto fileName = m_cipher.encrypt(record.originalFileName.toUtf8(), AadFileName);
    if (!fileName)
        return fileName.error();

    SqlQuery q(m_database,
               QStringLiteral("INSERT INTO materials (id, case_id, catalog_material_id, name, status, file_name_enc, "
                              "file_path, size_bytes, mime_type, sha256, form, source, licence_id, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {record.id, record.caseId, record.catalogMaterialId, record.name, record.status, fileName.value(),
                relativePath.isEmpty() ? QVariant() : QVariant(relativePath), record.sizeBytes, record.mimeType,
                nullableText(record.sha256), toString(record.form), toString(record.source),
                nullableText(record.licenceId), isoUtcMs(m_clock.now())});
    if (!q.exec()) {
        if (!absolutePath.isEmpty())
            QFile::remove(absolutePath);
        return q.error(tr("The material could not be recorded"));
    }
    return record.id;
}

Result<MaterialRecord> MaterialStore::record(const QString& materialId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT ") + SelectColumns + QStringLiteral(" FROM materials WHERE id = ?"),
               {materialId});
    if (!q.exec())
        return q.error(tr("The material could not be read"));
    if (!q.next())
        return makeError(QStringLiteral("material.missing"), tr("No material with id %1.").arg(materialId));
    return fromRow(q);
}

Result<std::vector<MaterialRecord>> MaterialStore::ofCase(const QString& caseId) const
{
    SqlQuery q(
        m_database,
        QStringLiteral("SELECT ") + SelectColumns +
            QStringLiteral(" FROM materials WHERE case_id = ? AND supplement_id IS NULL ORDER BY created_at, id"),
        {caseId});
    if (!q.exec())
        return q.error(tr("The material could not be read"));
    std::vector<MaterialRecord> records;
    while (q.next()) {
        auto r = fromRow(q);
        if (!r)
            return r.error();
        records.push_back(std::move(r.value()));
    }
    return records;
}

Result<MaterialRecord> MaterialStore::fromRow(const QSqlQuery& q) const
{
    MaterialRecord r;
    r.id = q.value(0).toString();
    r.caseId = q.value(1).toString();
    r.catalogMaterialId = q.value(2).toString();
    r.name = q.value(3).toString();
    r.status = q.value(4).toString();
    auto fileName = m_cipher.decrypt(q.value(5).toByteArray(), AadFileName);
    if (!fileName)
        return fileName.error();
    r.originalFileName = QString::fromUtf8(fileName.value());
    r.mimeType = q.value(6).toString();
    r.sizeBytes = q.value(7).toLongLong();
    r.sha256 = q.value(8).toString();
    auto form = materialFormFromString(q.value(9).toString());
    if (!form)
        return form.error();
    r.form = form.value();
    auto source = materialSourceFromString(q.value(10).toString());
    if (!source)
        return source.error();
    r.source = source.value();
    r.licenceId = q.value(11).toString();
    return r;
}

Result<QString> MaterialStore::filePath(const QString& materialId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT file_path FROM materials WHERE id = ?"), {materialId});
    if (!q.exec())
        return q.error(tr("The material could not be read"));
    if (!q.next())
        return makeError(QStringLiteral("material.missing"), tr("No material with id %1.").arg(materialId));
    return q.value(0).toString();
}

Status MaterialStore::remove(const QString& materialId)
{
    auto path = filePath(materialId);
    if (!path)
        return path.error();
    const QString relativePath = path.value();
    if (auto removed = execute(m_database, QStringLiteral("DELETE FROM materials WHERE id = ?"), {materialId},
                               tr("The material could not be removed"));
        !removed)
        return removed;
    if (relativePath.isEmpty())
        return {};
    if (auto shredded = shredFiles({relativePath}); !shredded)
        return makeError(QStringLiteral("material.unwritable"),
                         tr("The file of material %1 could not be removed from the data folder.").arg(materialId));
    return {};
}

Result<QByteArray> MaterialStore::content(const QString& materialId) const
{
    auto path = filePath(materialId);
    if (!path)
        return path.error();
    const QString relativePath = path.value();
    if (relativePath.isEmpty())
        return QByteArray();
    QFile file(QDir(m_dataDir).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("material.file-missing"),
                         tr("The file of material %1 is missing from the data folder.").arg(materialId));
    return m_cipher.decrypt(file.readAll(), fileAad(materialId));
}

Status MaterialStore::attachToSupplement(const QString& materialId, const QString& supplementId, const QString& sha256)
{
    return execute(m_database, QStringLiteral("UPDATE materials SET supplement_id = ?, sha256 = ? WHERE id = ?"),
                   {supplementId, nullableText(sha256), materialId}, tr("The material could not be recorded"));
}

Result<std::vector<MaterialStore::PendingUpload>>
MaterialStore::notUploadedOfSupplement(const QString& supplementId) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT id, sha256, name FROM materials WHERE supplement_id = ? AND sha256 IS NOT NULL "
                              "AND uploaded_at IS NULL ORDER BY created_at, id"),
               {supplementId});
    if (!q.exec())
        return q.error(tr("The material could not be read"));
    std::vector<PendingUpload> pending;
    while (q.next())
        pending.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return pending;
}

Status MaterialStore::forgetUploadsOfCase(const QString& caseId)
{
    return execute(m_database, QStringLiteral("UPDATE materials SET uploaded_at = NULL WHERE case_id = ?"), {caseId},
                   tr("The material could not be updated"));
}

Status MaterialStore::forgetUploadsOfSupplement(const QString& supplementId)
{
    return execute(m_database, QStringLiteral("UPDATE materials SET uploaded_at = NULL WHERE supplement_id = ?"),
                   {supplementId}, tr("The material could not be updated"));
}

namespace {
Result<std::vector<std::pair<QString, QString>>> hashedFiles(Database& database, const QString& sql, const QString& id)
{
    SqlQuery q(database, sql, {id});
    if (!q.exec())
        return q.error(MaterialStore::tr("The material could not be read"));
    std::vector<std::pair<QString, QString>> files;
    while (q.next())
        files.emplace_back(q.value(0).toString(), q.value(1).toString());
    return files;
}
} // namespace

Result<std::vector<std::pair<QString, QString>>> MaterialStore::filesOfCase(const QString& caseId) const
{
    return hashedFiles(m_database,
                       QStringLiteral("SELECT id, sha256 FROM materials WHERE case_id = ? AND sha256 IS NOT NULL"),
                       caseId);
}

Result<std::vector<std::pair<QString, QString>>> MaterialStore::filesOfSupplement(const QString& supplementId) const
{
    return hashedFiles(
        m_database, QStringLiteral("SELECT id, sha256 FROM materials WHERE supplement_id = ? AND sha256 IS NOT NULL"),
        supplementId);
}

Result<MaterialStore::PurgedFiles> MaterialStore::purgeOfCaseWithin(const QString& caseId)
{
    PurgedFiles out;
    SqlQuery q(m_database,
               QStringLiteral("SELECT file_path, COALESCE(size_bytes, 0) FROM materials WHERE case_id = ? AND "
                              "file_path IS NOT NULL"),
               {caseId});
    if (!q.exec())
        return q.error(tr("The material could not be read"));
    while (q.next()) {
        out.relativePaths << q.value(0).toString();
        out.bytes += q.value(1).toLongLong();
    }
    if (auto s = execute(
            m_database, QStringLiteral("UPDATE materials SET file_path = NULL, file_name_enc = NULL WHERE case_id = ?"),
            {caseId}, tr("The material could not be removed"));
        !s)
        return s.error();
    return out;
}

Status MaterialStore::shredFiles(const QStringList& relativePaths) const
{
    // Each ciphertext is overwritten before it is unlinked, so the blocks do not keep it on a plain disk.
    Status result;
    for (const QString& relativePath : relativePaths) {
        QFile file(QDir(m_dataDir).filePath(relativePath));
        if (!file.exists())
            continue;
        if (file.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(64 * 1024, '\0');
            qint64 left = file.size();
            while (left > 0) {
                const qint64 n = std::min<qint64>(left, zeros.size());
                if (file.write(zeros.constData(), n) != n)
                    break;
                left -= n;
            }
            file.flush();
#ifdef Q_OS_UNIX
            (void)::fsync(file.handle());
#endif
            file.close();
        }
        if (!file.remove())
            result = makeError(QStringLiteral("material.unwritable"),
                               tr("A material file could not be removed from the data folder."));
    }
    return result;
}

} // namespace yc::storage
