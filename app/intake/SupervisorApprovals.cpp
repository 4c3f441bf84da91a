#include "intake/SupervisorApprovals.h"

#include "intake/IntakeSession.h"
#include "storage/ApprovalRepository.h"
#include "storage/IntakeRepository.h"
#include "sync/SignInWorkflow.h"

#include <QUuid>

namespace yc::intake {

namespace {

ApprovalInfo infoOf(const storage::IntakeApproval& a)
{
    ApprovalInfo info = SupervisorApprovals::info(a);
    info.current = true;
    return info;
}

// The reason sent with a remote request: what the supervisor is asked to approve.
QString requestReason(const IntakeDraft& draft, ApprovalKind kind, QStringList* deferred)
{
    if (kind == ApprovalKind::Refusal)
        return toString(draft.refusal->category) + QStringLiteral(": ") + draft.refusal->text;
    QStringList lines;
    for (const ChecklistEntry& e : draft.checklist) {
        if (e.state != MaterialState::Deferred)
            continue;
        *deferred << e.materialId;
        lines << e.name + QStringLiteral(" (") + e.dueDate.toString(Qt::ISODate) + QLatin1Char(')');
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace

SupervisorApprovals::SupervisorApprovals(IntakeContext context)
    : m_context(std::move(context))
{}

Result<IntakeDraft> SupervisorApprovals::draftFor(const QString& draftId, ApprovalKind kind) const
{
    auto draft = IntakeSession(m_context).load(draftId);
    if (!draft)
        return draft.error();
    const IntakeDraft& d = draft.value();
    if (kind == ApprovalKind::Refusal && (!d.refusal || d.refusal->text.isEmpty()))
        return makeError(QStringLiteral("intake.refusal-reason"),
                         tr("Save the refusal's category and reason before asking for approval."));
    if (kind == ApprovalKind::AcceptWithMissing) {
        bool any = false;
        for (const ChecklistEntry& e : d.checklist) {
            if (e.state != MaterialState::Deferred)
                continue;
            any = true;
            if (!e.deferrable)
                return makeError(QStringLiteral("intake.not-deferrable"), IntakeLabels::notDeferrable(e.name));
        }
        if (!any)
            return makeError(QStringLiteral("intake.nothing-deferred"),
                             tr("No material is marked to follow later: there is nothing to approve."));
    }
    return draft;
}

ApprovalInfo SupervisorApprovals::info(const storage::IntakeApproval& a)
{
    ApprovalInfo info;
    info.approvalId = a.approvalId;
    info.kind = approvalKindFromString(a.kind).valueOr(ApprovalKind::Refusal);
    info.mode = approvalModeFromString(a.mode).valueOr(ApprovalMode::Local);
    info.status = approvalStatusFromString(a.status).valueOr(ApprovalStatus::Pending);
    info.requestedBy = a.requestedBy;
    info.requestedAt = a.requestedAt;
    info.supervisorId = a.supervisorId;
    info.decidedAt = a.decidedAt;
    info.note = a.note;
    info.cited = a.cited;
    return info;
}

Result<ApprovalInfo> SupervisorApprovals::approveHere(const QString& draftId, ApprovalKind kind,
                                                      const QString& supervisorId, const QString& password)
{
    auto draft = draftFor(draftId, kind);
    if (!draft)
        return draft.error();
    const QString clerk = draft.value().staffId;
    const QString selfApproval = IntakeLabels::selfApproval();
    if (supervisorId.trimmed() == clerk)
        return makeError(QStringLiteral("intake.self-approval"), selfApproval);
    sync::SignInWorkflow workflow(m_context.database, m_context.cipher, sync::RestOptions{}, m_context.clock,
                                  m_context.signInLimits);
    const sync::SignInResult signedIn = workflow.signIn(supervisorId, password, sync::SignInMode::OfflineOnly);
    if (!signedIn.ok())
        return makeError(QStringLiteral("intake.supervisor-refused"), signedIn.message);
    if (signedIn.staff.role != QLatin1String("supervisor"))
        return makeError(QStringLiteral("intake.not-supervisor"),
                         tr("%1 is not a supervisor: only a supervisor approves this.").arg(signedIn.staff.staffId));
    if (signedIn.staff.staffId == clerk)
        return makeError(QStringLiteral("intake.self-approval"), selfApproval);

    storage::IntakeApproval a;
    a.approvalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.caseId = draftId;
    a.kind = toString(kind);
    a.mode = toString(ApprovalMode::Local);
    a.status = toString(ApprovalStatus::Approved);
    a.subject = IntakeSession::approvalSubject(draft.value(), kind);
    a.requestedBy = clerk;
    a.requestedAt = m_context.clock.now();
    a.supervisorId = signedIn.staff.staffId;
    a.decidedAt = a.requestedAt;
    if (auto stored =
            storage::IntakeRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
                .addApproval(a);
        !stored)
        return stored.error();
    return infoOf(a);
}

Result<sync::ApprovalRequest> SupervisorApprovals::prepareRemote(const QString& draftId, ApprovalKind kind)
{
    auto draft = draftFor(draftId, kind);
    if (!draft)
        return draft.error();
    const IntakeDraft& d = draft.value();
    if (d.itemCode.isEmpty())
        return makeError(QStringLiteral("intake.incomplete"), IntakeLabels::chooseItemFirst());
    sync::ApprovalRequest request;
    request.approvalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.kind = toString(kind);
    request.caseId = draftId;
    request.itemCode = d.itemCode;
    request.reason = requestReason(d, kind, &request.deferredMaterials);

    storage::IntakeApproval a;
    a.approvalId = request.approvalId;
    a.caseId = draftId;
    a.kind = request.kind;
    a.mode = toString(ApprovalMode::Remote);
    a.status = toString(ApprovalStatus::Pending);
    a.subject = IntakeSession::approvalSubject(d, kind);
    a.reason = request.reason;
    a.deferredMaterials = request.deferredMaterials;
    a.requestedBy = d.staffId;
    a.requestedAt = m_context.clock.now();
    if (auto stored =
            storage::IntakeRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
                .addApproval(a);
        !stored)
        return stored.error();
    return request;
}

Result<sync::ApprovalRequest> SupervisorApprovals::remoteRequest(const QString& approvalId) const
{
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    auto stored = intake.approval(approvalId);
    if (!stored)
        return stored.error();
    if (!stored.value() || stored.value()->mode != QLatin1String("remote"))
        return makeError(QStringLiteral("intake.approval-missing"),
                         tr("No remote approval with id %1 was asked at this window.").arg(approvalId));
    const storage::IntakeApproval& a = *stored.value();
    auto row =
        storage::CaseRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock).get(a.caseId);
    if (!row)
        return row.error();
    sync::ApprovalRequest request;
    request.approvalId = a.approvalId;
    request.kind = a.kind;
    request.caseId = a.caseId;
    request.itemCode = row.value() ? row.value()->itemCode : QString();
    request.reason = a.reason;
    request.deferredMaterials = a.deferredMaterials;
    return request;
}

Result<ApprovalInfo> SupervisorApprovals::recordAnswer(const sync::Approval& answer)
{
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    auto stored = intake.approval(answer.approvalId);
    if (!stored)
        return stored.error();
    if (!stored.value() || stored.value()->mode != QLatin1String("remote"))
        return makeError(QStringLiteral("intake.approval-missing"),
                         tr("No remote approval with id %1 was asked at this window.").arg(answer.approvalId));
    auto status = approvalStatusFromString(answer.status);
    if (!status)
        return status.error();
    if (status.value() != ApprovalStatus::Pending) {
        if (auto saved = intake.answerApproval(answer.approvalId, answer.status, answer.decidedBy, answer.decidedAt,
                                               answer.note);
            !saved)
            return saved.error();
    }
    // The approvals table the supervision screens and the change feed share hears of it too.
    storage::ApprovalRecord record;
    record.approvalId = answer.approvalId;
    record.caseId = stored.value()->caseId;
    record.kind = stored.value()->kind;
    record.status = answer.status;
    record.requestedBy = stored.value()->requestedBy;
    record.requestedAt = stored.value()->requestedAt;
    record.decidedBy = answer.decidedBy;
    record.decidedAt = answer.decidedAt;
    record.note = answer.note;
    if (auto mirrored = storage::ApprovalRepository(m_context.database, m_context.clock).upsert(record); !mirrored)
        return mirrored.error();
    auto updated = intake.approval(answer.approvalId);
    if (!updated)
        return updated.error();
    return infoOf(*updated.value());
}

Result<QList<ApprovalInfo>> SupervisorApprovals::refreshFromFeed(const QString& draftId)
{
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    auto mine = intake.approvals(draftId);
    if (!mine)
        return mine.error();
    storage::ApprovalRepository feed(m_context.database, m_context.clock);
    for (const storage::IntakeApproval& a : mine.value()) {
        if (a.mode != QLatin1String("remote") || a.status != QLatin1String("pending"))
            continue;
        auto known = feed.get(a.approvalId);
        if (!known)
            return known.error();
        if (!known.value() || known.value()->status == QLatin1String("pending"))
            continue;
        if (auto saved = intake.answerApproval(a.approvalId, known.value()->status, known.value()->decidedBy,
                                               known.value()->decidedAt, known.value()->note);
            !saved)
            return saved.error();
    }
    auto draft = IntakeSession(m_context).load(draftId);
    if (!draft)
        return draft.error();
    return draft.value().approvals;
}

} // namespace yc::intake
