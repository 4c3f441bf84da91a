#include "sync/LeaseRefiller.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "sync/LeaseRequester.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yc::sync {

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
    const QDateTime now = m_pass.clock.now();
    LeaseRequester requester(db);
    auto left = requester.unusedThisYear(now);
    if (!left || left.value() >= below)
        return;
    bool reached = false;
    auto leased = requester.request(
        [&](const LeaseRequest& r) {
            auto lease =
                m_tokens.withAnyToken<CaseNumberLease>(TokenProvider::Signer::MachineBound, [&](const QString& t) {
                    return m_pass.connector->lease(t, r.requestId, r.year, r.count);
                });
            reached = lease.ok();
            return lease;
        },
        now);
    if (reached)
        report.reachedPlatform = true;
    if (!leased) {
        m_pass.noteRetryAfter(leased.error());
        report.lastError = leased.error().message;
    }
}

} // namespace yc::sync
