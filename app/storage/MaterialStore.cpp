#include "storage/MaterialStore.h"

#include "storage/Database.h"
#include "storage/Digest.h"
#include "storage/FieldCipher.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
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

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO materials (id, case_id, catalog_material_id, name, status, file_name_enc, "
                             "file_path, size_bytes, mime_type, sha256, form, source, licence_id, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.id);
    q.addBindValue(record.caseId);
    q.addBindValue(record.catalogMaterialId);
    q.addBindValue(record.name);
    q.addBindValue(record.status);
    q.addBindValue(fileName.value());
    q.addBindValue(relativePath.isEmpty() ? QVariant() : QVariant(relativePath));
    q.addBindValue(record.sizeBytes);
    q.addBindValue(record.mimeType);
    q.addBindValue(nullableText(record.sha256));
    q.addBindValue(toString(record.form));
    q.addBindValue(toString(record.source));
    q.addBindValue(nullableText(record.licenceId));
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        const QString text = q.lastError().text();
        if (!absolutePath.isEmpty())
            QFile::remove(absolutePath);
        return sqlError(QStringLiteral("db.query"), tr("The material could not be recorded"), text);
    }
    return record.id;
}

Result<MaterialRecord> MaterialStore::record(const QString& materialId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + SelectColumns + QStringLiteral(" FROM materials WHERE id = ?"));
    q.addBindValue(materialId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be read"), q.lastError().text());
    if (!q.next())
        return makeError(QStringLiteral("material.missing"), tr("No material with id %1.").arg(materialId));
    return fromRow(q);
}

Result<std::vector<MaterialRecord>> MaterialStore::ofCase(const QString& caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + SelectColumns +
              QStringLiteral(" FROM materials WHERE case_id = ? AND supplement_id IS NULL ORDER BY created_at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be read"), q.lastError().text());
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

Status MaterialStore::remove(const QString& materialId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT file_path FROM materials WHERE id = ?"));
    q.addBindValue(materialId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be read"), q.lastError().text());
    if (!q.next())
        return makeError(QStringLiteral("material.missing"), tr("No material with id %1.").arg(materialId));
    const QString relativePath = q.value(0).toString();
    q.prepare(QStringLiteral("DELETE FROM materials WHERE id = ?"));
    q.addBindValue(materialId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be removed"), q.lastError().text());
    if (relativePath.isEmpty())
        return {};
    QFile file(QDir(m_dataDir).filePath(relativePath));
    if (!file.exists())
        return {};
    // Overwrite the ciphertext before unlinking, so the blocks do not keep it on a plain disk.
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
        return makeError(QStringLiteral("material.unwritable"),
                         tr("The file of material %1 could not be removed from the data folder.").arg(materialId));
    return {};
}

Result<QByteArray> MaterialStore::content(const QString& materialId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT file_path FROM materials WHERE id = ?"));
    q.addBindValue(materialId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be read"), q.lastError().text());
    if (!q.next())
        return makeError(QStringLiteral("material.missing"), tr("No material with id %1.").arg(materialId));
    const QString relativePath = q.value(0).toString();
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
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE materials SET supplement_id = ?, sha256 = ? WHERE id = ?"));
    q.addBindValue(supplementId);
    q.addBindValue(nullableText(sha256));
    q.addBindValue(materialId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be recorded"), q.lastError().text());
    return {};
}

Result<std::vector<MaterialStore::PendingUpload>>
MaterialStore::notUploadedOfSupplement(const QString& supplementId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, sha256, name FROM materials WHERE supplement_id = ? AND sha256 IS NOT NULL "
                             "AND uploaded_at IS NULL ORDER BY created_at, id"));
    q.addBindValue(supplementId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be read"), q.lastError().text());
    std::vector<PendingUpload> pending;
    while (q.next())
        pending.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return pending;
}

Status MaterialStore::forgetUploadsOfCase(const QString& caseId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE materials SET uploaded_at = NULL WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be updated"), q.lastError().text());
    return {};
}

Status MaterialStore::forgetUploadsOfSupplement(const QString& supplementId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE materials SET uploaded_at = NULL WHERE supplement_id = ?"));
    q.addBindValue(supplementId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be updated"), q.lastError().text());
    return {};
}

namespace {
Result<std::vector<std::pair<QString, QString>>> hashedFiles(Database& database, const QString& sql, const QString& id)
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), MaterialStore::tr("The material could not be read"),
                        q.lastError().text());
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
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT file_path, COALESCE(size_bytes, 0) FROM materials WHERE case_id = ? AND "
                             "file_path IS NOT NULL"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be read"), q.lastError().text());
    while (q.next()) {
        out.relativePaths << q.value(0).toString();
        out.bytes += q.value(1).toLongLong();
    }
    q.prepare(QStringLiteral("UPDATE materials SET file_path = NULL, file_name_enc = NULL WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be removed"), q.lastError().text());
    return out;
}

Status MaterialStore::shredFiles(const QStringList& relativePaths) const
{
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
