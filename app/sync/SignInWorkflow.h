#pragma once

#include "core/Result.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/SignInLimiter.h"
#include "sync/StaffCredentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QMetaType>

namespace yc {
class Clock;
}
namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

enum class SignInMode
{
    OnlineThenOffline, // the window: online when the platform answers, else against the offline verifier
    OnlineOnly,        // yichuang-ctl staff sign-in
    OfflineOnly,       // yichuang-ctl staff sign-in --offline
};

// How a sign-in, an enrolment or a hall list request ended.
enum class SignInOutcome
{
    Done,
    Refused,     // the platform or the offline verifier said no (wrong password, account, hall, too many failures)
    Unreachable, // the platform could not be asked (network, TLS, timeout, 5xx)
    NotEnrolled, // online only: this PC is not enrolled as a window
    LocalError,  // the store could not be read or written
};

struct SignInResult
{
    SignInOutcome outcome = SignInOutcome::LocalError;
    SignedInStaff staff;    // when Done
    QStringList roles;      // when Done online: every role the platform gave
    QDateTime signedInAt;   // when Done
    qint64 caseNumbers = 0; // when Done online: unused case numbers of this year on this PC
    QString leaseProblem;   // when Done online but the first case-number lease could not be taken
    QString message;        // translated, when not Done
    // When Refused for too many failed sign-ins (by the platform or, offline, on this PC): the earliest
    // next attempt, and whether the account is locked (else the attempt came before the delay ended).
    QDateTime retryAt;
    bool locked = false;
    [[nodiscard]] bool ok() const { return outcome == SignInOutcome::Done; }
};

struct EnrolResult
{
    SignInOutcome outcome = SignInOutcome::LocalError;
    EnrolmentInfo info; // when Done
    QString message;    // translated, when not Done
    [[nodiscard]] bool ok() const { return outcome == SignInOutcome::Done; }
};

struct HallsResult
{
    SignInOutcome outcome = SignInOutcome::LocalError;
    QJsonArray halls; // PROTOCOL.md §4 Hall objects, when Done
    QString message;
    [[nodiscard]] bool ok() const { return outcome == SignInOutcome::Done; }
};

// Staff sign-in and window enrolment, once, for the window (through SignInService, on its worker
// thread), yichuang-ctl and the tests. Runs synchronously on the calling thread with a Database
// connection that belongs to that thread; the calls to the platform block it.
//
// An online sign-in keeps the staff member's tokens (the sync engine sends their cases with them),
// renews their offline verifier, makes their waiting cases due again and, on a window without any
// case number of this year, takes the first lease (prepared at enrolment), so the window can accept
// and export cases when the platform is cut off afterwards.
//
// A wrong password and an unknown account get one message, online and offline. Failed sign-ins are
// limited per account (SignInLimiter on this PC before the offline verifier; the platform's own limits
// online, PROTOCOL.md §3.1); an account the platform delays or locks is refused here too, never
// signed in offline around it. Refused sign-ins, the admin's at enrolment included, are audited.
class SignInWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::SignInWorkflow)

public:
    // rest: the connection settings (SyncConfig::restOptions); an empty baseUrl means the address
    // the PC was enrolled with.
    SignInWorkflow(storage::Database& database, const storage::FieldCipher& cipher, RestOptions rest,
                   const Clock& clock, SignInLimits limits = {});

    [[nodiscard]] SignInResult signIn(const QString& staffId, const QString& password, SignInMode mode);

    // An admin enrols this PC as window windowNo of hall hallCode at rest.baseUrl and prepares the
    // first case-number lease (its request id is stored with the enrolment).
    [[nodiscard]] EnrolResult enrol(const QString& adminId, const QString& password, const QString& hallCode,
                                    const QString& windowNo);

    // The halls and windows an admin may enrol this PC into (rest.baseUrl).
    [[nodiscard]] HallsResult halls(const QString& adminId, const QString& password);

    // Enrolment and the list of halls act for an admin: checked on the platform's answer to the
    // sign-in too (error "auth.not-admin"), so a clerk's or supervisor's session goes no further
    // even on a platform that let it through. The refusal is audited (mode=enrol reason=not-admin).
    [[nodiscard]] static Status requireAdmin(const StaffSession& session);

private:
    [[nodiscard]] SignInResult signInOnline(const QString& staffId, const QString& password,
                                            const EnrolmentInfo& enrolment);
    [[nodiscard]] SignInResult signInOffline(const QString& staffId, const QString& password);
    // The admin's sign-in for an enrolment (or for the list of halls to enrol into). When it fails,
    // *outcome and *message say why, and a refusal by the platform is audited.
    [[nodiscard]] PlatformResult<StaffSession> signInAdmin(RestConnector& connector, const QString& adminId,
                                                           const QString& password, SignInOutcome* outcome,
                                                           QString* message);
    // The message for a refused platform sign-in; sets retryAt and locked for a delay or a lock.
    [[nodiscard]] static QString refusalMessage(const PlatformFailure& failure, const QDateTime& now,
                                                QDateTime* retryAt = nullptr, bool* locked = nullptr);

    storage::Database& m_database;
    const storage::FieldCipher& m_cipher;
    RestOptions m_rest;
    const Clock& m_clock;
    SignInLimits m_limits;
};

} // namespace yc::sync

Q_DECLARE_METATYPE(yc::sync::SignInResult)
Q_DECLARE_METATYPE(yc::sync::EnrolResult)
Q_DECLARE_METATYPE(yc::sync::HallsResult)
