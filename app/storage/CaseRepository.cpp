#include "storage/CaseRepository.h"

#include "core/Clock.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/MaterialStore.h"
#include "storage/OutboxRepository.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace yc::storage {

namespace {
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

CaseRepository::CaseRepository(Database& database, const FieldCipher& cipher, QString dataDir)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
{}

Result<QString> CaseRepository::accept(NewCase c, bool* alreadyPresent)
{
    if (alreadyPresent)
        *alreadyPresent = false;
    if (c.itemCode.isEmpty() || c.staffId.isEmpty() || c.decision.isEmpty())
        return makeError(QStringLiteral("case.incomplete"), tr("A case needs an item code, a clerk and a decision."));
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!c.receivedAt.isValid())
        c.receivedAt = QDateTime::currentDateTimeUtc();

    {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
        q.addBindValue(c.id);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The case could not be looked up"), q.lastError().text());
        if (q.next()) {
            if (alreadyPresent)
                *alreadyPresent = true;
            return c.id;
        }
    }

    qint64 totalBytes = 0;
    auto done = m_database.transaction([&]() -> Status {
        ApplicantRepository applicants(m_database, m_cipher);
        auto existing = applicants.findByIdNumber(c.applicant.idType, c.applicant.idNumber);
        if (!existing)
            return existing.error();
        if (existing.value())
            c.applicant.id = existing.value()->id;
        auto applicantId = applicants.save(c.applicant);
        if (!applicantId)
            return applicantId.error();

        QSqlQuery q(m_database.connection());
        if (c.caseNumber.isEmpty()) {
            q.prepare(QStringLiteral("SELECT number FROM case_number_leases WHERE used_by_case IS NULL "
                                     "ORDER BY obtained_at, number LIMIT 1"));
            if (!q.exec())
                return sqlError(QStringLiteral("db.query"), tr("No case number could be taken"), q.lastError().text());
            if (q.next()) {
                c.caseNumber = q.value(0).toString();
                QSqlQuery u(m_database.connection());
                u.prepare(QStringLiteral("UPDATE case_number_leases SET used_by_case = ? WHERE number = ?"));
                u.addBindValue(c.id);
                u.addBindValue(c.caseNumber);
                if (!u.exec())
                    return sqlError(QStringLiteral("db.query"), tr("No case number could be taken"),
                                    u.lastError().text());
            }
        }
        const QString now = nowText();
        q.prepare(
            QStringLiteral("INSERT INTO cases (id, case_number, item_code, item_version, applicant_id, staff_id, "
                           "hall_id, window_code, state, decision, received_at, accepted_at, due_date, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(c.id);
        q.addBindValue(nullableText(c.caseNumber));
        q.addBindValue(c.itemCode);
        q.addBindValue(c.itemVersion);
        q.addBindValue(applicantId.value());
        q.addBindValue(c.staffId);
        q.addBindValue(nullableText(c.hallId));
        q.addBindValue(nullableText(c.windowCode));
        q.addBindValue(c.decision);
        q.addBindValue(c.receivedAt.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(now);
        q.addBindValue(nullableText(c.promisedDate.isValid() ? c.promisedDate.toString(Qt::ISODate) : QString()));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The case could not be recorded"), q.lastError().text());

        MaterialStore store(m_database, m_cipher, m_dataDir);
        for (const NewCaseMaterial& m : c.materials) {
            MaterialRecord record;
            record.caseId = c.id;
            record.catalogMaterialId = m.catalogMaterialId;
            record.name = m.name;
            record.status = m.status;
            record.originalFileName = m.originalFileName;
            record.mimeType = m.mimeType;
            auto id = store.add(record, m.content);
            if (!id)
                return id.error();
            if (!m.content.isEmpty()) {
                totalBytes += m.content.size();
                QSqlQuery h(m_database.connection());
                h.prepare(QStringLiteral("UPDATE materials SET sha256 = ? WHERE id = ?"));
                h.addBindValue(
                    QString::fromLatin1(QCryptographicHash::hash(m.content, QCryptographicHash::Sha256).toHex()));
                h.addBindValue(id.value());
                if (!h.exec())
                    return sqlError(QStringLiteral("db.query"), tr("The material could not be recorded"),
                                    h.lastError().text());
            }
        }
        // The queue entry in the same transaction (CaseRepository has no Clock yet: the system's, as
        // for the case's own times).
        const SystemClock clock;
        if (auto queued = OutboxRepository(m_database, clock).enqueueCase(c.id, c.staffId, totalBytes); !queued)
            return queued;
        // Codes and counts only: no applicant data in the audit trail.
        return AuditLog(m_database)
            .append(c.staffId, QStringLiteral("case.accept"), QStringLiteral("case"), c.id,
                    QStringLiteral("decision=%1 materials=%2").arg(c.decision).arg(c.materials.size()));
    });
    if (!done)
        return done.error();
    return c.id;
}

Result<std::optional<CaseRow>> CaseRepository::get(const QString& caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, case_number, item_code, item_version, applicant_id, staff_id, hall_id, "
                             "window_code, state, decision, received_at, due_date FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The case could not be read"), q.lastError().text());
    if (!q.next())
        return std::optional<CaseRow>();
    CaseRow row;
    row.id = q.value(0).toString();
    row.caseNumber = q.value(1).toString();
    row.itemCode = q.value(2).toString();
    row.itemVersion = q.value(3).toInt();
    row.applicantId = q.value(4).toString();
    row.staffId = q.value(5).toString();
    row.hallId = q.value(6).toString();
    row.windowCode = q.value(7).toString();
    row.state = q.value(8).toString();
    row.decision = q.value(9).toString();
    row.receivedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    row.promisedDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    QSqlQuery m(m_database.connection());
    m.prepare(QStringLiteral(
        "SELECT id, catalog_material_id, name, status, sha256, size_bytes, mime_type, "
        "uploaded_at FROM materials WHERE case_id = ? AND supplement_id IS NULL ORDER BY created_at, id"));
    m.addBindValue(caseId);
    if (!m.exec())
        return sqlError(QStringLiteral("db.query"), tr("The case could not be read"), m.lastError().text());
    while (m.next()) {
        CaseMaterialRow r;
        r.id = m.value(0).toString();
        r.catalogMaterialId = m.value(1).toString();
        r.name = m.value(2).toString();
        r.status = m.value(3).toString();
        r.sha256 = m.value(4).toString();
        r.sizeBytes = m.value(5).toLongLong();
        r.mimeType = m.value(6).toString();
        r.uploaded = !m.value(7).isNull();
        row.materials.push_back(r);
    }
    return std::optional<CaseRow>(std::move(row));
}

Status CaseRepository::markMaterialUploaded(const QString& materialId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE materials SET uploaded_at = ? WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(materialId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The material could not be updated"), q.lastError().text());
    return {};
}

Status CaseRepository::setState(const QString& caseId, const QString& state, const QString& caseNumber)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE cases SET state = ?, case_number = COALESCE(?, case_number), updated_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(nullableText(caseNumber));
    q.addBindValue(nowText());
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The case could not be updated"), q.lastError().text());
    return {};
}

} // namespace yc::storage
