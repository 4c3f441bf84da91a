#include "supervision/ApprovalQueue.h"

#include "intake/IntakeTypes.h"
#include "storage/ApprovalRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/IntakeRepository.h"
#include "sync/CurrentStaff.h"
#include "sync/StaffCredentials.h"

#include <optional>

namespace yc::supervision {

namespace {

const QString Supervisor = QStringLiteral("supervisor");

QueuedApproval fromIntake(const storage::IntakeApproval& a, const QString& itemCode)
{
    QueuedApproval q;
    q.origin = QueuedApproval::Origin::Local;
    q.approvalId = a.approvalId;
    q.caseId = a.caseId;
    q.kind = a.kind;
    q.mode = a.mode;
    q.itemCode = itemCode;
    q.reason = a.reason;
    q.deferredMaterials = a.deferredMaterials;
    q.requestedBy = a.requestedBy;
    q.requestedAt = a.requestedAt;
    return q;
}

} // namespace

Actor actorOf(const sync::CurrentStaff* staff)
{
    if (!staff || !staff->isSignedIn())
        return {};
    return Actor{staff->staffId(), staff->role()};
}

ApprovalQueue::ApprovalQueue(intake::IntakeContext context, Actor actor)
    : m_context(std::move(context))
    , m_actor(std::move(actor))
{}

Status ApprovalQueue::requireSupervisor() const
{
    if (m_actor.staffId.isEmpty())
        return makeError(QStringLiteral("supervision.not-signed-in"),
                         tr("Sign in as a supervisor: this is for supervisors only."));
    if (m_actor.role != Supervisor)
        return makeError(QStringLiteral("supervision.not-supervisor"),
                         tr("%1 is not a supervisor: this is for supervisors only.").arg(m_actor.staffId));
    return {};
}

Status ApprovalQueue::checkDecision(const ApprovalDecision& decision)
{
    if (decision.approvalId.isEmpty())
        return makeError(QStringLiteral("supervision.no-approval"), tr("Choose the request to decide."));
    if (!decision.approve && decision.note.trimmed().isEmpty())
        return makeError(QStringLiteral("supervision.note-required"),
                         tr("A denial needs a comment: say what the clerk must change."));
    return {};
}

QueuedApproval ApprovalQueue::fromPlatform(const sync::Approval& a)
{
    QueuedApproval q;
    q.origin = QueuedApproval::Origin::Remote;
    q.approvalId = a.approvalId;
    q.caseId = a.caseId;
    q.kind = a.kind;
    q.mode = QStringLiteral("remote");
    q.itemCode = a.itemCode;
    q.reason = a.reason;
    q.deferredMaterials = a.deferredMaterials;
    q.requestedBy = a.requestedBy;
    q.windowNo = a.windowNo;
    q.requestedAt = a.requestedAt;
    return q;
}

Result<QList<QueuedApproval>> ApprovalQueue::localPending() const
{
    if (auto allowed = requireSupervisor(); !allowed)
        return allowed.error();
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    auto pending = intake.pendingApprovals();
    if (!pending)
        return pending.error();
    storage::CaseRepository cases(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    QList<QueuedApproval> out;
    for (const storage::IntakeApproval& a : pending.value()) {
        auto row = cases.get(a.caseId);
        if (!row)
            return row.error();
        out << fromIntake(a, row.value() ? row.value()->itemCode : QString());
    }
    return out;
}

Result<QueuedApproval> ApprovalQueue::decideLocal(const ApprovalDecision& decision)
{
    if (auto allowed = requireSupervisor(); !allowed)
        return allowed.error();
    if (auto valid = checkDecision(decision); !valid)
        return valid.error();
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    auto stored = intake.approval(decision.approvalId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return makeError(QStringLiteral("supervision.unknown-approval"),
                         tr("No request with id %1 was asked at this PC.").arg(decision.approvalId));
    const storage::IntakeApproval& a = *stored.value();
    if (a.requestedBy == m_actor.staffId)
        return makeError(QStringLiteral("intake.self-approval"), intake::IntakeLabels::selfApproval());
    const QString status = decision.approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    const QDateTime now = m_context.clock.now();
    auto done = m_context.database.transaction([&]() -> Status {
        // answerApproval appends the audit row (case.approval-answer) in this transaction.
        if (auto answered = intake.answerApproval(a.approvalId, status, m_actor.staffId, now, decision.note.trimmed());
            !answered)
            return answered;
        storage::ApprovalRecord record;
        record.approvalId = a.approvalId;
        record.caseId = a.caseId;
        record.kind = a.kind;
        record.status = status;
        record.requestedBy = a.requestedBy;
        record.requestedAt = a.requestedAt;
        record.decidedBy = m_actor.staffId;
        record.decidedAt = now;
        record.note = decision.note.trimmed();
        return storage::ApprovalRepository(m_context.database, m_context.clock).upsert(record);
    });
    if (!done)
        return done.error();
    storage::CaseRepository cases(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    auto row = cases.get(a.caseId);
    return fromIntake(a, row && row.value() ? row.value()->itemCode : QString());
}

Status ApprovalQueue::recordRemoteDecision(const sync::Approval& decided)
{
    if (auto allowed = requireSupervisor(); !allowed)
        return allowed;
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    auto mine = intake.approval(decided.approvalId);
    if (!mine)
        return mine.error();
    return m_context.database.transaction([&]() -> Status {
        if (mine.value()) {
            // Asked at this PC: the request takes the answer (its audit row comes with it).
            if (auto answered = intake.answerApproval(decided.approvalId, decided.status, decided.decidedBy,
                                                      decided.decidedAt, decided.note);
                !answered)
                return answered;
        } else if (auto audited =
                       storage::AuditLog(m_context.database, m_context.clock)
                           .append(m_actor.staffId, QStringLiteral("case.approval-answer"), QStringLiteral("case"),
                                   decided.caseId,
                                   QStringLiteral("kind=%1 mode=remote status=%2 approval=%3 window=%4")
                                       .arg(decided.kind, decided.status, decided.approvalId, decided.windowNo));
                   !audited) {
            return audited;
        }
        storage::ApprovalRecord record;
        record.approvalId = decided.approvalId;
        record.caseId = decided.caseId;
        record.kind = decided.kind;
        record.status = decided.status;
        record.requestedBy = decided.requestedBy;
        record.requestedAt = decided.requestedAt;
        record.decidedBy = decided.decidedBy;
        record.decidedAt = decided.decidedAt;
        record.note = decided.note;
        return storage::ApprovalRepository(m_context.database, m_context.clock).upsert(record);
    });
}

// ---- remote ---------------------------------------------------------------------------------------

struct RemoteApprovalQueue::Call
{
    Actor actor;
    std::optional<ApprovalDecision> decision; // empty: list the pending requests
    QString accessToken;
    QString refreshToken;
    // --- set by the call's thread
    std::vector<sync::Approval> pending;
    std::optional<sync::Approval> decided;
    std::optional<sync::StaffSession> refreshed;
    QString failure;
    bool ok = false;
};

RemoteApprovalQueue::RemoteApprovalQueue(intake::IntakeContext context, ConnectorFactory factory, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_factory(std::move(factory))
{
    qRegisterMetaType<QList<QueuedApproval>>();
}

RemoteApprovalQueue::~RemoteApprovalQueue()
{
    waitForIdle();
}

void RemoteApprovalQueue::waitForIdle()
{
    m_threads.waitForAll();
}

bool RemoteApprovalQueue::isBusy() const
{
    return m_threads.isBusy();
}

Status RemoteApprovalQueue::fetch(const Actor& actor)
{
    auto call = std::make_shared<Call>();
    return start(actor, call);
}

Status RemoteApprovalQueue::decide(const Actor& actor, const ApprovalDecision& decision)
{
    if (auto valid = ApprovalQueue::checkDecision(decision); !valid)
        return valid;
    auto call = std::make_shared<Call>();
    call->decision = decision;
    call->decision->note = decision.note.trimmed();
    return start(actor, call);
}

Status RemoteApprovalQueue::start(const Actor& actor, std::shared_ptr<Call> call)
{
    if (auto allowed = ApprovalQueue(m_context, actor).requireSupervisor(); !allowed)
        return allowed;
    if (!m_factory)
        return makeError(QStringLiteral("supervision.offline"),
                         tr("This PC is not connected to the platform: only the requests asked here are shown."));
    auto tokens = sync::StaffCredentials(m_context.database, m_context.cipher).tokens(actor.staffId);
    if (!tokens)
        return tokens.error();
    call->actor = actor;
    call->accessToken = tokens.value().access;
    call->refreshToken = tokens.value().refresh;
    const ConnectorFactory factory = m_factory;
    QThread* thread = QThread::create([this, call, factory]() {
        std::unique_ptr<sync::PlatformConnector> connector = factory();
        if (!connector) {
            call->failure = tr("This PC is not connected to the platform.");
            QMetaObject::invokeMethod(
                this, [this, call]() { finish(call); }, Qt::QueuedConnection);
            return;
        }
        auto run = [&](const QString& token) -> std::optional<sync::PlatformFailure> {
            if (call->decision) {
                auto r = connector->decideApproval(token, call->decision->approvalId,
                                                   call->decision->approve ? QStringLiteral("approved")
                                                                           : QStringLiteral("rejected"),
                                                   call->decision->note);
                if (!r)
                    return r.error();
                call->decided = r.value();
                return std::nullopt;
            }
            call->pending.clear();
            QString cursor;
            for (int page = 0; page < 20; ++page) {
                auto r = connector->pendingApprovals(token, cursor, 200);
                if (!r)
                    return r.error();
                for (const sync::Approval& a : r.value().approvals) {
                    if (a.status == QLatin1String("pending"))
                        call->pending.push_back(a);
                }
                if (!r.value().more)
                    break;
                cursor = r.value().cursor;
            }
            return std::nullopt;
        };
        auto failure = run(call->accessToken);
        if (failure && failure->kind == sync::FailureKind::Auth && !call->refreshToken.isEmpty()) {
            auto session = connector->refresh(call->refreshToken);
            if (session) {
                call->refreshed = session.value();
                failure = run(session.value().accessToken);
            }
        }
        if (failure)
            call->failure = failure->message.isEmpty() ? failure->code : failure->message;
        else
            call->ok = true;
        QMetaObject::invokeMethod(
            this, [this, call]() { finish(call); }, Qt::QueuedConnection);
    });
    m_threads.start(thread);
    return {};
}

void RemoteApprovalQueue::finish(const std::shared_ptr<Call>& call)
{
    if (call->refreshed) {
        if (auto kept = sync::StaffCredentials(m_context.database, m_context.cipher).storeTokens(*call->refreshed);
            !kept)
            emit failed(kept.error().message);
    }
    if (!call->ok) {
        emit failed(call->failure);
        return;
    }
    if (call->decision) {
        if (auto recorded = ApprovalQueue(m_context, call->actor).recordRemoteDecision(*call->decided); !recorded) {
            emit failed(recorded.error().message);
            return;
        }
        emit decided(call->decided->approvalId, call->decided->status);
        return;
    }
    QList<QueuedApproval> out;
    for (const sync::Approval& a : call->pending)
        out << ApprovalQueue::fromPlatform(a);
    emit fetched(out);
}

} // namespace yc::supervision
