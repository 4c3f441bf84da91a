#include "sync/CaseNumberLeases.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace yc::sync {

namespace {
const QString RequestKey = QStringLiteral("sync.lease_request");

PlatformFailure localFailure(const Error& e)
{
    PlatformFailure f;
    f.kind = FailureKind::Retryable;
    f.code = e.code;
    f.message = e.message;
    return f;
}
} // namespace

CaseNumberLeases::CaseNumberLeases(storage::Database& database)
    : m_database(database)
{}

int CaseNumberLeases::chinaYear(const QDateTime& now)
{
    return now.toTimeZone(QTimeZone(8 * 3600)).date().year();
}

Result<qint64> CaseNumberLeases::unusedThisYear(const QDateTime& now) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NULL AND number LIKE ?"));
    q.addBindValue(QStringLiteral("%-%1-%").arg(chinaYear(now)));
    if (!q.exec() || !q.next())
        return storage::sqlError(QStringLiteral("db.query"), tr("The case numbers of this PC could not be read"),
                                 q.lastError().text());
    return q.value(0).toLongLong();
}

Status CaseNumberLeases::prepareRequest(const QDateTime& now)
{
    const QString year = QString::number(chinaYear(now));
    auto stored = m_database.meta(RequestKey);
    if (!stored)
        return stored.error();
    const QJsonObject pending = QJsonDocument::fromJson(stored.value().toUtf8()).object();
    if (pending.value(QLatin1String("year")).toString() == year &&
        !pending.value(QLatin1String("requestId")).toString().isEmpty())
        return {};
    auto limits = m_database.meta(QStringLiteral("sync.limits"));
    if (!limits)
        return limits.error();
    const int block = std::clamp(
        QJsonDocument::fromJson(limits.value().toUtf8()).object().value(QLatin1String("leaseBlockSize")).toInt(100), 1,
        1000);
    const QJsonObject request{{QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("year"), year},
                              {QStringLiteral("count"), block}};
    return m_database.setMeta(RequestKey, QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
}

PlatformResult<qint64> CaseNumberLeases::ensureFirstLease(PlatformConnector& connector, const QString& token,
                                                          const QDateTime& now)
{
    auto left = unusedThisYear(now);
    if (!left)
        return localFailure(left.error());
    if (left.value() > 0)
        return left.value();
    if (auto prepared = prepareRequest(now); !prepared)
        return localFailure(prepared.error());
    auto stored = m_database.meta(RequestKey);
    if (!stored)
        return localFailure(stored.error());
    const QJsonObject pending = QJsonDocument::fromJson(stored.value().toUtf8()).object();
    auto lease = connector.lease(token, pending.value(QLatin1String("requestId")).toString(),
                                 pending.value(QLatin1String("year")).toString().toInt(),
                                 pending.value(QLatin1String("count")).toInt());
    if (!lease)
        return lease.failure();
    if (auto saved = storeLease(lease.value(), now); !saved)
        return localFailure(saved.error());
    auto after = unusedThisYear(now);
    if (!after)
        return localFailure(after.error());
    return after.value();
}

Status CaseNumberLeases::storeLease(const CaseNumberLease& l, const QDateTime& now)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO case_number_leases (number, lease_id, obtained_at) "
                                 "VALUES (?, ?, ?)"));
        const QString at = now.toUTC().toString(Qt::ISODate);
        for (qint64 n = l.first; n <= l.last; ++n) {
            q.addBindValue(QStringLiteral("%1-%2-%3").arg(l.hallCode).arg(l.year).arg(n, 6, 10, QLatin1Char('0')));
            q.addBindValue(l.leaseId);
            q.addBindValue(at);
            if (!q.exec())
                return storage::sqlError(QStringLiteral("db.query"), tr("The case numbers could not be stored"),
                                         q.lastError().text());
        }
        return m_database.setMeta(RequestKey, QStringLiteral(""));
    });
}

} // namespace yc::sync
