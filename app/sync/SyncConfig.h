#pragma once

#include "sync/RestConnector.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncEngine.h"

namespace yc {
class Settings;
}

namespace yc::sync {

// Reads the sync settings of yichuang.ini:
//   platform/url, platform/ca_bundle, platform/pin_sha256, platform/client_cert, platform/client_key,
//   platform/timeout_seconds, platform/chunk_kib, platform/key_algorithm (ecdsa-p256-sha256 or sm2-sm3, the key
//   made at enrolment), sync/retry_first_seconds, sync/retry_factor, sync/retry_max_seconds,
//   sync/interval_seconds.
struct SyncConfig
{
    [[nodiscard]] static RestOptions restOptions(const Settings& settings, const QString& enrolledUrl = {});
    [[nodiscard]] static SyncEngineOptions engineOptions(const Settings& settings);
    // A factory that makes the REST connector for the enrolled platform (on the engine's thread).
    [[nodiscard]] static SyncEngine::ConnectorFactory restFactory(const Settings& settings);
};

} // namespace yc::sync
