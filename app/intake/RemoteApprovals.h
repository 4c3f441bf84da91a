#pragma once

#include "core/Result.h"
#include "core/WorkerThreads.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"
#include "sync/PlatformConnector.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace yc::intake {

// Remote supervisor approvals (PROTOCOL.md §16) without blocking the clerk's screen: request()
// stores the pending approval and returns its id at once, the platform is asked on a thread of its
// own (a connector made there by the factory; no store access off this thread), and the answer is
// recorded here, on the caller's thread, and told by approvalChanged(). check() asks again later
// (polling, or a "Check now" button): it reads what the change feed brought first, else asks the
// platform, and sends the request again under the same id if the platform never received it.
class RemoteApprovals : public QObject
{
    Q_OBJECT

public:
    using ConnectorFactory = std::function<std::unique_ptr<sync::PlatformConnector>()>;

    RemoteApprovals(IntakeContext context, ConnectorFactory factory, QObject* parent = nullptr);
    // Waits for the calls in flight (each ends within the connector's timeout).
    ~RemoteApprovals() override;

    [[nodiscard]] Result<QString> request(const QString& draftId, ApprovalKind kind);
    [[nodiscard]] Status check(const QString& approvalId);
    [[nodiscard]] bool isBusy() const;

signals:
    // status: pending, approved or rejected.
    void approvalChanged(const QString& draftId, const QString& approvalId, const QString& status);
    // The platform could not be asked (offline, signed out, refused); the approval stays pending.
    void approvalFailed(const QString& approvalId, const QString& message);

private:
    struct Call;
    void start(std::shared_ptr<Call> call);
    void finish(const std::shared_ptr<Call>& call);

    IntakeContext m_context;
    ConnectorFactory m_factory;
    WorkerThreads m_threads;
};

} // namespace yc::intake
