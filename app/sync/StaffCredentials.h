#pragma once

#include "core/Result.h"
#include "sync/PlatformConnector.h"

#include <QCoreApplication>
#include <QDateTime>

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

struct SignedInStaff
{
    QString staffId;
    QString login;
    QString displayName;
    QString role;
    bool offline = false;
};

// Staff who signed in on this PC: their offline verifier (scrypt) and their last platform token
// (encrypted). Each clerk's token is kept apart, so the sync engine sends every case under the
// name of the clerk who accepted it, whoever is signed in now.
class StaffCredentials
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::StaffCredentials)

public:
    StaffCredentials(storage::Database& database, const storage::FieldCipher& cipher);

    // After a successful online sign-in: records the staff member, a new verifier and the token.
    [[nodiscard]] Status rememberOnlineSignIn(const StaffSession& session, const QString& password,
                                              const QDateTime& now);
    // A refused sign-in (mode "online": the platform's refusal code, e.g. bad-credentials or
    // account-locked; "offline": a verifier mismatch, an account never signed in here, or "locked" /
    // "delayed" by SignInLimiter; "enrol": the admin's sign-in refused at enrolment): one audit row
    // "staff.sign-in-failed" with the mode and reason and the staff id when it names an account known on this PC (else
    // no id and "account=unknown": what was typed is never recorded), never the password.
    [[nodiscard]] Status recordFailedSignIn(const QString& staffId, const QString& mode, const QString& reason,
                                            const QDateTime& now) const;
    // A sign-out at the window: one audit row "staff.sign-out".
    [[nodiscard]] Status recordSignOut(const QString& staffId, const QDateTime& now) const;
    // Offline sign-in against the verifier, refused when the last online sign-in is older than maxDays.
    // A wrong password or an unknown account is recorded by recordFailedSignIn() and answered alike:
    // error "auth.refused" with wrongCredentialsMessage().
    [[nodiscard]] Result<SignedInStaff> signInOffline(const QString& login, const QString& password, int maxDays,
                                                      const QDateTime& now) const;
    // The password of a staff member known on this PC, checked against their offline verifier (the
    // window's lock screen): nothing is audited when it holds; a mismatch is recorded by
    // recordFailedSignIn() under mode and answered with error "auth.refused" and wrongCredentialsMessage().
    [[nodiscard]] Status checkPassword(const QString& staffId, const QString& password, const QString& mode,
                                       const QDateTime& now) const;
    struct Tokens
    {
        QString access;
        QDateTime accessExpires;
        QString refresh;
        QDateTime refreshExpires;
    };
    // The stored tokens of a staff member; error "auth.no-token" when none are stored.
    [[nodiscard]] Result<Tokens> tokens(const QString& staffId) const;
    [[nodiscard]] Status storeTokens(const StaffSession& session);
    // Staff with stored tokens, most recent online sign-in first.
    [[nodiscard]] Result<QStringList> staffWithTokens() const;
    [[nodiscard]] static QString primaryRole(const QStringList& roles);
    // The one message for a wrong password and an unknown account, online and offline.
    [[nodiscard]] static QString wrongCredentialsMessage();
    [[nodiscard]] Status forgetToken(const QString& staffId);
    [[nodiscard]] Result<QString> displayName(const QString& staffId) const;
    // Whether the staff member has signed in on this PC at least once.
    [[nodiscard]] Result<bool> isKnown(const QString& staffId) const;
    // The role stored with a staff member's credentials; empty when none are stored.
    [[nodiscard]] Result<QString> role(const QString& staffId) const;

private:
    storage::Database& m_database;
    const storage::FieldCipher& m_cipher;
};

} // namespace yc::sync
