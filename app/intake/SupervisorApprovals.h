#pragma once

#include "core/Result.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"
#include "sync/PlatformConnector.h"

#include <QCoreApplication>
#include <QList>

namespace yc::storage {
struct IntakeApproval;
}

namespace yc::intake {

// The supervisor's approval a refusal or an acceptance with missing materials needs, in one of two
// ways:
// - here: the supervisor signs in with their own id and password on this PC (the offline verifier
//   of sync::StaffCredentials; failed attempts count and lock like sign-ins, sync::SignInLimiter);
// - remote: the clerk asks through the platform (PROTOCOL.md §16). The approval is stored as
//   pending before anything is sent, so a retry asks for the same approval id; the answer comes
//   from the platform (RemoteApprovals asks it off the screen's thread) or from the change feed.
// An approval covers the draft as it was approved: the refusal's category and reason, or the
// deferred materials and their dates. A change after it needs a new approval (CaseDecider checks).
// A supervisor never approves a case they take in themselves.
class SupervisorApprovals
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::SupervisorApprovals)

public:
    explicit SupervisorApprovals(IntakeContext context);

    // An approval as the screens and the decider see it (not marked current).
    [[nodiscard]] static ApprovalInfo info(const storage::IntakeApproval& approval);

    // Errors: "intake.self-approval", "intake.supervisor-refused" (wrong id or password, too many
    // failures, last online sign-in too old), "intake.not-supervisor", and what asking needs
    // ("intake.refusal-reason", "intake.nothing-deferred").
    [[nodiscard]] Result<ApprovalInfo> approveHere(const QString& draftId, ApprovalKind kind,
                                                   const QString& supervisorId, const QString& password);
    // Stores a pending remote approval and returns the request to send (POST /approvals).
    [[nodiscard]] Result<sync::ApprovalRequest> prepareRemote(const QString& draftId, ApprovalKind kind);
    // The request of a stored remote approval, to send it again (same id, same content).
    [[nodiscard]] Result<sync::ApprovalRequest> remoteRequest(const QString& approvalId) const;
    // The platform's answer (GET /approvals/<id>); also kept where the change feed keeps approvals.
    [[nodiscard]] Result<ApprovalInfo> recordAnswer(const sync::Approval& answer);
    // Answers the change feed brought (storage::ApprovalRepository) for the draft's pending remote
    // approvals. Returns the draft's approvals.
    [[nodiscard]] Result<QList<ApprovalInfo>> refreshFromFeed(const QString& draftId);

private:
    // The draft, checked for what an approval of `kind` needs.
    [[nodiscard]] Result<IntakeDraft> draftFor(const QString& draftId, ApprovalKind kind) const;

    IntakeContext m_context;
};

} // namespace yc::intake
