#pragma once

#include "sync/SyncPass.h"
#include "sync/TokenProvider.h"

#include <QCoreApplication>

namespace yc::sync {

// Applies the platform's change feed (PROTOCOL.md §6) page by page, each page and its cursor in one
// transaction: a department's status of a case (queue entry and local case), approval decisions,
// and the note that the catalog changed.
class ChangeFeedApplier
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::SyncEngine) // the engine's texts, for translators

public:
    ChangeFeedApplier(PassContext& pass, TokenProvider& tokens);

    void apply(PassReport& report);

private:
    // Stores one page's events; catalogChanged is set when one says the catalog changed.
    Status applyPage(const ChangePage& page, const QHash<QString, Approval>& approvalDetails, bool& catalogChanged,
                     PassReport& report);
    Status applyCaseStatus(const ChangeEvent& e, PassReport& report);
    // The approvals of a page (case, kind, people) not stored in full yet, asked before its transaction.
    QHash<QString, Approval> approvalDetails(const ChangePage& page);

    PassContext& m_pass;
    TokenProvider& m_tokens;
};

} // namespace yc::sync
