#include "supervision/SupervisionRules.h"

#include <algorithm>

namespace yc::supervision {

namespace {

bool timeLimitRuns(const CaseFacts& f)
{
    if (!f.decision || !f.acceptedOn.isValid() || !f.promisedDate.isValid())
        return false;
    if (*f.decision != Decision::Accepted && *f.decision != Decision::AcceptedWithMissing)
        return false;
    if (f.status && (*f.status == DepartmentStatus::Completed || *f.status == DepartmentStatus::Delivered ||
                     *f.status == DepartmentStatus::Refused))
        return false;
    return true;
}

} // namespace

SupervisionResult SupervisionRules::evaluate(const CaseFacts& facts, const QDate& today, const WorkCalendar& calendar,
                                             const SupervisionOptions& options)
{
    SupervisionResult r;
    if (timeLimitRuns(facts)) {
        QList<WorkCalendar::Pause> pauses;
        for (const WorkCalendar::Pause& p : facts.pauses) {
            if (!p.from.isValid())
                continue;
            pauses << WorkCalendar::Pause{p.from, p.to.isValid() ? p.to : today};
        }
        // The limit as promised at acceptance, then what the days since acceptance used of it.
        const int limit = calendar.workingDaysBetween(facts.acceptedOn, facts.promisedDate);
        const int used = calendar.workingDaysBetween(facts.acceptedOn, today, pauses);
        const int left = limit - std::max(used, 0);
        r.workingDaysLeft = left;
        // Without pauses the deadline is the promised date; each paused working day moves it on.
        const WorkCalendar::Deadline deadline =
            pauses.isEmpty() || limit < 0
                ? WorkCalendar::Deadline{facts.promisedDate, calendar.isProvisional(facts.promisedDate)}
                : calendar.addWorkingDays(facts.acceptedOn, limit, pauses);
        r.deadline = deadline.date;
        r.provisional = deadline.provisional || calendar.isProvisional(today);
        if (facts.waitingForCorrection)
            r.light = left < 0 ? Light::Red : Light::Paused;
        else if (left < 0)
            r.light = Light::Red;
        else if (left <= options.yellowDays)
            r.light = Light::Yellow;
        else
            r.light = Light::Green;
    }

    if (facts.decision == Decision::Refused && !facts.refusalReasonGiven)
        r.flags << Flag::RefusalWithoutReason;
    for (const DeferredFact& d : facts.deferred) {
        if (!d.handedIn && d.dueDate.isValid() && d.dueDate < today) {
            r.flags << Flag::DeferredMaterialOverdue;
            break;
        }
    }
    for (const RatingFact& rating : facts.ratings) {
        if (!isBadRating(rating.level) || rating.followedUpOn.isValid() || !rating.ratedOn.isValid())
            continue;
        if (calendar.workingDaysBetween(rating.ratedOn, today) > options.followUpDays) {
            r.flags << Flag::BadRatingNoFollowUp;
            break;
        }
    }
    return r;
}

QString SupervisionRules::lightName(Light light)
{
    switch (light) {
    case Light::None:
        return tr("No time limit running");
    case Light::Paused:
        return tr("Paused (waiting for correction)");
    case Light::Green:
        return tr("On time");
    case Light::Yellow:
        return tr("Due soon");
    case Light::Red:
        return tr("Overdue");
    }
    return {};
}

QString SupervisionRules::flagName(Flag flag)
{
    switch (flag) {
    case Flag::RefusalWithoutReason:
        return tr("Refused without a reason");
    case Flag::DeferredMaterialOverdue:
        return tr("Deferred material overdue");
    case Flag::BadRatingNoFollowUp:
        return tr("Bad rating without follow-up");
    }
    return {};
}

} // namespace yc::supervision
