#pragma once

#include "core/Result.h"
#include "intake/IntakeContext.h"
#include "supervision/ApprovalQueue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace yc::supervision {

// A rating (好差评) given at this PC, as the supervisor's results page lists it.
struct RatingLine
{
    QString evaluationId;
    QString caseId;
    QString caseNumber;
    QDateTime at;
    QString channel;
    int level = 0;     // 1-5 (5 非常满意 ... 1 非常不满意)
    QString comment;   // the citizen's words: shown to the supervisor, never logged
    QString sent;      // outbox state of the rating
    bool bad = false;  // level <= 2: a follow-up (整改) is owed
    QDate followUpDue; // 15 working days after the rating (bad ones)
    // The follow-up, once recorded here.
    bool followedUp = false;
    QString followUpState; // outbox state of the follow-up
    QString rectification;
    QString callback;
};

// The results of the ratings at this PC and the follow-up of the bad ones: the supervisor records
// what was rectified and the call back to the citizen; it goes to the platform through the outbox
// (PROTOCOL.md §14, POST /evaluations/<id>/follow-up), under the supervisor's sign-in, with an
// audit row (action "evaluation.follow-up", object the evaluation, detail "level=N"; the texts stay
// encrypted in the outbox). Supervisors only ("supervision.not-supervisor").
class RatingFollowUp
{
    Q_DECLARE_TR_FUNCTIONS(yc::supervision::RatingFollowUp)

public:
    static constexpr int FollowUpWorkingDays = 15;

    RatingFollowUp(intake::IntakeContext context, Actor actor);

    // Newest first.
    [[nodiscard]] Result<QList<RatingLine>> ratings() const;
    // Errors: "supervision.follow-up-incomplete" (both texts needed), "supervision.unknown-evaluation",
    // "supervision.not-bad" (level 3 or better owes no follow-up), "supervision.followed-up" (recorded
    // already: the platform keeps one follow-up per rating).
    [[nodiscard]] Status record(const QString& evaluationId, const QString& rectification, const QString& callback);

private:
    intake::IntakeContext m_context;
    Actor m_actor;
};

} // namespace yc::supervision
