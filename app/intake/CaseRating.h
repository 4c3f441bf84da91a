#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::intake {

// The citizen's rating of a decided case (好差评, GB/T 39734-2020): five levels, as PROTOCOL.md §14
// numbers them (5 非常满意 … 1 非常不满意). A bad rating (不满意, 非常不满意) opens a follow-up
// (整改) on the platform, so it is taken only with the reason. The rating is queued in the outbox
// (sync::OfflineQueue::enqueueEvaluation, channel "window-device": given on the citizen's screen at
// the window, or told to the clerk there) and sent once the platform holds the case.
class CaseRating
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::CaseRating)

public:
    enum Level
    {
        VeryDissatisfied = 1,
        Dissatisfied = 2,
        BasicallySatisfied = 3,
        Satisfied = 4,
        VerySatisfied = 5,
    };

    CaseRating(storage::Database& database, const storage::FieldCipher& cipher, QString dataDir,
               const Clock& clock = systemClock());

    // The level's wording as the standard gives it (source text English).
    [[nodiscard]] static QString label(int level);
    [[nodiscard]] static bool isBad(int level) { return level == Dissatisfied || level == VeryDissatisfied; }

    // Checks the rating and queues it for the case; returns the evaluation id. Errors:
    // "rating.level" (no level 1-5 chosen), "rating.reason" (a bad rating without its reason),
    // "rating.case" (no decided case), "rating.duplicate" (the case was rated already), and those of
    // OfflineQueue::enqueueEvaluation.
    [[nodiscard]] Result<QString> submit(const QString& caseId, int level, const QString& reason,
                                         const QString& staffId);

private:
    storage::Database& m_database;
    const storage::FieldCipher& m_cipher;
    QString m_dataDir;
    const Clock& m_clock;
};

} // namespace yc::intake
