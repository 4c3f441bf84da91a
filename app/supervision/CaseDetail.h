#pragma once

#include "core/Result.h"
#include "intake/CaseOverview.h"
#include "intake/IntakeContext.h"
#include "supervision/ApprovalQueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace yc::supervision {

struct CaseApprovalLine
{
    QString approvalId;
    QString kind;
    QString mode;
    QString status;
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString note;
};

struct CaseNoticeLine
{
    QString noticeId;
    QString kind; // acceptance, refusal, ...
    QDateTime issuedAt;
    QString staffId;
    int printCount = 0;
};

struct CaseMaterialFile
{
    QString materialId; // the stored material's id (MaterialStore), for the preview
    QString name;
    QString status;
    QString mimeType;
};

// Everything the supervisor's case detail shows: the case as the overview gives it (applicant
// masked; the history is the case's audit trail), its approvals, notices and stored material files.
struct CaseFile
{
    intake::CaseDetail detail;
    QList<CaseApprovalLine> approvals;
    QList<CaseNoticeLine> notices;
    QList<CaseMaterialFile> files;
};

// The applicant in full, shown only on request.
struct PersonalData
{
    QString name;
    QString idNumber;
    QString phone;
    QString address;
};

// The case detail below the supervisor's screen. Supervisors only ("supervision.not-supervisor").
// Opening the personal data is an explicit call that appends an audit row (action
// "case.view-personal", object the case, no personal data in the detail) before returning it.
class CaseDetailService
{
    Q_DECLARE_TR_FUNCTIONS(yc::supervision::CaseDetailService)

public:
    CaseDetailService(intake::IntakeContext context, Actor actor);

    [[nodiscard]] Result<CaseFile> load(const QString& caseId) const;
    [[nodiscard]] Result<PersonalData> revealPersonalData(const QString& caseId);
    // The plaintext of a stored material (kept in memory by the caller, never written out).
    [[nodiscard]] Result<QByteArray> materialContent(const QString& caseId, const QString& materialId) const;

private:
    intake::IntakeContext m_context;
    Actor m_actor;
};

} // namespace yc::supervision
