#include "intake/RemoteApprovals.h"

#include "intake/SupervisorApprovals.h"
#include "storage/IntakeRepository.h"
#include "sync/StaffCredentials.h"

#include <optional>

namespace yc::intake {

// One exchange with the platform. The fields above the line are set on the caller's thread before
// the call starts; those below by the call's thread, read back only after it finished.
struct RemoteApprovals::Call
{
    QString draftId;
    QString staffId;
    sync::ApprovalRequest request;
    bool askFirst = false; // GET the approval first; POST it only when the platform does not know it
    QString accessToken;
    QString refreshToken;
    // ---
    std::optional<sync::Approval> answer;
    std::optional<sync::StaffSession> refreshed;
    QString failure;
};

RemoteApprovals::RemoteApprovals(IntakeContext context, ConnectorFactory factory, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_factory(std::move(factory))
{}

RemoteApprovals::~RemoteApprovals()
{
    m_threads.waitForAll();
}

bool RemoteApprovals::isBusy() const
{
    return m_threads.isBusy();
}

Result<QString> RemoteApprovals::request(const QString& draftId, ApprovalKind kind)
{
    auto request = SupervisorApprovals(m_context).prepareRemote(draftId, kind);
    if (!request)
        return request.error();
    auto call = std::make_shared<Call>();
    call->draftId = draftId;
    call->request = request.value();
    start(call);
    return request.value().approvalId;
}

Status RemoteApprovals::check(const QString& approvalId)
{
    SupervisorApprovals approvals(m_context);
    auto request = approvals.remoteRequest(approvalId);
    if (!request)
        return request.error();
    // The change feed may have brought the answer already.
    auto known = approvals.refreshFromFeed(request.value().caseId);
    if (!known)
        return known.error();
    for (const ApprovalInfo& a : known.value()) {
        if (a.approvalId == approvalId && a.status != ApprovalStatus::Pending) {
            emit approvalChanged(request.value().caseId, approvalId, toString(a.status));
            return {};
        }
    }
    auto call = std::make_shared<Call>();
    call->draftId = request.value().caseId;
    call->request = request.value();
    call->askFirst = true;
    start(call);
    return {};
}

void RemoteApprovals::start(std::shared_ptr<Call> call)
{
    // The request goes under the clerk's own platform sign-in (their stored token).
    auto stored = storage::IntakeRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
                      .approval(call->request.approvalId);
    if (stored && stored.value())
        call->staffId = stored.value()->requestedBy;
    auto tokens = sync::StaffCredentials(m_context.database, m_context.cipher).tokens(call->staffId);
    if (!tokens) {
        const QString message = tokens.error().message;
        const QString id = call->request.approvalId;
        QMetaObject::invokeMethod(
            this, [this, id, message]() { emit approvalFailed(id, message); }, Qt::QueuedConnection);
        return;
    }
    call->accessToken = tokens.value().access;
    call->refreshToken = tokens.value().refresh;
    const ConnectorFactory factory = m_factory;
    QThread* thread = QThread::create([this, call, factory]() {
        std::unique_ptr<sync::PlatformConnector> connector = factory();
        auto ask = [&](const QString& token) -> sync::PlatformResult<sync::Approval> {
            if (call->askFirst) {
                auto known = connector->approval(token, call->request.approvalId);
                if (known || known.error().code != QLatin1String("not-found"))
                    return known;
            }
            return connector->requestApproval(token, call->request);
        };
        auto result = ask(call->accessToken);
        if (!result && result.error().kind == sync::FailureKind::Auth && !call->refreshToken.isEmpty()) {
            auto session = connector->refresh(call->refreshToken);
            if (session) {
                call->refreshed = session.value();
                result = ask(session.value().accessToken);
            }
        }
        if (result)
            call->answer = result.value();
        else
            call->failure = result.error().message.isEmpty() ? result.error().code : result.error().message;
        QMetaObject::invokeMethod(
            this, [this, call]() { finish(call); }, Qt::QueuedConnection);
    });
    m_threads.start(thread);
}

void RemoteApprovals::finish(const std::shared_ptr<Call>& call)
{
    if (call->refreshed) {
        if (auto kept = sync::StaffCredentials(m_context.database, m_context.cipher).storeTokens(*call->refreshed);
            !kept)
            emit approvalFailed(call->request.approvalId, kept.error().message);
    }
    if (!call->answer) {
        emit approvalFailed(call->request.approvalId, call->failure);
        return;
    }
    auto recorded = SupervisorApprovals(m_context).recordAnswer(*call->answer);
    if (!recorded) {
        emit approvalFailed(call->request.approvalId, recorded.error().message);
        return;
    }
    emit approvalChanged(call->draftId, call->request.approvalId, toString(recorded.value().status));
}

} // namespace yc::intake
