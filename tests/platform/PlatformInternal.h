#pragma once

// Helpers shared by the files that implement Platform (not part of its interface).
#include "Platform.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrlQuery>
#include <QVariantList>

#include <functional>
#include <initializer_list>
#include <optional>

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
// Newest-first paging by row id (PROTOCOL.md §1.3). cursorCondition adds "AND id < cursor" for the
// request's cursor (a 400 reply for an unreadable one); newestFirstPage runs the statement (first column:
// the row id) for one page of the request's limit and answers {"cases": [row(q)…], "cursor", "hasMore"}.
std::optional<Reply> cursorCondition(const QUrlQuery& query, QString& sql, QVariantList& binds);
Reply newestFirstPage(QSqlDatabase& db, QString sql, QVariantList binds, const QUrlQuery& query,
                      const std::function<QJsonObject(const QSqlQuery&)>& row);
// The platform's files are its user's only: folders 0700, files 0600 (whatever the umask made them).
bool makePrivate(const QString& path);

} // namespace yc::platform::internal
