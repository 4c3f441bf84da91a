#pragma once

#include "core/Applicant.h"
#include "core/CaseModel.h"
#include "core/Notice.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace yc::intake {

// The applicant of a case: a natural person or an organisation (unified social credit code).
enum class ApplicantKind
{
    Person,
    Organisation,
};

// Where a material of the checklist stands at the window.
enum class MaterialState
{
    Missing,          // not handed in (every checklist material starts here)
    Scanned,          // scanned at the window
    File,             // handed in as a file (a stick, a phone, a print-out scanned elsewhere)
    Licence,          // taken from the electronic licence library (needs the licence id)
    Reused,           // taken from an earlier case at this window (once-only)
    OriginalReturned, // the original was seen and handed back; nothing is kept
    Deferred,         // 容缺: follows by a committed date (deferrable materials only)
    Deficient,        // handed in, but wrong or incomplete (the reason says what): correction
};

// The legal categories of a refusal (不予受理, Administrative Licensing Law art. 32).
enum class RefusalCategory
{
    NotRequired, // art. 32 (1): the matter needs no licence
    NotInRemit,  // art. 32 (2): not within this department's remit
    NotEligible, // the applicant does not meet the item's acceptance conditions
    Other,       // another reason, stated in full
};

enum class ApprovalKind
{
    AcceptWithMissing, // 容缺受理
    Refusal,           // 不予受理
};

enum class ApprovalMode
{
    Local,  // the supervisor signed in with their own credentials on this PC
    Remote, // asked through the platform (PROTOCOL.md §16)
};

enum class ApprovalStatus
{
    Pending,
    Approved,
    Rejected,
};

[[nodiscard]] QString toString(MaterialState value);
[[nodiscard]] QString toString(RefusalCategory value);
[[nodiscard]] QString toString(ApprovalKind value);
[[nodiscard]] QString toString(ApprovalMode value);
[[nodiscard]] QString toString(ApprovalStatus value);
[[nodiscard]] QString toString(ApplicantKind value);
// Error codes "intake.unknown-material-state", "intake.unknown-refusal-category",
// "intake.unknown-approval-kind", "intake.unknown-approval-mode", "intake.unknown-approval-status".
[[nodiscard]] Result<MaterialState> materialStateFromString(QStringView text);
[[nodiscard]] Result<RefusalCategory> refusalCategoryFromString(QStringView text);
[[nodiscard]] Result<ApprovalKind> approvalKindFromString(QStringView text);
[[nodiscard]] Result<ApprovalMode> approvalModeFromString(QStringView text);
[[nodiscard]] Result<ApprovalStatus> approvalStatusFromString(QStringView text);

// Handed in and kept, or seen: what an acceptance needs of every checklist material.
[[nodiscard]] bool isPresent(MaterialState state);

// The applicant or the agent at the window. identity.idType: "resident", "permit", "foreign",
// "passport" for persons (protocol spellings such as "resident-id" are accepted; a residence permit
// is stored as "hkmo" or "taiwan"), "credit-code" for organisations.
struct Party
{
    ApplicantKind kind = ApplicantKind::Person;
    Applicant identity;
};

// What was done about one checklist material.
struct MaterialEvidence
{
    MaterialState state = MaterialState::Missing;
    MaterialForm form = MaterialForm::Copy; // Scanned, File, Deficient with a file
    QByteArray content;                     // Scanned, File; optional for Deficient
    QString mimeType;
    QString fileName;         // personal: encrypted
    QString licenceId;        // Licence
    QString reusedMaterialId; // Reused: a material of an earlier, decided case in this store
    QString reason;           // Deficient (required), Missing (optional): printed on the correction notice
    QDate dueDate;            // Deferred (required): after the day of acceptance
};

// One material of the item's checklist and where it stands.
struct ChecklistEntry
{
    QString materialId; // the catalog's material id (PowerOfAttorneyId when the item lists none)
    QString name;
    bool required = true; // false: added by a situation answer or by the agent
    bool deferrable = false;
    QString licenseType; // the electronic licence type, empty when none
    QStringList forms;   // original, copy, electronic
    int copies = 1;
    bool forAgent = false; // on the list because an agent acts for the applicant

    MaterialState state = MaterialState::Missing;
    MaterialForm form = MaterialForm::Copy;
    MaterialSource source = MaterialSource::Upload;
    QString storedMaterialId; // the row in `materials` (file, licence or record)
    QString sha256;
    qint64 sizeBytes = 0;
    QString licenceId;
    QString reason;
    QDate dueDate;
};

// The reserved key the card's expiry is kept under in a draft's (encrypted) form data; not a form
// field a caller may set.
inline const QString CardValidToField = QStringLiteral("applicant.cardValidTo");

// The id of the power of attorney added to the checklist when the item lists none.
inline const QString PowerOfAttorneyId = QStringLiteral("power-of-attorney");

struct RefusalReason
{
    RefusalCategory category = RefusalCategory::Other;
    QString text;
};

struct ApprovalInfo
{
    QString approvalId;
    ApprovalKind kind = ApprovalKind::Refusal;
    ApprovalMode mode = ApprovalMode::Local;
    ApprovalStatus status = ApprovalStatus::Pending;
    QString requestedBy;
    QDateTime requestedAt;
    QString supervisorId;
    QDateTime decidedAt;
    QString note;
    bool current = false; // it approves the draft as it is now (nothing it approved has changed)
    bool cited = false;   // the decision rests on it
};

// A draft as the intake screens and commands see it: everything saved so far.
struct IntakeDraft
{
    QString id;
    QString staffId;
    QString hallId;
    QString windowCode;
    QDateTime receivedAt;
    std::optional<Party> applicant;
    std::optional<Party> agent;
    QString itemCode;
    int itemVersion = 0;
    QString itemName;
    SituationAnswers situations;
    QStringList unansweredSituations;  // situation ids of the item without an answer
    QList<ChecklistEntry> checklist;   // the materials the item and the answers make necessary
    QList<ChecklistEntry> elsewhere;   // recorded for materials no longer on the checklist
    QMap<QString, QString> formFields; // the item's form fields (CardValidToField is kept out of them)
    // The expiry of the applicant's resident ID card as read from the card; null when the number was
    // typed or the card is long-term. Kept (encrypted) with the form data, so that an expired card is
    // still flagged when the draft is reopened.
    QDate cardValidTo;
    QString notes;
    std::optional<RefusalReason> refusal;
    QList<ApprovalInfo> approvals;

    [[nodiscard]] const ChecklistEntry* entry(const QString& materialId) const;
};

// A notice the decision produced: its data and the PDF bytes (empty when rendering failed; the
// decision stands, renderError says why and the notice can be produced again).
struct IssuedNotice
{
    NoticeKind kind = NoticeKind::Acceptance;
    NoticeData data;
    QByteArray pdf;
    QString renderError;
    QString noticeId; // the notice as kept with its case (storage::NoticeRepository); empty when not kept
};

struct DecisionOutcome
{
    QString caseId;
    QString caseNumber;
    Decision decision = Decision::Accepted;
    bool onTheSpot = false;
    QDate decidedOn; // China Standard Time
    QDate promisedDate;
    bool promisedProvisional = false;
    QString warning; // the acceptance gate's warning, when it warned
    QList<IssuedNotice> notices;
};

// Translated names for screens and the command line.
class IntakeLabels
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::IntakeLabels)

public:
    [[nodiscard]] static QString materialState(MaterialState state);
    [[nodiscard]] static QString refusalCategory(RefusalCategory category);
    [[nodiscard]] static QString approvalKind(ApprovalKind kind);

    // Messages more than one step gives.
    [[nodiscard]] static QString chooseItemFirst();
    [[nodiscard]] static QString selfApproval();
    [[nodiscard]] static QString notDeferrable(const QString& materialName);
    [[nodiscard]] static QString dueDateNeeded(const QString& materialName);
};

} // namespace yc::intake
