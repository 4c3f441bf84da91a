#pragma once

#include "core/CaseModel.h"
#include "core/WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace yc::supervision {

// The traffic light of a case's statutory time limit.
enum class Light
{
    None,   // no running time limit: not accepted, refused, completed or delivered, or no promised date
    Paused, // waiting for a correction (补正): the clock stands still
    Green,
    Yellow, // at most `yellowDays` working days left
    Red,    // overdue
};

enum class Flag
{
    RefusalWithoutReason,    // 不予受理 with no reason recorded
    DeferredMaterialOverdue, // a 容缺 material not handed in by its committed date
    BadRatingNoFollowUp,     // a bad 好差评 (level 1-2) without follow-up after `followUpDays` working days
};

// A deferred (容缺) material of a case.
struct DeferredFact
{
    QString catalogMaterialId;
    QDate dueDate;
    bool handedIn = false;
};

// A 好差评 rating of a case.
struct RatingFact
{
    QString evaluationId;
    QDate ratedOn;
    int level = 0;      // 5 非常满意 … 1 非常不满意
    QDate followedUpOn; // invalid while no follow-up (整改/回访) is recorded
};

// What supervision needs to know about one case, whether this PC holds it or the hall query listed
// it. Codes and dates only: never personal data.
struct CaseFacts
{
    QString caseId;
    QString caseNumber;
    QString itemCode;
    QString staffId;
    QString windowCode;
    std::optional<Decision> decision;
    std::optional<DepartmentStatus> status;
    QDateTime receivedAt;
    QDate acceptedOn;   // the day the time limit started (invalid: not accepted)
    QDate promisedDate; // the day the time limit ends without pauses
    QDate completedOn;  // completed or delivered: the day this PC learnt of it; invalid otherwise or unknown
    // Periods that do not count (waiting for a correction); a pause without an end runs to today.
    QList<WorkCalendar::Pause> pauses;
    bool waitingForCorrection = false; // paused now (the department asked for a correction)
    bool refusalReasonGiven = true;
    std::vector<DeferredFact> deferred;
    std::vector<RatingFact> ratings;
    bool pendingSync = false; // not on the platform yet (this PC's outbox)
    bool local = true;        // this PC holds it; false: only the hall query listed it
    QString maskedApplicant;  // this PC's cases: the applicant's masked name (王*娜); else empty
};

struct SupervisionOptions
{
    int yellowDays = 1;    // setting supervision/yellow_days
    int followUpDays = 15; // working days a bad rating may wait for its follow-up
};

struct SupervisionResult
{
    Light light = Light::None;
    std::optional<int> workingDaysLeft; // negative when overdue; none without a running time limit
    QDate deadline;                     // the promised date moved on by the paused working days
    bool provisional = false;           // the count ran past the calendar's last published year
    QList<Flag> flags;
};

// Electronic supervision (电子监察) of one case on a given day. Working days are counted by the
// WorkCalendar (Administrative Licensing Law art. 82); the time limit is the number of working days
// from acceptance to the promised date, and paused working days do not use it up.
class SupervisionRules
{
    Q_DECLARE_TR_FUNCTIONS(yc::supervision::SupervisionRules)

public:
    [[nodiscard]] static SupervisionResult evaluate(const CaseFacts& facts, const QDate& today,
                                                    const WorkCalendar& calendar, const SupervisionOptions& options);
    // Bad: level 1 or 2 (GB/T 39734-2020 不满意, 非常不满意).
    [[nodiscard]] static bool isBadRating(int level) { return level >= 1 && level <= 2; }

    [[nodiscard]] static QString lightName(Light light);
    [[nodiscard]] static QString flagName(Flag flag);
};

} // namespace yc::supervision
