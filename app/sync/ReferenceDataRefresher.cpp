#include "sync/ReferenceDataRefresher.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace yc::sync {

ReferenceDataRefresher::ReferenceDataRefresher(PassContext& pass, TokenProvider& tokens, CalendarSink* calendar,
                                               CatalogFeedSink* catalog)
    : m_pass(pass)
    , m_tokens(tokens)
    , m_calendar(calendar)
    , m_catalog(catalog)
{}

void ReferenceDataRefresher::refresh()
{
    refreshCalendar();
    refreshCatalog();
}

void ReferenceDataRefresher::refreshCalendar()
{
    storage::Database& db = *m_pass.db;
    const QDateTime now = m_pass.clock.now();
    const QDateTime fetched =
        QDateTime::fromString(db.meta(QStringLiteral("calendar.fetched_at")).valueOr({}), Qt::ISODate);
    if (fetched.isValid() && fetched.secsTo(now) <= m_pass.options.calendarRefreshHours * 3600)
        return;
    const QString etag = db.meta(QStringLiteral("calendar.etag")).valueOr({});
    QString newEtag;
    auto doc = m_tokens.withAnyToken<QJsonObject>(TokenProvider::Signer::AnyStaff, [&](const QString& t) {
        return m_pass.connector->calendar(t, etag, &newEtag);
    });
    if (!doc) {
        m_pass.noteRetryAfter(doc.error());
        return;
    }
    if (!doc.value().isEmpty()) { // empty: not modified since etag
        Status applied = m_calendar ? m_calendar->apply(doc.value()) : Status();
        if (applied) {
            (void)db.setMeta(QStringLiteral("calendar.document"),
                             QString::fromUtf8(QJsonDocument(doc.value()).toJson(QJsonDocument::Compact)));
            (void)db.setMeta(QStringLiteral("calendar.etag"), newEtag.isNull() ? QStringLiteral("") : newEtag);
        }
    }
    (void)db.setMeta(QStringLiteral("calendar.fetched_at"), now.toUTC().toString(Qt::ISODate));
}

void ReferenceDataRefresher::refreshCatalog()
{
    storage::Database& db = *m_pass.db;
    if (!m_catalog || db.meta(QStringLiteral("sync.catalog_due")).valueOr(QStringLiteral("1")) == QLatin1String("0"))
        return;
    const qint64 since = m_catalog->currentVersion();
    auto doc = m_tokens.withAnyToken<QJsonObject>(
        TokenProvider::Signer::AnyStaff, [&](const QString& t) { return m_pass.connector->catalog(t, since); });
    if (!doc) {
        m_pass.noteRetryAfter(doc.error());
        return;
    }
    Status applied = doc.value().isEmpty() ? Status() : m_catalog->apply(doc.value());
    if (applied)
        (void)db.setMeta(QStringLiteral("sync.catalog_due"), QStringLiteral("0"));
    else
        qCWarning(lcSync) << "catalog feed not applied:" << applied.error().code;
}

} // namespace yc::sync
