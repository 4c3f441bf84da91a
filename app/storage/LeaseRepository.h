#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace yc::storage {

class Database;

// Case numbers leased from the platform (case_number_leases): counted and stored here, taken by
// CaseRepository::accept.
class LeaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::LeaseRepository)

public:
    explicit LeaseRepository(Database& database);

    // Unused numbers of a year (numbers read "<hall>-<year>-<serial>").
    [[nodiscard]] Result<qint64> unusedCount(int year) const;
    // Stores numbers first..last of a granted lease; numbers stored already are kept as they are.
    [[nodiscard]] Status store(const QString& leaseId, const QString& hallCode, int year, qint64 first, qint64 last,
                               const QDateTime& obtainedAt);

private:
    Database& m_database;
};

} // namespace yc::storage
