#include "storage/CaseNumberLeases.h"

#include "core/CaseNumber.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace yc::storage {

CaseNumberLeases::CaseNumberLeases(Database& database)
    : m_database(database)
{}

Result<qint64> CaseNumberLeases::unusedCount(int year) const
{
    QSqlQuery q(m_database.connection());
    // The pattern narrows the scan; the parse is the rule, as in take().
    q.prepare(QStringLiteral("SELECT number FROM case_number_leases WHERE used_by_case IS NULL AND number LIKE ?"));
    q.addBindValue(QStringLiteral("%-%1-%").arg(year));
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The case numbers could not be counted"), q.lastError().text());
    qint64 count = 0;
    while (q.next()) {
        if (casenumber::isOfYear(q.value(0).toString(), year))
            ++count;
    }
    return count;
}

Result<qint64> CaseNumberLeases::unusedTotal() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NULL")) || !q.next())
        return sqlError(QStringLiteral("db.query"), tr("The case numbers could not be counted"), q.lastError().text());
    return q.value(0).toLongLong();
}

Status CaseNumberLeases::store(const QString& leaseId, const QString& hallCode, int year, qint64 first, qint64 last,
                               const QDateTime& obtainedAt)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO case_number_leases (number, lease_id, obtained_at) VALUES (?, ?, ?)"));
    const QString at = obtainedAt.toUTC().toString(Qt::ISODate);
    for (qint64 n = first; n <= last; ++n) {
        q.addBindValue(casenumber::format({hallCode, year, static_cast<int>(n)}));
        q.addBindValue(leaseId);
        q.addBindValue(at);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The lease could not be stored"), q.lastError().text());
    }
    return {};
}

Result<std::optional<TakenCaseNumber>> CaseNumberLeases::take(const QString& caseId, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT number, lease_id FROM case_number_leases WHERE used_by_case = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("No case number could be taken"), q.lastError().text());
    if (q.next())
        return std::optional<TakenCaseNumber>(TakenCaseNumber{q.value(0).toString(), q.value(1).toString()});

    const int year = casenumber::yearAt(at);
    // The pattern narrows the scan; the parse below is the rule. Numbers of one hall and year
    // have the same length, so text order is number order.
    q.prepare(QStringLiteral("SELECT number, lease_id FROM case_number_leases WHERE used_by_case IS NULL AND "
                             "number LIKE ? ORDER BY number"));
    q.addBindValue(QStringLiteral("%-%1-%").arg(year));
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("No case number could be taken"), q.lastError().text());
    std::optional<TakenCaseNumber> taken;
    while (q.next()) {
        if (casenumber::isOfYear(q.value(0).toString(), year)) {
            taken = TakenCaseNumber{q.value(0).toString(), q.value(1).toString()};
            break;
        }
    }
    if (!taken)
        return taken;
    QSqlQuery u(m_database.connection());
    u.prepare(
        QStringLiteral("UPDATE case_number_leases SET used_by_case = ? WHERE number = ? AND used_by_case IS NULL"));
    u.addBindValue(caseId);
    u.addBindValue(taken->number);
    if (!u.exec() || u.numRowsAffected() != 1)
        return sqlError(QStringLiteral("db.query"), tr("No case number could be taken"), u.lastError().text());
    u.prepare(QStringLiteral("UPDATE cases SET case_number = ? WHERE id = ?"));
    u.addBindValue(taken->number);
    u.addBindValue(caseId);
    if (!u.exec())
        return sqlError(QStringLiteral("db.query"), tr("No case number could be taken"), u.lastError().text());
    return taken;
}

Result<QString> CaseNumberLeases::leaseOf(const QString& number) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT lease_id FROM case_number_leases WHERE number = ?"));
    q.addBindValue(number);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The case number leases could not be read"),
                        q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> CaseNumberLeases::holderOf(const QString& number) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT used_by_case FROM case_number_leases WHERE number = ?"));
    q.addBindValue(number);
    if (!q.exec())
        return sqlError(QStringLiteral("db.query"), tr("The case number leases could not be read"),
                        q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

Status CaseNumberLeases::claim(const QString& number, const QString& caseId)
{
    auto lease = leaseOf(number);
    if (!lease)
        return lease.error();
    if (lease.value().isEmpty())
        return makeError(QStringLiteral("lease.not-leased"),
                         tr("The case number %1 is not in a lease of this window.").arg(number));
    QSqlQuery u(m_database.connection());
    u.prepare(QStringLiteral("UPDATE case_number_leases SET used_by_case = ? WHERE number = ? AND "
                             "(used_by_case IS NULL OR used_by_case = ?)"));
    u.addBindValue(caseId);
    u.addBindValue(number);
    u.addBindValue(caseId);
    if (!u.exec())
        return sqlError(QStringLiteral("db.query"), tr("The case number could not be bound to the case"),
                        u.lastError().text());
    if (u.numRowsAffected() != 1)
        return makeError(QStringLiteral("lease.number-used"),
                         tr("The case number %1 is already used by another case.").arg(number));
    return {};
}

} // namespace yc::storage
