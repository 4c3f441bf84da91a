#pragma once

// Helpers shared by the files that implement Platform (not part of its interface).
#include "Platform.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrlQuery>
#include <QVariantList>

#include <initializer_list>

namespace yc::platform::internal {

// Runs one statement with positional bindings; the query is returned for reading rows.
QSqlQuery run(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {}, bool* ok = nullptr);
QJsonObject toObject(const QByteArray& json);
QByteArray compact(const QJsonObject& o);
// 403 forbidden and 422 invalid (PROTOCOL.md §1.1).
Reply forbidden(const QString& message);
Reply invalid(const QString& message, const QJsonObject& details = {});
bool requireAny(const Session& session, std::initializer_list<const char*> roles);
// The current year in China Standard Time.
int chinaYear(qint64 msecs);
// The "limit" of a list request (1-500, default 100).
int limitOf(const QUrlQuery& query);
// The platform's files are its user's only: folders 0700, files 0600 (whatever the umask made them).
bool makePrivate(const QString& path);

} // namespace yc::platform::internal
