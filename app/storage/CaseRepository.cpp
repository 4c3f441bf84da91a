#include "storage/CaseRepository.h"

#include "core/Clock.h"
#include "core/TextForms.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseNumberLeases.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/MaterialStore.h"
#include "storage/OutboxRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace yc::storage {

QString situationsToJson(const SituationAnswers& answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<SituationAnswers> situationsFromJson(const QString& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("case.situations"),
                         CaseRepository::tr("The situations of a case are unreadable."));
    SituationAnswers answers;
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return makeError(QStringLiteral("case.situations"),
                             CaseRepository::tr("The situations of a case are unreadable."));
        answers.insert(it.key(), it.value().toString());
    }
    return answers;
}

Result<QString> storeNewMaterial(MaterialStore& store, const QString& caseId, const NewCaseMaterial& material)
{
    MaterialRecord record;
    record.caseId = caseId;
    record.catalogMaterialId = material.catalogMaterialId;
    record.name = material.name;
    record.status = material.status;
    record.form = material.form;
    record.source = material.source;
    record.licenceId = material.licenceId;
    record.originalFileName = material.originalFileName;
    record.mimeType = material.mimeType;
    return store.add(record, material.content);
}

CaseRepository::CaseRepository(Database& database, const FieldCipher& cipher, QString dataDir, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{}

QByteArray CaseRepository::notesAad(const QString& caseId)
{
    return QByteArrayLiteral("cases.notes_enc:") + caseId.toUtf8();
}

Result<QString> CaseRepository::accept(NewCase c, bool* alreadyPresent)
{
    if (alreadyPresent)
        *alreadyPresent = false;
    if (c.itemCode.isEmpty() || c.staffId.isEmpty() || !c.decision)
        return makeError(QStringLiteral("case.incomplete"), tr("A case needs an item code, a clerk and a decision."));
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!c.receivedAt.isValid())
        c.receivedAt = m_clock.now();

    {
        SqlQuery q(m_database, QStringLiteral("SELECT 1 FROM cases WHERE id = ?"), {c.id});
        if (!q.exec())
            return q.error(tr("The case could not be looked up"));
        if (q.next()) {
            if (alreadyPresent)
                *alreadyPresent = true;
            return c.id;
        }
    }

    // The case is written as a draft and decided in the same transaction, through the step a
    // draft decided at the window takes: nobody ever sees the intermediate draft.
    auto done = m_database.transaction([&]() -> Status {
        // The case keeps the applicant data it was accepted with, in a row of its own: a later
        // case of the same person never rewrites it (earlier cases stay found by the keyed hash).
        ApplicantRepository applicants(m_database, m_cipher, m_clock);
        c.applicant.id.clear();
        auto applicantId = applicants.save(c.applicant);
        if (!applicantId)
            return applicantId.error();
        if (auto inserted = insertDraftRow(c, applicantId.value()); !inserted)
            return inserted;
        MaterialStore store(m_database, m_cipher, m_dataDir, m_clock);
        for (const NewCaseMaterial& m : c.materials) {
            if (auto id = storeNewMaterial(store, c.id, m); !id)
                return id.error();
        }
        return decideWithin(c.id, *c.decision, c.promisedDate);
    });
    if (!done)
        return done.error();
    return c.id;
}

Status CaseRepository::insertDraftRow(const NewCase& c, const QString& applicantId)
{
    QByteArray notes;
    if (!c.notes.isEmpty()) {
        auto encrypted = m_cipher.encrypt(c.notes.toUtf8(), notesAad(c.id));
        if (!encrypted)
            return encrypted.error();
        notes = encrypted.value();
    }
    const QString now = isoUtcMs(m_clock.now());
    return execute(
        m_database,
        QStringLiteral("INSERT INTO cases (id, case_number, item_code, item_version, applicant_id, "
                       "staff_id, hall_id, window_code, state, situations, notes_enc, received_at, "
                       "due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, "
                       "?, ?, ?, ?)"),
        {c.id, nullableText(c.caseNumber), nullableText(c.itemCode), c.itemVersion, nullableText(applicantId),
         nullableText(c.staffId), nullableText(c.hallId), nullableText(c.windowCode), situationsToJson(c.situations),
         notes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(notes),
         isoUtcMs(c.receivedAt.isValid() ? c.receivedAt : m_clock.now()), nullableDate(c.promisedDate), now, now},
        tr("The case could not be recorded"));
}

Status CaseRepository::decide(const QString& draftId, Decision decision, const QDate& promisedDate,
                              const std::function<Status()>& within)
{
    return m_database.transaction([&]() -> Status {
        // A write first: the transaction holds the store's write lock from here on, so a second
        // decision waits for this one and then finds no draft to claim.
        SqlQuery q(m_database, QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ? AND state = ?"),
                   {isoUtcMs(m_clock.now()), draftId, toString(CaseLifecycle::Draft)});
        if (!q.exec())
            return q.error(tr("The case could not be recorded"));
        if (q.numRowsAffected() != 1)
            return decideWithin(draftId, decision, promisedDate); // names the reason: missing or decided
        if (within) {
            if (auto done = within(); !done)
                return done;
        }
        return decideWithin(draftId, decision, promisedDate);
    });
}

Status CaseRepository::decideWithin(const QString& caseId, Decision decision, const QDate& promisedDate)
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT state, item_code, applicant_id, staff_id, case_number FROM cases WHERE id = ?"),
               {caseId});
    if (!q.exec())
        return q.error(tr("The case could not be read"));
    if (!q.next())
        return makeError(QStringLiteral("case.missing"), tr("No case or draft with id %1.").arg(caseId));
    auto lifecycle = lifecycleFromString(q.value(0).toString());
    if (!lifecycle)
        return lifecycle.error();
    if (lifecycle.value() != CaseLifecycle::Draft)
        return makeError(QStringLiteral("case.decided"), tr("The case %1 is decided already.").arg(caseId));
    const QString staffId = q.value(3).toString();
    if (q.value(1).toString().isEmpty() || q.value(2).toString().isEmpty() || staffId.isEmpty())
        return makeError(QStringLiteral("case.incomplete"),
                         tr("A case needs an item, an applicant and a clerk before it is decided."));
    const QDateTime now = m_clock.now();
    if (q.value(4).toString().isEmpty()) {
        // No number yet: take one of this year's numbers if the PC holds one, else the case
        // document takes one when the case is sent.
        auto taken = CaseNumberLeases(m_database).take(caseId, now);
        if (!taken)
            return taken.error();
    } else if (auto claimed = CaseNumberLeases(m_database).claim(q.value(4).toString(), caseId); !claimed) {
        return claimed;
    }
    SqlQuery materials(m_database,
                       QStringLiteral("SELECT count(*), COALESCE(sum(size_bytes), 0) FROM materials WHERE case_id = ? "
                                      "AND supplement_id IS NULL"),
                       {caseId});
    if (!materials.exec() || !materials.next())
        return materials.error(tr("The case could not be read"));
    const qint64 materialCount = materials.value(0).toLongLong();
    const qint64 totalBytes = materials.value(1).toLongLong();

    const QString nowText = isoUtcMs(now);
    SqlQuery decided(m_database,
                     QStringLiteral("UPDATE cases SET state = ?, decision = ?, accepted_at = ?, due_date = "
                                    "COALESCE(?, due_date), updated_at = ? WHERE id = ? AND state = ?"),
                     {toString(CaseLifecycle::Decided), toString(decision), nowText, nullableDate(promisedDate),
                      nowText, caseId, toString(CaseLifecycle::Draft)});
    if (!decided.exec() || decided.numRowsAffected() != 1)
        return decided.error(tr("The case could not be recorded"));

    // The queue entry in the same transaction as the decision.
    if (auto queued = OutboxRepository(m_database, m_clock).enqueueCase(caseId, staffId, totalBytes); !queued)
        return queued;
    // Codes and counts only: no applicant data in the audit trail.
    return AuditLog(m_database, m_clock)
        .append(staffId, QStringLiteral("case.accept"), QStringLiteral("case"), caseId,
                QStringLiteral("decision=%1 materials=%2").arg(toString(decision)).arg(materialCount), now);
}

Result<std::optional<CaseRef>> CaseRepository::findRef(const QString& idOrNumber) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT id, case_number FROM cases WHERE id = ? OR case_number = ? ORDER BY id = ? DESC "
                              "LIMIT 1"),
               {idOrNumber, idOrNumber, idOrNumber});
    if (!q.exec())
        return q.error(tr("The case could not be read"));
    if (!q.next())
        return std::optional<CaseRef>();
    return std::optional<CaseRef>(CaseRef{q.value(0).toString(), q.value(1).toString()});
}

namespace {

const QString CaseColumns = QStringLiteral("id, case_number, item_code, item_version, applicant_id, staff_id, hall_id, "
                                           "window_code, state, decision, department_status, received_at, due_date, "
                                           "situations");

// A case from the columns CaseColumns names, in that order (materials and notes not read).
Result<Case> caseFromRow(const QSqlQuery& q)
{
    Case row;
    row.id = q.value(0).toString();
    row.caseNumber = q.value(1).toString();
    row.itemCode = q.value(2).toString();
    row.itemVersion = q.value(3).toInt();
    row.applicantId = q.value(4).toString();
    row.staffId = q.value(5).toString();
    row.hallId = q.value(6).toString();
    row.windowCode = q.value(7).toString();
    auto lifecycle = lifecycleFromString(q.value(8).toString());
    if (!lifecycle)
        return lifecycle.error();
    row.lifecycle = lifecycle.value();
    if (!q.value(9).isNull()) {
        auto decision = decisionFromString(q.value(9).toString());
        if (!decision)
            return decision.error();
        row.decision = decision.value();
    }
    if (!q.value(10).isNull()) {
        auto status = departmentStatusFromString(q.value(10).toString());
        if (!status)
            return status.error();
        row.departmentStatus = status.value();
    }
    row.receivedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    row.promisedDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    auto situations = situationsFromJson(q.value(13).toString());
    if (!situations)
        return situations.error();
    row.situations = situations.value();
    return row;
}

} // namespace

Result<std::optional<Case>> CaseRepository::get(const QString& caseId) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT ") + CaseColumns + QStringLiteral(", notes_enc FROM cases WHERE id = ?"),
               {caseId});
    if (!q.exec())
        return q.error(tr("The case could not be read"));
    if (!q.next())
        return std::optional<Case>();
    auto parsed = caseFromRow(q);
    if (!parsed)
        return parsed.error();
    Case row = std::move(parsed.value());
    if (!q.value(14).isNull()) {
        auto notes = m_cipher.decrypt(q.value(14).toByteArray(), notesAad(row.id));
        if (!notes)
            return notes.error();
        row.notes = QString::fromUtf8(notes.value());
    }
    SqlQuery m(m_database,
               QStringLiteral("SELECT id, catalog_material_id, name, status, sha256, size_bytes, mime_type, "
                              "uploaded_at, form, source, licence_id FROM materials WHERE case_id = ? AND "
                              "supplement_id IS NULL ORDER BY created_at, id"),
               {caseId});
    if (!m.exec())
        return m.error(tr("The case could not be read"));
    while (m.next()) {
        CaseMaterial r;
        r.id = m.value(0).toString();
        r.catalogMaterialId = m.value(1).toString();
        r.name = m.value(2).toString();
        r.status = m.value(3).toString();
        r.sha256 = m.value(4).toString();
        r.sizeBytes = m.value(5).toLongLong();
        r.mimeType = m.value(6).toString();
        r.uploaded = !m.value(7).isNull();
        auto form = materialFormFromString(m.value(8).toString());
        if (!form)
            return form.error();
        r.form = form.value();
        auto source = materialSourceFromString(m.value(9).toString());
        if (!source)
            return source.error();
        r.source = source.value();
        r.licenceId = m.value(10).toString();
        row.materials.push_back(r);
    }
    return std::optional<Case>(std::move(row));
}

Result<std::vector<Case>> CaseRepository::list() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT ") + CaseColumns +
                               QStringLiteral(" FROM cases ORDER BY received_at DESC, created_at DESC, id"));
    if (!q.exec())
        return q.error(tr("The cases could not be read"));
    std::vector<Case> cases;
    while (q.next()) {
        auto row = caseFromRow(q);
        if (!row)
            return row.error();
        cases.push_back(std::move(row.value()));
    }
    return cases;
}

Status CaseRepository::markMaterialUploaded(const QString& materialId)
{
    return execute(m_database, QStringLiteral("UPDATE materials SET uploaded_at = ? WHERE id = ?"),
                   {isoUtcMs(m_clock.now()), materialId}, tr("The material could not be updated"));
}

Status CaseRepository::recordSubmitted(const QString& caseId, DepartmentStatus status, const QString& caseNumber)
{
    // A status from the change feed may have arrived before this confirmation (a lost answer
    // resent): it is newer and stays.
    return execute(
        m_database,
        QStringLiteral("UPDATE cases SET department_status = COALESCE(department_status, ?), case_number "
                       "= COALESCE(?, case_number), updated_at = ? WHERE id = ? AND state = ?"),
        {toString(status), nullableText(caseNumber), isoUtcMs(m_clock.now()), caseId, toString(CaseLifecycle::Decided)},
        tr("The case could not be updated"));
}

Status CaseRepository::setDepartmentStatus(const QString& caseId, DepartmentStatus status)
{
    const QString now = isoUtcMs(m_clock.now());
    return m_database.transaction([&]() -> Status {
        // The history first, while the row still holds the previous status: a change adds a row,
        // the same status again none.
        if (auto logged =
                execute(m_database,
                        QStringLiteral("INSERT INTO case_status_changes (case_id, status, at) SELECT id, ?, ? "
                                       "FROM cases WHERE id = ? AND state = ? AND department_status IS NOT ?"),
                        {toString(status), now, caseId, toString(CaseLifecycle::Decided), toString(status)},
                        tr("The case could not be updated"));
            !logged)
            return logged;
        return execute(
            m_database,
            QStringLiteral("UPDATE cases SET department_status = ?, updated_at = ? WHERE id = ? AND state = ?"),
            {toString(status), now, caseId, toString(CaseLifecycle::Decided)}, tr("The case could not be updated"));
    });
}

Result<QStringList> CaseRepository::completedBefore(const QDateTime& before) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT id FROM cases WHERE state = ? AND purged_at IS NULL AND department_status IN "
                              "('completed', 'delivered') AND updated_at <= ? ORDER BY updated_at, id"),
               {toString(CaseLifecycle::Decided), isoUtcMs(before)});
    if (!q.exec())
        return q.error(tr("The cases could not be read"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<bool> CaseRepository::applicantSharedWithLiveCase(const QString& applicantId, const QString& caseId) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT 1 FROM cases WHERE applicant_id = ? AND id <> ? AND purged_at IS NULL LIMIT 1"),
               {applicantId, caseId});
    if (!q.exec())
        return q.error(tr("The cases could not be read"));
    return q.next();
}

Result<QString> CaseRepository::markPurgedWithin(const QString& caseId)
{
    SqlQuery q(m_database, QStringLiteral("SELECT applicant_id FROM cases WHERE id = ?"), {caseId});
    if (!q.exec() || !q.next())
        return q.error(tr("The case could not be read"));
    const QString applicantId = q.value(0).toString();
    SqlQuery purge(
        m_database,
        QStringLiteral("UPDATE cases SET notes_enc = NULL, purged_at = ? WHERE id = ? AND purged_at IS NULL"),
        {isoUtcMs(m_clock.now()), caseId});
    if (!purge.exec() || purge.numRowsAffected() != 1)
        return purge.error(tr("The cases could not be read"));
    return applicantId;
}

} // namespace yc::storage
