#include "sync/LeaseRefiller.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/LeaseRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>

namespace yc::sync {

namespace {
const QString RequestKey = QStringLiteral("sync.lease_request");
} // namespace

LeaseRefiller::LeaseRefiller(PassContext& pass, TokenProvider& tokens)
    : m_pass(pass)
    , m_tokens(tokens)
{}

void LeaseRefiller::refill(PassReport& report)
{
    storage::Database& db = *m_pass.db;
    const QJsonObject limits =
        QJsonDocument::fromJson(db.meta(QStringLiteral("sync.limits")).valueOr({}).toUtf8()).object();
    const int below = limits.value(QLatin1String("leaseRefillBelow")).toInt(20);
    const int block = std::clamp(limits.value(QLatin1String("leaseBlockSize")).toInt(100), 1, 1000);
    const int year = m_pass.clock.now().toTimeZone(QTimeZone(8 * 3600)).date().year();
    storage::LeaseRepository leases(db);
    auto left = leases.unusedCount(year);
    if (!left || left.value() >= below)
        return;
    QJsonObject pending = QJsonDocument::fromJson(db.meta(RequestKey).valueOr({}).toUtf8()).object();
    if (pending.value(QLatin1String("year")).toString() != QString::number(year)) {
        pending = QJsonObject{{QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("year"), QString::number(year)},
                              {QStringLiteral("count"), block}};
        if (!db.setMeta(RequestKey, QString::fromUtf8(QJsonDocument(pending).toJson(QJsonDocument::Compact))))
            return;
    }
    auto lease = m_tokens.withAnyToken<CaseNumberLease>(TokenProvider::Signer::MachineBound, [&](const QString& t) {
        return m_pass.connector->lease(t, pending.value(QLatin1String("requestId")).toString(), year,
                                       pending.value(QLatin1String("count")).toInt());
    });
    if (!lease) {
        m_pass.noteRetryAfter(lease.failure());
        report.lastError = lease.failure().message;
        return;
    }
    report.reachedPlatform = true;
    const CaseNumberLease& l = lease.value();
    (void)db.transaction([&]() -> Status {
        if (auto s = leases.store(l.leaseId, l.hallCode, l.year, l.first, l.last, m_pass.clock.now()); !s)
            return s;
        return db.setMeta(RequestKey, QStringLiteral(""));
    });
}

} // namespace yc::sync
