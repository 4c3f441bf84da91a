#pragma once

#include "core/CaseModel.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace yc::storage {

class Database;

// One decided case of this PC as electronic supervision reads it: codes, dates and states only
// (no personal data; whether a refusal's reason was stored, not the reason).
struct SupervisedCaseRow
{
    QString caseId;
    QString caseNumber;
    QString itemCode;
    QString staffId;
    QString windowCode;
    QString applicantId;
    std::optional<Decision> decision;
    std::optional<DepartmentStatus> departmentStatus;
    QDateTime receivedAt;
    QDateTime acceptedAt;
    QDateTime updatedAt; // the last change of the row (a department status from the feed sets it)
    QDate promisedDate;
    QDate clockPausedFrom;          // intake: the day the time limit stopped (correction notified)
    QString syncState;              // the case's outbox entry; empty when it has none
    bool refusalTextStored = false; // intake_cases.refusal_text_enc holds something
    bool notesStored = false;       // cases.notes_enc holds something
};

// A deferred (容缺) material of a decided case and whether a supplement has brought it since.
struct SupervisedDeferredRow
{
    QString caseId;
    QString catalogMaterialId;
    QDate dueDate;
    bool handedIn = false;
};

// One change of a case's department status, as this PC applied it.
struct SupervisedStatusChange
{
    QString caseId;
    DepartmentStatus status = DepartmentStatus::Submitted;
    QDateTime at;
};

// Read-only queries for electronic supervision and the hall dashboard over the tables other
// repositories own (cases, case_status_changes, intake_cases, intake_materials, materials, outbox). Never writes.
class SupervisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::SupervisionRepository)

public:
    explicit SupervisionRepository(Database& database);

    // Decided cases not purged, received on or after `since` (invalid: all), newest first.
    [[nodiscard]] Result<std::vector<SupervisedCaseRow>> decidedCases(const QDateTime& since = {}) const;
    // Deferred materials of decided cases, by case then material id.
    [[nodiscard]] Result<std::vector<SupervisedDeferredRow>> deferredMaterials() const;
    // The status history of decided cases (case_status_changes), by case, oldest first.
    [[nodiscard]] Result<std::vector<SupervisedStatusChange>> statusChanges() const;

private:
    Database& m_database;
};

} // namespace yc::storage
