#include "sync/SignInWorkflow.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"
#include "sync/LeaseRequester.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yc::sync {

namespace {
SignInOutcome outcomeOf(const PlatformFailure& failure)
{
    // Only a refusal of the content is a "no"; an expired token, a TLS or network problem means the
    // platform could not be asked.
    return failure.kind == FailureKind::Permanent ? SignInOutcome::Refused : SignInOutcome::Unreachable;
}
} // namespace

SignInWorkflow::SignInWorkflow(storage::Database& database, const storage::FieldCipher& cipher, RestOptions rest,
                               const Clock& clock, SignInLimits limits)
    : m_database(database)
    , m_cipher(cipher)
    , m_rest(std::move(rest))
    , m_clock(clock)
    , m_limits(limits)
{}

QString SignInWorkflow::refusalMessage(const PlatformFailure& failure, const QDateTime& now, QDateTime* retryAt,
                                       bool* locked)
{
    if (failure.code == QLatin1String("bad-credentials"))
        return StaffCredentials::wrongCredentialsMessage();
    const bool isLock = failure.code == QLatin1String("account-locked");
    if ((!isLock && failure.code != QLatin1String("sign-in-delayed")) || !failure.retryAfter)
        return failure.message;
    const QDateTime at = now.addSecs(failure.retryAfter->count());
    if (retryAt)
        *retryAt = at;
    if (locked)
        *locked = isLock;
    const QString until = SignInLimiter::formatRetryAt(at, now);
    return isLock ? tr("Too many failed sign-ins: the platform has locked this account until %1.").arg(until)
                  : tr("Too many failed sign-ins: the platform accepts the next attempt for this account at %1.")
                        .arg(until);
}

SignInResult SignInWorkflow::signIn(const QString& staffId, const QString& password, SignInMode mode)
{
    const QString id = staffId.trimmed();
    if (mode == SignInMode::OfflineOnly)
        return signInOffline(id, password);
    auto enrolment = Enrolment(m_database, m_cipher, m_clock).load();
    QString onlineProblem;
    if (enrolment && enrolment.value()) {
        SignInResult online = signInOnline(id, password, *enrolment.value());
        if (online.outcome != SignInOutcome::Unreachable || mode == SignInMode::OnlineOnly)
            return online;
        onlineProblem = online.message;
    } else if (mode == SignInMode::OnlineOnly) {
        SignInResult r;
        r.outcome = enrolment ? SignInOutcome::NotEnrolled : SignInOutcome::LocalError;
        r.message = enrolment ? tr("This PC is not enrolled as a window yet.") : enrolment.error().message;
        return r;
    }
    SignInResult offline = signInOffline(id, password);
    if (!offline.ok() && !onlineProblem.isEmpty())
        offline.message = onlineProblem + QLatin1Char('\n') + offline.message;
    return offline;
}

SignInResult SignInWorkflow::signInOnline(const QString& staffId, const QString& password,
                                          const EnrolmentInfo& enrolment)
{
    SignInResult r;
    RestOptions options = m_rest;
    if (options.baseUrl.isEmpty())
        options.baseUrl = QUrl(enrolment.platformUrl);
    RestConnector connector(options);
    StaffCredentials credentials(m_database, m_cipher);
    auto session = connector.signIn(staffId, password, enrolment.machineId);
    if (!session) {
        const QDateTime failedAt = m_clock.now();
        r.outcome = outcomeOf(session.error());
        r.message = refusalMessage(session.error(), failedAt, &r.retryAt, &r.locked);
        // The platform refused (wrong password, disabled account, another hall, too many failures): audited.
        if (r.outcome == SignInOutcome::Refused)
            (void)credentials.recordFailedSignIn(staffId, QStringLiteral("online"), session.error().code, failedAt);
        // A refused password counts on this PC too, for the offline sign-in that may follow.
        if (session.error().code == QLatin1String("bad-credentials"))
            if (auto counted = SignInLimiter(m_database, m_cipher, m_limits).recordFailure(staffId, failedAt); !counted)
                qCWarning(lcSync) << "failed sign-in not counted:" << counted.error().code;
        return r;
    }
    const StaffSession& s = session.value();
    const QDateTime now = m_clock.now();
    if (auto reset = SignInLimiter(m_database, m_cipher, m_limits).reset(staffId); !reset)
        qCWarning(lcSync) << "failed sign-ins not reset:" << reset.error().code;
    if (auto saved = credentials.rememberOnlineSignIn(s, password, now); !saved) {
        r.outcome = SignInOutcome::LocalError;
        r.message = saved.error().message;
        return r;
    }
    // Cases of this staff member that waited for their sign-in are due again.
    if (auto due = storage::OutboxRepository(m_database, m_clock).releaseWaitsOf(s.staffId); !due)
        qCWarning(lcSync) << "waiting cases not made due after a sign-in:" << due.error().code;
    r.outcome = SignInOutcome::Done;
    r.staff = {s.staffId, s.staffId, s.displayName, StaffCredentials::primaryRole(s.roles), false};
    r.roles = s.roles;
    r.signedInAt = now;
    // The first block of case numbers, while the platform answers: a window cut off right after its
    // enrolment can still accept cases and export its queue. Leases are for clerks and supervisors.
    if (s.roles.contains(QLatin1String("clerk")) || s.roles.contains(QLatin1String("supervisor"))) {
        auto leased = LeaseRequester(m_database).ensureFirstLease(connector, s.accessToken, now);
        if (leased) {
            r.caseNumbers = leased.value();
        } else {
            r.leaseProblem = leased.error().message;
            qCWarning(lcSync) << "first case-number lease not taken at sign-in:" << leased.error().code;
        }
    }
    return r;
}

SignInResult SignInWorkflow::signInOffline(const QString& staffId, const QString& password)
{
    SignInResult r;
    const QJsonObject limits =
        QJsonDocument::fromJson(m_database.meta(QStringLiteral("sync.limits")).valueOr({}).toUtf8()).object();
    const QDateTime now = m_clock.now();
    StaffCredentials credentials(m_database, m_cipher);
    SignInLimiter limiter(m_database, m_cipher, m_limits);
    // Too many failures for this account on this PC: refused before the verifier is asked.
    auto gate = limiter.check(staffId, now);
    if (!gate) {
        r.outcome = SignInOutcome::LocalError;
        r.message = gate.error().message;
        return r;
    }
    if (!gate.value().allowed) {
        r.outcome = SignInOutcome::Refused;
        r.message = gate.value().message;
        r.retryAt = gate.value().retryAt;
        r.locked = gate.value().locked;
        (void)credentials.recordFailedSignIn(staffId, QStringLiteral("offline"),
                                             r.locked ? QStringLiteral("locked") : QStringLiteral("delayed"), now);
        return r;
    }
    auto offline =
        credentials.signInOffline(staffId, password, limits.value(QLatin1String("offlineSignInDays")).toInt(7), now);
    if (!offline) {
        r.outcome =
            offline.error().code == QLatin1String("db.query") ? SignInOutcome::LocalError : SignInOutcome::Refused;
        r.message = offline.error().message;
        if (offline.error().code == QLatin1String("auth.refused"))
            if (auto counted = limiter.recordFailure(staffId, now); !counted) {
                r.outcome = SignInOutcome::LocalError;
                r.message = counted.error().message;
            }
        return r;
    }
    if (auto reset = limiter.reset(staffId); !reset)
        qCWarning(lcSync) << "failed sign-ins not reset:" << reset.error().code;
    r.outcome = SignInOutcome::Done;
    r.staff = offline.value();
    r.signedInAt = now;
    return r;
}

EnrolResult SignInWorkflow::enrol(const QString& adminId, const QString& password, const QString& hallCode,
                                  const QString& windowNo)
{
    EnrolResult r;
    RestConnector connector(m_rest);
    auto session = signInAdmin(connector, adminId, password, &r.outcome, &r.message);
    if (!session)
        return r;
    Enrolment enrolment(m_database, m_cipher, m_clock);
    auto info = enrolment.enrol(connector, session.value().accessToken, session.value().staffId, hallCode, windowNo,
                                m_rest.baseUrl.toString(), m_rest.keyAlgorithm);
    if (!info) {
        r.outcome =
            info.error().code == QLatin1String("enrol.refused") ? SignInOutcome::Refused : SignInOutcome::LocalError;
        r.message = info.error().message;
        return r;
    }
    (void)m_database.setMeta(QStringLiteral("sync.enrolled_at"), m_clock.now().toUTC().toString(Qt::ISODate));
    r.outcome = SignInOutcome::Done;
    r.info = info.value();
    return r;
}

HallsResult SignInWorkflow::halls(const QString& adminId, const QString& password)
{
    HallsResult r;
    RestConnector connector(m_rest);
    auto session = signInAdmin(connector, adminId, password, &r.outcome, &r.message);
    if (!session)
        return r;
    auto list = connector.halls(session.value().accessToken);
    if (!list) {
        r.outcome = outcomeOf(list.error());
        r.message = list.error().message;
        return r;
    }
    r.outcome = SignInOutcome::Done;
    r.halls = list.value();
    return r;
}

Status SignInWorkflow::requireAdmin(const StaffSession& session)
{
    if (session.roles.contains(QLatin1String("admin")))
        return {};
    return makeError(QStringLiteral("auth.not-admin"),
                     tr("%1 is not an admin: only an admin enrols this PC.").arg(session.staffId));
}

PlatformResult<StaffSession> SignInWorkflow::signInAdmin(RestConnector& connector, const QString& adminId,
                                                         const QString& password, SignInOutcome* outcome,
                                                         QString* message)
{
    auto session = connector.signIn(adminId.trimmed(), password, {});
    if (session) {
        // Enrolment acts for an admin: checked here too, not only by the platform, so a clerk's or
        // supervisor's sign-in never gets as far as asking for halls or enrolling.
        const Status admin = requireAdmin(session.value());
        if (admin)
            return session;
        *outcome = SignInOutcome::Refused;
        *message = admin.error().message;
        if (auto audited = StaffCredentials(m_database, m_cipher)
                               .recordFailedSignIn(session.value().staffId, QStringLiteral("enrol"),
                                                   QStringLiteral("not-admin"), m_clock.now());
            !audited)
            qCWarning(lcSync) << "refused enrolment sign-in not audited:" << audited.error().code;
        return makeFailure(FailureKind::Auth, QStringLiteral("auth.not-admin"), *message);
    }
    *outcome = outcomeOf(session.error());
    *message = refusalMessage(session.error(), m_clock.now());
    // Only a refusal by the platform; the account is named only when known on this PC (recordFailedSignIn).
    if (*outcome == SignInOutcome::Refused)
        if (auto audited =
                StaffCredentials(m_database, m_cipher)
                    .recordFailedSignIn(adminId, QStringLiteral("enrol"), session.error().code, m_clock.now());
            !audited)
            qCWarning(lcSync) << "refused enrolment sign-in not audited:" << audited.error().code;
    return session;
}

} // namespace yc::sync
