#pragma once

#include "core/Result.h"
#include "core/WorkerThreads.h"
#include "intake/IntakeContext.h"
#include "sync/PlatformConnector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace yc::sync {
class CurrentStaff;
}

namespace yc::supervision {

// Who acts: the staff member signed in at this window. Only a supervisor decides approvals.
struct Actor
{
    QString staffId;
    QString role; // clerk, supervisor, admin
};

// The actor signed in now (empty when nobody is).
[[nodiscard]] Actor actorOf(const sync::CurrentStaff* staff);

// One request in the supervisor's queue.
struct QueuedApproval
{
    enum class Origin
    {
        Local,  // asked at this PC (intake_approvals, pending)
        Remote, // asked at another window of the hall (PROTOCOL.md §16)
    };
    Origin origin = Origin::Local;
    QString approvalId;
    QString caseId;
    QString kind; // accept-with-missing, refusal, override
    QString mode; // local requests: the intake's mode (remote when it was also sent to the platform)
    QString itemCode;
    QString reason;
    QStringList deferredMaterials;
    QString requestedBy;
    QString windowNo;
    QDateTime requestedAt;
};

// The decision a supervisor takes.
struct ApprovalDecision
{
    QString approvalId;
    bool approve = false;
    QString note; // required when denying
};

// The approvals queue (the supervisor's screen, and yichuang-ctl if it ever wants it): the pending
// requests asked at this PC, and the decisions on them. Every call checks the actor's role: a clerk
// gets the error "supervision.not-supervisor", whatever the screen shows. Every decision is audited
// (action "approval.decide", object "approval", detail "kind=.. origin=local|remote status=..").
class ApprovalQueue
{
    Q_DECLARE_TR_FUNCTIONS(yc::supervision::ApprovalQueue)

public:
    ApprovalQueue(intake::IntakeContext context, Actor actor);

    // Error "supervision.not-supervisor" unless the actor is a signed-in supervisor.
    [[nodiscard]] Status requireSupervisor() const;
    // Error "supervision.note-required" when a denial has no comment.
    [[nodiscard]] static Status checkDecision(const ApprovalDecision& decision);

    // The pending requests asked at this PC, oldest first.
    [[nodiscard]] Result<QList<QueuedApproval>> localPending() const;
    // Decides a pending request asked at this PC: stored with its audit row in one transaction.
    // A supervisor never decides a request they asked themselves ("intake.self-approval").
    [[nodiscard]] Result<QueuedApproval> decideLocal(const ApprovalDecision& decision);
    // Records a decision the platform confirmed (remote requests, and local ones also sent to the
    // platform): the audit row, the shared approvals table, and this PC's request if it is one.
    [[nodiscard]] Status recordRemoteDecision(const sync::Approval& decided);

    [[nodiscard]] static QueuedApproval fromPlatform(const sync::Approval& approval);

private:
    intake::IntakeContext m_context;
    Actor m_actor;
};

// The remote half of the queue, off the screen's thread: lists the hall's pending requests and
// sends decisions under the supervisor's own platform sign-in (their stored tokens; a refresh is
// kept). The role is checked before anything is sent; the platform checks it again (403).
class RemoteApprovalQueue : public QObject
{
    Q_OBJECT

public:
    using ConnectorFactory = std::function<std::unique_ptr<sync::PlatformConnector>()>;

    RemoteApprovalQueue(intake::IntakeContext context, ConnectorFactory factory, QObject* parent = nullptr);
    ~RemoteApprovalQueue() override;

    // Both return an error at once (role, comment, no token) or start the call and answer by signal.
    [[nodiscard]] Status fetch(const Actor& actor);
    [[nodiscard]] Status decide(const Actor& actor, const ApprovalDecision& decision);
    [[nodiscard]] bool isBusy() const;
    // Waits for the calls in flight (tests).
    void waitForIdle();

signals:
    void fetched(const QList<yc::supervision::QueuedApproval>& pending);
    void decided(const QString& approvalId, const QString& status);
    void failed(const QString& message);

private:
    struct Call;
    [[nodiscard]] Status start(const Actor& actor, std::shared_ptr<Call> call);
    void finish(const std::shared_ptr<Call>& call);

    intake::IntakeContext m_context;
    ConnectorFactory m_factory;
    WorkerThreads m_threads;
};

} // namespace yc::supervision

Q_DECLARE_METATYPE(yc::supervision::QueuedApproval)
