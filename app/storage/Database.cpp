#include "storage/Database.h"

#include "storage/AuditLog.h"

#include "core/Logging.h"
#include "core/TextForms.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <map>

namespace yc::storage {

namespace {

// The database files this process holds open, each checked in full (PRAGMA integrity_check reads
// the whole file, which grows with the catalog and the cases) when its first connection opened: the
// process's other connections to it (search, sync, sign-in, each on its own thread) do not read it
// all again while one is open. Once the last one closes, the next open checks again.
QMutex openFilesMutex;
QHash<QString, int> openFiles; // key -> connections open

QString fileKey(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool isOpenInProcess(const QString& key)
{
    const QMutexLocker lock(&openFilesMutex);
    return openFiles.value(key) > 0;
}

void noteOpened(const QString& key)
{
    const QMutexLocker lock(&openFilesMutex);
    ++openFiles[key];
}

void noteClosed(const QString& key)
{
    const QMutexLocker lock(&openFilesMutex);
    if (--openFiles[key] <= 0)
        openFiles.remove(key);
}

QString newConnectionName()
{
    return QStringLiteral("yc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Migrations compiled into the binary: number -> SQL text.
// The migrations are resources compiled into the program: read once per process.
const std::map<int, QString>& migrations()
{
    static const std::map<int, QString> all = [] {
        std::map<int, QString> result;
        const QDir dir(QStringLiteral(":/yc/migrations"));
        static const QRegularExpression name(QStringLiteral("^(\\d{4})_.+\\.sql$"));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = name.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (f.open(QIODevice::ReadOnly))
                result.emplace(match.captured(1).toInt(), QString::fromUtf8(f.readAll()));
        }
        return result;
    }();
    return all;
}

QStringList splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool looksNotADatabase(const QString& text)
{
    return text.contains(QLatin1String("not a database"), Qt::CaseInsensitive);
}

} // namespace

Error sqlError(const QString& code, const QString& what, const QString& driverText)
{
    return makeError(code, what + QStringLiteral(": ") + driverText);
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableTime(const QDateTime& at)
{
    return at.isValid() ? QVariant(isoUtcMs(at)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant nullableDate(const QDate& date)
{
    return nullableText(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    if (!m_fileKey.isEmpty())
        noteClosed(m_fileKey);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const auto& all = migrations();
    return all.empty() ? 0 : all.rbegin()->first;
}

// PRAGMA user_version and the schema page, without writing: not SQLite, damaged at its start, or
// written by a newer program is refused.
Result<SchemaInfo> Database::readHeader(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QString text = q.lastError().text();
        if (looksNotADatabase(text))
            return makeError(QStringLiteral("db.not-a-database"),
                             tr("%1 is not a Yichuang database (not an SQLite file).").arg(path));
        return makeError(QStringLiteral("db.corrupt"), tr("The database file %1 is damaged: %2").arg(path, text));
    }
    SchemaInfo schema{q.value(0).toInt(), latestSchemaVersion()};
    if (schema.version > schema.latestVersion)
        return makeError(QStringLiteral("db.newer-schema"),
                         tr("The database %1 has schema version %2, newer than this program "
                            "understands (%3). Install a newer Yichuang; the file was left untouched.")
                             .arg(path)
                             .arg(schema.version)
                             .arg(schema.latestVersion));
    // Read the schema page too, so that a file damaged at its start fails here.
    QSqlQuery header(db);
    if (!header.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        const QString text = header.lastError().text();
        if (looksNotADatabase(text))
            return makeError(QStringLiteral("db.not-a-database"),
                             tr("%1 is not a Yichuang database (not an SQLite file).").arg(path));
        return makeError(QStringLiteral("db.corrupt"), tr("The database file %1 is damaged: %2").arg(path, text));
    }
    return schema;
}

Result<SchemaInfo> Database::inspect(const QString& path, Check mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(QStringLiteral("db.missing"), tr("The database file %1 does not exist.").arg(path));
    if (!info.isReadable())
        return makeError(QStringLiteral("db.unreadable"), tr("The database file %1 cannot be read.").arg(path));

    const QString name = newConnectionName();
    Result<SchemaInfo> result = makeError(QStringLiteral("db.unreadable"), QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = makeError(QStringLiteral("db.unreadable"),
                               tr("The database file %1 cannot be opened: %2").arg(path, db.lastError().text()));
        } else {
            result = [&]() -> Result<SchemaInfo> {
                auto header = readHeader(db, path);
                if (!header || mode == Check::HeaderOnly)
                    return header;
                const SchemaInfo schema = header.value();
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    const QString text = check.lastError().text();
                    if (looksNotADatabase(text))
                        return makeError(QStringLiteral("db.not-a-database"),
                                         tr("%1 is not a Yichuang database (not an SQLite file).").arg(path));
                    return makeError(QStringLiteral("db.corrupt"),
                                     tr("The database file %1 is damaged: %2").arg(path, text));
                }
                QStringList problems;
                while (check.next())
                    problems << check.value(0).toString();
                if (problems != QStringList{QStringLiteral("ok")})
                    return makeError(QStringLiteral("db.corrupt"),
                                     tr("The database file %1 failed its integrity check: %2")
                                         .arg(path, problems.mid(0, 5).join(QStringLiteral("; "))));
                return schema;
            }();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, int targetVersion, Check check)
{
    const QFileInfo info(path);
    // An existing file not yet open in this process is checked before anything is written to it: in
    // full on a connection of its own, or (Check::HeaderOnly) its header on this connection below.
    bool readHeaderHere = false;
    if (info.exists()) {
        if (!isOpenInProcess(fileKey(path))) {
            if (check == Check::Full) {
                auto inspected = inspect(path, Check::Full);
                if (!inspected)
                    return inspected.error();
            } else {
                readHeaderHere = true;
            }
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return makeError(QStringLiteral("db.unwritable"),
                         tr("The data directory %1 cannot be created.").arg(info.absolutePath()));
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return makeError(
                QStringLiteral("db.unwritable"),
                tr("The database file %1 cannot be opened for writing: %2").arg(path, db.lastError().text()));
    }
    if (readHeaderHere) {
        // Read only: the journal mode and the migrations below are the first writes.
        auto header = readHeader(database->connection(), path);
        if (!header)
            return header.error();
        const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
        if (header.value().version != target) {
            auto inspected = inspect(path, Check::Full); // to be migrated: checked in full first
            if (!inspected)
                return inspected.error();
        }
    }
    if (auto configured = database->configure(); !configured)
        return configured.error();
    if (auto migrated = database->migrateTo(targetVersion < 0 ? latestSchemaVersion() : targetVersion); !migrated)
        return migrated.error();
    database->m_fileKey = fileKey(path);
    noteOpened(database->m_fileKey);
    return database;
}

Status Database::configure()
{
    QSqlQuery q(connection());
    // WAL: readers (the GUI) never block the writer (the sync engine) and the reverse. It is safe
    // here because the store is a local file used by processes on this one machine (WAL needs
    // shared memory, so never put the data directory on a network share).
    // synchronous=FULL: in WAL mode this syncs the log at every commit, so a case the clerk has
    // accepted and printed survives a power cut. NORMAL would risk losing the last commits.
    // foreign_keys: SQLite leaves them off unless asked, per connection.
    // secure_delete: deleted rows are overwritten, so removed records leave no readable remains.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA secure_delete=ON"),
    };
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma))
            return sqlError(QStringLiteral("db.configure"), tr("Cannot configure the database (%1)").arg(pragma),
                            q.lastError().text());
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(QStringLiteral("db.query"), tr("Cannot read the schema version"), q.lastError().text());
    return q.value(0).toInt();
}

Status Database::migrateTo(int targetVersion)
{
    auto current = schemaVersion();
    if (!current)
        return current.error();
    if (current.value() > targetVersion)
        return makeError(
            QStringLiteral("db.newer-schema"),
            tr("The database has schema version %1, newer than %2.").arg(current.value()).arg(targetVersion));
    for (const auto& migration : migrations()) {
        const int number = migration.first;
        const QString& sql = migration.second;
        if (number <= current.value() || number > targetVersion)
            continue;
        // A migration that rebuilds a table other tables refer to starts with "-- foreign-keys: off"
        // (SQLite's table rebuild procedure): with foreign keys on, dropping the old table would
        // cascade into its children. The pragma cannot change inside a transaction, so it is set
        // around it, and every reference is checked before the commit.
        const bool foreignKeysOff = sql.startsWith(QLatin1String("-- foreign-keys: off"));
        if (foreignKeysOff) {
            QSqlQuery off(connection());
            if (!off.exec(QStringLiteral("PRAGMA foreign_keys=OFF")))
                return sqlError(QStringLiteral("db.migration"), tr("Migration %1 failed").arg(number),
                                off.lastError().text());
        }
        auto applied = transaction([&]() -> Status {
            QSqlQuery q(connection());
            // Only references the migration broke count: a store may hold older dangling rows.
            QSet<QString> danglingBefore;
            if (foreignKeysOff) {
                auto before = danglingReferences();
                if (!before)
                    return before.error();
                danglingBefore = before.value();
            }
            for (const QString& statement : splitStatements(sql)) {
                if (!q.exec(statement))
                    return sqlError(QStringLiteral("db.migration"), tr("Migration %1 failed").arg(number),
                                    q.lastError().text());
            }
            // Steps SQL cannot do, run with the migration's statements in its transaction.
            if (number == AuditLog::ChainSchemaVersion) {
                if (auto sealed = AuditLog::sealUnchained(*this); !sealed)
                    return makeError(QStringLiteral("db.migration"),
                                     tr("Migration %1 failed: %2").arg(number).arg(sealed.error().message));
            }
            if (foreignKeysOff) {
                auto after = danglingReferences();
                if (!after)
                    return after.error();
                for (const QString& reference : after.value()) {
                    if (!danglingBefore.contains(reference))
                        return makeError(QStringLiteral("db.migration"),
                                         tr("Migration %1 failed: rows of table %2 refer to missing rows.")
                                             .arg(number)
                                             .arg(reference.section(QLatin1Char(' '), 0, 0)));
                }
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(number)))
                return sqlError(QStringLiteral("db.migration"), tr("Migration %1 failed").arg(number),
                                q.lastError().text());
            return {};
        });
        if (foreignKeysOff) {
            QSqlQuery on(connection());
            if (!on.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
                return sqlError(QStringLiteral("db.configure"),
                                tr("Cannot configure the database (%1)").arg(QStringLiteral("PRAGMA foreign_keys=ON")),
                                on.lastError().text());
        }
        if (!applied)
            return applied;
        qCInfo(lcStorage) << "applied schema migration" << number;
    }
    return {};
}

Result<QSet<QString>> Database::danglingReferences() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(QStringLiteral("db.query"), tr("A database query failed"), q.lastError().text());
    QSet<QString> references; // "table rowid parent fkid"
    while (q.next())
        references.insert(
            QStringLiteral("%1 %2 %3 %4")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
    return references;
}

Status Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QStringLiteral("db.corrupt"), tr("The integrity check could not run"), q.lastError().text());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return makeError(
            QStringLiteral("db.corrupt"),
            tr("The database failed its integrity check: %1").arg(problems.mid(0, 5).join(QStringLiteral("; "))));
    QSqlQuery fk(connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next())
        return makeError(
            QStringLiteral("db.corrupt"),
            tr("The database has rows that refer to missing rows (table %1).").arg(fk.value(0).toString()));
    return {};
}

Result<qint64> Database::count(const QString& sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql) || !q.next())
        return sqlError(QStringLiteral("db.query"), tr("A database query failed"), q.lastError().text());
    return q.value(0).toLongLong();
}

Status Database::transaction(const std::function<Status()>& fn)
{
    if (m_transactionDepth > 0)
        return fn();
    struct Depth
    {
        int& depth;
        explicit Depth(int& d)
            : depth(++d)
        {}
        ~Depth() { --depth; }
    } depth(m_transactionDepth);
    QSqlDatabase db = connection();
    // IMMEDIATE: the write lock is taken at the start (waiting up to the busy timeout for another
    // writer). A deferred BEGIN would read first and then fail at once with "database is locked"
    // when another connection committed in between, as the sync engine may while a draft is saved.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("db.transaction"), tr("Cannot start a database transaction"),
                        begin.lastError().text());
    Status result = fn();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return sqlError(QStringLiteral("db.transaction"), tr("Cannot commit a database transaction"), text);
    }
    return {};
}

Result<QString> Database::meta(const QString& key) const
{
    SqlQuery q(*this, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q.exec())
        return q.error(tr("Cannot read store settings"));
    return q.next() ? q.value(0).toString() : QString();
}

Status Database::setMeta(const QString& key, const QString& value)
{
    return execute(*this,
                   QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {key, value}, tr("Cannot write store settings"));
}

} // namespace yc::storage
