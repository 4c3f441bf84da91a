#include "Platform.h"

#include "Authorisation.h"
#include "PlatformCrypto.h"
#include "PlatformInternal.h"
#include "SignInLockout.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace yc::platform {

using namespace internal;

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
    "CREATE TABLE IF NOT EXISTS evaluation_follow_ups (evaluation_id TEXT PRIMARY KEY, canonical BLOB NOT NULL,"
    " recorded_by TEXT NOT NULL, recorded_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS approvals (approval_id TEXT PRIMARY KEY, hall_code TEXT NOT NULL,"
    " canonical BLOB NOT NULL, approval TEXT NOT NULL, status TEXT NOT NULL, requested_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS catalog_versions (version INTEGER PRIMARY KEY, document BLOB NOT NULL,"
    " published_at INTEGER NOT NULL)",
};

// A password hash no password matches, with the work factor most configured staff hashes have.
QString unknownStaffHash(const PlatformConfig& config)
{
    QHash<int, int> counts;
    for (const StaffConfig& staff : config.staff) {
        const QStringList parts = staff.passwordHash.split(u'$');
        if (parts.size() == 4)
            ++counts[qBound(1000, parts.at(1).toInt(), 10000000)];
    }
    int iterations = 20000;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(iterations))
            iterations = it.key();
    }
    return hashPassword(QString::fromLatin1(randomToken()), iterations);
}
} // namespace

Platform::Platform(PlatformConfig config, QString dataDir)
    : m_config(std::move(config))
    , m_dataDir(std::move(dataDir))
    , m_connection(u"platform-"_s + QUuid::createUuid().toString(QUuid::Id128))
    , m_authorisation(std::make_unique<Authorisation>(m_config, m_db))
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
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString Platform::materialPath(const QString& sha256, bool partial) const
{
    return QDir(m_dataDir).filePath(u"materials/"_s + sha256 + (partial ? u".part"_s : QString()));
}

std::optional<QString> Platform::open(bool loadCatalogFromConfig)
{
    const QDir data(m_dataDir);
    if (!QDir().mkpath(data.filePath(u"materials"_s)))
        return u"Cannot create data directory %1"_s.arg(m_dataDir);
    // The data directory, the store (with its WAL and shared-memory files, which SQLite makes with
    // the store's permissions) and the materials are this user's only (PROTOCOL.md §19), also when
    // they were made before with wider permissions.
    const QString store = data.filePath(u"platform.sqlite"_s);
    if (!QFileInfo::exists(store)) {
        QFile create(store);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return u"Cannot create %1"_s.arg(store);
    }
    bool privateFiles = makePrivate(m_dataDir) && makePrivate(data.filePath(u"materials"_s)) && makePrivate(store);
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s})
        privateFiles = privateFiles && (!QFileInfo::exists(store + suffix) || makePrivate(store + suffix));
    for (QDirIterator it(data.filePath(u"materials"_s), QDir::Files); privateFiles && it.hasNext();)
        privateFiles = makePrivate(it.next());
    if (!privateFiles)
        return u"Cannot make the files in %1 private to this user"_s.arg(m_dataDir);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(store);
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
    if (const auto problem = m_authorisation->prepare())
        return *problem;
    m_lockout = std::make_unique<SignInLockout>(m_db, m_config.signInLockout);
    if (!m_lockout->open())
        return u"Cannot create schema: %1"_s.arg(m_db.lastError().text());
    m_unknownStaffHash = unknownStaffHash(m_config);
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
    if (auto refused = m_authorisation->caseSubmitter(session, *object))
        return *refused;
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
            ++m_caseSubmissions.duplicate;
            return Reply::json(200, {{u"case"_s, QJsonObject{{u"caseId"_s, c->caseId},
                                                             {u"caseNumber"_s, c->caseNumber},
                                                             {u"status"_s, summary.value(u"status"_s)},
                                                             {u"receivedAt"_s, summary.value(u"receivedAt"_s)},
                                                             {u"duplicate"_s, true}}}});
        }
    }
    if (auto refused = m_authorisation->caseStaff(*c))
        return *refused;
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
    if (auto refused = m_authorisation->caseApprovals(body, *c))
        return *refused;
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
    ok = ok && m_authorisation->recordMaterialRefs(c->hallCode, c->caseId, c->materials);
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
    ++m_caseSubmissions.created;
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
    if (auto refused = m_authorisation->caseInHall(session, caseNumber))
        return *refused;
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
    bool ok = false;
    run(m_db, u"INSERT INTO supplements (supplement_id, case_id, canonical, received_at) VALUES (?, ?, ?, ?)"_s,
        {supplementId, c.value(0), canonical, received}, &ok);
    ok = ok && m_authorisation->recordMaterialRefs(c.value(1).toString(), c.value(0).toString(), *refs);
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
    if (!ok || !m_db.commit()) {
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

QJsonObject Platform::stats()
{
    QJsonObject counts;
    for (const char* table : {"cases", "materials", "leases", "machines", "changes", "supplements", "approvals",
                              "evaluations", "evaluation_follow_ups", "audit_entries"}) {
        QSqlQuery q = run(m_db, u"SELECT COUNT(*) FROM "_s + QString::fromLatin1(table));
        counts.insert(QString::fromLatin1(table), q.next() ? q.value(0).toLongLong() : -1);
    }
    QSqlQuery complete = run(m_db, u"SELECT COUNT(*) FROM materials WHERE complete = 1"_s);
    counts.insert(u"completeMaterials"_s, complete.next() ? complete.value(0).toLongLong() : -1);
    counts.insert(u"catalogVersion"_s, m_catalogVersion);
    counts.insert(u"caseSubmissions"_s, QJsonObject{{u"created"_s, m_caseSubmissions.created},
                                                    {u"duplicate"_s, m_caseSubmissions.duplicate}});
    return counts;
}

Reply Platform::caseContentKeys(const Session& session, const QUrlQuery& query, const QByteArray& body)
{
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    const QByteArray key = QByteArray::fromHex(object->value(u"key"_s).toString().toLatin1());
    if (key.size() < 16)
        return ApiError{400, u"bad-request"_s, u"key: at least 16 bytes in hex"_s, {{u"key"_s, u"key"_s}}}.toReply();
    QString sql = u"SELECT id, case_id, case_number, item_code, accepted_at, body FROM cases WHERE hall_code = ?"_s;
    QVariantList binds{session.hallCode};
    if (auto refused = cursorCondition(query, sql, binds))
        return *refused;
    return newestFirstPage(m_db, sql, binds, query, [&key](const QSqlQuery& q) {
        // What the case is about, whatever its id: the applicant's identity document, the item and the
        // time the window received it. Keyed with the caller's key, so the answer carries no ID number.
        const QJsonObject applicant = toObject(q.value(5).toByteArray()).value(u"applicant"_s).toObject();
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
        for (const QString& part : {applicant.value(u"idType"_s).toString(), applicant.value(u"idNumber"_s).toString(),
                                    q.value(3).toString(), q.value(4).toString()}) {
            mac.addData(part.toUtf8());
            mac.addData("\n");
        }
        return QJsonObject{{u"caseId"_s, q.value(1).toString()},
                           {u"caseNumber"_s, q.value(2).toString()},
                           {u"contentKey"_s, QString::fromLatin1(mac.result().toHex())}};
    });
}

} // namespace yc::platform
