#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace yc::storage {

class Database;

struct TakenCaseNumber
{
    QString number;
    QString leaseId;
};

// Official case numbers leased to this PC (table case_number_leases). Acceptance and the case
// document take numbers only here, under one rule: a case numbered at time `at` gets a number of
// the year casenumber::yearAt(at) (China Standard Time), never a number left over from another year.
class CaseNumberLeases
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::CaseNumberLeases)

public:
    explicit CaseNumberLeases(Database& database);

    // The number already bound to the case, or else the lowest unused number of the year of `at`,
    // bound to the case now (lease row and cases.case_number). Empty when this PC holds no unused
    // number of that year. Runs inside the caller's transaction.
    [[nodiscard]] Result<std::optional<TakenCaseNumber>> take(const QString& caseId, const QDateTime& at);
    // The lease a number came from; empty when it is not in a lease of this PC.
    [[nodiscard]] Result<QString> leaseOf(const QString& number) const;

private:
    Database& m_database;
};

} // namespace yc::storage
