#include "storage/AuditLog.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

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
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO audit (at, staff_id, action, object_type, object_id, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(nullableText(staffId));
    q.addBindValue(action);
    q.addBindValue(nullableText(objectType));
    q.addBindValue(nullableText(objectId));
    q.addBindValue(nullableText(detail));
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The audit trail could not be written"), q.lastError().text());
    return {};
}

Result<QString> AuditLog::pendingBatch() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT batch_id FROM audit WHERE uploaded_at IS NULL AND batch_id IS NOT NULL "
                               "ORDER BY id LIMIT 1")))
        return sqlError(QStringLiteral("db.query"), tr("The audit trail could not be read"), q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

Result<int> AuditLog::assignBatch(const QString& batchId, int limit)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE audit SET batch_id = ? WHERE id IN (SELECT id FROM audit WHERE uploaded_at IS "
                             "NULL AND batch_id IS NULL ORDER BY id LIMIT ?)"));
    q.addBindValue(batchId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The audit trail could not be updated"), q.lastError().text());
    return q.numRowsAffected();
}

Result<std::vector<AuditRow>> AuditLog::rows(const QString& batchId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, at, staff_id, action, object_type, object_id, detail FROM audit "
                             "WHERE batch_id = ? ORDER BY id"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The audit trail could not be read"), q.lastError().text());
    std::vector<AuditRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

Status AuditLog::markUploaded(const QString& batchId, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE audit SET uploaded_at = ? WHERE batch_id = ? AND uploaded_at IS NULL"));
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The audit trail could not be updated"), q.lastError().text());
    return {};
}

Result<qint64> AuditLog::pendingCount() const
{
    return m_database.count(QStringLiteral("SELECT count(*) FROM audit WHERE uploaded_at IS NULL"));
}

Result<std::vector<AuditRow>> AuditLog::latest(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, at, staff_id, action, object_type, object_id, detail FROM audit "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The audit trail could not be read"), q.lastError().text());
    std::vector<AuditRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

Result<std::vector<AuditRow>> AuditLog::ofObject(const QString& objectType, const QString& objectId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, at, staff_id, action, object_type, object_id, detail FROM audit "
                             "WHERE object_type = ? AND object_id = ? ORDER BY id"));
    q.addBindValue(objectType);
    q.addBindValue(objectId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The audit trail could not be read"), q.lastError().text());
    std::vector<AuditRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

} // namespace yc::storage
