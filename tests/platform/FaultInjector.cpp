#include "FaultInjector.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace yc::platform {

namespace {
const QList<QPair<QString, FaultInjector::Kind>>& kindNames()
{
    static const QList<QPair<QString, FaultInjector::Kind>> names{
        {u"latency"_s, FaultInjector::Kind::Latency},
        {u"drop"_s, FaultInjector::Kind::Drop},
        {u"reset"_s, FaultInjector::Kind::Reset},
        {u"500"_s, FaultInjector::Kind::Internal},
        {u"503"_s, FaultInjector::Kind::Unavailable},
        {u"429"_s, FaultInjector::Kind::RateLimited},
        {u"expired"_s, FaultInjector::Kind::Expired},
        {u"truncated"_s, FaultInjector::Kind::Truncated},
        {u"drop-upload"_s, FaultInjector::Kind::DropUpload},
    };
    return names;
}
} // namespace

QString FaultInjector::name(Kind kind)
{
    for (const auto& [n, k] : kindNames()) {
        if (k == kind)
            return n;
    }
    return u"none"_s;
}

QStringList FaultInjector::activeKindNames() const
{
    QStringList out;
    if (!enabled())
        return out;
    for (const auto& [n, k] : kindNames()) {
        if (m_kinds.contains(k))
            out.append(n);
    }
    return out;
}

std::optional<QString> FaultInjector::configure(const QString& spec)
{
    double rate = 0.2;
    QList<Kind> kinds;
    bool kindsGiven = false;
    quint64 seed = 1;
    int latency = 1500;
    int retryAfter = 1;
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty()) {
        m_spec.clear();
        m_rate = 0;
        m_kinds.clear();
        return std::nullopt;
    }
    bool inKinds = false;
    const QStringList parts = trimmed.split(u',', Qt::SkipEmptyParts);
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        QString key;
        QString value;
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            if (!inKinds)
                return u"fault spec: \"%1\" has no '='"_s.arg(part);
            value = part;
            key = u"kinds"_s;
        } else {
            key = part.left(eq).trimmed();
            value = part.mid(eq + 1).trimmed();
        }
        inKinds = key == u"kinds"_s;
        bool ok = true;
        if (key == u"rate"_s) {
            rate = value.toDouble(&ok);
            if (!ok || rate < 0 || rate > 1)
                return u"fault spec: rate must be between 0 and 1"_s;
        } else if (key == u"kinds"_s) {
            kindsGiven = true;
            if (value == u"all"_s) {
                for (const auto& [n, k] : kindNames())
                    kinds.append(k);
                continue;
            }
            bool found = false;
            for (const auto& [n, k] : kindNames()) {
                if (n == value) {
                    if (!kinds.contains(k))
                        kinds.append(k);
                    found = true;
                }
            }
            if (!found)
                return u"fault spec: unknown kind \"%1\""_s.arg(value);
        } else if (key == u"seed"_s) {
            seed = value.toULongLong(&ok);
            if (!ok)
                return u"fault spec: seed must be a number"_s;
        } else if (key == u"latency-ms"_s) {
            latency = value.toInt(&ok);
            if (!ok || latency < 1 || latency > 60000)
                return u"fault spec: latency-ms must be 1..60000"_s;
        } else if (key == u"retry-after"_s) {
            retryAfter = value.toInt(&ok);
            if (!ok || retryAfter < 1 || retryAfter > 3600)
                return u"fault spec: retry-after must be 1..3600"_s;
        } else {
            return u"fault spec: unknown key \"%1\""_s.arg(key);
        }
    }
    if (!kindsGiven) {
        for (const auto& [n, k] : kindNames())
            kinds.append(k);
    }
    m_spec = trimmed;
    m_rate = rate;
    m_kinds = kinds;
    m_latencyMs = latency;
    m_retryAfter = retryAfter;
    m_rng.seed(seed);
    return std::nullopt;
}

FaultInjector::Kind FaultInjector::draw()
{
    if (!enabled())
        return Kind::None;
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    if (chance(m_rng) >= m_rate)
        return Kind::None;
    std::uniform_int_distribution<qsizetype> pick(0, m_kinds.size() - 1);
    const Kind kind = m_kinds.at(pick(m_rng));
    return kind == Kind::DropUpload ? Kind::None : kind; // drawn earlier, while the body arrived
}

bool FaultInjector::drawDropUpload()
{
    if (!enabled() || !m_kinds.contains(Kind::DropUpload))
        return false;
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    return chance(m_rng) < m_rate / static_cast<double>(m_kinds.size());
}

int FaultInjector::latencyMs()
{
    std::uniform_int_distribution<int> delay(m_latencyMs / 10 + 1, m_latencyMs);
    return delay(m_rng);
}

} // namespace yc::platform
