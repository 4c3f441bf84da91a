#pragma once

#include "sync/PlatformConnector.h"
#include "sync/SyncPass.h"

#include <QCoreApplication>

#include <functional>

namespace yc::sync {

// Chooses and keeps the platform sign-in a call goes under: a staff member's own access token,
// refreshed when it expired (PROTOCOL.md §3.2), or any signed-in staff member's for the calls that
// belong to the window rather than to a clerk.
class TokenProvider
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::SyncEngine) // the engine's texts, for translators

public:
    explicit TokenProvider(PassContext& pass);

    // Which tokens may sign a call that is not a clerk's own.
    enum class Signer
    {
        AnyStaff,     // any staff member who signed in online
        MachineBound, // not an admin: enrolment tokens are not bound to this PC
    };

    // The access token of a staff member, refreshed when it expired or when forceRefresh.
    [[nodiscard]] PlatformResult<QString> tokenFor(const QString& staffId, bool forceRefresh);

    // The call under a staff member's token; an answer "sign-in expired" refreshes it once and repeats.
    template<typename T>
    PlatformResult<T> withToken(const QString& staffId, const std::function<PlatformResult<T>(const QString&)>& call)
    {
        auto token = tokenFor(staffId, false);
        if (!token)
            return token.error();
        auto result = call(token.value());
        if (result || result.error().kind != FailureKind::Auth)
            return result;
        token = tokenFor(staffId, true);
        if (!token)
            return token.error();
        return call(token.value());
    }

    // The call under the first staff member (most recent online sign-in first) whose token works.
    template<typename T>
    PlatformResult<T> withAnyToken(Signer signer, const std::function<PlatformResult<T>(const QString&)>& call)
    {
        PlatformFailure last = noTokenFailure();
        const auto staff = candidates(signer);
        if (!staff)
            return last;
        for (const QString& id : staff.value()) {
            auto r = withToken<T>(id, call);
            if (r || r.error().kind != FailureKind::Auth)
                return r;
            last = r.error();
        }
        return last;
    }

private:
    [[nodiscard]] Result<QStringList> candidates(Signer signer) const;
    [[nodiscard]] static PlatformFailure noTokenFailure();

    PassContext& m_pass;
};

} // namespace yc::sync
