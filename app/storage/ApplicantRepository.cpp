#include "storage/ApplicantRepository.h"

#include "core/TextForms.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QUuid>

namespace yc::storage {

namespace {

// Associated data: binds each ciphertext to its column.
constexpr QByteArrayView AadName("applicants.name_enc");
constexpr QByteArrayView AadIdNumber("applicants.id_number_enc");
constexpr QByteArrayView AadAddress("applicants.address_enc");
constexpr QByteArrayView AadPhone("applicants.phone_enc");
constexpr QByteArrayView AadPhoto("applicants.photo_enc");

} // namespace

ApplicantRepository::ApplicantRepository(Database& database, const FieldCipher& cipher, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
{}

QString ApplicantRepository::normalizeIdNumber(const QString& idNumber)
{
    QString n = idNumber.trimmed().toUpper();
    n.remove(QLatin1Char(' '));
    return n;
}

QString ApplicantRepository::indexOf(const QString& idType, const QString& idNumber) const
{
    return m_cipher.blindIndex((idType + QLatin1Char(':') + normalizeIdNumber(idNumber)).toUtf8());
}

Result<QString> ApplicantRepository::save(Applicant applicant)
{
    if (applicant.idType.isEmpty() || applicant.idNumber.trimmed().isEmpty() || applicant.name.trimmed().isEmpty())
        return makeError(QStringLiteral("applicant.incomplete"),
                         tr("An applicant needs a document type, a document number and a name."));
    if (applicant.id.isEmpty())
        applicant.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto enc = [this](const QByteArray& plain, QByteArrayView aad) -> Result<QByteArray> {
        return m_cipher.encrypt(plain, aad);
    };
    auto name = enc(applicant.name.toUtf8(), AadName);
    auto number = enc(normalizeIdNumber(applicant.idNumber).toUtf8(), AadIdNumber);
    auto address = enc(applicant.address.toUtf8(), AadAddress);
    auto phone = enc(applicant.phone.toUtf8(), AadPhone);
    auto photo = enc(applicant.photo, AadPhoto);
    for (const auto* r : {&name, &number, &address, &phone, &photo}) {
        if (!*r)
            return r->error();
    }

    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    if (auto saved = execute(
            m_database,
            QStringLiteral(
                "INSERT INTO applicants (id, id_type, id_number_hmac, id_number_enc, name_enc, gender, address_enc, "
                "phone_enc, photo_enc, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET id_type = excluded.id_type, id_number_hmac = excluded.id_number_hmac, "
                "id_number_enc = excluded.id_number_enc, name_enc = excluded.name_enc, gender = excluded.gender, "
                "address_enc = excluded.address_enc, phone_enc = excluded.phone_enc, photo_enc = excluded.photo_enc, "
                "updated_at = excluded.updated_at"),
            {
                applicant.id,
                applicant.idType,
                indexOf(applicant.idType, applicant.idNumber),
                number.value(),
                name.value(),
                applicant.gender,
                address.value(),
                phone.value(),
                photo.value(),
                now,
                now,
            },
            tr("The applicant could not be saved"));
        !saved)
        return saved.error();
    return applicant.id;
}

Result<Applicant> ApplicantRepository::fromRow(const QSqlQuery& row) const
{
    Applicant a;
    a.id = row.value(0).toString();
    a.idType = row.value(1).toString();
    a.gender = row.value(3).toString();
    // A field removed by retention (purgeWithin) is empty, not a ciphertext.
    auto dec = [this](const QByteArray& sealed, QByteArrayView aad) -> Result<QByteArray> {
        if (sealed.isEmpty())
            return QByteArray();
        return m_cipher.decrypt(sealed, aad);
    };
    auto number = dec(row.value(2).toByteArray(), AadIdNumber);
    auto name = dec(row.value(4).toByteArray(), AadName);
    auto address = dec(row.value(5).toByteArray(), AadAddress);
    auto phone = dec(row.value(6).toByteArray(), AadPhone);
    auto photo = dec(row.value(7).toByteArray(), AadPhoto);
    for (const auto* r : {&number, &name, &address, &phone, &photo}) {
        if (!*r)
            return r->error();
    }
    a.idNumber = QString::fromUtf8(number.value());
    a.name = QString::fromUtf8(name.value());
    a.address = QString::fromUtf8(address.value());
    a.phone = QString::fromUtf8(phone.value());
    a.photo = photo.value();
    return a;
}

namespace {
const QString SelectApplicant = QStringLiteral(
    "SELECT id, id_type, id_number_enc, gender, name_enc, address_enc, phone_enc, photo_enc FROM applicants ");
} // namespace

Result<std::optional<Applicant>> ApplicantRepository::fetchOne(const QString& condition, const QVariantList& values,
                                                               const QString& failure) const
{
    SqlQuery q(m_database, SelectApplicant + condition, values);
    if (!q.exec())
        return q.error(failure);
    if (!q.next())
        return std::optional<Applicant>();
    auto a = fromRow(q);
    if (!a)
        return a.error();
    return std::optional<Applicant>(std::move(a.value()));
}

Result<std::optional<Applicant>> ApplicantRepository::get(const QString& id) const
{
    return fetchOne(QStringLiteral("WHERE id = ?"), {id}, tr("The applicant could not be read"));
}

Result<std::optional<Applicant>> ApplicantRepository::findByIdNumber(const QString& idType,
                                                                     const QString& idNumber) const
{
    return fetchOne(QStringLiteral("WHERE id_number_hmac = ? ORDER BY updated_at DESC LIMIT 1"),
                    {indexOf(idType, idNumber)}, tr("The applicant could not be looked up"));
}

Result<QList<EarlierMaterial>> ApplicantRepository::earlierMaterials(const QString& idType,
                                                                     const QString& idNumber) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT m.id, c.id, c.case_number, c.item_code, c.decision, "
                              "COALESCE(c.accepted_at, c.updated_at), m.catalog_material_id, m.name, m.size_bytes "
                              "FROM materials m JOIN cases c ON c.id = m.case_id "
                              "JOIN applicants a ON a.id = c.applicant_id "
                              "WHERE a.id_number_hmac = ? AND c.state = 'decided' AND m.status = 'received' "
                              "AND m.file_path IS NOT NULL AND m.sha256 IS NOT NULL "
                              "ORDER BY COALESCE(c.accepted_at, c.updated_at) DESC, m.name"),
               {indexOf(idType, idNumber)});
    if (!q.exec())
        return q.error(tr("The applicant's earlier cases could not be read"));
    QList<EarlierMaterial> found;
    while (q.next()) {
        EarlierMaterial m;
        m.materialId = q.value(0).toString();
        m.caseId = q.value(1).toString();
        m.caseNumber = q.value(2).toString();
        m.itemCode = q.value(3).toString();
        m.decision = q.value(4).toString();
        m.decidedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        m.catalogMaterialId = q.value(6).toString();
        m.name = q.value(7).toString();
        m.sizeBytes = q.value(8).toLongLong();
        found << m;
    }
    return found;
}

Status ApplicantRepository::remove(const QString& id)
{
    return execute(m_database, QStringLiteral("DELETE FROM applicants WHERE id = ?"), {id},
                   tr("The applicant could not be removed"));
}

Status ApplicantRepository::purgeWithin(const QString& id)
{
    return execute(
        m_database,
        QStringLiteral("UPDATE applicants SET id_number_hmac = '', id_number_enc = X'', name_enc = X'', "
                       "address_enc = NULL, phone_enc = NULL, photo_enc = NULL, updated_at = ? WHERE id = ?"),
        {isoUtcMs(m_clock.now()), id}, tr("The applicant could not be removed"));
}

} // namespace yc::storage
