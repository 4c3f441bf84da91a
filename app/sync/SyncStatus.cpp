#include "sync/SyncStatus.h"

#include "core/Clock.h"
#include "storage/CaseNumberLeases.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"

#include <QJsonDocument>

namespace yc::sync {

Result<SyncStatus> SyncStatus::read(storage::Database& db, const QDateTime& now)
{
    SyncStatus s;
    auto enrolled = db.count(QStringLiteral("SELECT count(*) FROM device_enrolment"));
    if (!enrolled)
        return enrolled.error();
    s.enrolled = enrolled.value() > 0;
    const SystemClock unused; // reading writes no time
    auto counts = storage::OutboxRepository(db, unused).counts();
    if (!counts)
        return counts.error();
    s.pending = counts.value().pendingCases;
    s.pendingOther = counts.value().pendingOther;
    s.failed = counts.value().failed;
    s.failedCases = counts.value().failedCases;
    auto left = storage::CaseNumberLeases(db).unusedTotal();
    if (!left)
        return left.error();
    s.caseNumbersLeft = left.value();
    s.online = db.meta(QStringLiteral("sync.online")).valueOr({}) == QLatin1String("1");
    s.lastSuccessAt = QDateTime::fromString(db.meta(QStringLiteral("sync.last_success_at")).valueOr({}), Qt::ISODate);
    s.lastAttemptAt = QDateTime::fromString(db.meta(QStringLiteral("sync.last_attempt_at")).valueOr({}), Qt::ISODate);
    s.lastError = db.meta(QStringLiteral("sync.last_error")).valueOr({});
    s.limits = QJsonDocument::fromJson(db.meta(QStringLiteral("sync.limits")).valueOr({}).toUtf8()).object();

    const int warnDays = s.limits.value(QLatin1String("offlineWarnDays")).toInt(2);
    const int maxDays = s.limits.value(QLatin1String("offlineMaxDays")).toInt(3);
    const int warnCases = s.limits.value(QLatin1String("pendingWarnCases")).toInt(150);
    const int maxCases = s.limits.value(QLatin1String("pendingMaxCases")).toInt(200);
    // Counted from the last successful sync, or from enrolment when there never was one.
    QDateTime since = s.lastSuccessAt;
    if (!since.isValid())
        since = QDateTime::fromString(db.meta(QStringLiteral("sync.enrolled_at")).valueOr({}), Qt::ISODate);
    const qint64 days = since.isValid() ? since.daysTo(now) : 0;
    if (days > maxDays || s.pending >= maxCases) {
        s.gate = Gate::Blocked;
        s.gateMessage = SyncStatusText::gateMessage(s.gate, days, s.pending, days > maxDays);
    } else if (days > warnDays || s.pending >= warnCases) {
        s.gate = Gate::Warn;
        s.gateMessage = SyncStatusText::gateMessage(s.gate, days, s.pending, days > warnDays);
    }
    return s;
}

QJsonObject SyncStatus::toJson() const
{
    return QJsonObject{
        {QStringLiteral("enrolled"), enrolled},
        {QStringLiteral("online"), online},
        {QStringLiteral("lastSuccessAt"), lastSuccessAt.isValid() ? lastSuccessAt.toString(Qt::ISODate) : QString()},
        {QStringLiteral("lastAttemptAt"), lastAttemptAt.isValid() ? lastAttemptAt.toString(Qt::ISODate) : QString()},
        {QStringLiteral("lastError"), lastError},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("pendingOther"), pendingOther},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("failedCases"), failedCases},
        {QStringLiteral("caseNumbersLeft"), caseNumbersLeft},
        {QStringLiteral("acceptance"), gate == Gate::Open   ? QStringLiteral("open")
                                       : gate == Gate::Warn ? QStringLiteral("warn")
                                                            : QStringLiteral("blocked")},
        {QStringLiteral("acceptanceMessage"), gateMessage},
    };
}

Result<QString> admitNewCase(storage::Database& database, const QDateTime& now)
{
    auto status = SyncStatus::read(database, now);
    if (!status)
        return status.error();
    if (status.value().gate == SyncStatus::Gate::Blocked)
        return makeError(QStringLiteral("acceptance.blocked"), status.value().gateMessage);
    return status.value().gateMessage;
}

QString SyncStatusText::gateMessage(SyncStatus::Gate gate, qint64 days, qint64 pending, bool byDays)
{
    if (gate == SyncStatus::Gate::Blocked)
        return byDays ? tr("No sync with the platform for %n day(s): new acceptances are blocked until this PC "
                           "syncs (or the queue is exported).",
                           nullptr, int(days))
                      : tr("%n case(s) are waiting for the platform: new acceptances are blocked until they are sent.",
                           nullptr, int(pending));
    return byDays ? tr("No sync with the platform for %n day(s): connect this PC soon.", nullptr, int(days))
                  : tr("%n case(s) are waiting for the platform: connect this PC soon.", nullptr, int(pending));
}

} // namespace yc::sync
