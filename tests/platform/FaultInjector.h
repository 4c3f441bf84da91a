#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace yc::platform {

// Faults switched on per run (--faults SPEC, see PROTOCOL.md §19). Deterministic for one seed.
class FaultInjector
{
public:
    enum class Kind
    {
        None,
        Latency,
        Drop,
        Reset,
        Internal,
        Unavailable,
        RateLimited,
        Expired,
        Truncated,
        DropUpload,
    };

    // Empty spec = no faults. Returns an error text for a bad spec.
    [[nodiscard]] std::optional<QString> configure(const QString& spec);
    [[nodiscard]] bool enabled() const { return m_rate > 0 && !m_kinds.isEmpty(); }
    [[nodiscard]] QString spec() const { return m_spec; }
    // The names of the kinds switched on (empty when faults are off), in the order of the table in §19.
    [[nodiscard]] QStringList activeKindNames() const;

    // The fault for a request whose body has fully arrived (never DropUpload).
    Kind draw();
    // Whether to close the connection of a request whose large body is still arriving.
    bool drawDropUpload();
    int latencyMs();
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfter; }

    static QString name(Kind kind);

private:
    QString m_spec;
    double m_rate = 0;
    QList<Kind> m_kinds;
    int m_latencyMs = 1500;
    int m_retryAfter = 1;
    std::mt19937_64 m_rng{1};
};

} // namespace yc::platform
