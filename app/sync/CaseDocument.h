#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

// The signed case body of PROTOCOL.md §9–§10, built from the local store: the same bytes go to
// POST /cases and into an outbox export. A case without an official number takes the next unused
// leased number of the year of `now` (storage::CaseNumberLeases, the rule acceptance uses too)
// here, once: the number is bound to the case in the store. Only decided cases are built.
class CaseDocument
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::CaseDocument)

public:
    // Error codes "case.*" are permanent (the local case is incomplete); others are retryable
    // ("lease.empty": waiting for a lease).
    [[nodiscard]] static Result<QJsonObject> build(storage::Database& db, const storage::FieldCipher& cipher,
                                                   const QString& dataDir, const QString& caseId, const QDateTime& now);
    [[nodiscard]] static Result<QString> takeCaseNumber(storage::Database& db, const QString& caseId,
                                                        const QDateTime& now, QString* leaseId);
};

} // namespace yc::sync
