#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace yc {

// The case as the window knows it. Three things are kept apart:
// - its own lifecycle at this window (CaseLifecycle: a draft being taken in, or decided);
// - the department's status, as the platform's change feed reports it (DepartmentStatus);
// - the state of its outbox entry on the way to the platform (SyncState), kept in the outbox.
// Every value is converted to and from its string only at the edges (storage, JSON); an unknown
// string is refused with an error that names the value and the field.

// The window's decision (PROTOCOL.md §9 "decision").
enum class Decision
{
    Accepted,            // 受理
    AcceptedWithMissing, // 容缺受理: non-key materials follow by a committed date
    CorrectionNotified,  // 一次性告知: the case is recorded without acceptance
    Refused,             // 不予受理: the notes give the reason
};

enum class CaseLifecycle
{
    Draft,   // being taken in at the window: may lack an item, an applicant or a decision; never queued
    Decided, // the clerk decided; the case is queued for the platform in the same transaction
};

// The department's status of a case the platform holds (PROTOCOL.md §11).
enum class DepartmentStatus
{
    Submitted,           // stored by the platform
    UnderReview,         // 受理审查中
    CorrectionRequested, // 补正
    Supplemented,
    Completed, // 办结
    Delivered, // 送达/领取
    Refused,   // a case the window refused
};

// The state of an outbox entry (case, evaluation, supplement) on its way to the platform.
enum class SyncState
{
    Queued,
    Uploading,  // materials being uploaded
    Submitting, // the body being sent
    Submitted,  // the platform holds it
    Failed,     // permanent failure: waits for a person
    Done,       // finished and kept for the record (older stores)
};

enum class MaterialForm
{
    Original,   // 原件
    Copy,       // 复印件
    Electronic, // 电子件
};

enum class MaterialSource
{
    Upload,  // scanned or handed in at the window, uploaded by its SHA-256
    Licence, // taken from the electronic licence library (needs a licence id)
    Reuse,   // taken from an earlier case (once-only); the platform holds it by its SHA-256
};

[[nodiscard]] QString toString(Decision value);
[[nodiscard]] QString toString(CaseLifecycle value);
[[nodiscard]] QString toString(DepartmentStatus value);
[[nodiscard]] QString toString(SyncState value);
[[nodiscard]] QString toString(MaterialForm value);
[[nodiscard]] QString toString(MaterialSource value);

// Error codes: "case.unknown-decision", "case.unknown-lifecycle", "case.unknown-status",
// "sync.unknown-state", "material.unknown-form", "material.unknown-source".
[[nodiscard]] Result<Decision> decisionFromString(QStringView text);
[[nodiscard]] Result<CaseLifecycle> lifecycleFromString(QStringView text);
[[nodiscard]] Result<DepartmentStatus> departmentStatusFromString(QStringView text);
[[nodiscard]] Result<SyncState> syncStateFromString(QStringView text);
[[nodiscard]] Result<MaterialForm> materialFormFromString(QStringView text);
[[nodiscard]] Result<MaterialSource> materialSourceFromString(QStringView text);

// A material of a case or draft. The file itself lives encrypted in the material store.
struct CaseMaterial
{
    QString id;
    QString catalogMaterialId;
    QString name;   // catalog material name (not personal)
    QString status; // received, electronic, missing, deficient, deferred
    MaterialForm form = MaterialForm::Copy;
    MaterialSource source = MaterialSource::Upload;
    QString licenceId; // source Licence: the licence library's id
    QString sha256;    // of the plaintext file; empty when no file was handed in
    qint64 sizeBytes = 0;
    QString mimeType;
    bool uploaded = false;
};

// Answers to the item's situations (情形): situation id -> chosen option id. Catalog codes only.
using SituationAnswers = QMap<QString, QString>;

struct Case
{
    QString id;
    QString caseNumber;
    QString itemCode; // empty on a draft whose item is not chosen yet
    int itemVersion = 1;
    QString applicantId; // empty on a draft without an applicant yet
    QString staffId;
    QString hallId;
    QString windowCode;
    CaseLifecycle lifecycle = CaseLifecycle::Draft;
    std::optional<Decision> decision;                 // set once decided
    std::optional<DepartmentStatus> departmentStatus; // set from the change feed
    QDateTime receivedAt;
    QDate promisedDate;
    SituationAnswers situations;
    QString notes; // personal: encrypted at rest (a refusal's reason, the clerk's remarks)
    std::vector<CaseMaterial> materials;
};

} // namespace yc
