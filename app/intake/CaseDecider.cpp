#include "intake/CaseDecider.h"

#include "core/CaseNumber.h"
#include "intake/IntakeSession.h"
#include "intake/NoticeComposer.h"
#include "storage/AuditLog.h"
#include "storage/CaseNumberLeases.h"
#include "storage/CaseRepository.h"
#include "storage/DraftRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/NoticeRepository.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/SyncStatus.h"

namespace yc::intake {

namespace {

QDate chinaDate(const QDateTime& at)
{
    return at.toTimeZone(casenumber::chinaTime()).date();
}

QString names(const QList<ChecklistEntry>& entries)
{
    QStringList list;
    for (const ChecklistEntry& e : entries)
        list << e.name;
    return list.join(QStringLiteral("、"));
}

// The working days an accepted case is promised: the item's promised limit, else its legal one.
int workingDaysOf(const catalog::ServiceItem& item)
{
    return item.timeLimit.promisedDays > 0 ? item.timeLimit.promisedDays : item.timeLimit.legalDays;
}

} // namespace

CaseDecider::CaseDecider(IntakeContext context)
    : m_context(std::move(context))
{}

Result<QString> CaseDecider::acceptanceGate() const
{
    return sync::admitNewCase(m_context.database, m_context.clock.now());
}

Result<CaseDecider::Prepared> CaseDecider::prepare(const QString& draftId, bool needsAnswers) const
{
    auto draft = IntakeSession(m_context).load(draftId);
    if (!draft)
        return draft.error();
    const IntakeDraft& d = draft.value();
    if (!d.applicant)
        return makeError(QStringLiteral("intake.incomplete"), tr("The applicant is not recorded yet."));
    if (d.itemCode.isEmpty())
        return makeError(QStringLiteral("intake.incomplete"), IntakeLabels::chooseItemFirst());
    auto item = storage::CatalogRepository(m_context.database).itemVersion(d.itemCode, d.itemVersion);
    if (!item)
        return item.error();
    if (needsAnswers && !d.unansweredSituations.isEmpty()) {
        QStringList questions;
        for (const catalog::Situation& s : item.value().situations) {
            if (d.unansweredSituations.contains(s.id))
                questions << s.question;
        }
        return makeError(QStringLiteral("intake.situations"),
                         tr("Answer every situation of the item first: %1").arg(questions.join(QStringLiteral(" "))));
    }
    return Prepared{draft.value(), item.value()};
}

Status CaseDecider::requirePresent(const IntakeDraft& draft) const
{
    QList<ChecklistEntry> absent;
    QList<ChecklistEntry> deferred;
    for (const ChecklistEntry& e : draft.checklist) {
        if (e.state == MaterialState::Deferred)
            deferred << e;
        else if (!isPresent(e.state))
            absent << e;
    }
    if (!absent.isEmpty())
        return makeError(QStringLiteral("intake.materials-incomplete"),
                         tr("Not every material is there (%1): notify a correction, or accept with missing materials "
                            "where the item allows it.")
                             .arg(names(absent)));
    if (!deferred.isEmpty())
        return makeError(QStringLiteral("intake.materials-incomplete"),
                         tr("Materials marked to follow later (%1) need an acceptance with missing materials, approved "
                            "by a supervisor.")
                             .arg(names(deferred)));
    return {};
}

Status CaseDecider::checkApproval(const IntakeDraft& draft, const QString& approvalId, ApprovalKind kind) const
{
    const ApprovalInfo* found = nullptr;
    for (const ApprovalInfo& a : draft.approvals) {
        if (a.approvalId == approvalId)
            found = &a;
    }
    if (approvalId.isEmpty() || !found || found->kind != kind)
        return makeError(QStringLiteral("intake.approval-missing"),
                         tr("A %1 needs a supervisor's approval of this case: ask a supervisor to approve it here or "
                            "through the platform.")
                             .arg(IntakeLabels::approvalKind(kind)));
    if (found->status == ApprovalStatus::Pending)
        return makeError(QStringLiteral("intake.approval-pending"),
                         tr("The supervisor has not answered the request for approval yet."));
    if (found->status == ApprovalStatus::Rejected)
        return makeError(QStringLiteral("intake.approval-rejected"),
                         found->note.isEmpty() ? tr("The supervisor did not approve it.")
                                               : tr("The supervisor did not approve it: %1").arg(found->note));
    if (found->supervisorId.isEmpty() || found->supervisorId == draft.staffId)
        return makeError(QStringLiteral("intake.self-approval"), IntakeLabels::selfApproval());
    if (!found->current)
        return makeError(QStringLiteral("intake.approval-stale"),
                         tr("The case changed after the supervisor approved it: ask for approval again."));
    if (found->cited)
        return makeError(QStringLiteral("intake.approval-missing"), tr("This approval was used already."));
    return {};
}

Result<DecisionOutcome> CaseDecider::accept(const QString& draftId)
{
    auto prepared = prepare(draftId, true);
    if (!prepared)
        return prepared.error();
    const catalog::ServiceItem& item = prepared.value().item;
    if (item.timeLimit.onTheSpot)
        return makeError(QStringLiteral("intake.on-the-spot-item"),
                         tr("%1 is handled on the spot (即办件): complete it at the window.").arg(item.name));
    if (auto present = requirePresent(prepared.value().draft); !present)
        return present.error();
    Plan plan;
    plan.decision = Decision::Accepted;
    plan.workingDays = workingDaysOf(item);
    if (plan.workingDays <= 0)
        return makeError(QStringLiteral("intake.no-time-limit"),
                         tr("The catalog gives %1 no time limit; the promised date cannot be set.").arg(item.name));
    plan.notices = {NoticeKind::Acceptance};
    return commit(prepared.value(), plan);
}

Result<DecisionOutcome> CaseDecider::completeOnTheSpot(const QString& draftId, const QString& handedOver)
{
    auto prepared = prepare(draftId, true);
    if (!prepared)
        return prepared.error();
    const catalog::ServiceItem& item = prepared.value().item;
    if (!item.timeLimit.onTheSpot)
        return makeError(QStringLiteral("intake.not-on-the-spot"),
                         tr("%1 is not handled on the spot: accept it with its promised date.").arg(item.name));
    if (handedOver.trimmed().isEmpty())
        return makeError(QStringLiteral("intake.result-missing"),
                         tr("Record what was handed over to the applicant (the certificate, stamp or record)."));
    if (auto present = requirePresent(prepared.value().draft); !present)
        return present.error();
    Plan plan;
    plan.decision = Decision::Accepted;
    plan.onTheSpot = true;
    plan.handedOver = handedOver.trimmed();
    plan.notices = {NoticeKind::Acceptance};
    return commit(prepared.value(), plan);
}

Result<DecisionOutcome> CaseDecider::notifyCorrection(const QString& draftId)
{
    auto prepared = prepare(draftId, true);
    if (!prepared)
        return prepared.error();
    bool anything = false;
    for (const ChecklistEntry& e : prepared.value().draft.checklist) {
        if (e.state == MaterialState::Missing || e.state == MaterialState::Deficient)
            anything = true;
    }
    if (!anything)
        return makeError(QStringLiteral("intake.nothing-to-correct"),
                         tr("No material is missing or deficient: there is nothing to correct."));
    // A material marked to follow later without an approved acceptance is simply missing here.
    Prepared p = prepared.value();
    for (ChecklistEntry& e : p.draft.checklist) {
        if (e.state == MaterialState::Deferred)
            e.state = MaterialState::Missing;
    }
    Plan plan;
    plan.decision = Decision::CorrectionNotified;
    plan.acceptance = false;
    plan.notices = {NoticeKind::Correction};
    return commit(p, plan);
}

Result<DecisionOutcome> CaseDecider::refuse(const QString& draftId, const QString& approvalId)
{
    auto prepared = prepare(draftId, false);
    if (!prepared)
        return prepared.error();
    const IntakeDraft& d = prepared.value().draft;
    if (!d.refusal || d.refusal->text.isEmpty())
        return makeError(QStringLiteral("intake.refusal-reason"),
                         tr("A refusal states its category and its reason; save them first."));
    if (auto approved = checkApproval(d, approvalId, ApprovalKind::Refusal); !approved)
        return approved.error();
    Plan plan;
    plan.decision = Decision::Refused;
    plan.acceptance = false;
    plan.approvalId = approvalId;
    plan.notes = NoticeComposer::refusalCategoryText(d.refusal->category) + QStringLiteral("：") + d.refusal->text;
    if (!d.notes.isEmpty())
        plan.notes += QLatin1Char('\n') + d.notes;
    plan.notices = {NoticeKind::Refusal};
    return commit(prepared.value(), plan);
}

Result<DecisionOutcome> CaseDecider::acceptWithMissing(const QString& draftId, const QString& approvalId)
{
    auto prepared = prepare(draftId, true);
    if (!prepared)
        return prepared.error();
    const IntakeDraft& d = prepared.value().draft;
    const catalog::ServiceItem& item = prepared.value().item;
    if (item.timeLimit.onTheSpot)
        return makeError(QStringLiteral("intake.on-the-spot-item"),
                         tr("%1 is handled on the spot (即办件): complete it at the window.").arg(item.name));
    QList<ChecklistEntry> absent;
    bool deferred = false;
    const QDate today = chinaDate(m_context.clock.now());
    for (const ChecklistEntry& e : d.checklist) {
        if (e.state == MaterialState::Deferred) {
            deferred = true;
            const catalog::Material* m = item.material(e.materialId);
            if (!m || !m->deferrable)
                return makeError(QStringLiteral("intake.not-deferrable"), IntakeLabels::notDeferrable(e.name));
            if (!e.dueDate.isValid() || e.dueDate <= today)
                return makeError(QStringLiteral("intake.due-date"), IntakeLabels::dueDateNeeded(e.name));
        } else if (!isPresent(e.state)) {
            absent << e;
        }
    }
    if (!absent.isEmpty())
        return makeError(
            QStringLiteral("intake.materials-incomplete"),
            tr("Not every material is there or deferred (%1): notify a correction instead.").arg(names(absent)));
    if (!deferred)
        return makeError(QStringLiteral("intake.nothing-deferred"),
                         tr("No material is marked to follow later: accept the case as it is."));
    if (auto approved = checkApproval(d, approvalId, ApprovalKind::AcceptWithMissing); !approved)
        return approved.error();
    Plan plan;
    plan.decision = Decision::AcceptedWithMissing;
    plan.approvalId = approvalId;
    plan.workingDays = workingDaysOf(item);
    if (plan.workingDays <= 0)
        return makeError(QStringLiteral("intake.no-time-limit"),
                         tr("The catalog gives %1 no time limit; the promised date cannot be set.").arg(item.name));
    plan.notices = {NoticeKind::Acceptance, NoticeKind::Commitment};
    return commit(prepared.value(), plan);
}

Result<DecisionOutcome> CaseDecider::commit(const Prepared& prepared, const Plan& plan)
{
    const IntakeDraft& d = prepared.draft;
    DecisionOutcome outcome;
    outcome.caseId = d.id;
    outcome.decision = plan.decision;
    outcome.onTheSpot = plan.onTheSpot;
    if (plan.acceptance) {
        auto gate = acceptanceGate();
        if (!gate)
            return gate.error();
        outcome.warning = gate.value();
    }
    const QDateTime now = m_context.clock.now();
    outcome.decidedOn = chinaDate(now);
    if (plan.workingDays > 0) {
        const WorkCalendar::Deadline deadline = m_context.calendar.addWorkingDays(outcome.decidedOn, plan.workingDays);
        outcome.promisedDate = deadline.date;
        outcome.promisedProvisional = deadline.provisional;
    }

    storage::DraftRepository drafts(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    storage::IntakeDecisionRecord record;
    record.citedApprovalId = plan.approvalId;
    record.handedOver = plan.handedOver;
    if (plan.onTheSpot)
        record.completedAt = now;
    if (plan.decision == Decision::CorrectionNotified)
        record.clockPausedFrom = outcome.decidedOn; // waits for the supplement, the time limit stopped
    for (const ChecklistEntry& e : d.checklist)
        record.keepMaterials << e.materialId;

    auto decided = drafts.decide(d.id, plan.decision, outcome.promisedDate, [&]() -> Status {
        // The number of the year of `now` (casenumber::yearAt), from this window's leases.
        auto number = storage::CaseNumberLeases(m_context.database).take(d.id, now);
        if (!number)
            return number.error();
        if (!number.value() && plan.acceptance)
            return makeError(QStringLiteral("intake.no-case-number"),
                             tr("No official case number of %1 is left on this PC: connect to the platform so that "
                                "the window receives new numbers.")
                                 .arg(casenumber::yearAt(now)));
        if (number.value())
            outcome.caseNumber = number.value()->number;
        if (!plan.notes.isEmpty()) {
            if (auto saved = drafts.saveNotes(d.id, plan.notes); !saved)
                return saved;
        }
        if (auto saved = intake.recordDecisionWithin(d.id, record); !saved)
            return saved;
        if (plan.onTheSpot)
            return storage::AuditLog(m_context.database, m_context.clock)
                .append(d.staffId, QStringLiteral("case.complete-on-the-spot"), QStringLiteral("case"), d.id,
                        QStringLiteral("item=%1").arg(d.itemCode), now);
        return {};
    });
    if (!decided)
        return decided.error();

    // The decided case as stored, for its notices.
    auto row =
        storage::CaseRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock).get(d.id);
    if (!row)
        return row.error();
    auto stored = IntakeSession::assemble(m_context, *row.value());
    if (!stored)
        return stored.error();
    IntakeDraft decidedDraft = stored.value();
    if (plan.decision == Decision::CorrectionNotified) {
        for (ChecklistEntry& e : decidedDraft.checklist) {
            if (e.state == MaterialState::Deferred)
                e.state = MaterialState::Missing;
        }
    }
    const NoticeComposer composer(m_context);
    const NoticeComposer::Facts facts{outcome.caseNumber, outcome.decidedOn, outcome.promisedDate,
                                      outcome.promisedProvisional, plan.onTheSpot ? 0 : plan.workingDays};
    // Each notice is kept with its case, encrypted, as it was handed over: it can be printed again.
    storage::NoticeRepository kept(m_context.database, m_context.cipher, m_context.clock);
    for (NoticeKind kind : plan.notices) {
        IssuedNotice notice = composer.issue(composer.compose(kind, decidedDraft, prepared.item, facts));
        if (!notice.pdf.isEmpty()) {
            storage::StoredNotice toKeep;
            toKeep.caseId = d.id;
            toKeep.kind = kind;
            toKeep.pdf = notice.pdf;
            toKeep.verification = notice.data.verification;
            toKeep.staffId = row.value()->staffId;
            auto id = kept.save(toKeep);
            if (id)
                notice.noticeId = id.value();
            else
                notice.renderError = id.error().message;
        }
        outcome.notices << notice;
    }
    return outcome;
}

Result<QList<IssuedNotice>> CaseDecider::notices(const QString& caseId) const
{
    auto row =
        storage::CaseRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock).get(caseId);
    if (!row)
        return row.error();
    if (!row.value() || row.value()->lifecycle != CaseLifecycle::Decided || !row.value()->decision)
        return makeError(QStringLiteral("case.undecided"), tr("Only a decided case has notices."));
    const Case& c = *row.value();
    auto draft = IntakeSession::assemble(m_context, c);
    if (!draft)
        return draft.error();
    auto item = storage::CatalogRepository(m_context.database).itemVersion(c.itemCode, c.itemVersion);
    if (!item)
        return item.error();
    auto details = storage::IntakeRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
                       .details(caseId);
    if (!details)
        return details.error();
    // The day of the decision, as the audit trail recorded it.
    QDate decidedOn;
    auto history = storage::AuditLog(m_context.database, m_context.clock).ofObject(QStringLiteral("case"), caseId);
    if (!history)
        return history.error();
    for (const storage::AuditRow& r : history.value()) {
        if (r.action == QLatin1String("case.accept"))
            decidedOn = chinaDate(r.at);
    }
    QList<NoticeKind> kinds;
    IntakeDraft& d = draft.value();
    const bool onTheSpot = details.value().completedAt.isValid();
    switch (*c.decision) {
    case Decision::Accepted:
        kinds = {NoticeKind::Acceptance};
        break;
    case Decision::AcceptedWithMissing:
        kinds = {NoticeKind::Acceptance, NoticeKind::Commitment};
        break;
    case Decision::CorrectionNotified:
        kinds = {NoticeKind::Correction};
        for (ChecklistEntry& e : d.checklist) {
            if (e.state == MaterialState::Deferred)
                e.state = MaterialState::Missing;
        }
        break;
    case Decision::Refused:
        kinds = {NoticeKind::Refusal};
        break;
    }
    const NoticeComposer composer(m_context);
    const NoticeComposer::Facts facts{c.caseNumber, decidedOn, c.promisedDate,
                                      c.promisedDate.isValid() && m_context.calendar.isProvisional(c.promisedDate),
                                      onTheSpot ? 0 : workingDaysOf(item.value())};
    QList<IssuedNotice> out;
    for (NoticeKind kind : kinds)
        out << composer.issue(composer.compose(kind, d, item.value(), facts));
    return out;
}

} // namespace yc::intake
