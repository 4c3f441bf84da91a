#include "sync/SyncConfig.h"

#include "core/Settings.h"

namespace yc::sync {

RestOptions SyncConfig::restOptions(const Settings& settings, const QString& enrolledUrl)
{
    RestOptions o;
    const QString url = settings.value(QStringLiteral("platform/url")).toString();
    o.baseUrl = QUrl(url.isEmpty() ? enrolledUrl : url);
    o.tls = TlsOptions::fromSettings(settings);
    o.timeoutMs = settings.value(QStringLiteral("platform/timeout_seconds"), 30).toInt() * 1000;
    o.chunkBytes =
        std::clamp<qint64>(settings.value(QStringLiteral("platform/chunk_kib"), 4096).toLongLong(), 16, 8192) * 1024;
    o.keyAlgorithm = settings.value(QStringLiteral("platform/key_algorithm"), o.keyAlgorithm).toString();
    return o;
}

SyncEngineOptions SyncConfig::engineOptions(const Settings& settings)
{
    SyncEngineOptions o;
    o.retry.firstDelay = std::chrono::seconds(settings.value(QStringLiteral("sync/retry_first_seconds"), 10).toInt());
    o.retry.factor = settings.value(QStringLiteral("sync/retry_factor"), 2.0).toDouble();
    o.retry.maxDelay = std::chrono::seconds(settings.value(QStringLiteral("sync/retry_max_seconds"), 3600).toInt());
    o.intervalMs = settings.value(QStringLiteral("sync/interval_seconds"), 30).toInt() * 1000;
    return o;
}

SyncEngine::ConnectorFactory SyncConfig::restFactory(const Settings& settings)
{
    // Copied now: the factory runs on the engine's thread and must not touch Settings there.
    const RestOptions base = restOptions(settings);
    return [base](const EnrolmentInfo& enrolment) -> std::unique_ptr<PlatformConnector> {
        RestOptions o = base;
        if (o.baseUrl.isEmpty())
            o.baseUrl = QUrl(enrolment.platformUrl);
        return std::make_unique<RestConnector>(o);
    };
}

} // namespace yc::sync
