#include "storage/OutboxRepository.h"

#include "core/Clock.h"
#include "core/TextForms.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace yc::storage {

namespace {

// Not yet on the platform, not refused, and not waiting past `now` (bound as the last value).
const char* const DueCondition = "state <> 'submitted' AND error_kind <> 'permanent' AND (next_attempt_at IS NULL OR "
                                 "next_attempt_at <= ?)";

} // namespace

OutboxRepository::OutboxRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QString OutboxRepository::timestamp(const QDateTime& at)
{
    return isoUtcMs(at);
}

QByteArray OutboxRepository::payloadAad(const QString& kind, const QString& objectId)
{
    return QByteArrayLiteral("outbox.payload_enc:") + kind.toUtf8() + ':' + objectId.toUtf8();
}

QString OutboxRepository::now() const
{
    return timestamp(m_clock.now());
}

Status OutboxRepository::enqueueCase(const QString& caseId, const QString& staffId, qint64 bytesTotal)
{
    const QString at = now();
    return execute(m_database,
                   QStringLiteral("INSERT INTO outbox (case_id, kind, state, staff_id, created_at, updated_at, "
                                  "bytes_total) VALUES (?, 'case', 'queued', ?, ?, ?, ?)"),
                   {caseId, staffId, at, at, bytesTotal}, tr("The case could not be queued"));
}

Result<bool> OutboxRepository::enqueueObject(const QString& kind, const QString& caseId, const QString& objectId,
                                             const QByteArray& payloadEnc, const QString& staffId, qint64 bytesTotal)
{
    const QString at = now();
    SqlQuery q(m_database,
               QStringLiteral("INSERT OR IGNORE INTO outbox (case_id, kind, object_id, payload_enc, state, staff_id, "
                              "created_at, updated_at, bytes_total) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?)"),
               {nullableText(caseId), kind, objectId, payloadEnc, staffId, at, at, bytesTotal});
    if (!q.exec())
        return q.error(tr("The entry could not be queued"));
    return q.numRowsAffected() > 0;
}

Result<bool> OutboxRepository::containsObject(const QString& kind, const QString& objectId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT 1 FROM outbox WHERE kind = ? AND object_id = ?"), {kind, objectId});
    if (!q.exec())
        return q.error(tr("The sync queue could not be read"));
    return q.next();
}

Result<bool> OutboxRepository::containsForCase(const QString& kind, const QString& caseId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT 1 FROM outbox WHERE kind = ? AND case_id = ? LIMIT 1"),
               {kind, caseId});
    if (!q.exec())
        return q.error(tr("The sync queue could not be read"));
    return q.next();
}

Result<QByteArray> OutboxRepository::payload(const QString& kind, const QString& objectId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT payload_enc FROM outbox WHERE kind = ? AND object_id = ?"),
               {kind, objectId});
    if (!q.exec())
        return q.error(tr("The sync queue could not be read"));
    if (!q.next())
        return makeError(kind + QStringLiteral(".missing"), tr("The queued entry is missing."));
    return q.value(0).toByteArray();
}

Result<QString> OutboxRepository::objectId(qint64 id, const QString& kind) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT object_id FROM outbox WHERE id = ? AND kind = ?"), {id, kind});
    if (!q.exec())
        return q.error(tr("The sync queue could not be read"));
    if (!q.next() || q.value(0).toString().isEmpty())
        return makeError(kind + QStringLiteral(".missing"), tr("The queued entry is missing."));
    return q.value(0).toString();
}

Result<std::vector<OutboxEntry>> OutboxRepository::due(Kinds kinds, int limit) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT id, case_id, state, staff_id, attempts, kind, object_id FROM outbox WHERE %1 "
                              "AND %2 ORDER BY id LIMIT ?")
                   .arg(kinds == Kinds::Cases
                            ? QStringLiteral("kind = 'case'")
                            : QStringLiteral("kind IN ('evaluation', 'supplement', 'evaluation-follow-up')"),
                        QLatin1String(DueCondition)),
               {now(), limit});
    if (!q.exec())
        return q.error(tr("The sync queue could not be read"));
    std::vector<OutboxEntry> entries;
    while (q.next())
        entries.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toInt(), q.value(5).toString(), q.value(6).toString()});
    return entries;
}

Result<bool> OutboxRepository::setState(qint64 id, const QString& state)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE outbox SET state = ?, updated_at = ? WHERE id = ? AND state <> ?"),
               {state, now(), id, state});
    if (!q.exec())
        return q.error(tr("The sync queue could not be updated"));
    return q.numRowsAffected() > 0;
}

Status OutboxRepository::setBytesDone(qint64 id, qint64 bytesDone)
{
    return execute(m_database, QStringLiteral("UPDATE outbox SET bytes_done = ?, updated_at = ? WHERE id = ?"),
                   {bytesDone, now(), id}, tr("The sync queue could not be updated"));
}

Status OutboxRepository::markSubmitted(qint64 id, const QString& caseNumber, const QString& platformStatus)
{
    const QString at = now();
    return execute(m_database,
                   QStringLiteral("UPDATE outbox SET state = 'submitted', error_kind = '', last_error = NULL, "
                                  "next_attempt_at = NULL, last_attempt_at = ?, platform_case_number = COALESCE(?, "
                                  "platform_case_number), platform_status = COALESCE(platform_status, ?), bytes_done "
                                  "= bytes_total, updated_at = ? WHERE id = ?"),
                   {at, nullableText(caseNumber), nullableText(platformStatus), at, id},
                   tr("The sync queue could not be updated"));
}

Status OutboxRepository::recordFailure(qint64 id, int attempts, const QDateTime& nextAttempt, const QString& message,
                                       bool permanent)
{
    const QString at = now();
    return execute(m_database,
                   QStringLiteral("UPDATE outbox SET attempts = ?, last_attempt_at = ?, next_attempt_at = ?, "
                                  "last_error = ?, error_kind = ?, updated_at = ? WHERE id = ?"),
                   {attempts, at, permanent ? QVariant(QMetaType(QMetaType::QString)) : nullableTime(nextAttempt),
                    message.left(1000), permanent ? QStringLiteral("permanent") : QStringLiteral("retryable"), at, id},
                   tr("The sync queue could not be updated"));
}

Status OutboxRepository::postpone(qint64 id, const QDateTime& nextAttempt, const QString& message)
{
    return execute(m_database,
                   QStringLiteral("UPDATE outbox SET next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?"),
                   {nullableTime(nextAttempt), message.left(1000), now(), id},
                   tr("The sync queue could not be updated"));
}

Status OutboxRepository::retryNow(qint64 id)
{
    SqlQuery q(m_database,
               QStringLiteral("UPDATE outbox SET error_kind = '', next_attempt_at = NULL, updated_at = ? WHERE id = ?"),
               {now(), id});
    if (!q.exec())
        return q.error(tr("The item could not be retried"));
    if (q.numRowsAffected() == 0)
        return makeError(QStringLiteral("outbox.unknown"), tr("There is no queue entry %1.").arg(id));
    return {};
}

Status OutboxRepository::releaseWaitsOf(const QString& staffId)
{
    return execute(m_database,
                   QStringLiteral("UPDATE outbox SET next_attempt_at = NULL, updated_at = ? WHERE staff_id = ? AND "
                                  "error_kind = 'retryable' AND state <> 'submitted'"),
                   {now(), staffId}, tr("The sync queue could not be updated"));
}

Result<int> OutboxRepository::applyPlatformStatus(const QString& caseId, const QString& status,
                                                  const QString& caseNumber)
{
    SqlQuery q(m_database,
               QStringLiteral("UPDATE outbox SET platform_status = ?, platform_case_number = "
                              "COALESCE(platform_case_number, ?), updated_at = ? WHERE case_id = ?"),
               {status, nullableText(caseNumber), now(), caseId});
    if (!q.exec())
        return q.error(tr("A status change could not be applied"));
    return q.numRowsAffected();
}

Result<OutboxCounts> OutboxRepository::counts() const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT COALESCE(sum(kind = 'case'), 0), COALESCE(sum(kind <> 'case'), 0), "
                              "COALESCE(sum(error_kind = 'permanent'), 0), COALESCE(sum(kind = 'case' AND error_kind "
                              "= 'permanent'), 0) FROM outbox WHERE state <> 'submitted'"));
    if (!q.exec() || !q.next())
        return q.error(tr("The sync queue could not be read"));
    OutboxCounts c;
    c.pendingCases = q.value(0).toLongLong();
    c.pendingOther = q.value(1).toLongLong();
    c.failed = q.value(2).toLongLong();
    c.failedCases = q.value(3).toLongLong();
    return c;
}

Result<qint64> OutboxRepository::pendingCount() const
{
    return m_database.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'"));
}

Result<qint64> OutboxRepository::dueCount() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT count(*) FROM outbox WHERE ") + QLatin1String(DueCondition), {now()});
    if (!q.exec() || !q.next())
        return q.error(tr("The sync queue could not be read"));
    return q.value(0).toLongLong();
}

Result<QDateTime> OutboxRepository::nextDue() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state <> 'submitted' AND "
                                          "error_kind <> 'permanent'"));
    if (!q.exec() || !q.next())
        return q.error(tr("The sync queue could not be read"));
    if (q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
}

Result<QStringList> OutboxRepository::pendingCaseIds() const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT case_id FROM outbox WHERE kind = 'case' AND state <> 'submitted' ORDER BY id"));
    if (!q.exec())
        return q.error(tr("The sync queue could not be read"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<std::vector<std::pair<QString, QString>>> OutboxRepository::pendingSupplementsWithNumber() const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT o.object_id, c.case_number FROM outbox o JOIN cases c ON c.id = o.case_id "
                              "WHERE o.kind = 'supplement' AND o.state <> 'submitted' AND c.case_number IS NOT NULL "
                              "ORDER BY o.id"));
    if (!q.exec())
        return q.error(tr("The sync queue could not be read"));
    std::vector<std::pair<QString, QString>> supplements;
    while (q.next())
        supplements.emplace_back(q.value(0).toString(), q.value(1).toString());
    return supplements;
}

Result<OutboxCaseOnPlatform> OutboxRepository::caseOnPlatform(const QString& caseId) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT c.case_number, o.state FROM cases c LEFT JOIN outbox o ON o.case_id = c.id AND "
                              "o.kind = 'case' WHERE c.id = ?"),
               {caseId});
    if (!q.exec())
        return q.error(tr("The sync queue could not be read"));
    OutboxCaseOnPlatform c;
    if (!q.next())
        return c;
    c.caseKnown = true;
    c.caseNumber = q.value(0).toString();
    c.submitted = q.value(1).toString() == Submitted;
    return c;
}

Result<std::vector<OutboxListRow>> OutboxRepository::list(const OutboxListFilter& filter) const
{
    QString sql = QStringLiteral(
        "SELECT o.id, o.kind, o.case_id, COALESCE(c.case_number, o.platform_case_number), o.state, o.staff_id, "
        "COALESCE(s.display_name, o.staff_id), o.attempts, o.next_attempt_at, o.error_kind, o.last_error, "
        "o.platform_status, o.bytes_total, o.bytes_done, o.object_id FROM outbox o LEFT JOIN cases c ON c.id = "
        "o.case_id LEFT JOIN staff s ON s.id = o.staff_id ");
    if (!filter.includeSubmitted)
        sql += QStringLiteral("WHERE o.state <> 'submitted' ");
    sql += filter.order == OutboxListFilter::Order::OldestFirst ? QStringLiteral("ORDER BY o.id ")
                                                                : QStringLiteral("ORDER BY (o.state = 'submitted'), "
                                                                                 "o.id DESC ");
    sql += QStringLiteral("LIMIT ?");
    SqlQuery q(m_database, sql, {filter.limit});
    if (!q.exec())
        return q.error(tr("The sync queue could not be read"));
    std::vector<OutboxListRow> rows;
    while (q.next()) {
        OutboxListRow r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.caseId = q.value(2).toString();
        r.caseNumber = q.value(3).toString();
        r.state = q.value(4).toString();
        r.staffId = q.value(5).toString();
        r.staffName = q.value(6).toString();
        r.attempts = q.value(7).toInt();
        r.nextAttemptAt = q.value(8).toString();
        r.errorKind = q.value(9).toString();
        r.lastError = q.value(10).toString();
        r.platformStatus = q.value(11).toString();
        r.bytesTotal = q.value(12).toLongLong();
        r.bytesDone = q.value(13).toLongLong();
        r.objectId = q.value(14).toString();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<bool> OutboxRepository::isSettled(const QString& caseId) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT count(*), COALESCE(sum(state <> 'submitted'), 0) FROM outbox WHERE case_id = ?"),
               {caseId});
    if (!q.exec() || !q.next())
        return q.error(tr("The outbox could not be read"));
    return q.value(0).toLongLong() > 0 && q.value(1).toLongLong() == 0;
}

Status OutboxRepository::purgePayloadsWithin(const QString& caseId)
{
    return execute(m_database,
                   QStringLiteral("UPDATE outbox SET payload_enc = NULL WHERE case_id = ? AND state = 'submitted'"),
                   {caseId}, tr("The outbox could not be updated"));
}

} // namespace yc::storage
