#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace yc::storage {
class Database;
}

namespace yc::sync {

// What the status bar, the queue view and `yichuang-ctl sync status` show, read from the store
// (any thread, its own connection).
struct SyncStatus
{
    enum class Gate
    {
        Open,
        Warn,
        Blocked
    };

    bool enrolled = false;
    bool online = false;     // the last pass reached the platform
    QDateTime lastSuccessAt; // last pass that reached the platform and drained what was due
    QDateTime lastAttemptAt;
    QString lastError;
    qint64 pending = 0;      // cases not yet stored by the platform (the acceptance gate counts these)
    qint64 pendingOther = 0; // evaluations and supplements not yet stored by the platform
    qint64 failed = 0;       // entries of every kind waiting for a person (permanent errors)
    qint64 failedCases = 0;  // the cases among them
    qint64 caseNumbersLeft = 0;
    Gate gate = Gate::Open;
    QString gateMessage;
    QJsonObject limits;

    [[nodiscard]] static Result<SyncStatus> read(storage::Database& database, const QDateTime& now);
    [[nodiscard]] QJsonObject toJson() const;
};

// The acceptance gate, for every screen or command that creates a new case at this window: the
// warning to show (empty when none), or the error "acceptance.blocked" naming the limit that was
// reached. Cases imported from a previous window system are not new acceptances and pass.
[[nodiscard]] Result<QString> admitNewCase(storage::Database& database, const QDateTime& now);

class SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::SyncStatus)

public:
    [[nodiscard]] static QString gateMessage(SyncStatus::Gate gate, qint64 days, qint64 pending, bool byDays);
};

} // namespace yc::sync
