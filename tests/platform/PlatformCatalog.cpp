// Platform: catalog feed and publication, working-day calendar (PROTOCOL.md §5, §6).
#include "Platform.h"

#include "PlatformCrypto.h"
#include "PlatformInternal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace yc::platform {

using namespace internal;

// ---- catalog and calendar -------------------------------------------------------------------------

Reply Platform::catalog(const QUrlQuery& query)
{
    // Another process (publish-catalog) may have published a version since.
    QSqlQuery q = run(m_db, u"SELECT MAX(version) FROM catalog_versions"_s);
    if (q.next() && q.value(0).toLongLong() != m_catalogVersion)
        loadCatalogCache();
    if (m_catalogVersion == 0)
        return Reply::error(503, u"unavailable"_s, u"No catalog published yet"_s, true, {}, 60);
    Reply full;
    full.body = m_catalogDocument;
    full.headers.append({"ETag", '"' + QByteArray::number(m_catalogVersion) + '"'});
    if (!query.hasQueryItem(u"since"_s))
        return full;
    bool ok = false;
    const qint64 since = query.queryItemValue(u"since"_s).toLongLong(&ok);
    if (!ok)
        return ApiError{400, u"bad-request"_s, u"since must be a version number"_s, {}}.toReply();
    if (since == m_catalogVersion) {
        Reply notModified = Reply::empty(304);
        notModified.headers = full.headers;
        return notModified;
    }
    const QByteArray base = since > 0 && since < m_catalogVersion ? catalogDocument(since) : QByteArray();
    if (base.isEmpty())
        return full;
    QHash<QString, QByteArray> baseItems;
    for (const QJsonValue& v : toObject(base).value(u"items"_s).toArray())
        baseItems.insert(v.toObject().value(u"code"_s).toString(), compact(v.toObject()));
    const QJsonObject current = toObject(m_catalogDocument);
    QJsonArray changed;
    QSet<QString> present;
    for (const QJsonValue& v : current.value(u"items"_s).toArray()) {
        const QString code = v.toObject().value(u"code"_s).toString();
        present.insert(code);
        const auto it = baseItems.constFind(code);
        if (it == baseItems.constEnd() || *it != compact(v.toObject()))
            changed.append(v);
    }
    QJsonArray removed;
    for (auto it = baseItems.cbegin(); it != baseItems.cend(); ++it) {
        if (!present.contains(it.key()))
            removed.append(it.key());
    }
    QJsonObject delta{{u"format"_s, u"yichuang-catalog"_s},
                      {u"formatVersion"_s, 1},
                      {u"kind"_s, u"delta"_s},
                      {u"version"_s, m_catalogVersion},
                      {u"baseVersion"_s, since},
                      {u"generatedAt"_s, current.value(u"generatedAt"_s)},
                      {u"issuer"_s, current.value(u"issuer"_s)},
                      {u"items"_s, changed},
                      {u"removed"_s, removed}};
    Reply reply = Reply::json(200, delta);
    reply.headers = full.headers;
    return reply;
}

Reply Platform::publishCatalog(const QByteArray& document)
{
    ApiError error;
    const auto object = parseObject(document, &error);
    if (!object)
        return error.toReply();
    if (object->value(u"format"_s).toString() != u"yichuang-catalog"_s ||
        object->value(u"formatVersion"_s).toInt() != 1)
        return invalid(u"Not a yichuang-catalog document of formatVersion 1"_s);
    const QString kind = object->value(u"kind"_s).toString();
    const qint64 version = object->value(u"version"_s).toInteger();
    if (version <= m_catalogVersion)
        return invalid(u"Version %1 is not above the current version %2"_s.arg(version).arg(m_catalogVersion));
    QJsonObject full;
    if (kind == u"full"_s) {
        full = *object;
    } else if (kind == u"delta"_s) {
        if (object->value(u"baseVersion"_s).toInteger() != m_catalogVersion || m_catalogVersion == 0)
            return invalid(u"The delta's baseVersion is not the current version %1"_s.arg(m_catalogVersion));
        full = toObject(m_catalogDocument);
        QList<QJsonObject> items;
        for (const QJsonValue& v : full.value(u"items"_s).toArray())
            items.append(v.toObject());
        for (const QJsonValue& r : object->value(u"removed"_s).toArray()) {
            const auto before = items.size();
            items.removeIf([&](const QJsonObject& o) { return o.value(u"code"_s) == r; });
            if (items.size() == before)
                return invalid(u"Removed code %1 is not in the catalog"_s.arg(r.toString()));
        }
        for (const QJsonValue& v : object->value(u"items"_s).toArray()) {
            const QJsonObject item = v.toObject();
            auto it = std::find_if(items.begin(), items.end(),
                                   [&](const QJsonObject& o) { return o.value(u"code"_s) == item.value(u"code"_s); });
            if (it != items.end())
                *it = item;
            else
                items.append(item);
        }
        QJsonArray array;
        for (const QJsonObject& o : items)
            array.append(o);
        full.insert(u"items"_s, array);
        full.insert(u"version"_s, version);
        if (object->contains(u"generatedAt"_s))
            full.insert(u"generatedAt"_s, object->value(u"generatedAt"_s));
    } else {
        return invalid(u"kind must be full or delta"_s);
    }
    full.insert(u"kind"_s, u"full"_s);
    full.remove(u"baseVersion"_s);
    full.remove(u"removed"_s);
    m_db.transaction();
    bool ok = false;
    run(m_db, u"INSERT INTO catalog_versions (version, document, published_at) VALUES (?, ?, ?)"_s,
        {version, compact(full), now()}, &ok);
    if (!ok) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the catalog"_s, true);
    }
    addChange({{u"kind"_s, u"catalog"_s}, {u"version"_s, version}, {u"at"_s, isoUtc(now())}}, {});
    m_db.commit();
    loadCatalogCache();
    return Reply::json(201, {{u"version"_s, version}});
}

Reply Platform::calendar(const QByteArray& ifNoneMatch)
{
    if (m_calendar.isEmpty())
        return Reply::error(404, u"not-found"_s, u"No calendar configured"_s);
    if (!ifNoneMatch.isEmpty() && ifNoneMatch.trimmed() == m_calendarEtag) {
        Reply reply = Reply::empty(304);
        reply.headers.append({"ETag", m_calendarEtag});
        return reply;
    }
    Reply reply;
    reply.body = m_calendar;
    reply.headers.append({"ETag", m_calendarEtag});
    return reply;
}

} // namespace yc::platform
