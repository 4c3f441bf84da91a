#include "storage/AuditLog.h"

#include "core/TextForms.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace yc::storage {

namespace {
AuditRow readRow(const QSqlQuery& q)
{
    AuditRow r;
    r.id = q.value(0).toLongLong();
    r.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.staffId = q.value(2).toString();
    r.action = q.value(3).toString();
    r.objectType = q.value(4).toString();
    r.objectId = q.value(5).toString();
    r.detail = q.value(6).toString();
    return r;
}
} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Status AuditLog::append(const QString& staffId, const QString& action, const QString& objectType,
                        const QString& objectId, const QString& detail, const QDateTime& at)
{
    const QDateTime when = at.isValid() ? at : m_clock.now();
    return execute(m_database,
                   QStringLiteral("INSERT INTO audit (at, staff_id, action, object_type, object_id, detail) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {isoUtcMs(when), nullableText(staffId), action, nullableText(objectType), nullableText(objectId),
                    nullableText(detail)},
                   tr("The audit trail could not be written"));
}

Result<QString> AuditLog::pendingBatch() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT batch_id FROM audit WHERE uploaded_at IS NULL AND batch_id IS NOT "
                                          "NULL ORDER BY id LIMIT 1"));
    if (!q.exec())
        return q.error(tr("The audit trail could not be read"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<int> AuditLog::assignBatch(const QString& batchId, int limit)
{
    SqlQuery q(m_database,
               QStringLiteral("UPDATE audit SET batch_id = ? WHERE id IN (SELECT id FROM audit WHERE uploaded_at IS "
                              "NULL AND batch_id IS NULL ORDER BY id LIMIT ?)"),
               {batchId, limit});
    if (!q.exec())
        return q.error(tr("The audit trail could not be updated"));
    return q.numRowsAffected();
}

Result<std::vector<AuditRow>> AuditLog::rows(const QString& batchId) const
{
    return readAll(QStringLiteral("WHERE batch_id = ? ORDER BY id"), {batchId});
}

Status AuditLog::markUploaded(const QString& batchId, const QDateTime& at)
{
    return execute(m_database,
                   QStringLiteral("UPDATE audit SET uploaded_at = ? WHERE batch_id = ? AND uploaded_at IS NULL"),
                   {isoUtcMs(at), batchId}, tr("The audit trail could not be updated"));
}

Result<qint64> AuditLog::pendingCount() const
{
    return m_database.count(QStringLiteral("SELECT count(*) FROM audit WHERE uploaded_at IS NULL"));
}

Result<std::vector<AuditRow>> AuditLog::latest(int limit) const
{
    return readAll(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

Result<std::vector<AuditRow>> AuditLog::readAll(const QString& condition, const QVariantList& values) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT id, at, staff_id, action, object_type, object_id, detail FROM audit ") +
                   condition,
               values);
    if (!q.exec())
        return q.error(tr("The audit trail could not be read"));
    std::vector<AuditRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

} // namespace yc::storage
