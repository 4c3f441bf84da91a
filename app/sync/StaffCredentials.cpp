#include "sync/StaffCredentials.h"

#include "core/TextForms.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/SqlQuery.h"
#include "sync/OfflineVerifier.h"

namespace yc::sync {

namespace {
QByteArray tokenAad(const QString& staffId)
{
    return QByteArrayLiteral("staff_credentials.token_enc:") + staffId.toUtf8();
}
} // namespace

StaffCredentials::StaffCredentials(storage::Database& database, const storage::FieldCipher& cipher)
    : m_database(database)
    , m_cipher(cipher)
{}

Status StaffCredentials::rememberOnlineSignIn(const StaffSession& s, const QString& password, const QDateTime& now)
{
    const OfflineVerifier::Record record = OfflineVerifier::create(password);
    if (record.verifier.isEmpty())
        return makeError(QStringLiteral("crypto.kdf"), tr("The offline sign-in verifier could not be computed."));
    const QString nowText = isoUtcMs(now);
    return m_database.transaction([&]() -> Status {
        const QString failed = tr("The sign-in could not be recorded");
        // A login that moved to another staff id (re-created account) gives its place up.
        if (auto moved = storage::execute(
                m_database, QStringLiteral("DELETE FROM staff_credentials WHERE login = ? AND staff_id <> ?"),
                {s.staffId, s.staffId}, failed);
            !moved)
            return moved;
        if (auto staff = storage::execute(
                m_database,
                QStringLiteral(
                    "INSERT INTO staff (id, login, display_name, role, active, updated_at) VALUES (?, ?, ?, ?, 1, ?) "
                    "ON CONFLICT(id) DO UPDATE SET login = excluded.login, display_name = excluded.display_name, "
                    "role = excluded.role, active = 1, updated_at = excluded.updated_at"),
                {s.staffId, s.staffId, s.displayName, primaryRole(s.roles), nowText}, failed);
            !staff)
            return staff;
        if (auto credentials = storage::execute(
                m_database,
                QStringLiteral("INSERT INTO staff_credentials (staff_id, login, display_name, role, kdf, salt, "
                               "verifier, last_online_at, token_enc, token_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                               "?, NULL, NULL) ON CONFLICT(staff_id) DO UPDATE SET login = excluded.login, "
                               "display_name = excluded.display_name, role = excluded.role, kdf = excluded.kdf, "
                               "salt = excluded.salt, verifier = excluded.verifier, last_online_at = "
                               "excluded.last_online_at"),
                {s.staffId, s.staffId, s.displayName, primaryRole(s.roles), record.kdf, record.salt, record.verifier,
                 nowText},
                failed);
            !credentials)
            return credentials;
        if (auto audited = storage::AuditLog(m_database)
                               .append(s.staffId, QStringLiteral("staff.sign-in-online"), QStringLiteral("staff"),
                                       s.staffId, QStringLiteral("role=") + primaryRole(s.roles), now);
            !audited)
            return audited;
        return storeTokens(s);
    });
}

Status StaffCredentials::recordFailedSignIn(const QString& staffId, const QString& mode, const QString& reason,
                                            const QDateTime& now) const
{
    // Only an account known on this PC is named: what was typed into the account field may be
    // anything (a password typed in the wrong field, a citizen's number), and the audit trail leaves the PC.
    const QString typed = staffId.trimmed().left(64);
    QString id;
    storage::SqlQuery q(m_database,
                        QStringLiteral("SELECT id FROM staff WHERE id = ? OR login = ? UNION SELECT staff_id FROM "
                                       "staff_credentials WHERE staff_id = ? OR login = ? LIMIT 1"),
                        {typed, typed, typed, typed});
    if (q.exec() && q.next())
        id = q.value(0).toString();
    return storage::AuditLog(m_database)
        .append(id, QStringLiteral("staff.sign-in-failed"), QStringLiteral("staff"), id,
                QStringLiteral("mode=%1 reason=%2%3")
                    .arg(mode, reason.left(64), id.isEmpty() ? QStringLiteral(" account=unknown") : QString()),
                now);
}

Result<SignedInStaff> StaffCredentials::signInOffline(const QString& login, const QString& password, int maxDays,
                                                      const QDateTime& now) const
{
    storage::SqlQuery q(m_database,
                        QStringLiteral("SELECT staff_id, display_name, role, kdf, salt, verifier, last_online_at FROM "
                                       "staff_credentials WHERE login = ?"),
                        {login});
    if (!q.exec())
        return q.error(tr("The sign-in could not be checked"));
    // One answer for an unknown account and a wrong password, so it does not tell which accounts are known here.
    const Error refused = makeError(QStringLiteral("auth.refused"), wrongCredentialsMessage());
    if (!q.next()) {
        // Same work as a real check, so timing does not tell either.
        (void)OfflineVerifier::check(password, {OfflineVerifier::defaultKdf(), QByteArray(16, 'x'), QByteArray()});
        if (auto audited = recordFailedSignIn(login, QStringLiteral("offline"), QStringLiteral("unknown-account"), now);
            !audited)
            return audited.error();
        return refused;
    }
    OfflineVerifier::Record record{q.value(3).toString(), q.value(4).toByteArray(), q.value(5).toByteArray()};
    if (!OfflineVerifier::check(password, record)) {
        if (auto audited = recordFailedSignIn(q.value(0).toString(), QStringLiteral("offline"),
                                              QStringLiteral("bad-credentials"), now);
            !audited)
            return audited.error();
        return refused;
    }
    const QDateTime lastOnline = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    if (!lastOnline.isValid() || lastOnline.daysTo(now) > maxDays)
        return makeError(QStringLiteral("auth.offline-expired"),
                         tr("The last online sign-in on this PC was more than %n day(s) ago; sign in online first.",
                            nullptr, maxDays));
    SignedInStaff staff;
    staff.staffId = q.value(0).toString();
    staff.login = login;
    staff.displayName = q.value(1).toString();
    staff.role = q.value(2).toString();
    staff.offline = true;
    if (auto audited = storage::AuditLog(m_database)
                           .append(staff.staffId, QStringLiteral("staff.sign-in-offline"), QStringLiteral("staff"),
                                   staff.staffId, QStringLiteral("role=") + staff.role, now);
        !audited)
        return audited.error();
    return staff;
}

Status StaffCredentials::recordSignOut(const QString& staffId, const QDateTime& now) const
{
    return storage::AuditLog(m_database)
        .append(staffId, QStringLiteral("staff.sign-out"), QStringLiteral("staff"), staffId, QString(), now);
}

Status StaffCredentials::checkPassword(const QString& staffId, const QString& password, const QString& mode,
                                       const QDateTime& now) const
{
    storage::SqlQuery q(
        m_database, QStringLiteral("SELECT kdf, salt, verifier FROM staff_credentials WHERE staff_id = ?"), {staffId});
    if (!q.exec())
        return q.error(tr("The sign-in could not be checked"));
    const Error refused = makeError(QStringLiteral("auth.refused"), wrongCredentialsMessage());
    const bool known = q.next();
    const OfflineVerifier::Record record =
        known ? OfflineVerifier::Record{q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toByteArray()}
              : OfflineVerifier::Record{OfflineVerifier::defaultKdf(), QByteArray(16, 'x'), QByteArray()};
    if (OfflineVerifier::check(password, record) && known)
        return {};
    if (auto audited = recordFailedSignIn(staffId, mode, QStringLiteral("bad-credentials"), now); !audited)
        return audited.error();
    return refused;
}

QString StaffCredentials::wrongCredentialsMessage()
{
    return tr("Wrong account name or password.");
}

QString StaffCredentials::primaryRole(const QStringList& roles)
{
    for (const char* r : {"supervisor", "clerk", "admin"})
        if (roles.contains(QLatin1String(r)))
            return QLatin1String(r);
    return QStringLiteral("clerk");
}

Result<StaffCredentials::Tokens> StaffCredentials::tokens(const QString& staffId) const
{
    storage::SqlQuery q(m_database,
                        QStringLiteral("SELECT token_enc, token_expires_at, refresh_enc, refresh_expires_at, "
                                       "display_name FROM staff_credentials WHERE staff_id = ?"),
                        {staffId});
    if (!q.exec())
        return q.error(tr("The sign-in could not be read"));
    if (!q.next() || q.value(0).isNull())
        return makeError(QStringLiteral("auth.no-token"),
                         tr("The clerk who accepted this case has no platform sign-in on this PC; the case is sent "
                            "when they sign in online again."));
    Tokens t;
    auto access = m_cipher.decrypt(q.value(0).toByteArray(), tokenAad(staffId));
    if (!access)
        return access.error();
    t.access = QString::fromUtf8(access.value());
    t.accessExpires = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    if (!q.value(2).isNull()) {
        auto refresh = m_cipher.decrypt(q.value(2).toByteArray(), QByteArray(tokenAad(staffId) + "/refresh"));
        if (!refresh)
            return refresh.error();
        t.refresh = QString::fromUtf8(refresh.value());
        t.refreshExpires = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    }
    return t;
}

Status StaffCredentials::storeTokens(const StaffSession& s)
{
    auto access = m_cipher.encrypt(s.accessToken.toUtf8(), tokenAad(s.staffId));
    if (!access)
        return access.error();
    auto refresh = m_cipher.encrypt(s.refreshToken.toUtf8(), QByteArray(tokenAad(s.staffId) + "/refresh"));
    if (!refresh)
        return refresh.error();
    return storage::execute(
        m_database,
        QStringLiteral("UPDATE staff_credentials SET token_enc = ?, token_expires_at = ?, refresh_enc = ?, "
                       "refresh_expires_at = ? WHERE staff_id = ?"),
        {access.value(), isoUtcMs(s.expiresAt),
         s.refreshToken.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(refresh.value()),
         s.refreshExpiresAt.isValid() ? isoUtcMs(s.refreshExpiresAt) : QString(), s.staffId},
        tr("The sign-in could not be recorded"));
}

Result<QStringList> StaffCredentials::staffWithTokens() const
{
    storage::SqlQuery q(m_database, QStringLiteral("SELECT staff_id FROM staff_credentials WHERE token_enc IS NOT NULL "
                                                   "ORDER BY last_online_at DESC"));
    if (!q.exec())
        return q.error(tr("The sign-in could not be read"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Status StaffCredentials::forgetToken(const QString& staffId)
{
    return storage::execute(
        m_database,
        QStringLiteral("UPDATE staff_credentials SET token_enc = NULL, token_expires_at = NULL WHERE staff_id = ?"),
        {staffId}, tr("The sign-in could not be updated"));
}

Result<QString> StaffCredentials::displayName(const QString& staffId) const
{
    storage::SqlQuery q(m_database, QStringLiteral("SELECT display_name FROM staff WHERE id = ?"), {staffId});
    if (!q.exec())
        return q.error(tr("The staff list could not be read"));
    return q.next() ? q.value(0).toString() : staffId;
}

Result<bool> StaffCredentials::isKnown(const QString& staffId) const
{
    storage::SqlQuery q(m_database, QStringLiteral("SELECT 1 FROM staff WHERE id = ?"), {staffId});
    if (!q.exec())
        return q.error(tr("The staff list could not be read"));
    return q.next();
}

Result<QString> StaffCredentials::role(const QString& staffId) const
{
    storage::SqlQuery q(m_database, QStringLiteral("SELECT role FROM staff_credentials WHERE staff_id = ?"), {staffId});
    if (!q.exec())
        return q.error(tr("The staff list could not be read"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace yc::sync
