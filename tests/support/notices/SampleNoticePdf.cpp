// The sample notices (kept apart from NoticeFixtures.cpp: core/Notice.h and core/CaseModel.h
// cannot be included together).
#include "NoticeFixtures.h"
#include "documents/NoticePdf.h"
#include "documents/NoticeSamples.h"

namespace yc::test {

QString sampleApplicantName()
{
    return documents::NoticeSamples::make(NoticeKind::Acceptance, QDate(2026, 3, 2)).applicant.name;
}

QString sampleApplicantIdNumber()
{
    return documents::NoticeSamples::make(NoticeKind::Acceptance, QDate(2026, 3, 2)).applicant.idNumber;
}

QString sampleCaseNumber(const QDate& date)
{
    return documents::NoticeSamples::make(NoticeKind::Acceptance, date).caseNumber;
}

QByteArray sampleNoticePdf(NoticeKind kind, const QDate& date, const QString& verification, bool training)
{
    NoticeData notice = documents::NoticeSamples::make(kind, date);
    notice.verification = verification;
    notice.training = training;
    auto pdf = documents::NoticePdf::render(notice);
    return pdf ? pdf.value() : QByteArray();
}

} // namespace yc::test
