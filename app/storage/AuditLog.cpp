#include "storage/AuditLog.h"

#include "core/AuditChain.h"
#include "core/TextForms.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace yc::storage {

namespace {
const QString RowColumns =
    QStringLiteral("id, at, staff_id, action, object_type, object_id, detail, window_code, prev_hash, hash");

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
    r.windowNo = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

auditchain::Entry chainEntry(const AuditRow& r, const QString& prevHash)
{
    auditchain::Entry e;
    e.seq = r.id;
    e.at = auditchain::canonicalAt(r.at);
    e.staffId = r.staffId;
    e.windowNo = r.windowNo;
    e.action = r.action;
    e.objectType = r.objectType;
    e.objectId = r.objectId;
    e.detail = r.detail;
    e.prevHash = prevHash;
    return e;
}

// The hash of the newest chained row, or the genesis value.
Result<QString> headHash(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT hash FROM audit WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1")))
        return sqlError(QStringLiteral("db.query"), AuditLog::tr("The audit trail could not be read"),
                        q.lastError().text());
    return q.next() ? q.value(0).toString() : auditchain::genesis();
}

Status storeHash(Database& database, qint64 id, const QString& prevHash, const QString& hash)
{
    SqlQuery q(database, QStringLiteral("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?"), {prevHash, hash, id});
    if (!q.exec() || q.numRowsAffected() != 1)
        return q.error(AuditLog::tr("The audit trail could not be written"));
    return {};
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
    // The row and its place in the chain are written together: inside the caller's transaction
    // when there is one, else in one of their own.
    auto write = [&]() -> Status {
        auto prev = headHash(m_database);
        if (!prev)
            return prev.error();
        SqlQuery insert(m_database,
                        QStringLiteral("INSERT INTO audit (at, staff_id, action, object_type, object_id, detail, "
                                       "window_code) VALUES (?, ?, ?, ?, ?, ?, (SELECT window_code FROM "
                                       "device_enrolment WHERE id = 1))"),
                        {auditchain::canonicalAt(when), nullableText(staffId), action, nullableText(objectType),
                         nullableText(objectId), nullableText(detail)});
        if (!insert.exec())
            return insert.error(tr("The audit trail could not be written"));
        const qint64 id = insert.lastInsertId().toLongLong();
        SqlQuery q(m_database, QStringLiteral("SELECT ") + RowColumns + QStringLiteral(" FROM audit WHERE id = ?"),
                   {id});
        if (!q.exec() || !q.next())
            return q.error(tr("The audit trail could not be written"));
        const AuditRow row = readRow(q);
        return storeHash(m_database, id, prev.value(), auditchain::hashOf(chainEntry(row, prev.value())));
    };
    return m_database.transaction(write);
}

Status AuditLog::sealUnchained(Database& database)
{
    auto prev = headHash(database);
    if (!prev)
        return prev.error();
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT ") + RowColumns + QStringLiteral(" FROM audit WHERE hash IS NULL ORDER BY id")))
        return sqlError(QStringLiteral("db.query"), tr("The audit trail could not be read"), q.lastError().text());
    QString previous = prev.value();
    while (q.next()) {
        const AuditRow row = readRow(q);
        const QString hash = auditchain::hashOf(chainEntry(row, previous));
        if (auto stored = storeHash(database, row.id, previous, hash); !stored)
            return stored;
        previous = hash;
    }
    return {};
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification out;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT ") + RowColumns + QStringLiteral(" FROM audit ORDER BY id")))
        return sqlError(QStringLiteral("db.query"), tr("The audit trail could not be read"), q.lastError().text());
    QString previous = auditchain::genesis();
    qint64 expectedId = 1;
    auto bad = [&](qint64 id, const QString& problem) {
        out.firstBad = id;
        out.problem = problem;
    };
    while (q.next()) {
        const AuditRow row = readRow(q);
        ++out.entries;
        if (row.id != expectedId) {
            bad(row.id, row.id > expectedId
                            ? tr("entries %1 to %2 before it are missing").arg(expectedId).arg(row.id - 1)
                            : tr("its number is out of order"));
            return out;
        }
        if (row.hash.isEmpty() || row.prevHash.isEmpty()) {
            bad(row.id, tr("it has no place in the chain (its hashes are missing)"));
            return out;
        }
        if (row.prevHash != previous) {
            bad(row.id, tr("it does not follow the entry before it (an entry was removed, inserted or moved "
                           "before it, or the entry before it was changed)"));
            return out;
        }
        if (!row.at.isValid() || auditchain::hashOf(chainEntry(row, previous)) != row.hash) {
            bad(row.id, tr("its content was changed after it was written"));
            return out;
        }
        previous = row.hash;
        ++expectedId;
    }
    // AUTOINCREMENT remembers the highest id ever given: rows removed from the end show here.
    QSqlQuery s(m_database.connection());
    if (s.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")) && s.next() &&
        s.value(0).toLongLong() >= expectedId) {
        bad(expectedId, tr("entries %1 to %2 at the end are missing").arg(expectedId).arg(s.value(0).toLongLong()));
        return out;
    }
    out.headHash = previous;
    return out;
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
    SqlQuery q(m_database,
               QStringLiteral("SELECT ") + RowColumns + QStringLiteral(" FROM audit WHERE batch_id = ? ORDER BY id"),
               {batchId});
    if (!q.exec())
        return q.error(tr("The audit trail could not be read"));
    std::vector<AuditRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
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
    SqlQuery q(m_database,
               QStringLiteral("SELECT ") + RowColumns + QStringLiteral(" FROM audit ORDER BY id DESC LIMIT ?"),
               {limit});
    if (!q.exec())
        return q.error(tr("The audit trail could not be read"));
    std::vector<AuditRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

Result<std::vector<AuditRow>> AuditLog::ofObject(const QString& objectType, const QString& objectId) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT ") + RowColumns +
                   QStringLiteral(" FROM audit WHERE object_type = ? AND object_id = ? ORDER BY id"),
               {objectType, objectId});
    if (!q.exec())
        return q.error(tr("The audit trail could not be read"));
    std::vector<AuditRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

} // namespace yc::storage
