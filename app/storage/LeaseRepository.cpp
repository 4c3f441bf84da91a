#include "storage/LeaseRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace yc::storage {

LeaseRepository::LeaseRepository(Database& database)
    : m_database(database)
{}

Result<qint64> LeaseRepository::unusedCount(int year) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NULL AND number LIKE ?"));
    q.addBindValue(QStringLiteral("%-%1-%").arg(year));
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("db.query"), tr("The case numbers could not be counted"), q.lastError().text());
    return q.value(0).toLongLong();
}

Status LeaseRepository::store(const QString& leaseId, const QString& hallCode, int year, qint64 first, qint64 last,
                              const QDateTime& obtainedAt)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO case_number_leases (number, lease_id, obtained_at) VALUES (?, ?, ?)"));
    const QString at = obtainedAt.toUTC().toString(Qt::ISODate); // the form CaseRepository orders by
    for (qint64 n = first; n <= last; ++n) {
        q.addBindValue(QStringLiteral("%1-%2-%3").arg(hallCode).arg(year).arg(n, 6, 10, QLatin1Char('0')));
        q.addBindValue(leaseId);
        q.addBindValue(at);
        if (!q.exec())
            return sqlError(QStringLiteral("db.query"), tr("The lease could not be stored"), q.lastError().text());
    }
    return {};
}

} // namespace yc::storage
