#pragma once

#include "core/Applicant.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace yc::storage {

class Database;
class FieldCipher;

// Applicants with every personal field encrypted; found by ID number through a keyed hash.
// A file kept with a decided case of an applicant (for the once-only reuse of materials).
struct EarlierMaterial
{
    QString materialId; // the row in `materials`
    QString caseId;
    QString caseNumber;
    QString itemCode;
    QString decision;
    QDateTime decidedAt; // accepted_at, else the case's last change
    QString catalogMaterialId;
    QString name;
    qint64 sizeBytes = 0;
};

class ApplicantRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::ApplicantRepository)

public:
    ApplicantRepository(Database& database, const FieldCipher& cipher, const Clock& clock = systemClock());

    // Inserts or updates; assigns an id when the applicant has none. Returns the id.
    [[nodiscard]] Result<QString> save(Applicant applicant);
    [[nodiscard]] Result<std::optional<Applicant>> get(const QString& id) const;
    [[nodiscard]] Result<std::optional<Applicant>> findByIdNumber(const QString& idType, const QString& idNumber) const;
    // The files kept with the decided cases of everyone stored with this document (found through
    // the keyed hash, never by the number itself), newest first.
    [[nodiscard]] Result<QList<EarlierMaterial>> earlierMaterials(const QString& idType, const QString& idNumber) const;
    // Deletes the row (its encrypted data with it); the caller makes sure nothing refers to it.
    [[nodiscard]] Status remove(const QString& id);
    // Retention: blanks every personal field of the row (and its keyed hash, so it is no longer
    // found); the row stays for the case that refers to it. Runs inside the caller's transaction.
    [[nodiscard]] Status purgeWithin(const QString& id);

    // The normal form an ID number is hashed in (trimmed, upper case, no spaces).
    [[nodiscard]] static QString normalizeIdNumber(const QString& idNumber);
    // The keyed hash an ID number is found by (also what the audit trail names a card read by).
    [[nodiscard]] QString indexOf(const QString& idType, const QString& idNumber) const;

private:
    [[nodiscard]] Result<Applicant> fromRow(const QSqlQuery& row) const;
    // Selects the applicant columns under condition (a fixed text, values bound) and decrypts the
    // first row, if any.
    [[nodiscard]] Result<std::optional<Applicant>> fetchOne(const QString& condition, const QVariantList& values,
                                                            const QString& failure) const;

    Database& m_database;
    const FieldCipher& m_cipher;
    const Clock& m_clock;
};

} // namespace yc::storage
