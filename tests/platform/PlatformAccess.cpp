// Platform: tokens (sign-in, refresh, sign-out), halls and machine enrolment (PROTOCOL.md §3, §4).
#include "Platform.h"

#include "Authorisation.h"
#include "PlatformCrypto.h"
#include "PlatformInternal.h"
#include "SignInLockout.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace yc::platform {

using namespace internal;

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
        if (auto refused = m_authorisation->staffOnMachine(*staff, machine->value(u"hallCode"_s).toString()))
            return *refused;
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
    // Too many failures for this staff id (known or not): refused before the password is looked at.
    const qint64 at = now();
    if (const auto limit = m_lockout->check(staffId, at); limit.state != SignInLockout::State::Allowed) {
        const int wait = static_cast<int>(std::max<qint64>(1, (limit.until - at + 999) / 1000));
        const QJsonObject details{{u"retryAt"_s, isoUtc(limit.until)}};
        if (limit.state == SignInLockout::State::Locked)
            return Reply::error(423, u"account-locked"_s, u"Too many failed sign-ins; the account is locked"_s, true,
                                details, wait);
        return Reply::error(429, u"sign-in-delayed"_s, u"Too many failed sign-ins; wait before the next attempt"_s,
                            true, details, wait);
    }
    // An unknown or disabled account gets the same answer after the same work as a wrong password.
    const auto staff = m_config.staff.constFind(staffId);
    const bool known = staff != m_config.staff.constEnd();
    const bool passwordOk = verifyPassword(password, known ? staff->passwordHash : m_unknownStaffHash);
    if (!known || !staff->enabled || !passwordOk) {
        m_lockout->recordFailure(staffId, at);
        return Reply::error(401, u"bad-credentials"_s, u"Wrong staff id or password"_s);
    }
    m_lockout->reset(staffId);
    if (machineId.isEmpty()) {
        if (!staff->roles.contains(u"admin"_s))
            return invalid(u"machineId is required for clerks and supervisors"_s);
    } else {
        const auto machine = machineRow(machineId);
        if (!machine)
            return Reply::error(403, u"machine-unknown"_s, u"This machine is not enrolled"_s);
        if (auto refused = m_authorisation->staffOnMachine(*staff, machine->value(u"hallCode"_s).toString()))
            return *refused;
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
    QJsonArray list; // an admin's own hall: the one they may enrol machines into
    for (const HallConfig& h : m_config.halls) {
        if (!m_authorisation->adminInHall(session, h.hallCode))
            list.append(h.toJson());
    }
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
    if (auto refused = m_authorisation->adminInHall(session, hallCode))
        return *refused;
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
    if (!m_db.transaction())
        return Reply::error(503, u"unavailable"_s, u"Database busy"_s, true, {}, 1);
    bool ok = false;
    run(m_db,
        u"INSERT OR REPLACE INTO machines (machine_id, hall_code, window_no, label, key_algorithm, public_key, "
        "enrolled_at, enrolled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {machineId, hallCode, windowNo, label, algorithm, publicKey, now(), session.staffId}, &ok);
    if (ok && existing)
        ok = m_authorisation->machineMoved(machineId, existing->value(u"hallCode"_s).toString(), hallCode);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return Reply::error(500, u"internal"_s, u"Could not store the machine"_s, true);
    }
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

} // namespace yc::platform
