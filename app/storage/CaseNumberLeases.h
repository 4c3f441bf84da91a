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

// Official case numbers leased to this PC: the only owner of the table case_number_leases. Blocks
// granted by the platform are stored and counted here, and acceptance and the case document take
// numbers only here, under one rule: a case numbered at time `at` gets a number of the year
// casenumber::yearAt(at) (China Standard Time), never a number left over from another year.
class CaseNumberLeases
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::CaseNumberLeases)

public:
    explicit CaseNumberLeases(Database& database);

    // Unused numbers of a year (the same rule take() uses).
    [[nodiscard]] Result<qint64> unusedCount(int year) const;
    // Unused numbers of any year.
    [[nodiscard]] Result<qint64> unusedTotal() const;
    // Stores numbers first..last of a granted lease; numbers stored already are kept as they are.
    // Runs inside the caller's transaction when there is one.
    [[nodiscard]] Status store(const QString& leaseId, const QString& hallCode, int year, qint64 first, qint64 last,
                               const QDateTime& obtainedAt);

    // The number already bound to the case, or else the lowest unused number of the year of `at`,
    // bound to the case now (lease row and cases.case_number). Empty when this PC holds no unused
    // number of that year. Runs inside the caller's transaction.
    [[nodiscard]] Result<std::optional<TakenCaseNumber>> take(const QString& caseId, const QDateTime& at);
    // The lease a number came from; empty when it is not in a lease of this PC.
    [[nodiscard]] Result<QString> leaseOf(const QString& number) const;
    // The case a leased number is bound to; empty when it is unused (or not leased).
    [[nodiscard]] Result<QString> holderOf(const QString& number) const;
    // Binds a given number (one the case already carries) to the case: it must be in a lease of
    // this PC and unused, or bound to this case already. Runs inside the caller's transaction.
    [[nodiscard]] Status claim(const QString& number, const QString& caseId);

private:
    Database& m_database;
};

} // namespace yc::storage
