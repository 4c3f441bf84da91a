#include "PlatformInternal.h"

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
