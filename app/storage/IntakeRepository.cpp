#include "storage/IntakeRepository.h"

#include "core/TextForms.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/FieldCipher.h"
#include "storage/MaterialStore.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    return execute(
        m_database,
        QStringLiteral("INSERT INTO intake_cases (case_id, updated_at) VALUES (?, ?) ON CONFLICT (case_id) DO "
                       "UPDATE SET updated_at = excluded.updated_at"),
        {caseId, isoUtcMs(m_clock.now())}, tr("The intake could not be saved"));
}

Result<IntakeDetails> IntakeRepository::details(const QString& caseId) const
{
    IntakeDetails d;
    d.caseId = caseId;
    SqlQuery q(m_database,
               QStringLiteral("SELECT agent_id, form_enc, refusal_category, refusal_text_enc, handed_over_enc, "
                              "completed_at, clock_paused_from FROM intake_cases WHERE case_id = ?"),
               {caseId});
    if (!q.exec())
        return q.error(tr("The intake could not be read"));
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
    SqlQuery q(m_database,
               QStringLiteral("SELECT catalog_material_id, state, material_id, reason_enc, due_date FROM "
                              "intake_materials WHERE case_id = ? ORDER BY catalog_material_id"),
               {caseId});
    if (!q.exec())
        return q.error(tr("The intake could not be read"));
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
        if (auto saved = execute(m_database, QStringLiteral("UPDATE intake_cases SET agent_id = ? WHERE case_id = ?"),
                                 {nullableText(agentId), draftId}, tr("The intake could not be saved"));
            !saved)
            return saved;
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
        return execute(m_database, QStringLiteral("UPDATE intake_cases SET form_enc = ? WHERE case_id = ?"),
                       {value.value(), draftId}, tr("The intake could not be saved"));
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
        return execute(
            m_database,
            QStringLiteral("UPDATE intake_cases SET refusal_category = ?, refusal_text_enc = ? WHERE case_id = ?"),
            {nullableText(category), value.value(), draftId}, tr("The intake could not be saved"));
    });
}

Status IntakeRepository::saveMaterial(const QString& draftId, const IntakeMaterialChange& change)
{
    return DraftRepository(m_database, m_cipher, m_dataDir, m_clock).update(draftId, [&]() -> Status {
        SqlQuery q(
            m_database,
            QStringLiteral("SELECT material_id FROM intake_materials WHERE case_id = ? AND catalog_material_id = ?"),
            {draftId, change.catalogMaterialId});
        if (!q.exec())
            return q.error(tr("The intake could not be read"));
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
        return execute(
            m_database,
            QStringLiteral(
                "INSERT INTO intake_materials (case_id, catalog_material_id, state, material_id, reason_enc, due_date, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, catalog_material_id) DO UPDATE SET "
                "state = excluded.state, material_id = excluded.material_id, reason_enc = excluded.reason_enc, "
                "due_date = excluded.due_date, updated_at = excluded.updated_at"),
            {draftId, change.catalogMaterialId, change.state, nullableText(materialId), reason.value(),
             nullableText(dateText(change.dueDate)), isoUtcMs(m_clock.now())},
            tr("The intake could not be saved"));
    });
}

Status IntakeRepository::clearMaterial(const QString& draftId, const QString& catalogMaterialId)
{
    return DraftRepository(m_database, m_cipher, m_dataDir, m_clock).update(draftId, [&]() -> Status {
        SqlQuery q(
            m_database,
            QStringLiteral("SELECT material_id FROM intake_materials WHERE case_id = ? AND catalog_material_id = ?"),
            {draftId, catalogMaterialId});
        if (!q.exec())
            return q.error(tr("The intake could not be read"));
        if (!q.next())
            return {};
        const QString materialId = q.value(0).toString();
        if (!materialId.isEmpty()) {
            if (auto removed = MaterialStore(m_database, m_cipher, m_dataDir, m_clock).remove(materialId); !removed)
                return removed;
        }
        return execute(m_database,
                       QStringLiteral("DELETE FROM intake_materials WHERE case_id = ? AND catalog_material_id = ?"),
                       {draftId, catalogMaterialId}, tr("The intake could not be saved"));
    });
}

Status IntakeRepository::addApproval(const IntakeApproval& a)
{
    return DraftRepository(m_database, m_cipher, m_dataDir, m_clock).update(a.caseId, [&]() -> Status {
        auto reason = encrypted(a.reason, aad("intake_approvals.reason_enc", a.approvalId));
        if (!reason)
            return reason.error();
        if (auto saved = execute(
                m_database,
                QStringLiteral("INSERT INTO intake_approvals (") + ApprovalColumns +
                    QStringLiteral(", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
                {a.approvalId, a.caseId, a.kind, a.mode, a.status, a.subject, reason.value(), a.requestedBy,
                 isoUtcMs(a.requestedAt.isValid() ? a.requestedAt : m_clock.now()), nullableText(a.supervisorId),
                 nullableText(a.decidedAt.isValid() ? isoUtcMs(a.decidedAt) : QString()), nullableText(a.note),
                 QString(QStringLiteral("") + a.deferredMaterials.join(QLatin1Char(','))), // never NULL
                 isoUtcMs(m_clock.now())},
                tr("The approval could not be saved"));
            !saved)
            return saved;
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
        if (auto saved = execute(
                m_database,
                QStringLiteral("UPDATE intake_approvals SET status = ?, supervisor_id = ?, decided_at = ?, note = ?, "
                               "updated_at = ? WHERE approval_id = ? AND status = 'pending'"),
                {status, nullableText(supervisorId),
                 nullableText(decidedAt.isValid() ? isoUtcMs(decidedAt) : QString()), nullableText(note),
                 isoUtcMs(m_clock.now()), approvalId},
                tr("The approval could not be saved"));
            !saved)
            return saved;
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
    SqlQuery q(m_database,
               QStringLiteral("SELECT ") + ApprovalColumns +
                   QStringLiteral(" FROM intake_approvals WHERE approval_id = ?"),
               {approvalId});
    if (!q.exec())
        return q.error(tr("The approval could not be read"));
    if (!q.next())
        return std::optional<IntakeApproval>();
    auto a = approvalFromRow(q, m_cipher);
    if (!a)
        return a.error();
    return std::optional<IntakeApproval>(std::move(a.value()));
}

Result<std::vector<IntakeApproval>> IntakeRepository::approvals(const QString& caseId) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT ") + ApprovalColumns +
                   QStringLiteral(" FROM intake_approvals WHERE case_id = ? ORDER BY requested_at, approval_id"),
               {caseId});
    if (!q.exec())
        return q.error(tr("The approvals could not be read"));
    std::vector<IntakeApproval> out;
    while (q.next()) {
        auto a = approvalFromRow(q, m_cipher);
        if (!a)
            return a.error();
        out.push_back(std::move(a.value()));
    }
    return out;
}

Result<std::vector<IntakeApproval>> IntakeRepository::pendingApprovals() const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT ") + ApprovalColumns +
                   QStringLiteral(" FROM intake_approvals WHERE status = 'pending' ORDER BY requested_at, approval_id"),
               {});
    if (!q.exec())
        return q.error(tr("The approvals could not be read"));
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
    SqlQuery q(
        m_database,
        QStringLiteral("SELECT catalog_material_id, due_date FROM intake_materials WHERE case_id = ? AND state = "
                       "'deferred' ORDER BY catalog_material_id"),
        {caseId});
    if (!q.exec())
        return q.error(tr("The intake could not be read"));
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
    if (auto saved = execute(m_database,
                             QStringLiteral("UPDATE intake_cases SET handed_over_enc = ?, completed_at = ?, "
                                            "clock_paused_from = ? WHERE case_id = ?"),
                             {handedOver.value(),
                              nullableText(record.completedAt.isValid() ? isoUtcMs(record.completedAt) : QString()),
                              nullableText(dateText(record.clockPausedFrom)), caseId},
                             tr("The decision could not be recorded"));
        !saved)
        return saved;
    if (!record.citedApprovalId.isEmpty()) {
        SqlQuery cite(m_database,
                      QStringLiteral("UPDATE intake_approvals SET cited = 1, updated_at = ? WHERE approval_id = ? AND "
                                     "case_id = ? AND status = 'approved' AND cited = 0"),
                      {isoUtcMs(m_clock.now()), record.citedApprovalId, caseId});
        if (!cite.exec())
            return cite.error(tr("The decision could not be recorded"));
        if (cite.numRowsAffected() != 1)
            return makeError(
                QStringLiteral("approval.unusable"),
                tr("The approval %1 is not an approval this case can rest on.").arg(record.citedApprovalId));
    }
    // What was kept for materials no longer on the checklist (a situation answered otherwise) goes.
    SqlQuery q(m_database,
               QStringLiteral("SELECT catalog_material_id, material_id FROM intake_materials WHERE case_id = ?"),
               {caseId});
    if (!q.exec())
        return q.error(tr("The decision could not be recorded"));
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
        if (auto removed =
                execute(m_database,
                        QStringLiteral("DELETE FROM intake_materials WHERE case_id = ? AND catalog_material_id = ?"),
                        {caseId, catalogId}, tr("The decision could not be recorded"));
            !removed)
            return removed;
    }
    return {};
}

Status IntakeRepository::removeWithin(const QString& draftId)
{
    auto d = details(draftId);
    if (!d)
        return d.error();
    if (auto removed = execute(m_database, QStringLiteral("DELETE FROM intake_cases WHERE case_id = ?"), {draftId},
                               tr("The draft could not be removed"));
        !removed)
        return removed;
    if (d.value().agentId.isEmpty())
        return {};
    return ApplicantRepository(m_database, m_cipher, m_clock).remove(d.value().agentId);
}

Status IntakeRepository::purgeWithin(const QString& caseId)
{
    auto d = details(caseId);
    if (!d)
        return d.error();
    for (const char* sql : {"UPDATE intake_cases SET form_enc = NULL, refusal_text_enc = NULL, handed_over_enc = NULL "
                            "WHERE case_id = ?",
                            "UPDATE intake_materials SET reason_enc = NULL WHERE case_id = ?",
                            "UPDATE intake_approvals SET reason_enc = NULL WHERE case_id = ?"}) {
        if (auto saved = execute(m_database, QString::fromLatin1(sql), {caseId}, tr("The intake could not be saved"));
            !saved)
            return saved;
    }
    if (d.value().agentId.isEmpty())
        return {};
    return ApplicantRepository(m_database, m_cipher, m_clock).purgeWithin(d.value().agentId);
}

} // namespace yc::storage
