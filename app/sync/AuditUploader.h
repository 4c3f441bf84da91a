#pragma once

#include "sync/SyncPass.h"
#include "sync/TokenProvider.h"

namespace yc::sync {

// Uploads the audit trail in batches (PROTOCOL.md §14). A batch's id is stored before it is sent,
// so a batch cut short goes again under the same id and the platform stores its rows once. A failed
// upload backs off on its own schedule (meta sync.audit_attempts, sync.audit_next_attempt_at).
class AuditUploader
{
public:
    AuditUploader(PassContext& pass, TokenProvider& tokens);

    void upload(PassReport& report);
    // When the rows waiting for their backoff are due again; invalid when none waits.
    [[nodiscard]] QDateTime nextAttempt() const;

private:
    void recordFailure(const PlatformFailure& failure, PassReport& report);

    PassContext& m_pass;
    TokenProvider& m_tokens;
};

} // namespace yc::sync
