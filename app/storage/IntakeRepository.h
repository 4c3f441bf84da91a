#pragma once

#include "core/Applicant.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/CaseRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace yc::storage {

class Database;
class FieldCipher;

// What the intake workflow keeps about a draft or case beside its row in `cases`.
struct IntakeDetails
{
    QString caseId;
    QString agentId;             // applicants.id of the person acting for the applicant; empty when none
    QMap<QString, QString> form; // the item's form fields (personal: encrypted)
    QString refusalCategory;     // not-required, not-in-remit, not-eligible, other; empty until chosen
    QString refusalText;         // personal: encrypted
    QString handedOver;          // on-the-spot cases: what was handed over (personal: encrypted)
    QDateTime completedAt;       // on-the-spot cases
    QDate clockPausedFrom;       // correction notified: the day the time limit stopped
};

// The state of one material of the item's checklist.
struct IntakeMaterial
{
    QString catalogMaterialId;
    QString state;      // missing, scanned, file, licence, reused, original-returned, deferred, deficient
    QString materialId; // the row in `materials` (file, licence or record); empty when nothing is kept
    QString reason;     // deficient: what is wrong; missing: what to bring (personal: encrypted)
    QDate dueDate;      // deferred: the committed date
};

// A new state of one checklist material; `record`, when given, replaces what was kept for it.
struct IntakeMaterialChange
{
    QString catalogMaterialId;
    QString state;
    std::optional<NewCaseMaterial> record;
    QString reason;
    QDate dueDate;
};

// A supervisor approval a decision rests on (PROTOCOL.md §9 "approvals", §16).
struct IntakeApproval
{
    QString approvalId;
    QString caseId;
    QString kind;                  // accept-with-missing, refusal
    QString mode;                  // local, remote
    QString status;                // pending, approved, rejected
    QString subject;               // SHA-256 (hex) of what was approved
    QString reason;                // as sent to the platform (personal: encrypted)
    QStringList deferredMaterials; // as sent to the platform (accept-with-missing)
    QString requestedBy;
    QDateTime requestedAt;
    QString supervisorId;
    QDateTime decidedAt;
    QString note;
    bool cited = false; // the case's decision cites it
};

// What a decision records beside the case's row, in the decision's transaction.
struct IntakeDecisionRecord
{
    QString citedApprovalId;   // refusal, accept-with-missing
    QString handedOver;        // on-the-spot
    QDateTime completedAt;     // on-the-spot
    QDate clockPausedFrom;     // correction notified
    QStringList keepMaterials; // the checklist: what was kept for other materials is removed
};

// The parts of the case body (PROTOCOL.md §9) that the intake keeps.
struct IntakeCaseDocumentParts
{
    std::vector<IntakeApproval> approvals;           // the cited approvals
    std::vector<std::pair<QString, QDate>> deferred; // (catalog material id, due date), by id
};

// Tables intake_cases, intake_materials and intake_approvals (migration 0007). Every change to a
// draft runs through DraftRepository::update (one transaction, the draft checked first), so a step
// is saved whole or not at all and a decided case is never changed here; the decision and the
// removal of a draft call the *Within methods inside their own transaction.
class IntakeRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::IntakeRepository)

public:
    IntakeRepository(Database& database, const FieldCipher& cipher, QString dataDir,
                     const Clock& clock = systemClock());

    // Empty details (only caseId set) when the intake kept nothing about the case.
    [[nodiscard]] Result<IntakeDetails> details(const QString& caseId) const;
    [[nodiscard]] Result<std::optional<Applicant>> agent(const QString& caseId) const;
    [[nodiscard]] Result<std::vector<IntakeMaterial>> materials(const QString& caseId) const;
    [[nodiscard]] Result<std::optional<IntakeApproval>> approval(const QString& approvalId) const;
    // Oldest first.
    [[nodiscard]] Result<std::vector<IntakeApproval>> approvals(const QString& caseId) const;
    // Every pending approval asked at this PC, oldest first (the supervisor's queue).
    [[nodiscard]] Result<std::vector<IntakeApproval>> pendingApprovals() const;
    [[nodiscard]] Result<IntakeCaseDocumentParts> caseDocumentParts(const QString& caseId) const;

    // The agent is kept in a row of its own in `applicants`; nullopt removes it.
    [[nodiscard]] Status saveAgent(const QString& draftId, const std::optional<Applicant>& agent);
    [[nodiscard]] Status saveForm(const QString& draftId, const QMap<QString, QString>& form);
    [[nodiscard]] Status saveRefusal(const QString& draftId, const QString& category, const QString& text);
    [[nodiscard]] Status saveMaterial(const QString& draftId, const IntakeMaterialChange& change);
    // Forgets the state of a material and removes what was kept for it (its file is overwritten).
    [[nodiscard]] Status clearMaterial(const QString& draftId, const QString& catalogMaterialId);
    [[nodiscard]] Status addApproval(const IntakeApproval& approval);
    // A pending approval is answered once; the same answer again changes nothing, another one is
    // refused (error "approval.conflict").
    [[nodiscard]] Status answerApproval(const QString& approvalId, const QString& status, const QString& supervisorId,
                                        const QDateTime& decidedAt, const QString& note);

    // Inside the transaction of DraftRepository::decide. The cited approval must be an approved,
    // uncited approval of this case (error "approval.unusable").
    [[nodiscard]] Status recordDecisionWithin(const QString& caseId, const IntakeDecisionRecord& record);
    // Inside the transaction of DraftRepository::remove: the agent's row goes with the draft.
    [[nodiscard]] Status removeWithin(const QString& draftId);
    // Retention, inside the caller's transaction: blanks the form fields, the free texts and the
    // agent's personal data of a decided case; its states, dates and codes stay.
    [[nodiscard]] Status purgeWithin(const QString& caseId);

private:
    [[nodiscard]] Status ensureRow(const QString& caseId);
    [[nodiscard]] Result<QVariant> encrypted(const QString& text, const QByteArray& aad) const;
    [[nodiscard]] Result<QString> decrypted(const QVariant& value, const QByteArray& aad) const;

    Database& m_database;
    const FieldCipher& m_cipher;
    QString m_dataDir;
    const Clock& m_clock;
};

} // namespace yc::storage
