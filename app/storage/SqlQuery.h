#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace yc::storage {

class Database;

// A statement prepared on the store's connection, its values bound in order to the "?"
// placeholders: values are always bound, never written into the SQL text.
//
//     SqlQuery q(m_database, QStringLiteral("SELECT name FROM t WHERE id = ?"), {id});
//     if (!q.exec())
//         return q.error(tr("The thing could not be read"));
class SqlQuery : public QSqlQuery
{
public:
    SqlQuery(const Database& database, const QString& sql, const QVariantList& values = {});

    // Binds the next row of values and runs the statement again (one statement for many rows).
    [[nodiscard]] bool run(const QVariantList& values);

    // The last failure as an Error: the code and "what: <the driver's text>".
    [[nodiscard]] Error error(const QString& what, const QString& code = QStringLiteral("db.query")) const;
};

// Runs a statement whose rows are not read; the failure as SqlQuery::error(what).
[[nodiscard]] Status execute(const Database& database, const QString& sql, const QVariantList& values,
                             const QString& what);

} // namespace yc::storage
