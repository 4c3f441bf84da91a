#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

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

    [[nodiscard]] static QString directoryName() { return QStringLiteral("materials"); }

private:
    Database& m_database;
    const FieldCipher& m_cipher;
    QString m_dataDir;
};

} // namespace yc::storage
