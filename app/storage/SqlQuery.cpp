#include "storage/SqlQuery.h"

#include "storage/Database.h"

#include <QSqlError>

namespace yc::storage {

SqlQuery::SqlQuery(const Database& database, const QString& sql, const QVariantList& values)
    : QSqlQuery(database.connection())
{
    prepare(sql);
    for (const QVariant& value : values)
        addBindValue(value);
}

bool SqlQuery::run(const QVariantList& values)
{
    for (const QVariant& value : values)
        addBindValue(value);
    return exec();
}

Error SqlQuery::error(const QString& what, const QString& code) const
{
    return sqlError(code, what, lastError().text());
}

Status execute(const Database& database, const QString& sql, const QVariantList& values, const QString& what)
{
    SqlQuery q(database, sql, values);
    if (!q.exec())
        return q.error(what);
    return {};
}

} // namespace yc::storage
