#pragma once

#include "core/CaseModel.h"
#include "core/Result.h"
#include "core/catalog/ServiceItem.h"
#include "intake/IntakeContext.h"
#include "intake/IntakeTypes.h"
#include "storage/DraftRepository.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace yc::intake {

// Taking a case in at the window, step by step, below the screens: the GUI, yichuang-ctl and the
// tests drive the same code. Every step is checked, then saved at once (personal data encrypted)
// in one transaction, so a draft survives a crash or a power cut as it was after its last step;
// listDrafts() offers the open drafts again when the program starts. Decisions are CaseDecider's.
class IntakeSession
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::IntakeSession)

public:
    explicit IntakeSession(IntakeContext context);

    // A new empty draft of this clerk at this window. Returns its id.
    [[nodiscard]] Result<QString> createDraft(const QString& staffId, const QString& hallId = {},
                                              const QString& windowCode = {});
    // Open drafts, most recently changed first; only this clerk's when staffId is given.
    [[nodiscard]] Result<std::vector<storage::DraftSummary>> listDrafts(const QString& staffId = {}) const;
    // Everything saved so far. Error "draft.missing", or "case.decided" for a decided case.
    [[nodiscard]] Result<IntakeDraft> load(const QString& draftId) const;
    // Removes the draft, its files (overwritten first), its applicant and agent rows.
    [[nodiscard]] Status discard(const QString& draftId);

    [[nodiscard]] Status setApplicant(const QString& draftId, const Party& applicant);
    // The expiry of the applicant's ID card as read from the card (null: typed by hand or long-term),
    // saved with the draft's encrypted form data and restored as IntakeDraft::cardValidTo.
    [[nodiscard]] Status setCardValidTo(const QString& draftId, const QDate& validTo);
    // nullopt: the applicant came in person. An agent adds the power of attorney to the checklist.
    [[nodiscard]] Status setAgent(const QString& draftId, const std::optional<Party>& agent);
    // The item in its current catalog version; a main item (one with handling variants) or an item
    // not in force today is refused ("intake.main-item", "intake.item-not-in-force").
    [[nodiscard]] Status setItem(const QString& draftId, const QString& itemCode);
    [[nodiscard]] Status answerSituation(const QString& draftId, const QString& situationId, const QString& optionId);
    [[nodiscard]] Status setSituations(const QString& draftId, const SituationAnswers& answers);
    // The state of one checklist material; replaces what was recorded for it before.
    [[nodiscard]] Status setMaterial(const QString& draftId, const QString& materialId,
                                     const MaterialEvidence& evidence);
    [[nodiscard]] Status clearMaterial(const QString& draftId, const QString& materialId);
    // Form fields are kept as typed (the catalog gives no rules for them); keys are short names
    // ("intake.form-field" otherwise, also for CardValidToField). An empty value removes the field.
    [[nodiscard]] Status setFormField(const QString& draftId, const QString& key, const QString& value);
    [[nodiscard]] Status setFormFields(const QString& draftId, const QMap<QString, QString>& fields);
    [[nodiscard]] Status setNotes(const QString& draftId, const QString& notes);
    // The refusal's category and reason, saved before the supervisor is asked to approve them.
    [[nodiscard]] Status setRefusalReason(const QString& draftId, const RefusalReason& reason);

    // The draft or decided case with its item, checklist, states and approvals.
    [[nodiscard]] static Result<IntakeDraft> assemble(const IntakeContext& context, const Case& row);
    // What an approval of `kind` approves on this draft, as a SHA-256 (hex): the refusal's category
    // and reason, or the deferred materials with their dates.
    [[nodiscard]] static QString approvalSubject(const IntakeDraft& draft, ApprovalKind kind);

private:
    [[nodiscard]] Result<IntakeDraft> loadWithItem(const QString& draftId) const;

    IntakeContext m_context;
};

} // namespace yc::intake
