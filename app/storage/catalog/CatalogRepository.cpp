#include "storage/catalog/CatalogRepository.h"

#include "core/Logging.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace yc::storage {

using catalog::CatalogDocument;
using catalog::ServiceItem;

namespace {

QString metaKey(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

Result<CatalogImportSummary> CatalogRepository::import(const CatalogDocument& document, const QDateTime& now,
                                                       EmptyCatalog empty)
{
    CatalogImportSummary summary;
    const QString at = now.toString(Qt::ISODateWithMs);
    const Status done = m_db.transaction([&] { return apply(document, at, empty, &summary); });
    if (!done)
        return done.error();
    qCInfo(lcCatalog) << "catalog imported:" << (summary.delta ? "delta" : "full") << summary.fromVersion << "->"
                      << summary.toVersion << "added" << summary.added << "changed" << summary.changed << "removed"
                      << summary.removed;
    return summary;
}

Status CatalogRepository::apply(const CatalogDocument& doc, const QString& now, EmptyCatalog empty,
                                CatalogImportSummary* summary)
{
    auto current = m_db.meta(metaKey(MetaVersion));
    if (!current)
        return current.error();
    const qint64 currentVersion = current.value().toLongLong();
    summary->delta = doc.kind == CatalogDocument::Kind::Delta;
    summary->fromVersion = currentVersion;
    summary->toVersion = doc.version;

    if (summary->delta && currentVersion != doc.baseVersion)
        return makeError(QStringLiteral("catalog.delta-base"),
                         tr("The delta changes catalog version %1, but this store holds version %2. Import the full "
                            "catalog (or the deltas in between, in order).")
                             .arg(doc.baseVersion)
                             .arg(currentVersion));

    // Versions of the items held now (code -> item version).
    QHash<QString, int> existing;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT code, item_version FROM catalog_items"));
        q.setForwardOnly(true);
        if (!q.exec())
            return q.error(tr("Cannot read the catalog"));
        while (q.next())
            existing.insert(q.value(0).toString(), q.value(1).toInt());
    }

    // Nothing is changed yet: refuse a document that would leave the catalog without items.
    if (empty == EmptyCatalog::Refuse) {
        qint64 after = doc.items.size();
        if (summary->delta) {
            after = existing.size();
            for (const QString& code : QSet<QString>(doc.removed.cbegin(), doc.removed.cend()))
                after -= existing.contains(code) ? 1 : 0;
            for (const ServiceItem& item : doc.items)
                after += existing.contains(item.code) ? 0 : 1;
        }
        if (after == 0)
            return makeError(QStringLiteral("catalog.empty"),
                             summary->delta
                                 ? tr("The delta removes every item: the catalog would be left empty.")
                                 : tr("The full catalog has no items: importing it would leave the catalog empty."));
    }

    const QString archiveSql = QStringLiteral(
        "INSERT OR IGNORE INTO catalog_item_versions (code, item_version, name, document, catalog_version, "
        "archived_at) SELECT code, item_version, name, document, catalog_version, ? FROM catalog_items");
    SqlQuery archive(m_db, archiveSql + QStringLiteral(" WHERE code = ?"));
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM catalog_items WHERE code = ?"));

    if (!summary->delta) {
        if (auto kept = execute(m_db, archiveSql, {now}, tr("Cannot keep the earlier item versions")); !kept)
            return kept;
        if (auto cleared =
                execute(m_db, QStringLiteral("DELETE FROM catalog_items"), {}, tr("Cannot replace the catalog"));
            !cleared)
            return cleared;
        QSet<QString> incoming;
        for (const ServiceItem& item : doc.items)
            incoming.insert(item.code);
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (!incoming.contains(it.key()))
                ++summary->removed;
        }
    } else {
        for (const QString& code : doc.removed) {
            if (!existing.contains(code))
                return makeError(QStringLiteral("catalog.invalid"),
                                 tr("removed: the code %1 is not in catalog version %2").arg(code).arg(currentVersion));
            if (!archive.run({now, code}))
                return archive.error(tr("Cannot keep the earlier item versions"));
            if (!remove.run({code}))
                return remove.error(tr("Cannot remove item %1").arg(code));
            ++summary->removed;
        }
    }

    SqlQuery insert(m_db, QStringLiteral("INSERT OR REPLACE INTO catalog_items (code, item_version, name, department, "
                                         "item_type, document, catalog_version, updated_at, basic_code, parent_code, "
                                         "levels, area_codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < doc.items.size(); ++i) {
        const ServiceItem& item = doc.items.at(i);
        const auto old = existing.constFind(item.code);
        if (old == existing.constEnd()) {
            ++summary->added;
        } else {
            if (item.itemVersion < old.value())
                return makeError(QStringLiteral("catalog.invalid"),
                                 tr("%1, field itemVersion: %2 is older than the version held (%3)")
                                     .arg(CatalogDocument::describeItem(i, item.code))
                                     .arg(item.itemVersion)
                                     .arg(old.value()));
            if (item.itemVersion != old.value())
                ++summary->changed;
            if (summary->delta) {
                if (!archive.run({now, item.code}))
                    return archive.error(tr("Cannot keep the earlier item versions"));
            }
        }
        if (!insert.run({item.code, item.itemVersion, item.name, item.department.name, item.type,
                         QString::fromUtf8(doc.itemJson.at(i)), doc.version, now, item.basicCode,
                         item.parentCode.isEmpty() ? QVariant() : QVariant(item.parentCode),
                         item.levels.join(QLatin1Char(',')), item.areaCodes.join(QLatin1Char(','))}))
            return insert.error(tr("Cannot store item %1").arg(item.code));
    }

    if (summary->delta) {
        // Sub-items must still find their main item after the delta.
        SqlQuery q(m_db, QStringLiteral("SELECT c.code, c.parent_code FROM catalog_items c LEFT JOIN catalog_items p "
                                        "ON p.code = c.parent_code WHERE c.parent_code IS NOT NULL AND (p.code IS "
                                        "NULL OR p.parent_code IS NOT NULL) LIMIT 5"));
        if (!q.exec())
            return q.error(tr("Cannot check the catalog"));
        QStringList problems;
        while (q.next())
            problems << tr("item %1, field parentCode: no main item with code %2 in the catalog after the delta")
                            .arg(q.value(0).toString(), q.value(1).toString());
        if (!problems.isEmpty())
            return makeError(QStringLiteral("catalog.invalid"), problems.join(QLatin1Char('\n')));
    }

    for (const auto& [key, value] :
         {std::pair{MetaVersion, QString::number(doc.version)}, std::pair{MetaImportedAt, now},
          std::pair{MetaGeneratedAt, doc.generatedAt}, std::pair{MetaIssuer, doc.issuer}}) {
        if (value.isEmpty() && summary->delta)
            continue; // a delta without them keeps the full catalog's issuer and date
        if (auto set = m_db.setMeta(metaKey(key), value); !set)
            return set;
    }
    SqlQuery count(m_db, QStringLiteral("SELECT count(*) FROM catalog_items"));
    if (!count.exec() || !count.next())
        return count.error(tr("Cannot read the catalog"));
    summary->total = count.value(0).toLongLong();
    return {};
}

Result<CatalogInfo> CatalogRepository::info() const
{
    CatalogInfo info;
    const auto version = m_db.meta(metaKey(MetaVersion));
    if (!version)
        return version.error();
    info.version = version.value().toLongLong();
    info.issuer = m_db.meta(metaKey(MetaIssuer)).valueOr({});
    info.generatedAt = m_db.meta(metaKey(MetaGeneratedAt)).valueOr({});
    info.importedAt = m_db.meta(metaKey(MetaImportedAt)).valueOr({});
    auto items = m_db.count(QStringLiteral("SELECT count(*) FROM catalog_items"));
    if (!items)
        return items.error();
    info.items = items.value();
    return info;
}

Result<ServiceItem> CatalogRepository::parseStored(const QString& code, const QString& json) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    auto item = ServiceItem::fromJson(doc.object(), CatalogDocument::describeItem(0, code));
    if (!item)
        return makeError(QStringLiteral("catalog.damaged"),
                         tr("The stored guide of item %1 cannot be read: %2").arg(code, item.error().message));
    return item;
}

Result<ServiceItem> CatalogRepository::item(const QString& code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT document FROM catalog_items WHERE code = ?"), {code});
    if (!q.exec())
        return q.error(tr("Cannot read the catalog"));
    if (!q.next())
        return makeError(QStringLiteral("catalog.unknown-item"), tr("No item with code %1 in the catalog.").arg(code));
    return parseStored(code, q.value(0).toString());
}

Result<ServiceItem> CatalogRepository::itemVersion(const QString& code, int itemVersion) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT document FROM catalog_items WHERE code = ? AND item_version = ? UNION ALL "
                              "SELECT document FROM catalog_item_versions WHERE code = ? AND item_version = ? LIMIT 1"),
               {code, itemVersion, code, itemVersion});
    if (!q.exec())
        return q.error(tr("Cannot read the catalog"));
    if (!q.next())
        return makeError(QStringLiteral("catalog.unknown-item"),
                         tr("No version %2 of item %1 is kept in this store.").arg(code).arg(itemVersion));
    return parseStored(code, q.value(0).toString());
}

Result<catalog::GuideFormatter::SubItems> CatalogRepository::subItems(const QString& code) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT code, name FROM catalog_items WHERE parent_code = ? ORDER BY basic_code, code"),
               {code});
    if (!q.exec())
        return q.error(tr("Cannot read the catalog"));
    catalog::GuideFormatter::SubItems result;
    while (q.next())
        result << qMakePair(q.value(0).toString(), q.value(1).toString());
    return result;
}

Result<std::vector<catalog::IndexEntry>> CatalogRepository::indexEntries() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT code, name, department, levels, area_codes FROM catalog_items"));
    q.setForwardOnly(true);
    if (!q.exec())
        return q.error(tr("Cannot read the catalog"));
    std::vector<catalog::IndexEntry> entries;
    while (q.next()) {
        entries.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                           q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)});
    }
    return entries;
}

Status CatalogRepository::recordUse(const QString& windowCode, const QString& code, const QDateTime& at)
{
    return execute(m_db,
                   QStringLiteral("INSERT INTO catalog_recent (window_code, code, used_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (window_code, code) DO UPDATE SET used_at = excluded.used_at, "
                                  "uses = uses + 1"),
                   {windowCode.isNull() ? QStringLiteral("") : windowCode, // no window configured: ''
                    code, at.toString(Qt::ISODateWithMs)},
                   tr("Cannot record the use of item %1").arg(code));
}

Result<QStringList> CatalogRepository::recentCodes(const QString& windowCode, int limit) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT code FROM catalog_recent WHERE window_code = ? ORDER BY used_at DESC, code "
                              "LIMIT ?"),
               {windowCode.isNull() ? QStringLiteral("") : windowCode, limit});
    if (!q.exec())
        return q.error(tr("Cannot read the recently used items"));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

} // namespace yc::storage
