#include "sync/LeaseRequester.h"

#include "core/CaseNumber.h"
#include "storage/CaseNumberLeases.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace yc::sync {

namespace {
const QString RequestKey = QStringLiteral("sync.lease_request");
} // namespace

LeaseRequester::LeaseRequester(storage::Database& database)
    : m_database(database)
{}

Result<qint64> LeaseRequester::unusedThisYear(const QDateTime& now) const
{
    return storage::CaseNumberLeases(m_database).unusedCount(casenumber::yearAt(now));
}

Result<LeaseRequest> LeaseRequester::prepareRequest(const QDateTime& now)
{
    const int year = casenumber::yearAt(now);
    auto stored = m_database.meta(RequestKey);
    if (!stored)
        return stored.error();
    const QJsonObject pending = QJsonDocument::fromJson(stored.value().toUtf8()).object();
    const QString pendingId = pending.value(QLatin1String("requestId")).toString();
    if (pending.value(QLatin1String("year")).toString() == QString::number(year) && !pendingId.isEmpty())
        return LeaseRequest{pendingId, year, pending.value(QLatin1String("count")).toInt()};
    auto limits = m_database.meta(QStringLiteral("sync.limits"));
    if (!limits)
        return limits.error();
    const int block = std::clamp(
        QJsonDocument::fromJson(limits.value().toUtf8()).object().value(QLatin1String("leaseBlockSize")).toInt(100), 1,
        1000);
    const LeaseRequest request{QUuid::createUuid().toString(QUuid::WithoutBraces), year, block};
    const QJsonObject record{{QStringLiteral("requestId"), request.requestId},
                             {QStringLiteral("year"), QString::number(year)},
                             {QStringLiteral("count"), block}};
    if (auto saved =
            m_database.setMeta(RequestKey, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
        !saved)
        return saved.error();
    return request;
}

PlatformResult<qint64> LeaseRequester::request(const Send& send, const QDateTime& now)
{
    auto prepared = prepareRequest(now);
    if (!prepared)
        return localFailure(prepared.error());
    auto lease = send(prepared.value());
    if (!lease)
        return lease.error();
    const CaseNumberLease& l = lease.value();
    auto saved = m_database.transaction([&]() -> Status {
        if (auto s = storage::CaseNumberLeases(m_database).store(l.leaseId, l.hallCode, l.year, l.first, l.last, now);
            !s)
            return s;
        return m_database.setMeta(RequestKey, QStringLiteral(""));
    });
    if (!saved)
        return localFailure(saved.error());
    auto after = unusedThisYear(now);
    if (!after)
        return localFailure(after.error());
    return after.value();
}

PlatformResult<qint64> LeaseRequester::ensureFirstLease(PlatformConnector& connector, const QString& token,
                                                        const QDateTime& now)
{
    auto left = unusedThisYear(now);
    if (!left)
        return localFailure(left.error());
    if (left.value() > 0)
        return left.value();
    return request([&](const LeaseRequest& r) { return connector.lease(token, r.requestId, r.year, r.count); }, now);
}

} // namespace yc::sync
