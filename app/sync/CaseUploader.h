#pragma once

#include "sync/SyncPass.h"
#include "sync/TokenProvider.h"

#include <QCoreApplication>

#include <functional>

namespace yc::sync {

// Sends one queued case: its materials first (content-addressed, resuming partial uploads), then the
// signed case referencing them (idempotent by case id). Each step is recorded in the store before
// the next, so a crash resumes where it stopped.
class CaseUploader
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::SyncEngine) // the engine's texts, for translators

public:
    using Progress = std::function<void(const QString& caseId, qint64 done, qint64 total)>;

    CaseUploader(PassContext& pass, TokenProvider& tokens, Progress progress);

    enum class Outcome
    {
        Done,
        Failed,
        StopPass
    };
    Outcome send(const storage::OutboxEntry& entry, PassReport& report);

private:
    PlatformResult<SubmitOutcome> uploadAndSubmit(const storage::OutboxEntry& entry);
    PlatformResult<Done> uploadMaterials(const storage::OutboxEntry& entry);
    // The queue entry and its case move to a state in one transaction.
    Status setState(const storage::OutboxEntry& entry, const QString& state);

    PassContext& m_pass;
    TokenProvider& m_tokens;
    Progress m_progress;
};

} // namespace yc::sync
