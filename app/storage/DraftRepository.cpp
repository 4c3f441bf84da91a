#include "storage/DraftRepository.h"

#include "core/TextForms.h"
#include "storage/ApplicantRepository.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/MaterialStore.h"
#include "storage/SqlQuery.h"

#include <QUuid>

namespace yc::storage {

DraftRepository::DraftRepository(Database& database, const FieldCipher& cipher, QString dataDir, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{}

Result<QString> DraftRepository::create(const QString& staffId, const QString& hallId, const QString& windowCode)
{
    if (staffId.isEmpty())
        return makeError(QStringLiteral("case.incomplete"), tr("A draft belongs to the clerk who takes it in."));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = isoUtcMs(m_clock.now());
    if (auto created = execute(m_database,
                               QStringLiteral("INSERT INTO cases (id, staff_id, hall_id, window_code, state, "
                                              "received_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {id, staffId, nullableText(hallId), nullableText(windowCode),
                                toString(CaseLifecycle::Draft), now, now, now},
                               tr("The draft could not be saved"));
        !created)
        return created.error();
    return id;
}

Status DraftRepository::requireDraft(const QString& draftId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT state FROM cases WHERE id = ?"), {draftId});
    if (!q.exec())
        return q.error(tr("The draft could not be read"));
    if (!q.next())
        return makeError(QStringLiteral("draft.missing"), tr("No draft with id %1.").arg(draftId));
    auto lifecycle = lifecycleFromString(q.value(0).toString());
    if (!lifecycle)
        return lifecycle.error();
    if (lifecycle.value() != CaseLifecycle::Draft)
        return makeError(QStringLiteral("case.decided"),
                         tr("The case %1 is decided already; it can no longer be changed as a draft.").arg(draftId));
    return {};
}

Status DraftRepository::touch(const QString& draftId, const QString& setClause, const QVariantList& values)
{
    if (auto draft = requireDraft(draftId); !draft)
        return draft;
    // setClause is one of this file's fixed texts; the values are bound.
    return execute(m_database,
                   QStringLiteral("UPDATE cases SET ") + setClause +
                       QStringLiteral(", updated_at = ? WHERE id = ? AND state = ?"),
                   values + QVariantList{isoUtcMs(m_clock.now()), draftId, toString(CaseLifecycle::Draft)},
                   tr("The draft could not be saved"));
}

Status DraftRepository::saveApplicant(const QString& draftId, Applicant applicant)
{
    return m_database.transaction([&]() -> Status {
        if (auto draft = requireDraft(draftId); !draft)
            return draft;
        // The draft's own row is updated; a row another case refers to too is left as it is.
        SqlQuery q(m_database,
                   QStringLiteral("SELECT c.applicant_id FROM cases c WHERE c.id = ? AND c.applicant_id IS NOT NULL "
                                  "AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.applicant_id = c.applicant_id AND "
                                  "o.id <> c.id)"),
                   {draftId});
        if (!q.exec())
            return q.error(tr("The draft could not be read"));
        applicant.id = q.next() ? q.value(0).toString() : QString();
        auto id = ApplicantRepository(m_database, m_cipher, m_clock).save(applicant);
        if (!id)
            return id.error();
        return touch(draftId, QStringLiteral("applicant_id = ?"), {id.value()});
    });
}

Status DraftRepository::saveItem(const QString& draftId, const QString& itemCode, int itemVersion)
{
    if (itemCode.isEmpty() || itemVersion < 1)
        return makeError(QStringLiteral("case.incomplete"), tr("An item needs its code and a version of 1 or more."));
    return touch(draftId, QStringLiteral("item_code = ?, item_version = ?"), {itemCode, itemVersion});
}

Status DraftRepository::saveSituations(const QString& draftId, const SituationAnswers& situations)
{
    return touch(draftId, QStringLiteral("situations = ?"), {situationsToJson(situations)});
}

Status DraftRepository::saveNotes(const QString& draftId, const QString& notes)
{
    QVariant value{QMetaType(QMetaType::QByteArray)};
    if (!notes.isEmpty()) {
        auto encrypted = m_cipher.encrypt(notes.toUtf8(), CaseRepository::notesAad(draftId));
        if (!encrypted)
            return encrypted.error();
        value = encrypted.value();
    }
    return touch(draftId, QStringLiteral("notes_enc = ?"), {value});
}

Result<QString> DraftRepository::addMaterial(const QString& draftId, const NewCaseMaterial& material)
{
    QString materialId;
    auto done = m_database.transaction([&]() -> Status {
        if (auto draft = requireDraft(draftId); !draft)
            return draft;
        MaterialStore store(m_database, m_cipher, m_dataDir, m_clock);
        auto id = storeNewMaterial(store, draftId, material);
        if (!id)
            return id.error();
        materialId = id.value();
        return touch(draftId, QStringLiteral("updated_at = updated_at"), {});
    });
    if (!done)
        return done.error();
    return materialId;
}

Status DraftRepository::removeMaterial(const QString& draftId, const QString& materialId)
{
    return m_database.transaction([&]() -> Status {
        if (auto draft = requireDraft(draftId); !draft)
            return draft;
        SqlQuery q(m_database, QStringLiteral("SELECT 1 FROM materials WHERE id = ? AND case_id = ?"),
                   {materialId, draftId});
        if (!q.exec())
            return q.error(tr("The draft could not be read"));
        if (!q.next())
            return makeError(QStringLiteral("material.missing"), tr("No material with id %1.").arg(materialId));
        if (auto removed = MaterialStore(m_database, m_cipher, m_dataDir, m_clock).remove(materialId); !removed)
            return removed;
        return touch(draftId, QStringLiteral("updated_at = updated_at"), {});
    });
}

Result<std::vector<DraftSummary>> DraftRepository::list(const QString& staffId) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT c.id, c.staff_id, c.item_code, c.applicant_id IS NOT NULL, "
                              "(SELECT count(*) FROM materials m WHERE m.case_id = c.id), c.created_at, c.updated_at "
                              "FROM cases c WHERE c.state = ? AND (? IS NULL OR c.staff_id = ?) "
                              "ORDER BY c.updated_at DESC, c.id"),
               {toString(CaseLifecycle::Draft), nullableText(staffId), nullableText(staffId)});
    if (!q.exec())
        return q.error(tr("The drafts could not be read"));
    std::vector<DraftSummary> drafts;
    while (q.next()) {
        DraftSummary d;
        d.id = q.value(0).toString();
        d.staffId = q.value(1).toString();
        d.itemCode = q.value(2).toString();
        d.hasApplicant = q.value(3).toBool();
        d.materialCount = q.value(4).toInt();
        d.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        d.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        drafts.push_back(d);
    }
    return drafts;
}

Result<std::optional<Case>> DraftRepository::load(const QString& draftId) const
{
    auto loaded = CaseRepository(m_database, m_cipher, m_dataDir, m_clock).get(draftId);
    if (!loaded)
        return loaded.error();
    if (loaded.value() && loaded.value()->lifecycle != CaseLifecycle::Draft)
        return makeError(QStringLiteral("case.decided"),
                         tr("The case %1 is decided already; it can no longer be changed as a draft.").arg(draftId));
    return loaded;
}

Status DraftRepository::update(const QString& draftId, const std::function<Status()>& change)
{
    return m_database.transaction([&]() -> Status {
        if (auto draft = requireDraft(draftId); !draft)
            return draft;
        if (auto changed = change(); !changed)
            return changed;
        return touch(draftId, QStringLiteral("updated_at = updated_at"), {});
    });
}

Status DraftRepository::remove(const QString& draftId, const std::function<Status()>& before)
{
    return m_database.transaction([&]() -> Status {
        if (auto draft = requireDraft(draftId); !draft)
            return draft;
        if (before) {
            if (auto done = before(); !done)
                return done;
        }
        SqlQuery q(m_database, QStringLiteral("SELECT id FROM materials WHERE case_id = ?"), {draftId});
        if (!q.exec())
            return q.error(tr("The draft could not be read"));
        QStringList materials;
        while (q.next())
            materials << q.value(0).toString();
        MaterialStore store(m_database, m_cipher, m_dataDir, m_clock);
        for (const QString& id : materials) {
            if (auto removed = store.remove(id); !removed)
                return removed;
        }
        SqlQuery applicant(m_database, QStringLiteral("SELECT applicant_id FROM cases WHERE id = ?"), {draftId});
        if (!applicant.exec() || !applicant.next())
            return applicant.error(tr("The draft could not be read"));
        const QString applicantId = applicant.value(0).toString();
        if (auto removed = execute(m_database, QStringLiteral("DELETE FROM cases WHERE id = ? AND state = ?"),
                                   {draftId, toString(CaseLifecycle::Draft)}, tr("The draft could not be removed"));
            !removed)
            return removed;
        if (applicantId.isEmpty())
            return {};
        // The applicant's personal data goes with the draft unless another case refers to it.
        return execute(m_database,
                       QStringLiteral("DELETE FROM applicants WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cases WHERE "
                                      "applicant_id = ?)"),
                       {applicantId, applicantId}, tr("The draft could not be removed"));
    });
}

Status DraftRepository::decide(const QString& draftId, Decision decision, const QDate& promisedDate,
                               const std::function<Status()>& within)
{
    return CaseRepository(m_database, m_cipher, m_dataDir, m_clock).decide(draftId, decision, promisedDate, within);
}

} // namespace yc::storage
