#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace yc::storage {

struct SchemaInfo
{
    int version = 0;
    int latestVersion = 0;
};

// One SQLite connection to the local store. Each thread that touches the store opens its own
// Database (QtSql connections belong to the thread that made them).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] static int latestSchemaVersion();

    // Opens an existing file read-only and checks it: readable as SQLite, integrity check clean,
    // schema not newer than this program knows. Never writes to the file.
    // Error codes: db.missing, db.unreadable, db.not-a-database, db.corrupt, db.newer-schema.
    // With Check::HeaderOnly the integrity check is left out (the caller runs it later, see
    // Store::open's deferred check); every other check is made.
    enum class Check
    {
        Full,
        HeaderOnly
    };
    [[nodiscard]] static Result<SchemaInfo> inspect(const QString& path, Check check = Check::Full);

    // Checks an existing file with inspect(), then opens it read-write and migrates it to
    // targetVersion (latest when negative). A missing file is created. With Check::HeaderOnly the
    // integrity check is left to the caller, except when the file needs a migration: a file about to
    // be rewritten is always checked in full first.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, int targetVersion = -1,
                                                                Check check = Check::Full);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] Result<int> schemaVersion() const;
    [[nodiscard]] Status migrateTo(int targetVersion);
    [[nodiscard]] Status integrityCheck() const;
    [[nodiscard]] Result<qint64> count(const QString& sql) const;

    // Runs fn inside one transaction; commits when it succeeds, rolls back when it fails. Called
    // inside another transaction(), fn joins it: the outer one commits or rolls back everything.
    [[nodiscard]] Status transaction(const std::function<Status()>& fn);

    [[nodiscard]] Result<QString> meta(const QString& key) const;
    [[nodiscard]] Status setMeta(const QString& key, const QString& value);

private:
    [[nodiscard]] static Result<SchemaInfo> readHeader(const QSqlDatabase& db, const QString& path);

    // PRAGMA foreign_key_check, one "table rowid parent fkid" per row that refers to a missing row.
    [[nodiscard]] Result<QSet<QString>> danglingReferences() const;
    Database(QString path, QString connectionName);
    [[nodiscard]] Status configure();

    QString m_path;
    QString m_connectionName;
    QString m_fileKey; // set once open and checked (Database.cpp: files open in this process)
    int m_transactionDepth = 0;
};

// Helpers shared by repositories.
[[nodiscard]] Error sqlError(const QString& code, const QString& what, const QString& driverText);
// A bind value that is SQL NULL for an empty text.
[[nodiscard]] QVariant nullableText(const QString& text);
// An instant in the store's form (isoUtcMs), SQL NULL when invalid.
[[nodiscard]] QVariant nullableTime(const QDateTime& at);
// A date as ISO 8601 text, SQL NULL when invalid.
[[nodiscard]] QVariant nullableDate(const QDate& date);

} // namespace yc::storage
