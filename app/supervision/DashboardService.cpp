#include "supervision/DashboardService.h"

#include "core/Masking.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/FieldCipher.h"
#include "storage/IntakeRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/SupervisionRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace yc::supervision {

namespace {

const QString SupervisorRole = QStringLiteral("supervisor");

bool pendingState(const QString& syncState)
{
    return !syncState.isEmpty() && syncState != QLatin1String("submitted") && syncState != QLatin1String("done");
}

QDate localDate(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

} // namespace

SupervisionOptions optionsFromSetting(const QVariant& yellowDays)
{
    SupervisionOptions o;
    bool ok = false;
    const int days = yellowDays.toInt(&ok);
    if (yellowDays.isValid() && ok && days >= 0)
        o.yellowDays = days;
    return o;
}

DashboardService::DashboardService(storage::Database& database, const storage::FieldCipher& cipher, const Clock& clock,
                                   const WorkCalendar& calendar, SupervisionOptions options)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
    , m_calendar(calendar)
    , m_options(options)
{}

QString DashboardService::roleName(const QString& role)
{
    if (role == QLatin1String("clerk"))
        return tr("clerk");
    if (role == SupervisorRole)
        return tr("supervisor");
    if (role == QLatin1String("admin"))
        return tr("administrator");
    return role.isEmpty() ? tr("unknown") : role;
}

bool DashboardService::isSupervisor(const QString& role)
{
    return role == SupervisorRole;
}

Status DashboardService::authorise(const sync::SignedInStaff& staff)
{
    if (staff.staffId.isEmpty())
        return makeError(QStringLiteral("supervision.signed-out"),
                         tr("Sign in as the window supervisor to see the hall dashboard."));
    if (!isSupervisor(staff.role))
        return makeError(QStringLiteral("supervision.forbidden"),
                         tr("Only a window supervisor may see the hall dashboard or export its cases; the role of %1 "
                            "is %2.")
                             .arg(staff.staffId, roleName(staff.role)));
    return {};
}

Result<std::vector<CaseFacts>> DashboardService::localFacts(const sync::SignedInStaff& staff) const
{
    if (auto allowed = authorise(staff); !allowed)
        return allowed.error();
    storage::SupervisionRepository repo(m_database);
    auto cases = repo.decidedCases();
    if (!cases)
        return cases.error();
    auto deferred = repo.deferredMaterials();
    if (!deferred)
        return deferred.error();
    auto statusChanges = repo.statusChanges();
    if (!statusChanges)
        return statusChanges.error();
    QHash<QString, std::vector<storage::SupervisedStatusChange>> historyByCase;
    for (const storage::SupervisedStatusChange& change : statusChanges.value())
        historyByCase[change.caseId].push_back(change);
    QHash<QString, std::vector<DeferredFact>> deferredByCase;
    for (const storage::SupervisedDeferredRow& d : deferred.value())
        deferredByCase[d.caseId].push_back(DeferredFact{d.catalogMaterialId, d.dueDate, d.handedIn});

    // 好差评: the evaluations queued at this PC (their payloads, while retention keeps them), and a
    // follow-up as the audit trail records it (action evaluation.follow-up*, object the evaluation).
    QHash<QString, std::vector<RatingFact>> ratingsByCase; // by case id, or case number when queued by number
    storage::OutboxRepository outbox(m_database, m_clock);
    storage::OutboxListFilter listFilter;
    listFilter.includeSubmitted = true;
    auto entries = outbox.list(listFilter);
    if (!entries)
        return entries.error();
    storage::AuditLog audit(m_database, m_clock);
    for (const storage::OutboxListRow& e : entries.value()) {
        if (e.kind != storage::OutboxRepository::EvaluationKind)
            continue;
        auto sealed = outbox.payload(e.kind, e.objectId);
        if (!sealed || sealed.value().isEmpty())
            continue; // purged by retention
        auto plain = m_cipher.decrypt(sealed.value(), storage::OutboxRepository::payloadAad(e.kind, e.objectId));
        if (!plain)
            continue;
        auto evaluation = sync::Evaluation::fromJson(QJsonDocument::fromJson(plain.value()).object());
        if (!evaluation)
            continue;
        RatingFact r;
        r.evaluationId = evaluation->evaluationId;
        r.ratedOn = localDate(evaluation->at);
        r.level = evaluation->level;
        auto rows = audit.ofObject(QStringLiteral("evaluation"), evaluation->evaluationId);
        if (rows) {
            for (const storage::AuditRow& a : rows.value()) {
                if (a.action.startsWith(QLatin1String("evaluation.follow-up"))) {
                    r.followedUpOn = localDate(a.at);
                    break;
                }
            }
        }
        ratingsByCase[e.caseId.isEmpty() ? evaluation->caseNumber : e.caseId].push_back(r);
    }

    storage::ApplicantRepository applicants(m_database, m_cipher, m_clock);
    storage::IntakeRepository intake(m_database, m_cipher, QString(), m_clock);
    storage::CaseRepository caseRepo(m_database, m_cipher, QString(), m_clock);
    std::vector<CaseFacts> facts;
    facts.reserve(cases.value().size());
    for (const storage::SupervisedCaseRow& c : cases.value()) {
        CaseFacts f;
        f.caseId = c.caseId;
        f.caseNumber = c.caseNumber;
        f.itemCode = c.itemCode;
        f.staffId = c.staffId;
        f.windowCode = c.windowCode.isEmpty() ? m_thisWindow : c.windowCode;
        f.decision = c.decision;
        f.status = c.departmentStatus;
        f.receivedAt = c.receivedAt;
        f.acceptedOn = localDate(c.acceptedAt.isValid() ? c.acceptedAt : c.receivedAt);
        f.promisedDate = c.promisedDate;
        f.pendingSync = pendingState(c.syncState);
        f.local = true;
        // Every correction wait (补正) stops the clock: from the day this PC learnt of the request to
        // the day before the next status (the supplement received), or on to today while it lasts.
        // Completion: the day the case first became completed (or delivered).
        const std::vector<storage::SupervisedStatusChange> history = historyByCase.value(c.caseId);
        for (size_t i = 0; i < history.size(); ++i) {
            const DepartmentStatus st = history[i].status;
            if ((st == DepartmentStatus::Completed || st == DepartmentStatus::Delivered) && !f.completedOn.isValid())
                f.completedOn = localDate(history[i].at);
            if (st != DepartmentStatus::CorrectionRequested)
                continue;
            const QDate from = localDate(history[i].at);
            const QDate next = i + 1 < history.size() ? localDate(history[i + 1].at) : QDate();
            if (!next.isValid())
                f.pauses << WorkCalendar::Pause{from, QDate()};
            else if (next > from)
                f.pauses << WorkCalendar::Pause{from, next.addDays(-1)};
        }
        const bool historyCurrent = !history.empty() && history.back().status == c.departmentStatus;
        if ((c.departmentStatus == DepartmentStatus::Completed || c.departmentStatus == DepartmentStatus::Delivered) &&
            !f.completedOn.isValid())
            f.completedOn = localDate(c.updatedAt);
        f.waitingForCorrection = c.departmentStatus == DepartmentStatus::CorrectionRequested;
        if (f.waitingForCorrection && !historyCurrent)
            f.pauses << WorkCalendar::Pause{localDate(c.updatedAt), QDate()}; // a status older than the history
        // A correction notice given at the window (一次性告知) also waits for the applicant's materials,
        // until the department reports the supplement or an end; no time limit runs for it.
        if (c.decision == Decision::CorrectionNotified && c.departmentStatus != DepartmentStatus::Supplemented &&
            c.departmentStatus != DepartmentStatus::Completed && c.departmentStatus != DepartmentStatus::Delivered &&
            c.departmentStatus != DepartmentStatus::Refused)
            f.waitingForCorrection = true;
        if (c.decision == Decision::Refused) {
            bool given = false;
            if (c.refusalTextStored) {
                auto details = intake.details(c.caseId);
                given = details && !details.value().refusalText.trimmed().isEmpty();
            }
            if (!given && c.notesStored) {
                auto full = caseRepo.get(c.caseId);
                given = full && full.value() && !full.value()->notes.trimmed().isEmpty();
            }
            f.refusalReasonGiven = given;
        }
        f.deferred = deferredByCase.value(c.caseId);
        f.ratings = ratingsByCase.value(c.caseId);
        if (!c.caseNumber.isEmpty()) {
            for (const RatingFact& r : ratingsByCase.value(c.caseNumber))
                f.ratings.push_back(r);
        }
        if (!c.applicantId.isEmpty()) {
            auto applicant = applicants.get(c.applicantId);
            if (applicant && applicant.value())
                f.maskedApplicant = mask::name(applicant.value()->name);
        }
        facts.push_back(std::move(f));
    }
    return facts;
}

CaseFacts DashboardService::factsFromSummary(const sync::CaseSummary& s)
{
    CaseFacts f;
    f.caseId = s.caseId;
    f.caseNumber = s.caseNumber;
    f.itemCode = s.itemCode;
    f.staffId = s.staffId;
    f.windowCode = s.windowNo;
    if (auto d = decisionFromString(s.decision))
        f.decision = d.value();
    if (auto st = departmentStatusFromString(s.status))
        f.status = st.value();
    f.receivedAt = s.receivedAt;
    f.acceptedOn = localDate(s.acceptedAt.isValid() ? s.acceptedAt : s.receivedAt);
    f.promisedDate = s.promisedDate;
    f.waitingForCorrection = f.status == DepartmentStatus::CorrectionRequested;
    f.local = false;
    return f;
}

bool DashboardService::matches(const DashboardRow& row, const DashboardFilter& filter)
{
    const CaseFacts& f = row.facts;
    const QDate received = localDate(f.receivedAt);
    if (filter.from.isValid() && (!received.isValid() || received < filter.from))
        return false;
    if (filter.to.isValid() && (!received.isValid() || received > filter.to))
        return false;
    if (!filter.windowCode.isEmpty() && f.windowCode != filter.windowCode)
        return false;
    if (!filter.staffId.isEmpty() && f.staffId != filter.staffId)
        return false;
    if (!filter.itemCode.isEmpty() && f.itemCode != filter.itemCode)
        return false;
    const Light light = row.result.light;
    switch (filter.state) {
    case DashboardFilter::State::Any:
        return true;
    case DashboardFilter::State::Running:
        return light == Light::Green || light == Light::Yellow || light == Light::Red;
    case DashboardFilter::State::WaitingCorrection:
        return f.waitingForCorrection;
    case DashboardFilter::State::Yellow:
        return light == Light::Yellow;
    case DashboardFilter::State::Red:
        return light == Light::Red;
    case DashboardFilter::State::Flagged:
        return !row.result.flags.isEmpty();
    case DashboardFilter::State::PendingSync:
        return f.pendingSync;
    case DashboardFilter::State::Completed:
        return f.status == DepartmentStatus::Completed || f.status == DepartmentStatus::Delivered;
    case DashboardFilter::State::Refused:
        return f.decision == Decision::Refused;
    case DashboardFilter::State::CorrectionNotified:
        return f.decision == Decision::CorrectionNotified;
    }
    return true;
}

Result<DashboardSnapshot> DashboardService::snapshot(const sync::SignedInStaff& staff, const DashboardFilter& filter,
                                                     const std::optional<std::vector<sync::CaseSummary>>& hall,
                                                     const QString& hallProblem) const
{
    auto local = localFacts(staff);
    if (!local)
        return local.error();
    return build(staff, std::move(local).value(), filter, hall, hallProblem);
}

Result<DashboardSnapshot> DashboardService::build(const sync::SignedInStaff& staff, std::vector<CaseFacts> local,
                                                  const DashboardFilter& filter,
                                                  const std::optional<std::vector<sync::CaseSummary>>& hall,
                                                  const QString& hallProblem) const
{
    if (auto allowed = authorise(staff); !allowed)
        return allowed.error();
    DashboardSnapshot s;
    s.today = m_clock.now().toLocalTime().date();
    s.hallIncluded = hall.has_value();
    if (!hall)
        s.hallProblem = hallProblem;

    std::vector<CaseFacts> all = std::move(local);
    QHash<QString, size_t> known; // case id and number -> index in all
    for (size_t i = 0; i < all.size(); ++i) {
        known.insert(all[i].caseId, i);
        if (!all[i].caseNumber.isEmpty())
            known.insert(all[i].caseNumber, i);
    }
    if (hall) {
        for (const sync::CaseSummary& c : *hall) {
            auto it = known.constFind(c.caseId);
            if (it == known.cend() && !c.caseNumber.isEmpty())
                it = known.constFind(c.caseNumber);
            if (it != known.cend()) {
                // This PC's facts win; the platform fills in what the store does not keep.
                CaseFacts& mine = all[it.value()];
                if (mine.windowCode.isEmpty())
                    mine.windowCode = c.windowNo;
                if (mine.caseNumber.isEmpty())
                    mine.caseNumber = c.caseNumber;
                continue;
            }
            known.insert(c.caseId, all.size());
            all.push_back(factsFromSummary(c));
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const CaseFacts& a, const CaseFacts& b) { return a.receivedAt > b.receivedAt; });

    QSet<QString> windows, staffIds, items;
    for (CaseFacts& f : all) {
        DashboardRow row{std::move(f), {}};
        row.result = SupervisionRules::evaluate(row.facts, s.today, m_calendar, m_options);
        const CaseFacts& c = row.facts;
        if (!c.windowCode.isEmpty())
            windows.insert(c.windowCode);
        if (!c.staffId.isEmpty())
            staffIds.insert(c.staffId);
        if (!c.itemCode.isEmpty())
            items.insert(c.itemCode);
        if (localDate(c.receivedAt) == s.today) {
            ++s.todayTotal;
            ++s.todayByWindow[c.windowCode.isEmpty() ? tr("(no window)") : c.windowCode];
            ++s.todayByStaff[c.staffId.isEmpty() ? tr("(unknown)") : c.staffId];
            ++s.todayByItem[c.itemCode];
        }
        if (c.pendingSync)
            ++s.pendingSync;
        if (c.waitingForCorrection)
            ++s.waitingCorrection;
        for (const DeferredFact& d : c.deferred) {
            if (!d.handedIn && d.dueDate.isValid() && d.dueDate <= s.today)
                ++s.deferredDue;
        }
        if (row.result.light == Light::Yellow)
            ++s.yellow;
        if (row.result.light == Light::Red)
            ++s.red;
        if (!row.result.flags.isEmpty())
            ++s.flagged;

        if (!matches(row, filter))
            continue;
        if (const QDate day = localDate(c.receivedAt); day.isValid())
            ++s.casesPerDay[day];
        if (c.acceptedOn.isValid() && c.completedOn.isValid())
            ++s.handlingWorkingDays[std::max(0, m_calendar.workingDaysBetween(c.acceptedOn, c.completedOn))];
        for (const RatingFact& r : c.ratings)
            ++s.ratingsByLevel[r.level];
        s.rows.push_back(std::move(row));
    }
    s.windows = QStringList(windows.begin(), windows.end());
    s.staff = QStringList(staffIds.begin(), staffIds.end());
    s.items = QStringList(items.begin(), items.end());
    s.windows.sort();
    s.staff.sort();
    s.items.sort();
    return s;
}

} // namespace yc::supervision
