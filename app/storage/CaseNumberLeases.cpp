#include "storage/CaseNumberLeases.h"

#include "core/CaseNumber.h"
#include "core/TextForms.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace yc::storage {

CaseNumberLeases::CaseNumberLeases(Database& database)
    : m_database(database)
{}

Result<qint64> CaseNumberLeases::unusedCount(int year) const
{
    // The pattern narrows the scan; the parse is the rule, as in take().
    SqlQuery q(m_database,
               QStringLiteral("SELECT number FROM case_number_leases WHERE used_by_case IS NULL AND number LIKE ?"),
               {QStringLiteral("%-%1-%").arg(year)});
    if (!q.exec())
        return q.error(tr("The case numbers could not be counted"));
    qint64 count = 0;
    while (q.next()) {
        if (casenumber::isOfYear(q.value(0).toString(), year))
            ++count;
    }
    return count;
}

Result<qint64> CaseNumberLeases::unusedTotal() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NULL"));
    if (!q.exec() || !q.next())
        return q.error(tr("The case numbers could not be counted"));
    return q.value(0).toLongLong();
}

Status CaseNumberLeases::store(const QString& leaseId, const QString& hallCode, int year, qint64 first, qint64 last,
                               const QDateTime& obtainedAt)
{
    SqlQuery q(m_database, QStringLiteral("INSERT OR IGNORE INTO case_number_leases (number, lease_id, obtained_at) "
                                          "VALUES (?, ?, ?)"));
    const QString at = isoUtc(obtainedAt);
    for (qint64 n = first; n <= last; ++n) {
        if (!q.run({casenumber::format({hallCode, year, static_cast<int>(n)}), leaseId, at}))
            return q.error(tr("The lease could not be stored"));
    }
    return {};
}

Result<std::optional<TakenCaseNumber>> CaseNumberLeases::take(const QString& caseId, const QDateTime& at)
{
    SqlQuery held(m_database, QStringLiteral("SELECT number, lease_id FROM case_number_leases WHERE used_by_case = ?"),
                  {caseId});
    if (!held.exec())
        return held.error(tr("No case number could be taken"));
    if (held.next())
        return std::optional<TakenCaseNumber>(TakenCaseNumber{held.value(0).toString(), held.value(1).toString()});

    const int year = casenumber::yearAt(at);
    // The pattern narrows the scan; the parse below is the rule. Numbers of one hall and year
    // have the same length, so text order is number order.
    SqlQuery q(m_database,
               QStringLiteral("SELECT number, lease_id FROM case_number_leases WHERE used_by_case IS NULL AND "
                              "number LIKE ? ORDER BY number"),
               {QStringLiteral("%-%1-%").arg(year)});
    if (!q.exec())
        return q.error(tr("No case number could be taken"));
    std::optional<TakenCaseNumber> taken;
    while (q.next()) {
        if (casenumber::isOfYear(q.value(0).toString(), year)) {
            taken = TakenCaseNumber{q.value(0).toString(), q.value(1).toString()};
            break;
        }
    }
    if (!taken)
        return taken;
    SqlQuery u(
        m_database,
        QStringLiteral("UPDATE case_number_leases SET used_by_case = ? WHERE number = ? AND used_by_case IS NULL"),
        {caseId, taken->number});
    if (!u.exec() || u.numRowsAffected() != 1)
        return u.error(tr("No case number could be taken"));
    if (auto numbered = execute(m_database, QStringLiteral("UPDATE cases SET case_number = ? WHERE id = ?"),
                                {taken->number, caseId}, tr("No case number could be taken"));
        !numbered)
        return numbered.error();
    return taken;
}

Result<QString> CaseNumberLeases::leaseOf(const QString& number) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT lease_id FROM case_number_leases WHERE number = ?"), {number});
    if (!q.exec())
        return q.error(tr("The case number leases could not be read"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> CaseNumberLeases::holderOf(const QString& number) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT used_by_case FROM case_number_leases WHERE number = ?"), {number});
    if (!q.exec())
        return q.error(tr("The case number leases could not be read"));
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
    SqlQuery u(m_database,
               QStringLiteral("UPDATE case_number_leases SET used_by_case = ? WHERE number = ? AND "
                              "(used_by_case IS NULL OR used_by_case = ?)"),
               {caseId, number, caseId});
    if (!u.exec())
        return u.error(tr("The case number could not be bound to the case"));
    if (u.numRowsAffected() != 1)
        return makeError(QStringLiteral("lease.number-used"),
                         tr("The case number %1 is already used by another case.").arg(number));
    return {};
}

} // namespace yc::storage
