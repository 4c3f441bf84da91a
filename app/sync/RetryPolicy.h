#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <chrono>
#include <optional>

namespace yc::sync {

// Geometric backoff for retryable failures: first delay, multiplied by factor after every failed
// attempt, capped at maxDelay. A server's Retry-After wins when it asks for longer.
struct RetryPolicy
{
    std::chrono::seconds firstDelay{10};
    double factor = 2.0;
    std::chrono::seconds maxDelay{std::chrono::hours(1)};

    // Delay before attempt number `attempts + 1`, given that `attempts` attempts have failed.
    [[nodiscard]] std::chrono::seconds delayAfter(int attempts,
                                                  std::optional<std::chrono::seconds> retryAfter = std::nullopt) const;
    [[nodiscard]] QDateTime nextAttempt(const QDateTime& failedAt, int attempts,
                                        std::optional<std::chrono::seconds> retryAfter = std::nullopt) const;
};

} // namespace yc::sync
