#pragma once

#include "core/Applicant.h"
#include "core/CaseModel.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace yc::storage {

class Database;
class FieldCipher;
class MaterialStore;

struct NewCaseMaterial
{
    QString catalogMaterialId;
    QString name;             // catalog material name (not personal)
    QString status;           // received, electronic, missing, deficient, deferred
    QString originalFileName; // personal: encrypted
    QString mimeType;
    QByteArray content; // empty when the status carries no file
    MaterialForm form = MaterialForm::Copy;
    MaterialSource source = MaterialSource::Upload;
    QString licenceId; // source Licence only
};

struct NewCase
{
    QString id; // client-generated UUID; generated when empty. Submissions are idempotent by it.
    QString itemCode;
    int itemVersion = 1;
    Applicant applicant;
    QString staffId;    // the clerk who accepted: the case is always sent under this staff's name
    QString hallId;     // halls.id, may be empty
    QString windowCode; // may be empty
    std::optional<Decision> decision;
    QString caseNumber; // official number from a lease; may be empty
    QDateTime receivedAt;
    QDate promisedDate; // promised completion date; may be invalid (unknown)
    SituationAnswers situations;
    QString notes; // personal: encrypted
    std::vector<NewCaseMaterial> materials;
};

// How a person names a case: its id and, once it has one, its official number.
struct CaseRef
{
    QString id;
    QString caseNumber; // empty until the case has a number
};

using CaseRow = Case;
using CaseMaterialRow = CaseMaterial;

// Cases at this window (in the GUI, imported with yichuang-ctl, or decided from a draft). A case,
// its applicant, its materials and its outbox entry are written in one transaction, so the sync
// engine never sees a case without all its materials, and only decided cases are ever queued.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::CaseRepository)

public:
    CaseRepository(Database& database, const FieldCipher& cipher, QString dataDir, const Clock& clock = systemClock());

    // Stores the case as decided and queues it for the platform. Returns the case id. When a case
    // with the same id exists already, nothing is written and the existing id is returned
    // (idempotent import).
    [[nodiscard]] Result<QString> accept(NewCase newCase, bool* alreadyPresent = nullptr);
    // Decides a draft: it becomes a decided case queued for the platform, in one transaction. The
    // transaction's first statement claims the draft (a write), so of two decisions of one draft,
    // racing on two connections or not, only the first goes through; the other gets "case.decided".
    // `within`, when given, runs after the claim and before the decision, in the same transaction
    // (what the intake workflow records with the decision).
    [[nodiscard]] Status decide(const QString& draftId, Decision decision, const QDate& promisedDate = {},
                                const std::function<Status()>& within = {});
    [[nodiscard]] Result<std::optional<Case>> get(const QString& caseId) const;
    // Every case and draft, the most recently received first, without materials and notes.
    [[nodiscard]] Result<std::vector<Case>> list() const;
    // The case whose id or official number is `idOrNumber`, if this window has it.
    [[nodiscard]] Result<std::optional<CaseRef>> findRef(const QString& idOrNumber) const;
    [[nodiscard]] Status markMaterialUploaded(const QString& materialId);
    // Retention. Decided cases not purged yet whose department status is completed or delivered,
    // unchanged since `before`, oldest first.
    [[nodiscard]] Result<QStringList> completedBefore(const QDateTime& before) const;
    // Whether another case not purged yet refers to the applicant row.
    [[nodiscard]] Result<bool> applicantSharedWithLiveCase(const QString& applicantId, const QString& caseId) const;
    // Inside the caller's transaction: drops the case's notes and records the purge time; returns
    // its applicant row's id.
    [[nodiscard]] Result<QString> markPurgedWithin(const QString& caseId);
    // The platform stored the case (its answer's status) under this number.
    [[nodiscard]] Status recordSubmitted(const QString& caseId, DepartmentStatus status, const QString& caseNumber);
    // The department's status from the change feed. Only decided cases have one. A change of status
    // is also kept in the case's status history (case_status_changes).
    [[nodiscard]] Status setDepartmentStatus(const QString& caseId, DepartmentStatus status);

    // Helpers for DraftRepository, which shares this table.
    [[nodiscard]] static QByteArray notesAad(const QString& caseId);

private:
    // The step accept() and decide() share, inside the caller's transaction: number, lifecycle,
    // decision, outbox entry and audit row.
    [[nodiscard]] Status decideWithin(const QString& caseId, Decision decision, const QDate& promisedDate);
    [[nodiscard]] Status insertDraftRow(const NewCase& c, const QString& applicantId);

    Database& m_database;
    const FieldCipher& m_cipher;
    QString m_dataDir;
    const Clock& m_clock;
};

// Situation answers as stored and sent: a JSON object of strings, keys sorted.
[[nodiscard]] QString situationsToJson(const SituationAnswers& answers);
[[nodiscard]] Result<SituationAnswers> situationsFromJson(const QString& json);
// Stores a new material of the case or draft caseId in store (its file encrypted); returns its id.
[[nodiscard]] Result<QString> storeNewMaterial(MaterialStore& store, const QString& caseId,
                                               const NewCaseMaterial& material);

} // namespace yc::storage
