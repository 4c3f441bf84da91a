#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
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
};

// Scanned materials: every file is encrypted into <data>/materials/<random id>.yce; the row in
// `materials` names it. The file name a scan came with is encrypted too.
class MaterialStore
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::MaterialStore)

public:
    MaterialStore(Database& database, const FieldCipher& cipher, QString dataDir);

    // Writes the encrypted file first, then the row; a failed row removes the file again.
    [[nodiscard]] Result<QString> add(MaterialRecord record, QByteArrayView content);
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

private:
    Database& m_database;
    const FieldCipher& m_cipher;
    QString m_dataDir;
};

} // namespace yc::storage
