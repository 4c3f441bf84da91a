#include "sync/SyncPass.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/SecureWipe.h"
#include "storage/Digest.h"
#include "storage/MaterialStore.h"

#include <QCoreApplication>

namespace yc::sync {

bool PassContext::mayCallPlatform() const
{
    return !cancel.load() && !(notBefore.isValid() && clock.now() < notBefore);
}

void PassContext::noteRetryAfter(const PlatformFailure& failure)
{
    if (!failure.retryAfter)
        return;
    const QDateTime until = clock.now().addSecs(failure.retryAfter->count());
    if (!notBefore.isValid() || until > notBefore)
        notBefore = until;
}

bool PassContext::countFailure(const storage::OutboxEntry& entry, const PlatformFailure& failure, PassReport& report)
{
    report.lastError = failure.message;
    if (failure.httpStatus > 0)
        report.reachedPlatform = true;
    const bool permanent = failure.kind == FailureKind::Permanent;
    if (permanent)
        ++report.permanentFailures;
    else
        ++report.retryableFailures;
    const int attempts = entry.attempts + 1;
    const QDateTime next =
        permanent ? QDateTime() : options.retry.nextAttempt(clock.now(), attempts, failure.retryAfter);
    if (auto s = outbox().recordFailure(entry.id, attempts, next, failure.message, permanent); !s)
        qCWarning(lcSync) << "outbox item" << entry.id << "failure not recorded:" << s.error().code;
    qCInfo(lcSync) << "outbox item" << entry.id << "failed:" << failure.code << (permanent ? "permanent" : "will retry")
                   << "attempt" << attempts;
    noteRetryAfter(failure);
    return failure.kind == FailureKind::Tls || failure.retryAfter.has_value();
}

PlatformResult<QByteArray> verifiedContent(const storage::MaterialStore& store, const QString& materialId,
                                           const QString& sha256, const QString& name)
{
    auto content = store.content(materialId);
    if (!content)
        return localFailure(content.error());
    if (storage::sha256Hex(content.value()) != sha256) {
        secureWipe(content.value());
        return makeFailure(FailureKind::Permanent, QStringLiteral("material.damaged"),
                           QCoreApplication::translate("yc::sync::SyncEngine",
                                                       "The stored file of material \"%1\" no longer matches its "
                                                       "hash; it must be scanned again.")
                               .arg(name));
    }
    return std::move(content.value());
}

} // namespace yc::sync
