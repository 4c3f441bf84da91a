#pragma once

#include "core/Result.h"
#include "core/catalog/ServiceItem.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"

#include <QCoreApplication>

namespace yc::intake {

// The window's decisions on a draft, with their rules (DOMAIN.md; Administrative Licensing Law
// art. 32, 82). Each decision is one transaction of the store: the draft is claimed first, so a
// draft is decided once, whatever races (error "case.decided"); the case is queued for the platform
// in the same transaction, as every decided case is. The notices come back with the outcome.
//
// - accept: every checklist material present; the case number from this window's leases; the
//   promised date the item's promised (else legal) working days from WorkCalendar.
// - completeOnTheSpot (即办件): items marked on-the-spot only; accepted and completed in the same
//   visit, what was handed over recorded; no promised date.
// - notifyCorrection (补正, 一次性告知): only when a material is missing or deficient; the notice
//   lists every one with its reason; the case waits with its time limit stopped.
// - refuse (不予受理): the saved category and reason, approved by a supervisor (SupervisorApprovals).
// - acceptWithMissing (容缺): deferrable materials only, each with a due date after today, approved
//   by a supervisor; the commitment letter (容缺受理承诺书) is produced with the acceptance notice.
// The acceptance gate (sync::admitNewCase) holds for the three acceptances: its warning comes back
// in the outcome, its block refuses ("acceptance.blocked").
class CaseDecider
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::CaseDecider)

public:
    explicit CaseDecider(IntakeContext context);

    // The gate as it stands: its warning ("" when none), or the error "acceptance.blocked".
    [[nodiscard]] Result<QString> acceptanceGate() const;

    [[nodiscard]] Result<DecisionOutcome> accept(const QString& draftId);
    [[nodiscard]] Result<DecisionOutcome> completeOnTheSpot(const QString& draftId, const QString& handedOver);
    [[nodiscard]] Result<DecisionOutcome> notifyCorrection(const QString& draftId);
    [[nodiscard]] Result<DecisionOutcome> refuse(const QString& draftId, const QString& approvalId);
    [[nodiscard]] Result<DecisionOutcome> acceptWithMissing(const QString& draftId, const QString& approvalId);

    // The notices of a decided case once more (a reprint), as they were issued.
    [[nodiscard]] Result<QList<IssuedNotice>> notices(const QString& caseId) const;

private:
    struct Prepared
    {
        IntakeDraft draft;
        catalog::ServiceItem item;
    };
    struct Plan
    {
        Decision decision = Decision::Accepted;
        bool acceptance = true; // the gate holds and a case number is required
        bool onTheSpot = false;
        int workingDays = 0;
        QString approvalId;
        QString handedOver;
        QString notes; // refusal: the reason as the platform reads it
        QList<NoticeKind> notices;
    };

    [[nodiscard]] Result<Prepared> prepare(const QString& draftId, bool needsAnswers) const;
    [[nodiscard]] Status requirePresent(const IntakeDraft& draft) const;
    [[nodiscard]] Status checkApproval(const IntakeDraft& draft, const QString& approvalId, ApprovalKind kind) const;
    [[nodiscard]] Result<DecisionOutcome> commit(const Prepared& prepared, const Plan& plan);

    IntakeContext m_context;
};

} // namespace yc::intake
