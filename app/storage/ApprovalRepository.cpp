#include "storage/ApprovalRepository.h"

#include "core/TextForms.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace yc::storage {

namespace {
QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
const char* const Columns = "approval_id, case_id, kind, status, requested_by, requested_at, decided_by, decided_at, "
                            "note, feed_seq";
ApprovalRecord readRow(const QSqlQuery& q)
{
    ApprovalRecord r;
    r.approvalId = q.value(0).toString();
    r.caseId = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.status = q.value(3).toString();
    r.requestedBy = q.value(4).toString();
    r.requestedAt = timeOf(q.value(5));
    r.decidedBy = q.value(6).toString();
    r.decidedAt = timeOf(q.value(7));
    r.note = q.value(8).toString();
    r.feedSeq = q.value(9).toLongLong();
    return r;
}
} // namespace

ApprovalRepository::ApprovalRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Status ApprovalRepository::upsert(const ApprovalRecord& r)
{
    if (r.approvalId.isEmpty() || r.status.isEmpty())
        return makeError(QStringLiteral("approval.incomplete"), tr("An approval needs an id and a status."));
    return execute(
        m_database,
        QStringLiteral(
            "INSERT INTO approvals (approval_id, case_id, kind, status, requested_by, requested_at, decided_by, "
            "decided_at, note, feed_seq, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(approval_id) DO UPDATE SET case_id = COALESCE(excluded.case_id, case_id), "
            "kind = COALESCE(excluded.kind, kind), "
            "status = CASE WHEN excluded.feed_seq >= feed_seq THEN excluded.status ELSE status END, "
            "requested_by = COALESCE(excluded.requested_by, requested_by), "
            "requested_at = COALESCE(excluded.requested_at, requested_at), "
            "decided_by = COALESCE(excluded.decided_by, decided_by), "
            "decided_at = COALESCE(excluded.decided_at, decided_at), note = COALESCE(excluded.note, note), "
            "feed_seq = max(feed_seq, excluded.feed_seq), updated_at = excluded.updated_at"),
        {r.approvalId, nullableText(r.caseId), nullableText(r.kind), r.status, nullableText(r.requestedBy),
         nullableTime(r.requestedAt), nullableText(r.decidedBy), nullableTime(r.decidedAt), nullableText(r.note),
         r.feedSeq, isoUtcMs(m_clock.now())},
        tr("The approval could not be stored"));
}

Result<std::optional<ApprovalRecord>> ApprovalRepository::get(const QString& approvalId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT %1 FROM approvals WHERE approval_id = ?").arg(QLatin1String(Columns)),
               {approvalId});
    if (!q.exec())
        return q.error(tr("The approvals could not be read"));
    if (!q.next())
        return std::optional<ApprovalRecord>();
    return std::optional<ApprovalRecord>(readRow(q));
}

Result<std::vector<ApprovalRecord>> ApprovalRepository::forCase(const QString& caseId) const
{
    return readAll(QStringLiteral("WHERE case_id = ? ORDER BY updated_at, approval_id"), {caseId});
}

Result<std::vector<ApprovalRecord>> ApprovalRepository::list(const QString& status) const
{
    const QString wanted = status.isNull() ? QStringLiteral("") : status;
    return readAll(QStringLiteral("WHERE (? = '' OR status = ?) ORDER BY decided_at DESC, approval_id"),
                   {wanted, wanted});
}

Result<std::vector<ApprovalRecord>> ApprovalRepository::readAll(const QString& condition,
                                                                const QVariantList& values) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT %1 FROM approvals ").arg(QLatin1String(Columns)) + condition, values);
    if (!q.exec())
        return q.error(tr("The approvals could not be read"));
    std::vector<ApprovalRecord> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

} // namespace yc::storage
