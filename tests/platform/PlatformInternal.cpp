#include "PlatformInternal.h"

#include <QJsonArray>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace yc::platform::internal {

QSqlQuery run(QSqlDatabase& db, const QString& sql, const QVariantList& binds, bool* ok)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& v : binds)
        query.addBindValue(v);
    const bool done = query.exec();
    if (!done)
        qWarning("platform: SQL failed: %s", qPrintable(query.lastError().text()));
    if (ok)
        *ok = done;
    return query;
}

QJsonObject toObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Reply forbidden(const QString& message)
{
    return Reply::error(403, u"forbidden"_s, message);
}

Reply invalid(const QString& message, const QJsonObject& details)
{
    return Reply::error(422, u"invalid"_s, message, false, details);
}

bool requireAny(const Session& session, std::initializer_list<const char*> roles)
{
    for (const char* r : roles) {
        if (session.hasRole(QString::fromLatin1(r)))
            return true;
    }
    return false;
}

int chinaYear(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).addSecs(8 * 3600).date().year();
}

int limitOf(const QUrlQuery& query)
{
    bool ok = false;
    const int limit = query.queryItemValue(u"limit"_s).toInt(&ok);
    return ok ? qBound(1, limit, 500) : 100;
}

std::optional<Reply> cursorCondition(const QUrlQuery& query, QString& sql, QVariantList& binds)
{
    const QString cursor = query.queryItemValue(u"cursor"_s);
    if (cursor.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 c = cursor.toLongLong(&ok);
    if (!ok)
        return ApiError{400, u"bad-request"_s, u"Unknown cursor"_s, {}}.toReply();
    sql += u" AND id < ?"_s;
    binds.append(c);
    return std::nullopt;
}

Reply newestFirstPage(QSqlDatabase& db, QString sql, QVariantList binds, const QUrlQuery& query,
                      const std::function<QJsonObject(const QSqlQuery&)>& row)
{
    const int limit = limitOf(query);
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    binds.append(limit + 1);
    QSqlQuery q = run(db, sql, binds);
    QJsonArray list;
    qint64 last = 0;
    bool more = false;
    while (q.next()) {
        if (list.size() == limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        list.append(row(q));
    }
    return Reply::json(
        200, {{u"cases"_s, list}, {u"cursor"_s, more ? QString::number(last) : QString()}, {u"hasMore"_s, more}});
}

bool makePrivate(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    const QFileDevice::Permissions owner =
        info.isDir() ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                     : QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if ((info.permissions() & others) == 0 && (info.permissions() & owner) == owner)
        return true;
    return QFile::setPermissions(path, owner);
}

} // namespace yc::platform::internal
