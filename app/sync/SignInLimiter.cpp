#include "sync/SignInLimiter.h"

#include "core/Settings.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace yc::sync {

SignInLimits SignInLimits::fromSettings(const Settings& settings)
{
    SignInLimits l;
    l.delayAfterFailures = std::clamp(
        settings.value(QStringLiteral("sign_in/delay_after_failures"), l.delayAfterFailures).toInt(), 1, 1000);
    l.delaySeconds =
        std::clamp(settings.value(QStringLiteral("sign_in/delay_seconds"), l.delaySeconds).toInt(), 1, 3600);
    l.lockAfterFailures =
        std::clamp(settings.value(QStringLiteral("sign_in/lock_after_failures"), l.lockAfterFailures).toInt(), 1, 1000);
    l.lockMinutes = std::clamp(settings.value(QStringLiteral("sign_in/lock_minutes"), l.lockMinutes).toInt(), 1, 1440);
    return l;
}

SignInLimiter::SignInLimiter(storage::Database& database, const storage::FieldCipher& cipher, SignInLimits limits)
    : m_database(database)
    , m_cipher(cipher)
    , m_limits(limits)
{}

QString SignInLimiter::key(const QString& account) const
{
    return QStringLiteral("sign_in.failures.") +
           m_cipher.blindIndex(QByteArray("sign-in-failures:" + account.trimmed().toUtf8()));
}

Result<SignInLimiter::Count> SignInLimiter::load(const QString& account, const QDateTime& now) const
{
    auto stored = m_database.meta(key(account));
    if (!stored)
        return stored.error();
    const QJsonObject o = QJsonDocument::fromJson(stored.value().toUtf8()).object();
    Count c;
    c.failures = o.value(QLatin1String("failures")).toInt();
    c.last = QDateTime::fromString(o.value(QLatin1String("last")).toString(), Qt::ISODateWithMs);
    // Forgotten lock_minutes after the last failure (an ended lock included); a last failure in the
    // future (the PC's clock was put back) counts from now.
    if (c.failures <= 0 || !c.last.isValid() || c.last.secsTo(now) >= qint64(m_limits.lockMinutes) * 60)
        return Count{};
    c.last = c.last > now ? now : c.last.toTimeZone(now.timeZone()); // shown in the clock's time zone
    return c;
}

Result<SignInLimiter::Gate> SignInLimiter::check(const QString& account, const QDateTime& now) const
{
    auto count = load(account, now);
    if (!count)
        return count.error();
    const Count& c = count.value();
    Gate g;
    if (c.failures >= m_limits.lockAfterFailures) {
        g.locked = true;
        g.retryAt = c.last.addSecs(qint64(m_limits.lockMinutes) * 60);
    } else if (c.failures >= m_limits.delayAfterFailures) {
        const int doublings = std::min(c.failures - m_limits.delayAfterFailures, 20);
        g.retryAt = c.last.addSecs(
            std::min<qint64>(qint64(m_limits.delaySeconds) << doublings, qint64(m_limits.lockMinutes) * 60));
    }
    if (!g.retryAt.isValid() || g.retryAt <= now)
        return Gate{};
    g.allowed = false;
    const QString until = formatRetryAt(g.retryAt, now);
    g.message = g.locked
                    ? tr("Too many failed sign-ins: this account is locked on this PC until %1.").arg(until)
                    : tr("Too many failed sign-ins: the next attempt for this account is possible at %1.").arg(until);
    return g;
}

QString SignInLimiter::formatRetryAt(const QDateTime& at, const QDateTime& now)
{
    const QDateTime local = at.toOffsetFromUtc(now.offsetFromUtc());
    return local.date() == now.date() ? local.toString(QStringLiteral("HH:mm:ss"))
                                      : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Status SignInLimiter::recordFailure(const QString& account, const QDateTime& now)
{
    auto count = load(account, now);
    if (!count)
        return count.error();
    const QJsonObject o{{QStringLiteral("failures"), count.value().failures + 1},
                        {QStringLiteral("last"), now.toUTC().toString(Qt::ISODateWithMs)}};
    return m_database.setMeta(key(account), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Status SignInLimiter::reset(const QString& account)
{
    return storage::execute(m_database, QStringLiteral("DELETE FROM meta WHERE key = ?"), {key(account)},
                            tr("The failed sign-ins could not be reset"));
}

} // namespace yc::sync
