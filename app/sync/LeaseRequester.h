#pragma once

#include "core/Result.h"
#include "sync/PlatformConnector.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace yc::storage {
class Database;
}

namespace yc::sync {

// A request for a block of official case numbers (PROTOCOL.md §7) as it is kept until granted.
struct LeaseRequest
{
    QString requestId;
    int year = 0;
    int count = 0;
};

// Asks the platform for this PC's blocks of official case numbers: the one place the pending
// request lives, shared by the first lease at sign-in and the sync engine's refill. The request is
// kept in the store's meta table ("sync.lease_request"): its id is stored before the request is
// sent, so a lost answer, a crash or whoever sends it next asks for the same block and the
// platform grants the same range. The numbers themselves are storage::CaseNumberLeases'.
class LeaseRequester
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::LeaseRequester)

public:
    // Sends a request with some token; the caller chooses the signer.
    using Send = std::function<PlatformResult<CaseNumberLease>(const LeaseRequest&)>;

    explicit LeaseRequester(storage::Database& database);

    // Unused numbers of the year of `now` (casenumber::yearAt) on this PC.
    [[nodiscard]] Result<qint64> unusedThisYear(const QDateTime& now) const;

    // The request for the block of the year of `now`: the pending one when there is one for that
    // year, else a new one, stored before it is returned.
    [[nodiscard]] Result<LeaseRequest> prepareRequest(const QDateTime& now);

    // Sends the prepared request (made now when missing) and stores the granted range, clearing the
    // request in the same transaction. Returns the number of unused numbers of this year afterwards.
    [[nodiscard]] PlatformResult<qint64> request(const Send& send, const QDateTime& now);

    // Takes this year's block with a machine-bound clerk or supervisor token when no unused number
    // of this year is left. Returns the number of unused numbers afterwards.
    [[nodiscard]] PlatformResult<qint64> ensureFirstLease(PlatformConnector& connector, const QString& token,
                                                          const QDateTime& now);

private:
    storage::Database& m_database;
};

} // namespace yc::sync
