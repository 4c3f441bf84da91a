#pragma once

#include "core/Result.h"
#include "sync/PlatformConnector.h"

#include <QCoreApplication>
#include <QDateTime>

namespace yc::storage {
class Database;
}

namespace yc::sync {

// The window's blocks of official case numbers (PROTOCOL.md §7) as far as enrolment and sign-in
// take them. The pending request lives in the store's meta table ("sync.lease_request", the same
// record the sync engine's refill uses): its id is stored before the request is sent, so a lost
// answer, a crash or the engine's next refill asks for the same block and the platform grants the
// same range.
class CaseNumberLeases
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::CaseNumberLeases)

public:
    explicit CaseNumberLeases(storage::Database& database);

    // The year of case numbers in China Standard Time.
    [[nodiscard]] static int chinaYear(const QDateTime& now);

    // Unused numbers of the current year on this PC.
    [[nodiscard]] Result<qint64> unusedThisYear(const QDateTime& now) const;

    // Stores the request for this year's block unless one is pending already (then it is kept).
    [[nodiscard]] Status prepareRequest(const QDateTime& now);

    // Takes this year's block with a machine-bound clerk or supervisor token when no unused number
    // of this year is left: the prepared request (made now when missing) is sent and the granted
    // range stored. Returns the number of unused numbers afterwards.
    [[nodiscard]] PlatformResult<qint64> ensureFirstLease(PlatformConnector& connector, const QString& token,
                                                          const QDateTime& now);

private:
    [[nodiscard]] Status storeLease(const CaseNumberLease& lease, const QDateTime& now);

    storage::Database& m_database;
};

} // namespace yc::sync
