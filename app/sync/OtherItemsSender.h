#pragma once

#include "sync/SyncPass.h"
#include "sync/TokenProvider.h"

#include <QCoreApplication>

namespace yc::sync {

// Drains the queue entries besides cases, after them: evaluations (PROTOCOL.md §14) and supplements
// (§16), each once the platform holds its case (they need its official number).
class OtherItemsSender
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::SyncEngine) // the engine's texts, for translators

public:
    OtherItemsSender(PassContext& pass, TokenProvider& tokens);

    // False when the rest of the pass must not call the platform (stop, Retry-After, TLS, unreachable).
    bool drain(PassReport& report);

private:
    // The official number of the entry's case once the platform holds it, else a "waiting" failure
    // (permanent for a supplement whose case is missing: its materials belong to that case).
    PlatformResult<QString> numberOfSubmittedCase(const storage::OutboxEntry& entry, const QString& waitingText);
    PlatformResult<QString> sendSupplement(const storage::OutboxEntry& entry);
    PlatformResult<QString> sendEvaluation(const storage::OutboxEntry& entry);
    PlatformResult<QString> sendFollowUp(const storage::OutboxEntry& entry);

    PassContext& m_pass;
    TokenProvider& m_tokens;
};

} // namespace yc::sync
