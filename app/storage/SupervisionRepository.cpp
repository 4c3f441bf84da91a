#include "storage/SupervisionRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace yc::storage {

namespace {

QDateTime timeOf(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace

SupervisionRepository::SupervisionRepository(Database& database)
    : m_database(database)
{}

Result<std::vector<SupervisedCaseRow>> SupervisionRepository::decidedCases(const QDateTime& since) const
{
    SqlQuery q(m_database,
               QStringLiteral(
                   "SELECT c.id, c.case_number, c.item_code, c.staff_id, c.window_code, c.applicant_id, c.decision, "
                   "c.department_status, c.received_at, c.accepted_at, c.updated_at, c.due_date, "
                   "i.clock_paused_from, (SELECT o.state FROM outbox o WHERE o.case_id = c.id AND o.kind = 'case' "
                   "ORDER BY o.id DESC LIMIT 1), "
                   "(i.refusal_text_enc IS NOT NULL AND length(i.refusal_text_enc) > 0), "
                   "(c.notes_enc IS NOT NULL AND length(c.notes_enc) > 0) "
                   "FROM cases c LEFT JOIN intake_cases i ON i.case_id = c.id "
                   "WHERE c.state = 'decided' AND c.purged_at IS NULL AND (? IS NULL OR c.received_at >= ?) "
                   "ORDER BY c.received_at DESC, c.id"),
               {nullableTime(since), nullableTime(since)});
    if (!q.exec())
        return q.error(tr("The cases could not be read"));
    std::vector<SupervisedCaseRow> rows;
    while (q.next()) {
        SupervisedCaseRow r;
        r.caseId = q.value(0).toString();
        r.caseNumber = q.value(1).toString();
        r.itemCode = q.value(2).toString();
        r.staffId = q.value(3).toString();
        r.windowCode = q.value(4).toString();
        r.applicantId = q.value(5).toString();
        if (!q.value(6).isNull()) {
            auto d = decisionFromString(q.value(6).toString());
            if (!d)
                return d.error();
            r.decision = d.value();
        }
        if (!q.value(7).isNull()) {
            auto s = departmentStatusFromString(q.value(7).toString());
            if (!s)
                return s.error();
            r.departmentStatus = s.value();
        }
        r.receivedAt = timeOf(q.value(8));
        r.acceptedAt = timeOf(q.value(9));
        r.updatedAt = timeOf(q.value(10));
        r.promisedDate = dateOf(q.value(11));
        r.clockPausedFrom = dateOf(q.value(12));
        r.syncState = q.value(13).toString();
        r.refusalTextStored = q.value(14).toBool();
        r.notesStored = q.value(15).toBool();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::vector<SupervisedDeferredRow>> SupervisionRepository::deferredMaterials() const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT im.case_id, im.catalog_material_id, im.due_date, "
                              "EXISTS (SELECT 1 FROM materials m WHERE m.case_id = im.case_id "
                              "AND m.catalog_material_id = im.catalog_material_id AND m.supplement_id IS NOT NULL) "
                              "FROM intake_materials im JOIN cases c ON c.id = im.case_id "
                              "WHERE im.state = 'deferred' AND c.state = 'decided' AND c.purged_at IS NULL "
                              "ORDER BY im.case_id, im.catalog_material_id"));
    if (!q.exec())
        return q.error(tr("The deferred materials could not be read"));
    std::vector<SupervisedDeferredRow> rows;
    while (q.next()) {
        SupervisedDeferredRow r;
        r.caseId = q.value(0).toString();
        r.catalogMaterialId = q.value(1).toString();
        r.dueDate = dateOf(q.value(2));
        r.handedIn = q.value(3).toBool();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::vector<SupervisedStatusChange>> SupervisionRepository::statusChanges() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT h.case_id, h.status, h.at FROM case_status_changes h JOIN cases c ON "
                                          "c.id = h.case_id WHERE c.state = 'decided' AND c.purged_at IS NULL "
                                          "ORDER BY h.case_id, h.id"));
    if (!q.exec())
        return q.error(tr("The status history of the cases could not be read"));
    std::vector<SupervisedStatusChange> rows;
    while (q.next()) {
        auto status = departmentStatusFromString(q.value(1).toString());
        if (!status)
            return status.error();
        rows.push_back(SupervisedStatusChange{q.value(0).toString(), status.value(), timeOf(q.value(2))});
    }
    return rows;
}

} // namespace yc::storage
