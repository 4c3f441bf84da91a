#include "sync/TokenProvider.h"

#include "core/Clock.h"
#include "sync/StaffCredentials.h"

namespace yc::sync {

TokenProvider::TokenProvider(PassContext& pass)
    : m_pass(pass)
{}

PlatformFailure TokenProvider::noTokenFailure()
{
    return makeFailure(FailureKind::Auth, QStringLiteral("auth.no-token"),
                       tr("No staff member has signed in online on this PC yet."));
}

Result<QStringList> TokenProvider::candidates(Signer signer) const
{
    StaffCredentials credentials(*m_pass.db, m_pass.cipher);
    auto staff = credentials.staffWithTokens();
    if (!staff || signer == Signer::AnyStaff)
        return staff;
    QStringList bound;
    for (const QString& id : staff.value())
        if (credentials.role(id).valueOr({}) != QLatin1String("admin"))
            bound << id;
    return bound;
}

PlatformResult<QString> TokenProvider::tokenFor(const QString& staffId, bool forceRefresh)
{
    StaffCredentials credentials(*m_pass.db, m_pass.cipher);
    auto tokens = credentials.tokens(staffId);
    if (!tokens)
        return makeFailure(FailureKind::Auth, tokens.error().code, tokens.error().message);
    const QDateTime now = m_pass.clock.now();
    const auto& t = tokens.value();
    if (!forceRefresh && !t.access.isEmpty() && (!t.accessExpires.isValid() || t.accessExpires > now.addSecs(5)))
        return t.access;
    if (t.refresh.isEmpty() || (t.refreshExpires.isValid() && t.refreshExpires <= now))
        return makeFailure(
            FailureKind::Auth, QStringLiteral("auth.sign-in-needed"),
            tr("The platform sign-in of %1 has expired; their cases are sent when they sign in online again.")
                .arg(credentials.displayName(staffId).valueOr(staffId)));
    auto session = m_pass.connector->refresh(t.refresh);
    if (!session) {
        PlatformFailure f = session.error();
        if (f.kind != FailureKind::Permanent)
            return f;
        (void)credentials.forgetToken(staffId);
        f.kind = FailureKind::Auth; // keeps the HTTP status: the platform was reached
        f.code = QStringLiteral("auth.sign-in-needed");
        f.message = tr("The platform sign-in of %1 has ended; their cases are sent when they sign in online again.")
                        .arg(credentials.displayName(staffId).valueOr(staffId));
        return f;
    }
    if (session.value().staffId != staffId)
        return makeFailure(FailureKind::Auth, QStringLiteral("auth.wrong-staff"),
                           tr("The platform answered a refresh with another staff member; nothing was sent."));
    if (auto s = credentials.storeTokens(session.value()); !s)
        return localFailure(s.error());
    return session.value().accessToken;
}

} // namespace yc::sync
