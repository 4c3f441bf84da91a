#pragma once

#include "core/Applicant.h"
#include "core/CaseModel.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/CaseRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace yc::storage {

class Database;
class FieldCipher;

// A line of the drafts list: no personal data (the screen loads the draft to show the applicant).
struct DraftSummary
{
    QString id;
    QString staffId;
    QString itemCode; // empty until the item is chosen
    bool hasApplicant = false;
    int materialCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Cases being taken in at the window, before the clerk decides (lifecycle Draft). A draft lives in
// the cases table with its materials (encrypted by the MaterialStore like any case's), is saved
// field by field as the intake screens go, and never reaches the outbox: only decide() queues it,
// through the same step CaseRepository::accept() takes, in one transaction.
class DraftRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::DraftRepository)

public:
    DraftRepository(Database& database, const FieldCipher& cipher, QString dataDir, const Clock& clock = systemClock());

    // A new empty draft of this clerk at this window. Returns its id.
    [[nodiscard]] Result<QString> create(const QString& staffId, const QString& hallId = {},
                                         const QString& windowCode = {});
    // The applicant is saved (encrypted) in the applicants table and linked to the draft. The draft
    // keeps a row of its own: saving never changes the applicant of another case.
    [[nodiscard]] Status saveApplicant(const QString& draftId, Applicant applicant);
    [[nodiscard]] Status saveItem(const QString& draftId, const QString& itemCode, int itemVersion);
    [[nodiscard]] Status saveSituations(const QString& draftId, const SituationAnswers& situations);
    [[nodiscard]] Status saveNotes(const QString& draftId, const QString& notes);
    [[nodiscard]] Result<QString> addMaterial(const QString& draftId, const NewCaseMaterial& material);
    [[nodiscard]] Status removeMaterial(const QString& draftId, const QString& materialId);

    // Drafts, most recently changed first; only this clerk's when staffId is given.
    [[nodiscard]] Result<std::vector<DraftSummary>> list(const QString& staffId = {}) const;
    [[nodiscard]] Result<std::optional<Case>> load(const QString& draftId) const;
    // Runs `change` in one transaction, after checking that draftId names a draft, and marks the
    // draft changed: for what other repositories keep about a draft (IntakeRepository), so that
    // every step is saved whole or not at all.
    [[nodiscard]] Status update(const QString& draftId, const std::function<Status()>& change);
    // Removes the draft and its materials; their files are overwritten before they are deleted.
    // `before`, when given, runs first in the same transaction.
    [[nodiscard]] Status remove(const QString& draftId, const std::function<Status()>& before = {});
    // The draft becomes a decided case queued for the platform (one transaction; see
    // CaseRepository::decide for `within`).
    [[nodiscard]] Status decide(const QString& draftId, Decision decision, const QDate& promisedDate = {},
                                const std::function<Status()>& within = {});

private:
    // Fails unless draftId names a draft (not a decided case, not missing).
    [[nodiscard]] Status requireDraft(const QString& draftId) const;
    [[nodiscard]] Status touch(const QString& draftId, const QString& setClause, const QVariantList& values);

    Database& m_database;
    const FieldCipher& m_cipher;
    QString m_dataDir;
    const Clock& m_clock;
};

} // namespace yc::storage
