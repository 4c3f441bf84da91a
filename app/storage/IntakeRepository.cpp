#include "storage/IntakeRepository.h"

#include "core/TextForms.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/FieldCipher.h"
#include "storage/MaterialStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace yc::storage {

namespace {

// Associated data: binds each ciphertext to its column and row.
QByteArray aad(const char* column, const QString& caseId, const QString& part = {})
{
    QByteArray a = QByteArray(column) + ':' + caseId.toUtf8();
    if (!part.isEmpty())
        a += ':' + part.toUtf8();
    return a;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDateTime storedTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const QString ApprovalColumns = QStringLiteral("approval_id, case_id, kind, mode, status, subject, reason_enc, "
                                               "requested_by, requested_at, supervisor_id, decided_at, note, cited, "
                                               "deferred");

} // namespace

IntakeRepository::IntakeRepository(Database& database, const FieldCipher& cipher, QString dataDir, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{}

Result<QVariant> IntakeRepository::encrypted(const QString& text, const QByteArray& aad) const
{
    if (text.isEmpty())
        return QVariant(QMetaType(QMetaType::QByteArray));
    auto sealed = m_cipher.encrypt(text.toUtf8(), aad);
    if (!sealed)
        return sealed.error();
    return QVariant(sealed.value());
}

Result<QString> IntakeRepository::decrypted(const QVariant& value, const QByteArray& aad) const
{
    if (value.isNull())
        return QString();
    auto plain = m_cipher.decrypt(value.toByteArray(), aad);
    if (!plain)
        return plain.error();
    return QString::fromUtf8(plain.value());
}

Status IntakeRepository::ensureRow(const QString& caseId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO intake_cases (case_id, updated_at) VALUES (?, ?) ON CONFLICT (case_id) DO "
                             "UPDATE SET updated_at = excluded.updated_at"));
    q.addBindValue(caseId);
    q.addBindValue(isoUtcMs(m_clock.now()));
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The intake could not be saved"), q.lastError().text());
    return {};
}

Result<IntakeDetails> IntakeRepository::details(const QString& caseId) const
{
    IntakeDetails d;
    d.caseId = caseId;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT agent_id, form_enc, refusal_category, refusal_text_enc, handed_over_enc, "
                             "completed_at, clock_paused_from FROM intake_cases WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The intake could not be read"), q.lastError().text());
    if (!q.next())
        return d;
    d.agentId = q.value(0).toString();
    auto form = decrypted(q.value(1), aad("intake_cases.form_enc", caseId));
    if (!form)
        return form.error();
    if (!form.value().isEmpty()) {
        const QJsonObject object = QJsonDocument::fromJson(form.value().toUtf8()).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            d.form.insert(it.key(), it.value().toString());
    }
    d.refusalCategory = q.value(2).toString();
    auto text = decrypted(q.value(3), aad("intake_cases.refusal_text_enc", caseId));
    if (!text)
        return text.error();
    d.refusalText = text.value();
    auto handedOver = decrypted(q.value(4), aad("intake_cases.handed_over_enc", caseId));
    if (!handedOver)
        return handedOver.error();
    d.handedOver = handedOver.value();
    d.completedAt = storedTime(q.value(5));
    d.clockPausedFrom = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    return d;
}

Result<std::optional<Applicant>> IntakeRepository::agent(const QString& caseId) const
{
    auto d = details(caseId);
    if (!d)
        return d.error();
    if (d.value().agentId.isEmpty())
        return std::optional<Applicant>();
    return ApplicantRepository(m_database, m_cipher, m_clock).get(d.value().agentId);
}

Result<std::vector<IntakeMaterial>> IntakeRepository::materials(const QString& caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT catalog_material_id, state, material_id, reason_enc, due_date FROM "
                             "intake_materials WHERE case_id = ? ORDER BY catalog_material_id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The intake could not be read"), q.lastError().text());
    std::vector<IntakeMaterial> out;
    while (q.next()) {
        IntakeMaterial m;
        m.catalogMaterialId = q.value(0).toString();
        m.state = q.value(1).toString();
        m.materialId = q.value(2).toString();
        auto reason = decrypted(q.value(3), aad("intake_materials.reason_enc", caseId, m.catalogMaterialId));
        if (!reason)
            return reason.error();
        m.reason = reason.value();
        m.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        out.push_back(std::move(m));
    }
    return out;
}

Status IntakeRepository::saveAgent(const QString& draftId, const std::optional<Applicant>& agent)
{
    return DraftRepository(m_database, m_cipher, m_dataDir, m_clock).update(draftId, [&]() -> Status {
        auto d = details(draftId);
        if (!d)
            return d.error();
        const QString previous = d.value().agentId;
        if (auto row = ensureRow(draftId); !row)
            return row;
        ApplicantRepository applicants(m_database, m_cipher, m_clock);
        QString agentId;
        if (agent) {
            Applicant a = *agent;
            a.id = previous; // the agent's own row, updated in place
            auto saved = applicants.save(a);
            if (!saved)
                return saved.error();
            agentId = saved.value();
        }
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("UPDATE intake_cases SET agent_id = ? WHERE case_id = ?"));
        q.addBindValue(nullableText(agentId));
        q.addBindValue(draftId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The intake could not be saved"), q.lastError().text());
        if (!previous.isEmpty() && previous != agentId)
            return applicants.remove(previous);
        return {};
    });
}

Status IntakeRepository::saveForm(const QString& draftId, const QMap<QString, QString>& form)
{
    return DraftRepository(m_database, m_cipher, m_dataDir, m_clock).update(draftId, [&]() -> Status {
        QJsonObject object;
        for (auto it = form.cbegin(); it != form.cend(); ++it)
            object.insert(it.key(), it.value());
        const QString json =
            form.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        auto value = encrypted(json, aad("intake_cases.form_enc", draftId));
        if (!value)
            return value.error();
        if (auto row = ensureRow(draftId); !row)
            return row;
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("UPDATE intake_cases SET form_enc = ? WHERE case_id = ?"));
        q.addBindValue(value.value());
        q.addBindValue(draftId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The intake could not be saved"), q.lastError().text());
        return {};
    });
}

Status IntakeRepository::saveRefusal(const QString& draftId, const QString& category, const QString& text)
{
    return DraftRepository(m_database, m_cipher, m_dataDir, m_clock).update(draftId, [&]() -> Status {
        auto value = encrypted(text, aad("intake_cases.refusal_text_enc", draftId));
        if (!value)
            return value.error();
        if (auto row = ensureRow(draftId); !row)
            return row;
        QSqlQuery q(m_database.connection());
        q.prepare(
            QStringLiteral("UPDATE intake_cases SET refusal_category = ?, refusal_text_enc = ? WHERE case_id = ?"));
        q.addBindValue(nullableText(category));
        q.addBindValue(value.value());
        q.addBindValue(draftId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The intake could not be saved"), q.lastError().text());
        return {};
    });
}

Status IntakeRepository::saveMaterial(const QString& draftId, const IntakeMaterialChange& change)
{
    return DraftRepository(m_database, m_cipher, m_dataDir, m_clock).update(draftId, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(
            QStringLiteral("SELECT material_id FROM intake_materials WHERE case_id = ? AND catalog_material_id = ?"));
        q.addBindValue(draftId);
        q.addBindValue(change.catalogMaterialId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The intake could not be read"), q.lastError().text());
        const QString previous = q.next() ? q.value(0).toString() : QString();
        MaterialStore store(m_database, m_cipher, m_dataDir, m_clock);
        if (!previous.isEmpty()) {
            if (auto removed = store.remove(previous); !removed)
                return removed;
        }
        QString materialId;
        if (change.record) {
            MaterialRecord record;
            record.caseId = draftId;
            record.catalogMaterialId = change.catalogMaterialId;
            record.name = change.record->name;
            record.status = change.record->status;
            record.form = change.record->form;
            record.source = change.record->source;
            record.licenceId = change.record->licenceId;
            record.originalFileName = change.record->originalFileName;
            record.mimeType = change.record->mimeType;
            auto id = store.add(record, change.record->content);
            if (!id)
                return id.error();
            materialId = id.value();
        }
        auto reason = encrypted(change.reason, aad("intake_materials.reason_enc", draftId, change.catalogMaterialId));
        if (!reason)
            return reason.error();
        q.prepare(QStringLiteral(
            "INSERT INTO intake_materials (case_id, catalog_material_id, state, material_id, reason_enc, due_date, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, catalog_material_id) DO UPDATE SET "
            "state = excluded.state, material_id = excluded.material_id, reason_enc = excluded.reason_enc, "
            "due_date = excluded.due_date, updated_at = excluded.updated_at"));
        q.addBindValue(draftId);
        q.addBindValue(change.catalogMaterialId);
        q.addBindValue(change.state);
        q.addBindValue(nullableText(materialId));
        q.addBindValue(reason.value());
        q.addBindValue(nullableText(dateText(change.dueDate)));
        q.addBindValue(isoUtcMs(m_clock.now()));
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The intake could not be saved"), q.lastError().text());
        return {};
    });
}

Status IntakeRepository::clearMaterial(const QString& draftId, const QString& catalogMaterialId)
{
    return DraftRepository(m_database, m_cipher, m_dataDir, m_clock).update(draftId, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(
            QStringLiteral("SELECT material_id FROM intake_materials WHERE case_id = ? AND catalog_material_id = ?"));
        q.addBindValue(draftId);
        q.addBindValue(catalogMaterialId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The intake could not be read"), q.lastError().text());
        if (!q.next())
            return {};
        const QString materialId = q.value(0).toString();
        if (!materialId.isEmpty()) {
            if (auto removed = MaterialStore(m_database, m_cipher, m_dataDir, m_clock).remove(materialId); !removed)
                return removed;
        }
        q.prepare(QStringLiteral("DELETE FROM intake_materials WHERE case_id = ? AND catalog_material_id = ?"));
        q.addBindValue(draftId);
        q.addBindValue(catalogMaterialId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The intake could not be saved"), q.lastError().text());
        return {};
    });
}

Status IntakeRepository::addApproval(const IntakeApproval& a)
{
    return DraftRepository(m_database, m_cipher, m_dataDir, m_clock).update(a.caseId, [&]() -> Status {
        auto reason = encrypted(a.reason, aad("intake_approvals.reason_enc", a.approvalId));
        if (!reason)
            return reason.error();
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO intake_approvals (") + ApprovalColumns +
                  QStringLiteral(", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
        q.addBindValue(a.approvalId);
        q.addBindValue(a.caseId);
        q.addBindValue(a.kind);
        q.addBindValue(a.mode);
        q.addBindValue(a.status);
        q.addBindValue(a.subject);
        q.addBindValue(reason.value());
        q.addBindValue(a.requestedBy);
        q.addBindValue(isoUtcMs(a.requestedAt.isValid() ? a.requestedAt : m_clock.now()));
        q.addBindValue(nullableText(a.supervisorId));
        q.addBindValue(nullableText(a.decidedAt.isValid() ? isoUtcMs(a.decidedAt) : QString()));
        q.addBindValue(nullableText(a.note));
        q.addBindValue(QString(QStringLiteral("") + a.deferredMaterials.join(QLatin1Char(',')))); // never NULL
        q.addBindValue(isoUtcMs(m_clock.now()));
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The approval could not be saved"), q.lastError().text());
        // Who approved what, in codes: the reason stays out of the audit trail.
        return AuditLog(m_database, m_clock)
            .append(
                a.requestedBy, QStringLiteral("case.approval"), QStringLiteral("case"), a.caseId,
                QStringLiteral("kind=%1 mode=%2 status=%3 supervisor=%4")
                    .arg(a.kind, a.mode, a.status, a.supervisorId.isEmpty() ? QStringLiteral("-") : a.supervisorId));
    });
}

Status IntakeRepository::answerApproval(const QString& approvalId, const QString& status, const QString& supervisorId,
                                        const QDateTime& decidedAt, const QString& note)
{
    return m_database.transaction([&]() -> Status {
        auto known = approval(approvalId);
        if (!known)
            return known.error();
        if (!known.value())
            return makeError(QStringLiteral("approval.unknown"), tr("No approval with id %1.").arg(approvalId));
        const IntakeApproval& a = *known.value();
        if (a.status == status)
            return {};
        if (a.status != QLatin1String("pending"))
            return makeError(QStringLiteral("approval.conflict"),
                             tr("The approval %1 was answered already (%2).").arg(approvalId, a.status));
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("UPDATE intake_approvals SET status = ?, supervisor_id = ?, decided_at = ?, note = ?, "
                                 "updated_at = ? WHERE approval_id = ? AND status = 'pending'"));
        q.addBindValue(status);
        q.addBindValue(nullableText(supervisorId));
        q.addBindValue(nullableText(decidedAt.isValid() ? isoUtcMs(decidedAt) : QString()));
        q.addBindValue(nullableText(note));
        q.addBindValue(isoUtcMs(m_clock.now()));
        q.addBindValue(approvalId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The approval could not be saved"), q.lastError().text());
        return AuditLog(m_database, m_clock)
            .append(supervisorId, QStringLiteral("case.approval-answer"), QStringLiteral("case"), a.caseId,
                    QStringLiteral("kind=%1 mode=%2 status=%3").arg(a.kind, a.mode, status));
    });
}

namespace {

Result<IntakeApproval> approvalFromRow(const QSqlQuery& q, const FieldCipher& cipher)
{
    IntakeApproval a;
    a.approvalId = q.value(0).toString();
    a.caseId = q.value(1).toString();
    a.kind = q.value(2).toString();
    a.mode = q.value(3).toString();
    a.status = q.value(4).toString();
    a.subject = q.value(5).toString();
    if (!q.value(6).isNull()) {
        auto reason = cipher.decrypt(q.value(6).toByteArray(), aad("intake_approvals.reason_enc", a.approvalId));
        if (!reason)
            return reason.error();
        a.reason = QString::fromUtf8(reason.value());
    }
    a.requestedBy = q.value(7).toString();
    a.requestedAt = storedTime(q.value(8));
    a.supervisorId = q.value(9).toString();
    a.decidedAt = storedTime(q.value(10));
    a.note = q.value(11).toString();
    a.cited = q.value(12).toInt() != 0;
    a.deferredMaterials = q.value(13).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return a;
}

} // namespace

Result<std::optional<IntakeApproval>> IntakeRepository::approval(const QString& approvalId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + ApprovalColumns +
              QStringLiteral(" FROM intake_approvals WHERE approval_id = ?"));
    q.addBindValue(approvalId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The approval could not be read"), q.lastError().text());
    if (!q.next())
        return std::optional<IntakeApproval>();
    auto a = approvalFromRow(q, m_cipher);
    if (!a)
        return a.error();
    return std::optional<IntakeApproval>(std::move(a.value()));
}

Result<std::vector<IntakeApproval>> IntakeRepository::approvals(const QString& caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + ApprovalColumns +
              QStringLiteral(" FROM intake_approvals WHERE case_id = ? ORDER BY requested_at, approval_id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The approvals could not be read"), q.lastError().text());
    std::vector<IntakeApproval> out;
    while (q.next()) {
        auto a = approvalFromRow(q, m_cipher);
        if (!a)
            return a.error();
        out.push_back(std::move(a.value()));
    }
    return out;
}

Result<IntakeCaseDocumentParts> IntakeRepository::caseDocumentParts(const QString& caseId) const
{
    IntakeCaseDocumentParts parts;
    auto all = approvals(caseId);
    if (!all)
        return all.error();
    for (IntakeApproval& a : all.value()) {
        if (a.cited)
            parts.approvals.push_back(std::move(a));
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT catalog_material_id, due_date FROM intake_materials WHERE case_id = ? AND state = "
                             "'deferred' ORDER BY catalog_material_id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The intake could not be read"), q.lastError().text());
    while (q.next())
        parts.deferred.emplace_back(q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
    return parts;
}

Status IntakeRepository::recordDecisionWithin(const QString& caseId, const IntakeDecisionRecord& record)
{
    if (auto row = ensureRow(caseId); !row)
        return row;
    auto handedOver = encrypted(record.handedOver, aad("intake_cases.handed_over_enc", caseId));
    if (!handedOver)
        return handedOver.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE intake_cases SET handed_over_enc = ?, completed_at = ?, clock_paused_from = ? "
                             "WHERE case_id = ?"));
    q.addBindValue(handedOver.value());
    q.addBindValue(nullableText(record.completedAt.isValid() ? isoUtcMs(record.completedAt) : QString()));
    q.addBindValue(nullableText(dateText(record.clockPausedFrom)));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The decision could not be recorded"), q.lastError().text());
    if (!record.citedApprovalId.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE intake_approvals SET cited = 1, updated_at = ? WHERE approval_id = ? AND "
                                 "case_id = ? AND status = 'approved' AND cited = 0"));
        q.addBindValue(isoUtcMs(m_clock.now()));
        q.addBindValue(record.citedApprovalId);
        q.addBindValue(caseId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The decision could not be recorded"), q.lastError().text());
        if (q.numRowsAffected() != 1)
            return makeError(
                QStringLiteral("approval.unusable"),
                tr("The approval %1 is not an approval this case can rest on.").arg(record.citedApprovalId));
    }
    // What was kept for materials no longer on the checklist (a situation answered otherwise) goes.
    q.prepare(QStringLiteral("SELECT catalog_material_id, material_id FROM intake_materials WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The decision could not be recorded"), q.lastError().text());
    std::vector<std::pair<QString, QString>> stale;
    while (q.next()) {
        if (!record.keepMaterials.contains(q.value(0).toString()))
            stale.emplace_back(q.value(0).toString(), q.value(1).toString());
    }
    MaterialStore store(m_database, m_cipher, m_dataDir, m_clock);
    for (const auto& [catalogId, materialId] : stale) {
        if (!materialId.isEmpty()) {
            if (auto removed = store.remove(materialId); !removed)
                return removed;
        }
        q.prepare(QStringLiteral("DELETE FROM intake_materials WHERE case_id = ? AND catalog_material_id = ?"));
        q.addBindValue(caseId);
        q.addBindValue(catalogId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The decision could not be recorded"), q.lastError().text());
    }
    return {};
}

Status IntakeRepository::removeWithin(const QString& draftId)
{
    auto d = details(draftId);
    if (!d)
        return d.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM intake_cases WHERE case_id = ?"));
    q.addBindValue(draftId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The draft could not be removed"), q.lastError().text());
    if (d.value().agentId.isEmpty())
        return {};
    return ApplicantRepository(m_database, m_cipher, m_clock).remove(d.value().agentId);
}

Status IntakeRepository::purgeWithin(const QString& caseId)
{
    auto d = details(caseId);
    if (!d)
        return d.error();
    QSqlQuery q(m_database.connection());
    for (const char* sql : {"UPDATE intake_cases SET form_enc = NULL, refusal_text_enc = NULL, handed_over_enc = NULL "
                            "WHERE case_id = ?",
                            "UPDATE intake_materials SET reason_enc = NULL WHERE case_id = ?",
                            "UPDATE intake_approvals SET reason_enc = NULL WHERE case_id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(caseId);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The intake could not be saved"), q.lastError().text());
    }
    if (d.value().agentId.isEmpty())
        return {};
    return ApplicantRepository(m_database, m_cipher, m_clock).purgeWithin(d.value().agentId);
}

} // namespace yc::storage
