#include "sync/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace yc::sync {

std::chrono::seconds RetryPolicy::delayAfter(int attempts, std::optional<std::chrono::seconds> retryAfter) const
{
    const int n = std::max(attempts, 1) - 1;
    const double raw = static_cast<double>(firstDelay.count()) * std::pow(factor, std::min(n, 64));
    const auto capped = static_cast<long long>(std::min(raw, static_cast<double>(maxDelay.count())));
    std::chrono::seconds delay{capped};
    if (retryAfter && *retryAfter > delay)
        delay = std::min(*retryAfter, std::chrono::seconds(std::chrono::hours(24)));
    return delay;
}

QDateTime RetryPolicy::nextAttempt(const QDateTime& failedAt, int attempts,
                                   std::optional<std::chrono::seconds> retryAfter) const
{
    return failedAt.addSecs(delayAfter(attempts, retryAfter).count());
}

} // namespace yc::sync
