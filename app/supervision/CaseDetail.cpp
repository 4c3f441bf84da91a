#include "supervision/CaseDetail.h"

#include "core/NoticeKind.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/IntakeRepository.h"
#include "storage/MaterialStore.h"
#include "storage/NoticeRepository.h"

namespace yc::supervision {

CaseDetailService::CaseDetailService(intake::IntakeContext context, Actor actor)
    : m_context(std::move(context))
    , m_actor(std::move(actor))
{}

Result<CaseFile> CaseDetailService::load(const QString& caseId) const
{
    if (auto allowed = ApprovalQueue(m_context, m_actor).requireSupervisor(); !allowed)
        return allowed.error();
    auto shown =
        intake::CaseOverview(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock).show(caseId);
    if (!shown)
        return shown.error();
    if (!shown.value())
        return makeError(QStringLiteral("supervision.unknown-case"),
                         tr("No case with id %1 is stored on this PC.").arg(caseId));
    CaseFile file;
    file.detail = *shown.value();

    auto approvals = storage::IntakeRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
                         .approvals(caseId);
    if (!approvals)
        return approvals.error();
    for (const storage::IntakeApproval& a : approvals.value())
        file.approvals << CaseApprovalLine{a.approvalId,  a.kind,         a.mode,      a.status, a.requestedBy,
                                           a.requestedAt, a.supervisorId, a.decidedAt, a.note};

    auto notices = storage::NoticeRepository(m_context.database, m_context.cipher, m_context.clock).list(caseId);
    if (!notices)
        return notices.error();
    for (const storage::NoticeRecord& n : notices.value())
        file.notices << CaseNoticeLine{n.id, noticeKindName(n.kind), n.issuedAt, n.staffId, n.printCount};

    auto materials =
        storage::MaterialStore(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock).ofCase(caseId);
    if (!materials)
        return materials.error();
    for (const storage::MaterialRecord& m : materials.value()) {
        if (m.sha256.isEmpty())
            continue; // nothing stored to show
        file.files << CaseMaterialFile{m.id, m.name, m.status, m.mimeType};
    }
    return file;
}

Result<PersonalData> CaseDetailService::revealPersonalData(const QString& caseId)
{
    if (auto allowed = ApprovalQueue(m_context, m_actor).requireSupervisor(); !allowed)
        return allowed.error();
    auto theCase =
        storage::CaseRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock).get(caseId);
    if (!theCase)
        return theCase.error();
    if (!theCase.value())
        return makeError(QStringLiteral("supervision.unknown-case"),
                         tr("No case with id %1 is stored on this PC.").arg(caseId));
    if (theCase.value()->applicantId.isEmpty())
        return makeError(QStringLiteral("supervision.no-applicant"), tr("This case has no applicant yet."));
    auto applicant = storage::ApplicantRepository(m_context.database, m_context.cipher, m_context.clock)
                         .get(theCase.value()->applicantId);
    if (!applicant)
        return applicant.error();
    if (!applicant.value())
        return makeError(QStringLiteral("supervision.no-applicant"),
                         tr("The applicant of this case is no longer stored (retention)."));
    // The audit row first: nothing is shown unless it is stored.
    if (auto audited = storage::AuditLog(m_context.database, m_context.clock)
                           .append(m_actor.staffId, QStringLiteral("case.view-personal"), QStringLiteral("case"),
                                   caseId, QStringLiteral("fields=name,id-number,phone,address"));
        !audited)
        return audited.error();
    const Applicant& a = *applicant.value();
    return PersonalData{a.name, a.idNumber, a.phone, a.address};
}

Result<QByteArray> CaseDetailService::materialContent(const QString& caseId, const QString& materialId) const
{
    if (auto allowed = ApprovalQueue(m_context, m_actor).requireSupervisor(); !allowed)
        return allowed.error();
    storage::MaterialStore store(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    auto record = store.record(materialId);
    if (!record)
        return record.error();
    if (record.value().caseId != caseId)
        return makeError(QStringLiteral("supervision.unknown-material"),
                         tr("The material %1 does not belong to this case.").arg(materialId));
    return store.content(materialId);
}

} // namespace yc::supervision
