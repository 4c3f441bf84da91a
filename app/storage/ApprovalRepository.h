#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace yc::storage {

class Database;

// A remote supervisor approval (PROTOCOL.md §16) as this window knows it: from the change feed
// (status, decision time, note) and, when the platform could be asked, its kind, case and people.
struct ApprovalRecord
{
    QString approvalId;
    QString caseId; // empty until known
    QString kind;   // accept-with-missing, refusal, override; empty until known
    QString status; // pending, approved, rejected
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString note;
    qint64 feedSeq = 0; // change-feed position of the last applied event (0: not from the feed)
};

// Table `approvals` (migration 0004): read by the intake and supervision screens, written by the
// sync engine. Upserts never blank out a known field with an unknown (empty) one.
class ApprovalRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::ApprovalRepository)

public:
    explicit ApprovalRepository(Database& database, const Clock& clock = systemClock());

    [[nodiscard]] Status upsert(const ApprovalRecord& record);
    [[nodiscard]] Result<std::optional<ApprovalRecord>> get(const QString& approvalId) const;
    [[nodiscard]] Result<std::vector<ApprovalRecord>> forCase(const QString& caseId) const;
    // Empty status: all. Newest decisions first.
    [[nodiscard]] Result<std::vector<ApprovalRecord>> list(const QString& status = {}) const;

private:
    // The approvals under condition (a fixed text, values bound), in its order.
    [[nodiscard]] Result<std::vector<ApprovalRecord>> readAll(const QString& condition,
                                                              const QVariantList& values) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace yc::storage
