#include "Platform.h"

#include "PlatformCrypto.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace yc::platform {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, kind TEXT NOT NULL, staff_id TEXT NOT NULL,"
    " machine_id TEXT, expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, parent TEXT)",
    "CREATE TABLE IF NOT EXISTS machines (machine_id TEXT PRIMARY KEY, hall_code TEXT NOT NULL,"
    " window_no TEXT NOT NULL, label TEXT, key_algorithm TEXT NOT NULL, public_key TEXT NOT NULL,"
    " enrolled_at INTEGER NOT NULL, enrolled_by TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS leases (lease_id TEXT PRIMARY KEY, request_id TEXT NOT NULL UNIQUE,"
    " request TEXT NOT NULL, machine_id TEXT NOT NULL, hall_code TEXT NOT NULL, window_no TEXT NOT NULL,"
    " year INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL, granted_at INTEGER NOT NULL,"
    " UNIQUE (hall_code, year, first))",
    "CREATE TABLE IF NOT EXISTS materials (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL,"
    " complete INTEGER NOT NULL DEFAULT 0, completed_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS cases (id INTEGER PRIMARY KEY AUTOINCREMENT, case_id TEXT NOT NULL UNIQUE,"
    " case_number TEXT NOT NULL UNIQUE, machine_id TEXT NOT NULL, hall_code TEXT NOT NULL,"
    " window_no TEXT NOT NULL, staff_id TEXT NOT NULL, item_code TEXT NOT NULL, item_version INTEGER NOT NULL,"
    " decision TEXT NOT NULL, status TEXT NOT NULL, accepted_at TEXT NOT NULL, promised_date TEXT,"
    " received_at INTEGER NOT NULL, material_count INTEGER NOT NULL, department TEXT,"
    " canonical BLOB NOT NULL, body BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS supplements (supplement_id TEXT PRIMARY KEY, case_id TEXT NOT NULL,"
    " canonical BLOB NOT NULL, received_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, hall_code TEXT,"
    " case_id TEXT, change TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS changes_case ON changes (case_id)",
    "CREATE TABLE IF NOT EXISTS audit_batches (batch_id TEXT PRIMARY KEY, machine_id TEXT NOT NULL,"
    " canonical BLOB NOT NULL, accepted INTEGER NOT NULL, duplicates INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit_entries (machine_id TEXT NOT NULL, seq INTEGER NOT NULL,"
    " entry TEXT NOT NULL, PRIMARY KEY (machine_id, seq))",
    "CREATE TABLE IF NOT EXISTS evaluations (evaluation_id TEXT PRIMARY KEY, machine_id TEXT,"
    " canonical BLOB NOT NULL, case_number TEXT, level INTEGER NOT NULL, follow_up INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS approvals (approval_id TEXT PRIMARY KEY, hall_code TEXT NOT NULL,"
    " canonical BLOB NOT NULL, approval TEXT NOT NULL, status TEXT NOT NULL, requested_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS catalog_versions (version INTEGER PRIMARY KEY, document BLOB NOT NULL,"
    " published_at INTEGER NOT NULL)",
};

// Runs one statement with positional bindings; the query is returned for reading rows.
QSqlQuery run(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {}, bool* ok = nullptr)
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

Reply invalid(const QString& message, const QJsonObject& details = {})
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

// The current year in China Standard Time.
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

} // namespace

Platform::Platform(PlatformConfig config, QString dataDir)
    : m_config(std::move(config))
    , m_dataDir(std::move(dataDir))
    , m_connection(u"platform-"_s + QUuid::createUuid().toString(QUuid::Id128))
{}

Platform::~Platform()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

qint64 Platform::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString Platform::materialPath(const QString& sha256, bool partial) const
{
    return QDir(m_dataDir).filePath(u"materials/"_s + sha256 + (partial ? u".part"_s : QString()));
}

std::optional<QString> Platform::open(bool loadCatalogFromConfig)
{
    if (!QDir().mkpath(QDir(m_dataDir).filePath(u"materials"_s)))
        return u"Cannot create data directory %1"_s.arg(m_dataDir);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(QDir(m_dataDir).filePath(u"platform.sqlite"_s));
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!m_db.open())
        return u"Cannot open database: %1"_s.arg(m_db.lastError().text());
    // WAL lets the command-line commands (case-action) write while the server runs. synchronous=NORMAL
    // in WAL mode keeps every answered request across a crash or kill of the process (the WAL is written
    // before the answer); only an operating-system crash or power cut can lose the last transactions.
    // --durable (setDurable) adds synchronous=FULL and an fsync of each stored material.
    run(m_db, u"PRAGMA journal_mode=WAL"_s);
    run(m_db, m_durable ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s);
    for (const char* statement : kSchema) {
        bool ok = false;
        run(m_db, QString::fromLatin1(statement), {}, &ok);
        if (!ok)
            return u"Cannot create schema: %1"_s.arg(m_db.lastError().text());
    }
    if (!m_config.calendarPath.isEmpty()) {
        QFile file(m_config.calendarPath);
        if (!file.open(QIODevice::ReadOnly))
            return u"Cannot read calendar %1"_s.arg(m_config.calendarPath);
        m_calendar = file.readAll();
        m_calendarEtag = '"' + sha256Hex(m_calendar) + '"';
    }
    loadCatalogCache();
    if (loadCatalogFromConfig && !m_config.catalogPath.isEmpty()) {
        QFile file(m_config.catalogPath);
        if (!file.open(QIODevice::ReadOnly))
            return u"Cannot read catalog %1"_s.arg(m_config.catalogPath);
        const QByteArray document = file.readAll();
        const qint64 version = toObject(document).value(u"version"_s).toInteger();
        if (version > m_catalogVersion) {
            const Reply reply = publishCatalog(document);
            if (reply.isError())
                return u"Catalog %1: %2"_s.arg(m_config.catalogPath, QString::fromUtf8(reply.body));
        }
    }
    return std::nullopt;
}

void Platform::loadCatalogCache()
{
    QSqlQuery q = run(m_db, u"SELECT version, document FROM catalog_versions ORDER BY version"_s);
    while (q.next()) {
        const QJsonObject doc = toObject(q.value(1).toByteArray());
        for (const QJsonValue& item : doc.value(u"items"_s).toArray()) {
            const QJsonObject o = item.toObject();
            const QString code = o.value(u"code"_s).toString();
            m_knownItems.insert(code);
            m_itemDepartments.insert(code, o.value(u"department"_s).toObject().value(u"name"_s).toString());
        }
        m_catalogVersion = q.value(0).toLongLong();
        m_catalogDocument = q.value(1).toByteArray();
    }
}

QByteArray Platform::catalogDocument(qint64 version)
{
    QSqlQuery q = run(m_db, u"SELECT document FROM catalog_versions WHERE version = ?"_s, {version});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

void Platform::addChange(const QJsonObject& change, const QString& hallCode)
{
    const QString caseId = change.value(u"caseId"_s).toString();
    run(m_db, u"INSERT INTO changes (hall_code, case_id, change) VALUES (?, ?, ?)"_s,
        {hallCode.isEmpty() ? QVariant() : QVariant(hallCode), caseId.isEmpty() ? QVariant() : QVariant(caseId),
         compact(change)});
}

// ---- authentication -------------------------------------------------------------------------------

std::variant<Session, Reply> Platform::authenticate(const QByteArray& authorization)
{
    if (!authorization.startsWith("Bearer ") || authorization.size() < 20)
        return Reply::error(401, u"unauthenticated"_s, u"A bearer token is required"_s);
    const QString hash = QString::fromLatin1(sha256Hex(authorization.mid(7).trimmed()));
    QSqlQuery q = run(m_db,
                      u"SELECT staff_id, machine_id, expires_at, revoked FROM tokens WHERE hash = ? AND kind = "
                      "'access'"_s,
                      {hash});
    if (!q.next() || q.value(3).toInt() != 0)
        return Reply::error(401, u"unauthenticated"_s, u"Unknown or revoked token"_s);
    if (q.value(2).toLongLong() <= now())
        return Reply::error(401, u"token-expired"_s, u"The access token has expired"_s);
    const auto staff = m_config.staff.constFind(q.value(0).toString());
    if (staff == m_config.staff.constEnd() || !staff->enabled)
        return Reply::error(401, u"unauthenticated"_s, u"Staff no longer active"_s);
    Session session;
    session.tokenHash = hash;
    session.staffId = staff->staffId;
    session.roles = staff->roles;
    session.hallCode = staff->hallCode;
    session.machineId = q.value(1).toString();
    if (!session.machineId.isEmpty()) {
        const auto machine = machineRow(session.machineId);
        if (!machine)
            return Reply::error(403, u"machine-unknown"_s, u"The machine is no longer enrolled"_s);
        session.hallCode = machine->value(u"hallCode"_s).toString();
        session.windowNo = machine->value(u"windowNo"_s).toString();
    }
    return session;
}

Reply Platform::health()
{
    return Reply::json(200, {{u"status"_s, u"ok"_s},
                             {u"protocol"_s, 1},
                             {u"time"_s, isoUtc(now())},
                             {u"platform"_s, u"yichuang-platform"_s},
                             {u"catalogVersion"_s, m_catalogVersion}});
}

Reply Platform::issueTokens(const StaffConfig& staff, const QString& machineId, const QString& parentRefresh)
{
    const QByteArray access = randomToken();
    const QByteArray refresh = randomToken();
    const qint64 accessExpiry = now() + m_config.tokenLifetimeSeconds * 1000;
    const qint64 refreshExpiry = now() + m_config.refreshLifetimeSeconds * 1000;
    const QVariant machine = machineId.isEmpty() ? QVariant() : QVariant(machineId);
    run(m_db, u"INSERT INTO tokens (hash, kind, staff_id, machine_id, expires_at) VALUES (?, 'access', ?, ?, ?)"_s,
        {QString::fromLatin1(sha256Hex(access)), staff.staffId, machine, accessExpiry});
    run(m_db,
        u"INSERT INTO tokens (hash, kind, staff_id, machine_id, expires_at, parent) VALUES (?, 'refresh', ?, ?, ?, ?)"_s,
        {QString::fromLatin1(sha256Hex(refresh)), staff.staffId, machine, refreshExpiry,
         parentRefresh.isEmpty() ? QVariant() : QVariant(parentRefresh)});
    QJsonArray roles;
    for (const QString& r : staff.roles)
        roles.append(r);
    return Reply::json(200, {{u"accessToken"_s, QString::fromLatin1(access)},
                             {u"expiresAt"_s, isoUtc(accessExpiry)},
                             {u"refreshToken"_s, QString::fromLatin1(refresh)},
                             {u"refreshExpiresAt"_s, isoUtc(refreshExpiry)},
                             {u"staff"_s, QJsonObject{{u"staffId"_s, staff.staffId},
                                                      {u"name"_s, staff.name},
                                                      {u"roles"_s, roles},
                                                      {u"hallCode"_s, staff.hallCode}}},
                             {u"offlineSignInDays"_s, m_config.limits.value(u"offlineSignInDays"_s)}});
}

Reply Platform::signIn(const QByteArray& body)
{
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString staffId = f.string("staffId", 64);
    const QString password = f.string("password", 256);
    const QString machineId = f.optionalString("machineId", 64);
    if (!f.ok())
        return f.error().toReply();
    const auto staff = m_config.staff.constFind(staffId);
    if (staff == m_config.staff.constEnd() || !staff->enabled || !verifyPassword(password, staff->passwordHash))
        return Reply::error(401, u"bad-credentials"_s, u"Wrong staff id or password"_s);
    if (machineId.isEmpty()) {
        if (!staff->roles.contains(u"admin"_s))
            return invalid(u"machineId is required for clerks and supervisors"_s);
    } else {
        const auto machine = machineRow(machineId);
        if (!machine)
            return Reply::error(403, u"machine-unknown"_s, u"This machine is not enrolled"_s);
        if (machine->value(u"hallCode"_s).toString() != staff->hallCode && !staff->roles.contains(u"admin"_s))
            return forbidden(u"The staff member belongs to another hall"_s);
    }
    return issueTokens(*staff, machineId);
}

Reply Platform::refresh(const QByteArray& body)
{
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QByteArray token = f.string("refreshToken", 256).toLatin1();
    if (!f.ok())
        return f.error().toReply();
    const QString hash = QString::fromLatin1(sha256Hex(token));
    QSqlQuery q = run(m_db,
                      u"SELECT staff_id, machine_id, expires_at, revoked, parent FROM tokens "
                      "WHERE hash = ? AND kind = 'refresh'"_s,
                      {hash});
    if (!q.next())
        return Reply::error(401, u"unauthenticated"_s, u"Unknown refresh token"_s);
    if (q.value(3).toInt() != 0)
        return Reply::error(401, u"unauthenticated"_s, u"Refresh token revoked"_s);
    if (q.value(2).toLongLong() <= now())
        return Reply::error(401, u"token-expired"_s, u"The refresh token has expired; sign in again"_s);
    const auto staff = m_config.staff.constFind(q.value(0).toString());
    if (staff == m_config.staff.constEnd() || !staff->enabled)
        return Reply::error(401, u"unauthenticated"_s, u"Staff no longer active"_s);
    const QString machineId = q.value(1).toString();
    // Rotation that survives a lost answer: this token stays usable until one of its successors is
    // used, which proves the client holds the successor; then this token's own predecessor goes.
    if (!q.value(4).isNull())
        run(m_db, u"UPDATE tokens SET revoked = 1 WHERE hash = ? AND kind = 'refresh'"_s, {q.value(4)});
    return issueTokens(*staff, machineId, hash);
}

Reply Platform::signOut(const Session& session)
{
    run(m_db, u"UPDATE tokens SET revoked = 1 WHERE hash = ?"_s, {session.tokenHash});
    run(m_db, u"UPDATE tokens SET revoked = 1 WHERE kind = 'refresh' AND staff_id = ? AND machine_id IS ?"_s,
        {session.staffId, session.machineId.isEmpty() ? QVariant() : QVariant(session.machineId)});
    return Reply::empty(204);
}

// ---- halls and machines ---------------------------------------------------------------------------

Reply Platform::halls(const Session& session)
{
    if (!session.hasRole(u"admin"_s))
        return forbidden(u"Only admins list halls"_s);
    QJsonArray list;
    for (const HallConfig& h : m_config.halls)
        list.append(h.toJson());
    return Reply::json(200, {{u"halls"_s, list}});
}

std::optional<QJsonObject> Platform::machineRow(const QString& machineId)
{
    QSqlQuery q = run(m_db,
                      u"SELECT hall_code, window_no, label, key_algorithm, public_key, enrolled_at, "
                      "enrolled_by FROM machines WHERE machine_id = ?"_s,
                      {machineId});
    if (!q.next())
        return std::nullopt;
    return QJsonObject{{u"machineId"_s, machineId},
                       {u"hallCode"_s, q.value(0).toString()},
                       {u"windowNo"_s, q.value(1).toString()},
                       {u"label"_s, q.value(2).toString()},
                       {u"keyAlgorithm"_s, q.value(3).toString()},
                       {u"publicKey"_s, q.value(4).toString()},
                       {u"enrolledAt"_s, isoUtc(q.value(5).toLongLong())},
                       {u"enrolledBy"_s, q.value(6).toString()}};
}

QJsonObject Platform::machineAnswer(const QJsonObject& row)
{
    const HallConfig* hall = m_config.hall(row.value(u"hallCode"_s).toString());
    const QString windowNo = row.value(u"windowNo"_s).toString();
    QJsonObject machine = row;
    machine.remove(u"publicKey"_s);
    machine.remove(u"hallCode"_s);
    machine.remove(u"windowNo"_s);
    return {{u"machine"_s, machine},
            {u"hall"_s, hall ? hall->toJson() : QJsonObject()},
            {u"window"_s,
             QJsonObject{{u"windowNo"_s, windowNo}, {u"name"_s, hall ? hall->windowName(windowNo) : QString()}}},
            {u"limits"_s, m_config.limits}};
}

Reply Platform::enrol(const Session& session, const QByteArray& body)
{
    if (!session.hasRole(u"admin"_s))
        return forbidden(u"Only admins enrol machines"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString machineId = f.uuid("machineId");
    const QString hallCode = f.string("hallCode", 16);
    const QString windowNo = f.string("windowNo", 16);
    const QString label = f.optionalString("label", 128);
    const QString algorithm = f.oneOf("keyAlgorithm", {"ecdsa-p256-sha256", "sm2-sm3"});
    const QString publicKey = f.string("publicKey", 4096);
    const bool replace = object->value(u"replace"_s).toBool(false);
    if (!f.ok())
        return f.error().toReply();
    const HallConfig* hall = m_config.hall(hallCode);
    if (!hall || !hall->hasWindow(windowNo))
        return invalid(u"Unknown hall or window"_s);
    QString keyError;
    if (!publicKeyMatches(publicKey.toLatin1(), algorithm, &keyError))
        return invalid(keyError);
    const auto existing = machineRow(machineId);
    if (existing) {
        const bool same = existing->value(u"publicKey"_s).toString() == publicKey &&
                          existing->value(u"hallCode"_s).toString() == hallCode &&
                          existing->value(u"windowNo"_s).toString() == windowNo &&
                          existing->value(u"keyAlgorithm"_s).toString() == algorithm;
        if (same)
            return Reply::json(200, machineAnswer(*existing));
        if (!replace)
            return Reply::error(409, u"machine-key-conflict"_s,
                                u"This machine is enrolled with another key, hall or window"_s);
    }
    bool ok = false;
    run(m_db,
        u"INSERT OR REPLACE INTO machines (machine_id, hall_code, window_no, label, key_algorithm, public_key, "
        "enrolled_at, enrolled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {machineId, hallCode, windowNo, label, algorithm, publicKey, now(), session.staffId}, &ok);
    if (!ok)
        return Reply::error(500, u"internal"_s, u"Could not store the machine"_s, true);
    return Reply::json(201, machineAnswer(*machineRow(machineId)));
}

Reply Platform::machine(const Session& session)
{
    if (session.machineId.isEmpty())
        return forbidden(u"This token is not bound to a machine"_s);
    const auto row = machineRow(session.machineId);
    if (!row)
        return Reply::error(403, u"machine-unknown"_s, u"This machine is not enrolled"_s);
    return Reply::json(200, machineAnswer(*row));
}

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

// ---- leases ---------------------------------------------------------------------------------------

Reply Platform::createLease(const Session& session, const QByteArray& body)
{
    if (session.machineId.isEmpty() || !requireAny(session, {"clerk", "supervisor"}))
        return forbidden(u"Leases are for clerks and supervisors signed in on an enrolled machine"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString requestId = f.uuid("requestId");
    const qint64 year = f.integer("year", 2000, 2999);
    const qint64 count = f.integer("count", 1, 1000);
    if (!f.ok())
        return f.error().toReply();
    const QByteArray canonical = canonicalJson(*object);
    auto leaseJson = [](QSqlQuery& q) {
        return QJsonObject{{u"leaseId"_s, q.value(0).toString()},  {u"hallCode"_s, q.value(1).toString()},
                           {u"windowNo"_s, q.value(2).toString()}, {u"machineId"_s, q.value(3).toString()},
                           {u"year"_s, q.value(4).toLongLong()},   {u"first"_s, q.value(5).toLongLong()},
                           {u"last"_s, q.value(6).toLongLong()},   {u"grantedAt"_s, isoUtc(q.value(7).toLongLong())}};
    };
    const QString select = u"SELECT lease_id, hall_code, window_no, machine_id, year, first, last, granted_at, "
                           "request FROM leases WHERE request_id = ?"_s;
    {
        QSqlQuery q = run(m_db, select, {requestId});
        if (q.next()) {
            if (q.value(8).toByteArray() != canonical || q.value(3).toString() != session.machineId)
                return Reply::error(409, u"id-conflict"_s, u"requestId already used for another lease request"_s);
            return Reply::json(200, {{u"lease"_s, leaseJson(q)}});
        }
    }
    const int thisYear = chinaYear(now());
    if (year != thisYear && year != thisYear + 1)
        return invalid(u"year must be %1 or %2"_s.arg(thisYear).arg(thisYear + 1));
    if (!m_db.transaction())
        return Reply::error(503, u"unavailable"_s, u"Database busy"_s, true, {}, 1);
    QSqlQuery maxQuery = run(m_db, u"SELECT COALESCE(MAX(last), 0) FROM leases WHERE hall_code = ? AND year = ?"_s,
                             {session.hallCode, year});
    const qint64 first = (maxQuery.next() ? maxQuery.value(0).toLongLong() : 0) + 1;
    const qint64 last = first + count - 1;
    if (last > 999999) {
        m_db.rollback();
        return invalid(u"No case numbers left for this hall and year"_s);
    }
    const QString leaseId = u"L-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    run(m_db,
        u"INSERT INTO leases (lease_id, request_id, request, machine_id, hall_code, window_no, year, first, "
        "last, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {leaseId, requestId, canonical, session.machineId, session.hallCode, session.windowNo, year, first, last,
         now()},
        &ok);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the lease"_s, true);
    }
    QSqlQuery q = run(m_db, select, {requestId});
    q.next();
    return Reply::json(201, {{u"lease"_s, leaseJson(q)}});
}

Reply Platform::leases(const Session& session)
{
    if (session.machineId.isEmpty())
        return forbidden(u"This token is not bound to a machine"_s);
    QSqlQuery q = run(m_db,
                      u"SELECT lease_id, hall_code, window_no, year, first, last, granted_at FROM leases "
                      "WHERE machine_id = ? ORDER BY year, first"_s,
                      {session.machineId});
    QJsonArray list;
    while (q.next()) {
        QSqlQuery used = run(m_db,
                             u"SELECT COUNT(*) FROM cases WHERE machine_id = ? AND case_number >= ? AND "
                             "case_number <= ?"_s,
                             {session.machineId,
                              formatCaseNumber(q.value(1).toString(), q.value(3).toInt(), q.value(4).toLongLong()),
                              formatCaseNumber(q.value(1).toString(), q.value(3).toInt(), q.value(5).toLongLong())});
        list.append(QJsonObject{{u"leaseId"_s, q.value(0).toString()},
                                {u"hallCode"_s, q.value(1).toString()},
                                {u"windowNo"_s, q.value(2).toString()},
                                {u"machineId"_s, session.machineId},
                                {u"year"_s, q.value(3).toLongLong()},
                                {u"first"_s, q.value(4).toLongLong()},
                                {u"last"_s, q.value(5).toLongLong()},
                                {u"grantedAt"_s, isoUtc(q.value(6).toLongLong())},
                                {u"used"_s, used.next() ? used.value(0).toLongLong() : 0}});
    }
    return Reply::json(200, {{u"leases"_s, list}});
}

// ---- materials ------------------------------------------------------------------------------------

Reply Platform::queryMaterials(const Session& session, const QByteArray& body)
{
    Q_UNUSED(session)
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QJsonArray hashes = f.array("sha256", 1000);
    if (!f.ok())
        return f.error().toReply();
    QJsonArray present;
    QJsonArray partial;
    QJsonArray missing;
    for (const QJsonValue& v : hashes) {
        const QString sha = v.toString();
        if (!isSha256(sha))
            return ApiError{400, u"bad-request"_s, u"sha256 entries must be 64 lower-case hex digits"_s, {}}.toReply();
        QSqlQuery q = run(m_db, u"SELECT size, complete FROM materials WHERE sha256 = ?"_s, {sha});
        if (!q.next())
            missing.append(sha);
        else if (q.value(1).toInt() != 0)
            present.append(sha);
        else
            partial.append(QJsonObject{{u"sha256"_s, sha},
                                       {u"size"_s, q.value(0).toLongLong()},
                                       {u"received"_s, QFileInfo(materialPath(sha, true)).size()}});
    }
    return Reply::json(200, {{u"present"_s, present}, {u"partial"_s, partial}, {u"missing"_s, missing}});
}

Reply Platform::putChunk(const Session& session, const QString& sha256, const QUrlQuery& query, const QByteArray& body)
{
    Q_UNUSED(session)
    if (!isSha256(sha256))
        return Reply::error(404, u"not-found"_s, u"Material paths end in a lower-case SHA-256"_s);
    bool okOffset = false;
    bool okSize = false;
    const qint64 offset = query.queryItemValue(u"offset"_s).toLongLong(&okOffset);
    const qint64 size = query.queryItemValue(u"size"_s).toLongLong(&okSize);
    if (!okOffset || !okSize || offset < 0 || size < 0)
        return ApiError{400, u"bad-request"_s, u"offset and size query parameters are required"_s, {}}.toReply();
    const qint64 maxChunk = m_config.limits.value(u"maxChunkBytes"_s).toInteger();
    const qint64 maxMaterial = m_config.limits.value(u"maxMaterialBytes"_s).toInteger();
    if (body.size() > maxChunk || size > maxMaterial)
        return Reply::error(413, u"too-large"_s, u"Chunk or material larger than the limits"_s);
    auto answer = [&](int status, qint64 received, bool complete) {
        return Reply::json(
            status, {{u"sha256"_s, sha256}, {u"size"_s, size}, {u"received"_s, received}, {u"complete"_s, complete}});
    };
    QSqlQuery q = run(m_db, u"SELECT size, complete FROM materials WHERE sha256 = ?"_s, {sha256});
    if (q.next()) {
        if (q.value(1).toInt() != 0)
            return answer(200, q.value(0).toLongLong(), true);
        if (q.value(0).toLongLong() != size)
            return invalid(u"size differs from the size announced with the first chunk"_s);
    } else {
        QFile::remove(materialPath(sha256, true));
        m_partialHashes.remove(sha256);
        if (offset == 0 && body.size() == size) {
            // The whole material in one request: verify and store it in one step.
            if (QString::fromLatin1(sha256Hex(body)) != sha256)
                return Reply::error(422, u"hash-mismatch"_s,
                                    u"The bytes do not hash to the announced SHA-256; start again"_s);
            QSaveFile whole(materialPath(sha256, false));
            if (!whole.open(QIODevice::WriteOnly) || whole.write(body) != body.size() ||
                (m_durable && !whole.flush()) || (m_durable && ::fsync(whole.handle()) != 0) || !whole.commit())
                return Reply::error(500, u"internal"_s, u"Cannot store material"_s, true);
            run(m_db, u"INSERT OR REPLACE INTO materials (sha256, size, complete, completed_at) VALUES (?, ?, 1, ?)"_s,
                {sha256, size, now()});
            return answer(201, size, true);
        }
        run(m_db, u"INSERT INTO materials (sha256, size) VALUES (?, ?)"_s, {sha256, size});
    }
    const QString partPath = materialPath(sha256, true);
    QFile part(partPath);
    if (!part.open(QIODevice::ReadWrite))
        return Reply::error(500, u"internal"_s, u"Cannot write material"_s, true);
    const qint64 received = part.size();
    if (offset != received)
        return Reply::error(409, u"offset-mismatch"_s, u"The platform holds %1 bytes of this material"_s.arg(received),
                            false, {{u"received"_s, received}});
    if (received + body.size() > size)
        return invalid(u"Chunk goes past the announced size"_s);
    part.seek(received);
    if (part.write(body) != body.size() || !part.flush())
        return Reply::error(500, u"internal"_s, u"Cannot write material"_s, true);
    const qint64 total = received + body.size();
    // The hash runs along with the chunks; after a restart it is rebuilt once from the partial file.
    auto& state = m_partialHashes[sha256];
    if (state && state->bytes() == received) {
        state->add(body.constData(), body.size());
    } else {
        state = std::make_shared<Sha256>();
        part.seek(0);
        if (!state->addDevice(&part)) {
            m_partialHashes.remove(sha256);
            return Reply::error(500, u"internal"_s, u"Cannot read material"_s, true);
        }
    }
    if (total < size)
        return answer(200, total, false);
    if (m_durable)
        ::fsync(part.handle());
    part.close();
    const QString digest = QString::fromLatin1(state->hex());
    m_partialHashes.remove(sha256);
    if (digest != sha256) {
        QFile::remove(partPath);
        run(m_db, u"DELETE FROM materials WHERE sha256 = ?"_s, {sha256});
        return Reply::error(422, u"hash-mismatch"_s, u"The bytes do not hash to the announced SHA-256; start again"_s);
    }
    const QString finalPath = materialPath(sha256, false);
    QFile::remove(finalPath);
    if (!QFile::rename(partPath, finalPath))
        return Reply::error(500, u"internal"_s, u"Cannot store material"_s, true);
    run(m_db, u"UPDATE materials SET complete = 1, completed_at = ? WHERE sha256 = ?"_s, {now(), sha256});
    return answer(201, size, true);
}

Reply Platform::getMaterial(const Session& session, const QString& sha256)
{
    Q_UNUSED(session)
    QSqlQuery q = run(m_db, u"SELECT complete FROM materials WHERE sha256 = ?"_s, {sha256});
    if (!isSha256(sha256) || !q.next() || q.value(0).toInt() == 0)
        return Reply::error(404, u"not-found"_s, u"No complete material with this hash"_s);
    QFile file(materialPath(sha256, false));
    if (!file.open(QIODevice::ReadOnly))
        return Reply::error(500, u"internal"_s, u"Cannot read material"_s, true);
    Reply reply;
    reply.body = file.readAll();
    reply.contentType = "application/octet-stream";
    return reply;
}

QStringList Platform::missingMaterials(const QList<CaseMaterialRef>& refs)
{
    QStringList missing;
    for (const CaseMaterialRef& ref : refs) {
        if (ref.source == u"licence"_s) {
            if (!m_config.hasLicence(ref.licenceId))
                missing.append(ref.licenceId);
            continue;
        }
        QSqlQuery q = run(m_db, u"SELECT size, complete FROM materials WHERE sha256 = ?"_s, {ref.sha256});
        if (!q.next() || q.value(1).toInt() == 0 || q.value(0).toLongLong() != ref.size)
            missing.append(ref.sha256);
    }
    missing.removeDuplicates();
    return missing;
}

bool Platform::checkSignature(const QString& machineId, const QString& algorithm, const QJsonObject& body,
                              const QByteArray& signature, Reply* failure)
{
    const auto machine = machineRow(machineId);
    if (!machine) {
        *failure = Reply::error(403, u"machine-unknown"_s, u"The machine is not enrolled"_s);
        return false;
    }
    if (machine->value(u"keyAlgorithm"_s).toString() != algorithm ||
        !verifySignature(algorithm, machine->value(u"publicKey"_s).toString().toLatin1(), canonicalJson(body),
                         signature)) {
        *failure =
            Reply::error(422, u"bad-signature"_s, u"The signature does not verify with the machine's registered key"_s);
        return false;
    }
    return true;
}

// ---- cases ----------------------------------------------------------------------------------------

Reply Platform::submitCase(const Session& session, const QByteArray& body)
{
    if (session.machineId.isEmpty() || !requireAny(session, {"clerk", "supervisor"}))
        return forbidden(u"Cases are submitted by clerks and supervisors on an enrolled machine"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    if (object->value(u"machineId"_s).toString() != session.machineId ||
        object->value(u"hallCode"_s).toString() != session.hallCode ||
        object->value(u"windowNo"_s).toString() != session.windowNo)
        return forbidden(u"machineId, hallCode and windowNo must be those of the signed-in machine"_s);
    return storeCase(session.machineId, *object);
}

Reply Platform::storeCase(const QString& machineId, const QJsonObject& body)
{
    ApiError error;
    const auto c = parseCase(body, &error);
    if (!c)
        return error.toReply();
    if (c->machineId != machineId)
        return forbidden(u"The case belongs to another machine"_s);
    const QByteArray canonical = canonicalJson(body);
    {
        QSqlQuery q = run(m_db, u"SELECT id, canonical FROM cases WHERE case_id = ?"_s, {c->caseId});
        if (q.next()) {
            if (q.value(1).toByteArray() != canonical)
                return Reply::error(409, u"case-conflict"_s, u"caseId already stored with different content"_s);
            QJsonObject summary = caseSummary(q.value(0).toLongLong());
            return Reply::json(200, {{u"case"_s, QJsonObject{{u"caseId"_s, c->caseId},
                                                             {u"caseNumber"_s, c->caseNumber},
                                                             {u"status"_s, summary.value(u"status"_s)},
                                                             {u"receivedAt"_s, summary.value(u"receivedAt"_s)},
                                                             {u"duplicate"_s, true}}}});
        }
    }
    Reply failure;
    if (!checkSignature(machineId, c->signatureAlgorithm, body, c->signature, &failure))
        return failure;
    const auto number = parseCaseNumber(c->caseNumber);
    if (!number || number->hallCode != c->hallCode)
        return Reply::error(422, u"case-number-not-leased"_s, u"Case number %1 is malformed"_s.arg(c->caseNumber));
    {
        QSqlQuery q = run(m_db,
                          u"SELECT COUNT(*) FROM leases WHERE machine_id = ? AND hall_code = ? AND year = ? "
                          "AND first <= ? AND last >= ?"_s,
                          {machineId, number->hallCode, number->year, number->sequence, number->sequence});
        if (!q.next() || q.value(0).toInt() == 0)
            return Reply::error(422, u"case-number-not-leased"_s,
                                u"Case number %1 is not in a lease of this machine"_s.arg(c->caseNumber));
    }
    {
        QSqlQuery q = run(m_db, u"SELECT case_id FROM cases WHERE case_number = ?"_s, {c->caseNumber});
        if (q.next())
            return Reply::error(409, u"case-number-conflict"_s,
                                u"Case number %1 is used by another case"_s.arg(c->caseNumber));
    }
    if (!m_knownItems.contains(c->itemCode)) {
        loadCatalogCache();
        if (!m_knownItems.contains(c->itemCode))
            return invalid(u"Unknown item code"_s);
    }
    const QStringList missing = missingMaterials(c->materials);
    if (!missing.isEmpty())
        return Reply::error(422, u"materials-missing"_s,
                            u"%1 material(s) are not on the platform; upload them first"_s.arg(missing.size()), false,
                            {{u"missing"_s, QJsonArray::fromStringList(missing)}});
    for (const QString& approvalId : c->remoteApprovals) {
        QSqlQuery q = run(m_db, u"SELECT status FROM approvals WHERE approval_id = ?"_s, {approvalId});
        if (!q.next() || q.value(0).toString() != u"approved"_s)
            return invalid(u"Remote approval %1 is not approved on the platform"_s.arg(approvalId));
    }
    const QString status = c->decision == u"refused"_s ? u"refused"_s : u"submitted"_s;
    const qint64 received = now();
    const QString department = m_itemDepartments.value(c->itemCode);
    if (!m_db.transaction())
        return Reply::error(503, u"unavailable"_s, u"Database busy"_s, true, {}, 1);
    bool ok = false;
    run(m_db,
        u"INSERT INTO cases (case_id, case_number, machine_id, hall_code, window_no, staff_id, item_code, "
        "item_version, decision, status, accepted_at, promised_date, received_at, material_count, department, "
        "canonical, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {c->caseId, c->caseNumber, machineId, c->hallCode, c->windowNo, c->staffId, c->itemCode, c->itemVersion,
         c->decision, status, c->acceptedAt, c->promisedDate.isEmpty() ? QVariant() : QVariant(c->promisedDate),
         received, static_cast<qint64>(c->materials.size()), department, canonical, compact(body)},
        &ok);
    if (ok)
        addChange({{u"kind"_s, u"case-status"_s},
                   {u"caseId"_s, c->caseId},
                   {u"caseNumber"_s, c->caseNumber},
                   {u"status"_s, status},
                   {u"at"_s, isoUtc(received)},
                   {u"note"_s, QString()},
                   {u"department"_s, department}},
                  c->hallCode);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the case"_s, true);
    }
    return Reply::json(201, {{u"case"_s, QJsonObject{{u"caseId"_s, c->caseId},
                                                     {u"caseNumber"_s, c->caseNumber},
                                                     {u"status"_s, status},
                                                     {u"receivedAt"_s, isoUtc(received)},
                                                     {u"duplicate"_s, false}}}});
}

QJsonObject Platform::caseSummary(qint64 rowId)
{
    QSqlQuery q = run(m_db,
                      u"SELECT case_id, case_number, window_no, staff_id, item_code, item_version, decision, "
                      "status, accepted_at, promised_date, received_at, material_count, hall_code FROM cases "
                      "WHERE id = ?"_s,
                      {rowId});
    if (!q.next())
        return {};
    return {{u"caseId"_s, q.value(0).toString()},
            {u"caseNumber"_s, q.value(1).toString()},
            {u"windowNo"_s, q.value(2).toString()},
            {u"staffId"_s, q.value(3).toString()},
            {u"itemCode"_s, q.value(4).toString()},
            {u"itemVersion"_s, q.value(5).toLongLong()},
            {u"decision"_s, q.value(6).toString()},
            {u"status"_s, q.value(7).toString()},
            {u"acceptedAt"_s, q.value(8).toString()},
            {u"promisedDate"_s, q.value(9).isNull() ? QJsonValue() : QJsonValue(q.value(9).toString())},
            {u"receivedAt"_s, isoUtc(q.value(10).toLongLong())},
            {u"materialCount"_s, q.value(11).toLongLong()},
            {u"hallCode"_s, q.value(12).toString()}};
}

Reply Platform::getCase(const Session& session, const QString& caseNumber)
{
    QSqlQuery q = run(m_db, u"SELECT id, hall_code, case_id FROM cases WHERE case_number = ?"_s, {caseNumber});
    if (!q.next())
        return Reply::error(404, u"not-found"_s, u"No such case"_s);
    if (q.value(1).toString() != session.hallCode && !session.hasRole(u"admin"_s))
        return forbidden(u"The case belongs to another hall"_s);
    QJsonObject summary = caseSummary(q.value(0).toLongLong());
    // The case as the window sent it, without the applicant: situations, notes and the materials'
    // form and source.
    QSqlQuery b = run(m_db, u"SELECT body FROM cases WHERE id = ?"_s, {q.value(0)});
    if (b.next()) {
        const QJsonObject body = toObject(b.value(0).toByteArray());
        QJsonArray materials;
        for (const QJsonValue& m : body.value(u"materials"_s).toArray()) {
            QJsonObject material = m.toObject();
            QJsonObject shown;
            for (const auto* key : {"materialId", "name", "form", "source", "sha256", "licenceId"}) {
                const QString k = QString::fromLatin1(key);
                if (material.contains(k))
                    shown.insert(k, material.value(k));
            }
            materials.append(shown);
        }
        summary.insert(u"materials"_s, materials);
        summary.insert(u"situations"_s, body.value(u"situations"_s).toObject());
        summary.insert(u"notes"_s, body.value(u"notes"_s).toString());
    }
    QJsonArray history;
    QSqlQuery h = run(m_db, u"SELECT seq, change FROM changes WHERE case_id = ? ORDER BY seq"_s, {q.value(2)});
    while (h.next()) {
        QJsonObject change = toObject(h.value(1).toByteArray());
        change.insert(u"seq"_s, h.value(0).toLongLong());
        history.append(change);
    }
    summary.insert(u"history"_s, history);
    return Reply::json(200, {{u"case"_s, summary}});
}

Reply Platform::supplement(const Session& session, const QString& caseNumber, const QByteArray& body)
{
    if (session.machineId.isEmpty() || !requireAny(session, {"clerk", "supervisor"}))
        return forbidden(u"Supplements are sent by clerks and supervisors on an enrolled machine"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    return storeSupplement(session.machineId, caseNumber, *object);
}

Reply Platform::storeSupplement(const QString& machineId, const QString& caseNumber, const QJsonObject& body)
{
    Fields f(body);
    const QString supplementId = f.uuid("supplementId");
    const QJsonArray materials = f.array("materials", 1000);
    f.optionalString("note", 4000);
    const QJsonObject signature = f.object("signature");
    if (!f.ok())
        return f.error().toReply();
    ApiError error;
    const auto refs = parseMaterials(materials, &error);
    QString algorithm;
    QByteArray signatureBytes;
    if (!refs || !parseSignature(signature, &algorithm, &signatureBytes, &error))
        return error.toReply();
    QSqlQuery c =
        run(m_db, u"SELECT case_id, hall_code, status, department FROM cases WHERE case_number = ?"_s, {caseNumber});
    if (!c.next())
        return Reply::error(404, u"not-found"_s, u"No such case"_s);
    const auto machine = machineRow(machineId);
    if (!machine || machine->value(u"hallCode"_s).toString() != c.value(1).toString())
        return forbidden(u"The case belongs to another hall"_s);
    const QByteArray canonical = canonicalJson(body);
    {
        QSqlQuery q =
            run(m_db, u"SELECT canonical, received_at FROM supplements WHERE supplement_id = ?"_s, {supplementId});
        if (q.next()) {
            if (q.value(0).toByteArray() != canonical)
                return Reply::error(409, u"id-conflict"_s, u"supplementId already used with other content"_s);
            return Reply::json(200, {{u"supplement"_s, QJsonObject{{u"supplementId"_s, supplementId},
                                                                   {u"caseNumber"_s, caseNumber},
                                                                   {u"receivedAt"_s, isoUtc(q.value(1).toLongLong())},
                                                                   {u"duplicate"_s, true}}}});
        }
    }
    Reply failure;
    if (!checkSignature(machineId, algorithm, body, signatureBytes, &failure))
        return failure;
    const QStringList missing = missingMaterials(*refs);
    if (!missing.isEmpty())
        return Reply::error(422, u"materials-missing"_s, u"Materials are not on the platform; upload them first"_s,
                            false, {{u"missing"_s, QJsonArray::fromStringList(missing)}});
    const qint64 received = now();
    m_db.transaction();
    run(m_db, u"INSERT INTO supplements (supplement_id, case_id, canonical, received_at) VALUES (?, ?, ?, ?)"_s,
        {supplementId, c.value(0), canonical, received});
    if (c.value(2).toString() == u"correction-requested"_s) {
        run(m_db, u"UPDATE cases SET status = 'supplemented' WHERE case_number = ?"_s, {caseNumber});
        addChange({{u"kind"_s, u"case-status"_s},
                   {u"caseId"_s, c.value(0).toString()},
                   {u"caseNumber"_s, caseNumber},
                   {u"status"_s, u"supplemented"_s},
                   {u"at"_s, isoUtc(received)},
                   {u"note"_s, QString()},
                   {u"department"_s, c.value(3).toString()}},
                  c.value(1).toString());
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the supplement"_s, true);
    }
    return Reply::json(201, {{u"supplement"_s, QJsonObject{{u"supplementId"_s, supplementId},
                                                           {u"caseNumber"_s, caseNumber},
                                                           {u"receivedAt"_s, isoUtc(received)},
                                                           {u"duplicate"_s, false}}}});
}

Reply Platform::caseAction(const QString& caseNumber, const QString& action, const QString& note,
                           const QString& department)
{
    static const QHash<QString, QPair<QStringList, QString>> transitions{
        {u"review"_s, {{u"submitted"_s, u"supplemented"_s, u"correction-requested"_s}, u"under-review"_s}},
        {u"correction"_s, {{u"under-review"_s}, u"correction-requested"_s}},
        {u"complete"_s, {{u"under-review"_s}, u"completed"_s}},
        {u"deliver"_s, {{u"completed"_s}, u"delivered"_s}},
    };
    const auto transition = transitions.constFind(action);
    if (transition == transitions.constEnd())
        return invalid(u"action must be review, correction, complete or deliver"_s);
    QSqlQuery q = run(m_db, u"SELECT id, case_id, hall_code, status, department FROM cases WHERE case_number = ?"_s,
                      {caseNumber});
    if (!q.next())
        return Reply::error(404, u"not-found"_s, u"No such case"_s);
    const QString current = q.value(3).toString();
    if (!transition->first.contains(current))
        return invalid(u"Cannot %1 a case that is %2"_s.arg(action, current));
    const qint64 at = now();
    m_db.transaction();
    run(m_db, u"UPDATE cases SET status = ? WHERE id = ?"_s, {transition->second, q.value(0)});
    addChange({{u"kind"_s, u"case-status"_s},
               {u"caseId"_s, q.value(1).toString()},
               {u"caseNumber"_s, caseNumber},
               {u"status"_s, transition->second},
               {u"at"_s, isoUtc(at)},
               {u"note"_s, note},
               {u"department"_s, department.isEmpty() ? q.value(4).toString() : department}},
              q.value(2).toString());
    if (!m_db.commit()) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the action"_s, true);
    }
    return Reply::json(200, {{u"case"_s, caseSummary(q.value(0).toLongLong())}});
}

// ---- change feed, lookups, audit, evaluations, hall query ------------------------------------------

Reply Platform::changes(const Session& session, const QUrlQuery& query)
{
    const QString cursorText = query.queryItemValue(u"cursor"_s);
    bool ok = true;
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&ok);
    if (!ok || cursor < 0)
        return ApiError{400, u"bad-request"_s, u"Unknown cursor"_s, {}}.toReply();
    const int limit = limitOf(query);
    QSqlQuery q = run(m_db,
                      u"SELECT seq, change FROM changes WHERE seq > ? AND (hall_code = ? OR hall_code IS NULL) "
                      "ORDER BY seq LIMIT ?"_s,
                      {cursor, session.hallCode, limit + 1});
    QJsonArray list;
    qint64 last = cursor;
    bool more = false;
    while (q.next()) {
        if (list.size() == limit) {
            more = true;
            break;
        }
        QJsonObject change = toObject(q.value(1).toByteArray());
        last = q.value(0).toLongLong();
        change.insert(u"seq"_s, last);
        list.append(change);
    }
    return Reply::json(200, {{u"changes"_s, list}, {u"cursor"_s, QString::number(last)}, {u"hasMore"_s, more}});
}

Reply Platform::licenceLookup(const Session& session, const QByteArray& body)
{
    Q_UNUSED(session)
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString idType = f.string("holderIdType", 32);
    const QString id = f.string("holderId", 64);
    const QJsonArray types = f.optionalArray("types", 100);
    if (!f.ok())
        return f.error().toReply();
    QJsonArray found;
    for (const QJsonValue& v : m_config.licences) {
        QJsonObject licence = v.toObject();
        if (licence.value(u"holderIdType"_s).toString() != idType || licence.value(u"holderId"_s).toString() != id)
            continue;
        if (!types.isEmpty() && !types.contains(licence.value(u"type"_s)))
            continue;
        licence.remove(u"holderIdType"_s);
        licence.remove(u"holderId"_s);
        found.append(licence);
    }
    return Reply::json(200, {{u"licences"_s, found}});
}

Reply Platform::creditLookup(const Session& session, const QByteArray& body)
{
    Q_UNUSED(session)
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString idType = f.oneOf("subjectIdType", {"credit-code", "resident-id"});
    const QString id = f.string("subjectId", 64);
    if (!f.ok())
        return f.error().toReply();
    QJsonArray found;
    for (const QJsonValue& v : m_config.creditWarnings) {
        QJsonObject w = v.toObject();
        if (w.value(u"subjectIdType"_s).toString() != idType || w.value(u"subjectId"_s).toString() != id)
            continue;
        w.remove(u"subjectIdType"_s);
        w.remove(u"subjectId"_s);
        found.append(w);
    }
    return Reply::json(200, {{u"warnings"_s, found}});
}

Reply Platform::audit(const Session& session, const QByteArray& body)
{
    if (session.machineId.isEmpty())
        return forbidden(u"Audit is uploaded from an enrolled machine"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString batchId = f.uuid("batchId");
    const QJsonArray entries = f.array("entries", 10000);
    if (!f.ok())
        return f.error().toReply();
    const QByteArray canonical = canonicalJson(*object);
    QSqlQuery q =
        run(m_db, u"SELECT canonical, accepted, duplicates FROM audit_batches WHERE batch_id = ?"_s, {batchId});
    if (q.next()) {
        if (q.value(0).toByteArray() != canonical)
            return Reply::error(409, u"id-conflict"_s, u"batchId already used with other content"_s);
        return Reply::json(200, {{u"accepted"_s, q.value(1).toLongLong()}, {u"duplicates"_s, q.value(2).toLongLong()}});
    }
    for (const QJsonValue& v : entries) {
        Fields e(v.toObject());
        e.integer("seq", 0, Q_INT64_C(1) << 52);
        e.dateTime("at");
        e.string("action", 64);
        if (!v.isObject() || !e.ok()) {
            ApiError entryError = e.error();
            entryError.message = u"entries: "_s + entryError.message;
            return entryError.toReply();
        }
    }
    qint64 accepted = 0;
    qint64 duplicates = 0;
    m_db.transaction();
    for (const QJsonValue& v : entries) {
        const QJsonObject entry = v.toObject();
        QSqlQuery insert = run(m_db, u"INSERT OR IGNORE INTO audit_entries (machine_id, seq, entry) VALUES (?, ?, ?)"_s,
                               {session.machineId, entry.value(u"seq"_s).toInteger(), compact(entry)});
        if (insert.numRowsAffected() > 0)
            ++accepted;
        else
            ++duplicates;
    }
    run(m_db,
        u"INSERT INTO audit_batches (batch_id, machine_id, canonical, accepted, duplicates) VALUES (?, ?, ?, ?, ?)"_s,
        {batchId, session.machineId, canonical, accepted, duplicates});
    if (!m_db.commit()) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the audit batch"_s, true);
    }
    return Reply::json(201, {{u"accepted"_s, accepted}, {u"duplicates"_s, duplicates}});
}

Reply Platform::evaluation(const Session& session, const QByteArray& body)
{
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString evaluationId = f.uuid("evaluationId");
    const QString caseNumber = f.string("caseNumber", 40);
    f.dateTime("at");
    f.oneOf("channel", {"window-device", "qr-code", "sms", "hotline"});
    const qint64 level = f.integer("level", 1, 5);
    Fields indicators(f.optionalObject("indicators"));
    for (const char* key : {"overall", "efficiency", "service", "attitude"})
        indicators.optionalInteger(key, 1, 5, 0);
    f.optionalString("comment", 2000);
    if (!f.ok())
        return f.error().toReply();
    if (!indicators.ok())
        return indicators.error().toReply();
    const QByteArray canonical = canonicalJson(*object);
    QSqlQuery q = run(m_db, u"SELECT canonical, follow_up FROM evaluations WHERE evaluation_id = ?"_s, {evaluationId});
    if (q.next()) {
        if (q.value(0).toByteArray() != canonical)
            return Reply::error(409, u"id-conflict"_s, u"evaluationId already used with other content"_s);
        return Reply::json(200, {{u"evaluation"_s, QJsonObject{{u"evaluationId"_s, evaluationId},
                                                               {u"followUp"_s, q.value(1).toInt() != 0},
                                                               {u"duplicate"_s, true}}}});
    }
    const bool followUp = level <= 2;
    run(m_db,
        u"INSERT INTO evaluations (evaluation_id, machine_id, canonical, case_number, level, follow_up) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {evaluationId, session.machineId, canonical, caseNumber, level, followUp ? 1 : 0});
    return Reply::json(
        201, {{u"evaluation"_s,
               QJsonObject{{u"evaluationId"_s, evaluationId}, {u"followUp"_s, followUp}, {u"duplicate"_s, false}}}});
}

Reply Platform::hallCases(const Session& session, const QUrlQuery& query)
{
    if (!requireAny(session, {"supervisor", "admin"}))
        return forbidden(u"The hall-wide query is for supervisors"_s);
    QString sql = u"SELECT id FROM cases WHERE hall_code = ?"_s;
    QVariantList binds{session.hallCode};
    const QString cursor = query.queryItemValue(u"cursor"_s);
    if (!cursor.isEmpty()) {
        bool ok = false;
        const qint64 c = cursor.toLongLong(&ok);
        if (!ok)
            return ApiError{400, u"bad-request"_s, u"Unknown cursor"_s, {}}.toReply();
        sql += u" AND id < ?"_s;
        binds.append(c);
    }
    if (query.hasQueryItem(u"status"_s) && !query.queryItemValue(u"status"_s).isEmpty()) {
        sql += u" AND status = ?"_s;
        binds.append(query.queryItemValue(u"status"_s));
    }
    if (query.hasQueryItem(u"windowNo"_s) && !query.queryItemValue(u"windowNo"_s).isEmpty()) {
        sql += u" AND window_no = ?"_s;
        binds.append(query.queryItemValue(u"windowNo"_s));
    }
    if (!query.queryItemValue(u"from"_s).isEmpty()) {
        sql += u" AND substr(accepted_at, 1, 10) >= ?"_s;
        binds.append(query.queryItemValue(u"from"_s));
    }
    if (!query.queryItemValue(u"to"_s).isEmpty()) {
        sql += u" AND substr(accepted_at, 1, 10) <= ?"_s;
        binds.append(query.queryItemValue(u"to"_s));
    }
    const int limit = limitOf(query);
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    binds.append(limit + 1);
    QSqlQuery q = run(m_db, sql, binds);
    QJsonArray list;
    qint64 last = 0;
    bool more = false;
    while (q.next()) {
        if (list.size() == limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        list.append(caseSummary(last));
    }
    return Reply::json(
        200, {{u"cases"_s, list}, {u"cursor"_s, more ? QString::number(last) : QString()}, {u"hasMore"_s, more}});
}

// ---- approvals ------------------------------------------------------------------------------------

Reply Platform::createApproval(const Session& session, const QByteArray& body)
{
    if (session.machineId.isEmpty() || !requireAny(session, {"clerk", "supervisor"}))
        return forbidden(u"Approvals are asked from an enrolled machine"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString approvalId = f.uuid("approvalId");
    const QString kind = f.oneOf("kind", {"accept-with-missing", "refusal", "override"});
    const QString caseId = f.uuid("caseId");
    const QString itemCode = f.string("itemCode", 128);
    const QString reason = f.string("reason", 2000);
    const QJsonArray deferred = f.optionalArray("deferredMaterials", 1000);
    if (!f.ok())
        return f.error().toReply();
    const QByteArray canonical = canonicalJson(*object);
    QSqlQuery q = run(m_db, u"SELECT canonical, approval FROM approvals WHERE approval_id = ?"_s, {approvalId});
    if (q.next()) {
        if (q.value(0).toByteArray() != canonical)
            return Reply::error(409, u"id-conflict"_s, u"approvalId already used with other content"_s);
        return Reply::json(200, {{u"approval"_s, toObject(q.value(1).toByteArray())}});
    }
    const qint64 at = now();
    const QJsonObject approval{{u"approvalId"_s, approvalId},
                               {u"kind"_s, kind},
                               {u"caseId"_s, caseId},
                               {u"itemCode"_s, itemCode},
                               {u"reason"_s, reason},
                               {u"deferredMaterials"_s, deferred},
                               {u"requestedBy"_s, session.staffId},
                               {u"windowNo"_s, session.windowNo},
                               {u"status"_s, u"pending"_s},
                               {u"decidedBy"_s, QJsonValue()},
                               {u"decidedAt"_s, QJsonValue()},
                               {u"note"_s, QString()},
                               {u"requestedAt"_s, isoUtc(at)}};
    run(m_db,
        u"INSERT INTO approvals (approval_id, hall_code, canonical, approval, status, requested_at) "
        "VALUES (?, ?, ?, ?, 'pending', ?)"_s,
        {approvalId, session.hallCode, canonical, compact(approval), at});
    return Reply::json(201, {{u"approval"_s, approval}});
}

Reply Platform::getApproval(const Session& session, const QString& approvalId)
{
    QSqlQuery q = run(m_db, u"SELECT hall_code, approval FROM approvals WHERE approval_id = ?"_s, {approvalId});
    if (!q.next())
        return Reply::error(404, u"not-found"_s, u"No such approval"_s);
    if (q.value(0).toString() != session.hallCode)
        return forbidden(u"The approval belongs to another hall"_s);
    return Reply::json(200, {{u"approval"_s, toObject(q.value(1).toByteArray())}});
}

Reply Platform::listApprovals(const Session& session, const QUrlQuery& query)
{
    if (!requireAny(session, {"supervisor", "admin"}))
        return forbidden(u"Approvals are listed for supervisors"_s);
    const QString status = query.queryItemValue(u"status"_s);
    const QString cursor = query.queryItemValue(u"cursor"_s);
    const int limit = limitOf(query);
    QSqlQuery q = run(m_db,
                      u"SELECT rowid, approval FROM approvals WHERE hall_code = ? AND (? = '' OR status = ?) "
                      "AND rowid > ? ORDER BY rowid LIMIT ?"_s,
                      {session.hallCode, status, status, cursor.toLongLong(), limit + 1});
    QJsonArray list;
    qint64 last = cursor.toLongLong();
    bool more = false;
    while (q.next()) {
        if (list.size() == limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        list.append(toObject(q.value(1).toByteArray()));
    }
    return Reply::json(200, {{u"approvals"_s, list}, {u"cursor"_s, QString::number(last)}, {u"hasMore"_s, more}});
}

Reply Platform::decideApproval(const Session& session, const QString& approvalId, const QByteArray& body)
{
    if (!session.hasRole(u"supervisor"_s))
        return forbidden(u"Only supervisors decide approvals"_s);
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QString decision = f.oneOf("decision", {"approved", "rejected"});
    const QString note = f.optionalString("note", 2000);
    if (!f.ok())
        return f.error().toReply();
    QSqlQuery q = run(m_db, u"SELECT hall_code, approval, status FROM approvals WHERE approval_id = ?"_s, {approvalId});
    if (!q.next())
        return Reply::error(404, u"not-found"_s, u"No such approval"_s);
    if (q.value(0).toString() != session.hallCode)
        return forbidden(u"The approval belongs to another hall"_s);
    QJsonObject approval = toObject(q.value(1).toByteArray());
    const QString status = q.value(2).toString();
    if (status == decision)
        return Reply::json(200, {{u"approval"_s, approval}});
    if (status != u"pending"_s)
        return Reply::error(409, u"id-conflict"_s, u"The approval was already %1"_s.arg(status));
    const qint64 at = now();
    approval.insert(u"status"_s, decision);
    approval.insert(u"decidedBy"_s, session.staffId);
    approval.insert(u"decidedAt"_s, isoUtc(at));
    approval.insert(u"note"_s, note);
    m_db.transaction();
    run(m_db, u"UPDATE approvals SET approval = ?, status = ? WHERE approval_id = ?"_s,
        {compact(approval), decision, approvalId});
    addChange({{u"kind"_s, u"approval"_s},
               {u"approvalId"_s, approvalId},
               {u"status"_s, decision},
               {u"at"_s, isoUtc(at)},
               {u"note"_s, note}},
              session.hallCode);
    if (!m_db.commit()) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the decision"_s, true);
    }
    return Reply::json(200, {{u"approval"_s, approval}});
}

QJsonObject Platform::stats()
{
    QJsonObject counts;
    for (const char* table : {"cases", "materials", "leases", "machines", "changes", "supplements", "approvals",
                              "evaluations", "audit_entries"}) {
        QSqlQuery q = run(m_db, u"SELECT COUNT(*) FROM "_s + QString::fromLatin1(table));
        counts.insert(QString::fromLatin1(table), q.next() ? q.value(0).toLongLong() : -1);
    }
    QSqlQuery complete = run(m_db, u"SELECT COUNT(*) FROM materials WHERE complete = 1"_s);
    counts.insert(u"completeMaterials"_s, complete.next() ? complete.value(0).toLongLong() : -1);
    counts.insert(u"catalogVersion"_s, m_catalogVersion);
    return counts;
}

// ---- outbox import --------------------------------------------------------------------------------

int Platform::importOutbox(const QString& exportDir, QTextStream& out, QTextStream& err)
{
    const QDir dir(exportDir);
    QFile manifestFile(dir.filePath(u"manifest.json"_s));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        err << "import-outbox: " << exportDir << " has no manifest.json (incomplete export?)\n";
        return 3;
    }
    ApiError error;
    const auto manifest = parseObject(manifestFile.readAll(), &error);
    if (!manifest || manifest->value(u"format"_s).toString() != u"yichuang-outbox-export"_s ||
        manifest->value(u"formatVersion"_s).toInt() != 1) {
        err << "import-outbox: manifest.json is not a yichuang-outbox-export of formatVersion 1\n";
        return 3;
    }
    const QString machineId = manifest->value(u"machineId"_s).toString();
    if (!machineRow(machineId)) {
        err << "import-outbox: machine " << machineId << " is not enrolled on this platform\n";
        return 3;
    }
    auto safeFile = [&](const QString& relative, const QString& folder) {
        // Only plain files inside the export's own sub-folder are read.
        return relative.startsWith(folder + u'/') && !relative.contains(u".."_s) && !relative.contains(u'\\') &&
               relative.count(u'/') == 1;
    };
    // Materials first: each file must hash to its name; stored complete.
    for (const QJsonValue& v : manifest->value(u"materials"_s).toArray()) {
        const QJsonObject m = v.toObject();
        const QString sha = m.value(u"sha256"_s).toString();
        const QString file = m.value(u"file"_s).toString();
        if (!isSha256(sha) || !safeFile(file, u"materials"_s)) {
            err << "import-outbox: bad material entry in manifest\n";
            return 3;
        }
        QSqlQuery q = run(m_db, u"SELECT complete FROM materials WHERE sha256 = ?"_s, {sha});
        if (q.next() && q.value(0).toInt() != 0)
            continue;
        QFile source(dir.filePath(file));
        if (!source.open(QIODevice::ReadOnly)) {
            err << "import-outbox: cannot read " << file << "\n";
            return 3;
        }
        Sha256 hash;
        if (!hash.addDevice(&source) || QString::fromLatin1(hash.hex()) != sha) {
            err << "import-outbox: " << file << " does not hash to its name; skipped\n";
            continue;
        }
        const QString target = materialPath(sha, false);
        QFile::remove(materialPath(sha, true));
        QFile::remove(target);
        if (!QFile::copy(source.fileName(), materialPath(sha, true)) ||
            !QFile::rename(materialPath(sha, true), target)) {
            err << "import-outbox: cannot store " << file << "\n";
            return 3;
        }
        run(m_db, u"INSERT OR REPLACE INTO materials (sha256, size, complete, completed_at) VALUES (?, ?, 1, ?)"_s,
            {sha, source.size(), now()});
    }
    int refused = 0;
    auto readChecked = [&](const QJsonObject& entry, const QString& folder, QByteArray* bytes) -> QString {
        const QString file = entry.value(u"file"_s).toString();
        if (!safeFile(file, folder))
            return u"bad-request"_s;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return u"not-found"_s;
        *bytes = f.readAll();
        if (QString::fromLatin1(sha256Hex(*bytes)) != entry.value(u"sha256"_s).toString())
            return u"hash-mismatch"_s;
        return {};
    };
    for (const QJsonValue& v : manifest->value(u"cases"_s).toArray()) {
        const QJsonObject entry = v.toObject();
        QJsonObject line{{u"caseId"_s, entry.value(u"caseId"_s)}, {u"caseNumber"_s, entry.value(u"caseNumber"_s)}};
        QByteArray bytes;
        QString code = readChecked(entry, u"cases"_s, &bytes);
        if (code.isEmpty()) {
            ApiError parseError;
            const auto body = parseObject(bytes, &parseError);
            Reply reply = body ? storeCase(machineId, *body) : parseError.toReply();
            if (reply.isError())
                code = toObject(reply.body).value(u"error"_s).toObject().value(u"code"_s).toString();
            else
                line.insert(u"result"_s, reply.status == 201 ? u"stored"_s : u"duplicate"_s);
        }
        if (!code.isEmpty()) {
            line.insert(u"result"_s, u"refused"_s);
            line.insert(u"code"_s, code);
            ++refused;
        }
        out << compact(line) << '\n';
    }
    for (const QJsonValue& v : manifest->value(u"supplements"_s).toArray()) {
        const QJsonObject entry = v.toObject();
        QJsonObject line{{u"supplementId"_s, entry.value(u"supplementId"_s)}};
        QByteArray bytes;
        QString code = readChecked(entry, u"supplements"_s, &bytes);
        if (code.isEmpty()) {
            const QJsonObject wrapper = toObject(bytes);
            Reply reply = storeSupplement(machineId, wrapper.value(u"caseNumber"_s).toString(),
                                          wrapper.value(u"body"_s).toObject());
            if (reply.isError())
                code = toObject(reply.body).value(u"error"_s).toObject().value(u"code"_s).toString();
            else
                line.insert(u"result"_s, reply.status == 201 ? u"stored"_s : u"duplicate"_s);
        }
        if (!code.isEmpty()) {
            line.insert(u"result"_s, u"refused"_s);
            line.insert(u"code"_s, code);
            ++refused;
        }
        out << compact(line) << '\n';
    }
    out.flush();
    return refused > 0 ? 1 : 0;
}

} // namespace yc::platform
