#pragma once

#include "core/CaseModel.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace yc::storage {

class Database;
class FieldCipher;

struct MaterialRecord
{
    QString id;
    QString caseId;
    QString catalogMaterialId;
    QString name;             // the catalog's material name (not personal)
    QString status;           // received, electronic, missing, deficient, deferred
    QString originalFileName; // personal: encrypted
    QString mimeType;
    qint64 sizeBytes = 0;
    MaterialForm form = MaterialForm::Copy;
    MaterialSource source = MaterialSource::Upload;
    QString licenceId; // source Licence only
    QString sha256;    // of the plaintext; set by add() when the material has a file
};

// Scanned materials: every file is encrypted into <data>/materials/<random id>.yce; the row in
// `materials` names it. The file name a scan came with is encrypted too. The material belongs to a
// case row, decided or still a draft.
class MaterialStore
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::MaterialStore)

public:
    MaterialStore(Database& database, const FieldCipher& cipher, QString dataDir, const Clock& clock = systemClock());

    // Writes the encrypted file first, then the row; a failed row removes the file again. The row
    // records the SHA-256 of the plaintext (the platform's content address).
    [[nodiscard]] Result<QString> add(MaterialRecord record, QByteArrayView content);
    // Removes the row and overwrites its file before deleting it. Run it inside the caller's
    // transaction: the file goes only once the row is gone, and a file left by a crash between
    // the two holds nothing readable without the store's key.
    [[nodiscard]] Status remove(const QString& materialId);
    // The case's own materials (not those of its supplements), oldest first.
    [[nodiscard]] Result<std::vector<MaterialRecord>> ofCase(const QString& caseId) const;
    [[nodiscard]] Result<QByteArray> content(const QString& materialId) const;
    [[nodiscard]] Result<MaterialRecord> record(const QString& materialId) const;

    // A material stored with add() that belongs to a supplement of its case, with its content's hash.
    [[nodiscard]] Status attachToSupplement(const QString& materialId, const QString& supplementId,
                                            const QString& sha256);
    struct PendingUpload
    {
        QString id;
        QString sha256;
        QString name;
    };
    // The files of a supplement the platform does not hold yet, in the order they were taken.
    [[nodiscard]] Result<std::vector<PendingUpload>> notUploadedOfSupplement(const QString& supplementId) const;
    // (material id, sha256) of every stored file of a case (its supplements' included) or of one supplement.
    [[nodiscard]] Result<std::vector<std::pair<QString, QString>>> filesOfCase(const QString& caseId) const;
    [[nodiscard]] Result<std::vector<std::pair<QString, QString>>> filesOfSupplement(const QString& supplementId) const;
    // The platform lost or never completed a file: every file of the case (or supplement) is offered again.
    [[nodiscard]] Status forgetUploadsOfCase(const QString& caseId);
    [[nodiscard]] Status forgetUploadsOfSupplement(const QString& supplementId);

    [[nodiscard]] static QString directoryName() { return QStringLiteral("materials"); }

    // Retention: forgets the files (and their encrypted original names) of a case's materials,
    // supplements included; the rows (name, state, SHA-256, size) stay. Runs inside the caller's
    // transaction and returns the files to shred once it has committed.
    struct PurgedFiles
    {
        QStringList relativePaths;
        qint64 bytes = 0;
    };
    [[nodiscard]] Result<PurgedFiles> purgeOfCaseWithin(const QString& caseId);
    // Overwrites and removes files of the data folder (after purgeOfCaseWithin has committed).
    [[nodiscard]] Status shredFiles(const QStringList& relativePaths) const;

private:
    [[nodiscard]] Result<MaterialRecord> fromRow(const QSqlQuery& query) const;
    // The material's file below the data folder (empty when it has no content); material.missing.
    [[nodiscard]] Result<QString> filePath(const QString& materialId) const;

    Database& m_database;
    const FieldCipher& m_cipher;
    QString m_dataDir;
    const Clock& m_clock;
};

} // namespace yc::storage
