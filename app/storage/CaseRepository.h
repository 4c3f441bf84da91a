#pragma once

#include "core/Applicant.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace yc::storage {

class Database;
class FieldCipher;

struct NewCaseMaterial
{
    QString catalogMaterialId;
    QString name;             // catalog material name (not personal)
    QString status;           // received, electronic, missing, deficient, deferred
    QString originalFileName; // personal: encrypted
    QString mimeType;
    QByteArray content; // empty when the status carries no file
};

struct NewCase
{
    QString id; // client-generated UUID; generated when empty. Submissions are idempotent by it.
    QString itemCode;
    int itemVersion = 1;
    Applicant applicant;
    QString staffId;    // the clerk who accepted: the case is always sent under this staff's name
    QString hallId;     // halls.id, may be empty
    QString windowCode; // may be empty
    QString decision;   // accepted, refused, correction
    QString caseNumber; // official number from a lease; may be empty
    QDateTime receivedAt;
    QDate promisedDate; // promised completion date; may be invalid (unknown)
    std::vector<NewCaseMaterial> materials;
};

struct CaseMaterialRow
{
    QString id;
    QString catalogMaterialId;
    QString name;
    QString status;
    QString sha256;
    qint64 sizeBytes = 0;
    QString mimeType;
    bool uploaded = false;
};

struct CaseRow
{
    QString id;
    QString caseNumber;
    QString itemCode;
    int itemVersion = 1;
    QString applicantId;
    QString staffId;
    QString hallId;
    QString windowCode;
    QString state;
    QString decision;
    QDateTime receivedAt;
    QDate promisedDate;
    std::vector<CaseMaterialRow> materials;
};

// Cases accepted at this window (in the GUI or imported with yichuang-ctl). A case, its applicant,
// its materials and its outbox entry are written in one transaction, so the sync engine never
// sees a case without all its materials.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::CaseRepository)

public:
    CaseRepository(Database& database, const FieldCipher& cipher, QString dataDir);

    // Stores the case and queues it for the platform. Returns the case id. When a case with the
    // same id exists already, nothing is written and the existing id is returned (idempotent import).
    [[nodiscard]] Result<QString> accept(NewCase newCase, bool* alreadyPresent = nullptr);
    [[nodiscard]] Result<std::optional<CaseRow>> get(const QString& caseId) const;
    [[nodiscard]] Status markMaterialUploaded(const QString& materialId);
    [[nodiscard]] Status setState(const QString& caseId, const QString& state, const QString& caseNumber = {});

private:
    Database& m_database;
    const FieldCipher& m_cipher;
    QString m_dataDir;
};

} // namespace yc::storage
