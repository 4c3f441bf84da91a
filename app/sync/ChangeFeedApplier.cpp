#include "sync/ChangeFeedApplier.h"

#include "storage/ApprovalRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

namespace yc::sync {

namespace {
const QString CursorKey = QStringLiteral("sync.change_cursor");

} // namespace

ChangeFeedApplier::ChangeFeedApplier(PassContext& pass, TokenProvider& tokens)
    : m_pass(pass)
    , m_tokens(tokens)
{}

QHash<QString, Approval> ChangeFeedApplier::approvalDetails(const ChangePage& page)
{
    // Best effort: without the details the decision is still stored.
    QHash<QString, Approval> details;
    storage::ApprovalRepository approvals(*m_pass.db, m_pass.clock);
    for (const ChangeEvent& e : page.events) {
        if (e.kind != QLatin1String("approval") || e.approvalId.isEmpty() || details.contains(e.approvalId))
            continue;
        auto known = approvals.get(e.approvalId);
        if (known && known.value() && !known.value()->caseId.isEmpty() && !known.value()->decidedBy.isEmpty())
            continue;
        auto detail = m_tokens.withAnyToken<Approval>(TokenProvider::Signer::AnyStaff, [&](const QString& t) {
            return m_pass.connector->approval(t, e.approvalId);
        });
        if (detail)
            details.insert(e.approvalId, detail.value());
    }
    return details;
}

Status ChangeFeedApplier::applyCaseStatus(const ChangeEvent& e, PassReport& report)
{
    auto changed = m_pass.outbox().applyPlatformStatus(e.caseId, e.status, e.caseNumber);
    if (!changed)
        return changed.error();
    if (changed.value() > 0)
        ++report.changesApplied;
    // The local case follows the department once the platform holds it; a status this client does
    // not know stays in the outbox's platform_status only.
    auto status = departmentStatusFromString(e.status);
    if (!status)
        return {};
    return storage::CaseRepository(*m_pass.db, m_pass.cipher, m_pass.dataDir, m_pass.clock)
        .setDepartmentStatus(e.caseId, status.value());
}

Status ChangeFeedApplier::applyPage(const ChangePage& page, const QHash<QString, Approval>& approvalDetails,
                                    bool& catalogChanged, PassReport& report)
{
    storage::ApprovalRepository approvals(*m_pass.db, m_pass.clock);
    for (const ChangeEvent& e : page.events) {
        if (e.kind == QLatin1String("catalog")) {
            catalogChanged = true;
        } else if (e.kind == QLatin1String("approval")) {
            if (e.approvalId.isEmpty() ||
                (e.status != QLatin1String("pending") && e.status != QLatin1String("approved") &&
                 e.status != QLatin1String("rejected")))
                continue;
            storage::ApprovalRecord r;
            r.approvalId = e.approvalId;
            r.status = e.status;
            r.note = e.note;
            r.feedSeq = e.seq;
            if (e.status != QLatin1String("pending"))
                r.decidedAt = e.at;
            if (const auto it = approvalDetails.constFind(e.approvalId); it != approvalDetails.constEnd()) {
                r.caseId = it->caseId;
                r.kind = it->kind;
                r.requestedBy = it->requestedBy;
                r.requestedAt = it->requestedAt;
                r.decidedBy = it->decidedBy;
            }
            if (auto stored = approvals.upsert(r); !stored)
                return stored;
            ++report.changesApplied;
        } else if (e.kind == QLatin1String("case-status") && !e.caseId.isEmpty()) {
            if (auto s = applyCaseStatus(e, report); !s)
                return s;
        }
    }
    return m_pass.db->setMeta(CursorKey, page.cursor.isNull() ? QStringLiteral("") : page.cursor);
}

void ChangeFeedApplier::apply(PassReport& report)
{
    for (int page = 0; page < 100; ++page) {
        const QString cursor = m_pass.db->meta(CursorKey).valueOr({});
        auto changes = m_tokens.withAnyToken<ChangePage>(
            TokenProvider::Signer::AnyStaff, [&](const QString& t) { return m_pass.connector->changes(t, cursor); });
        if (!changes) {
            m_pass.noteRetryAfter(changes.error());
            report.lastError = changes.error().message;
            return;
        }
        report.reachedPlatform = true;
        const QHash<QString, Approval> details = approvalDetails(changes.value());
        bool catalogChanged = false;
        const int appliedBefore = report.changesApplied;
        auto applied = m_pass.db->transaction(
            [&]() -> Status { return applyPage(changes.value(), details, catalogChanged, report); });
        if (!applied) {
            report.changesApplied = appliedBefore; // rolled back
            report.lastError = applied.error().message;
            return;
        }
        if (catalogChanged)
            (void)m_pass.db->setMeta(QStringLiteral("sync.catalog_due"), QStringLiteral("1"));
        if (!changes.value().more)
            return;
    }
}

} // namespace yc::sync
