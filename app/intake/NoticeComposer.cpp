#include "intake/NoticeComposer.h"

#include "documents/NoticePdf.h"
#include "intake/PartyCheck.h"
#include "sync/Enrolment.h"
#include "sync/NoticeVerification.h"
#include "sync/StaffCredentials.h"

namespace yc::intake {

namespace {

// Notices are Chinese legal documents: their words do not follow the screen's language.
QString chineseDate(const QDate& date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

NoticePerson personOf(const Party& party)
{
    return {party.identity.name, PartyCheck::documentName(party.identity.idType), party.identity.idNumber,
            party.identity.phone};
}

NoticeMaterial noticeMaterial(const ChecklistEntry& e)
{
    NoticeMaterial m;
    m.name = e.name;
    m.copies = e.copies;
    switch (e.state) {
    case MaterialState::Scanned:
    case MaterialState::File:
        m.form = e.form == MaterialForm::Original     ? NoticeMaterialForm::Original
                 : e.form == MaterialForm::Electronic ? NoticeMaterialForm::Electronic
                                                      : NoticeMaterialForm::Copy;
        break;
    case MaterialState::Licence:
    case MaterialState::Reused:
        m.form = NoticeMaterialForm::Electronic;
        break;
    case MaterialState::OriginalReturned:
        m.form = NoticeMaterialForm::Original;
        break;
    case MaterialState::Deferred:
        m.status = MaterialStatus::Deferred;
        m.form = e.forms.contains(QLatin1String("original")) ? NoticeMaterialForm::Original : NoticeMaterialForm::Copy;
        m.reason = QStringLiteral("承诺于%1前补交").arg(chineseDate(e.dueDate));
        if (!e.reason.isEmpty())
            m.reason += QStringLiteral("；") + e.reason;
        break;
    case MaterialState::Missing:
        m.status = MaterialStatus::Missing;
        m.form = e.forms.contains(QLatin1String("original")) ? NoticeMaterialForm::Original : NoticeMaterialForm::Copy;
        m.reason = e.reason.isEmpty() ? QStringLiteral("未提交") : e.reason;
        break;
    case MaterialState::Deficient:
        m.status = MaterialStatus::Deficient;
        m.form = e.form == MaterialForm::Original ? NoticeMaterialForm::Original : NoticeMaterialForm::Copy;
        m.reason = e.reason;
        break;
    }
    return m;
}

} // namespace

NoticeComposer::NoticeComposer(IntakeContext context)
    : m_context(std::move(context))
{}

QString NoticeComposer::refusalCategoryText(RefusalCategory category)
{
    switch (category) {
    case RefusalCategory::NotRequired:
        return QStringLiteral("申请事项依法不需要取得行政许可");
    case RefusalCategory::NotInRemit:
        return QStringLiteral("申请事项依法不属于本行政机关职权范围");
    case RefusalCategory::NotEligible:
        return QStringLiteral("申请人不符合受理条件");
    case RefusalCategory::Other:
        return QStringLiteral("其他");
    }
    return {};
}

QString NoticeComposer::refusalBasis(RefusalCategory category, const catalog::ServiceItem& item)
{
    switch (category) {
    case RefusalCategory::NotRequired:
        return QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（一）项");
    case RefusalCategory::NotInRemit:
        return QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项");
    case RefusalCategory::NotEligible:
        return item.legalBasis.value(0);
    case RefusalCategory::Other:
        return {};
    }
    return {};
}

NoticeData NoticeComposer::compose(NoticeKind kind, const IntakeDraft& draft, const catalog::ServiceItem& item,
                                   const Facts& facts) const
{
    NoticeData n;
    n.kind = kind;
    const WindowInfo& w = m_context.window;
    n.hall = {w.hallName, w.hallAddress, w.hallPhone};
    const auto enrolment = sync::Enrolment(m_context.database, m_context.cipher).load();
    if (n.hall.name.isEmpty() && enrolment && enrolment.value())
        n.hall.name = enrolment.value()->hallName;
    n.window = w.window.isEmpty() ? draft.windowCode : w.window;
    n.caseNumber = facts.caseNumber;
    n.item = {item.name, item.code, facts.workingDays};
    if (draft.applicant)
        n.applicant = personOf(*draft.applicant);
    if (draft.agent)
        n.agent = personOf(*draft.agent);
    n.acceptedOn = facts.decidedOn;
    n.promisedOn = facts.promisedOn;
    n.promisedProvisional = facts.promisedProvisional;
    n.clerk = sync::StaffCredentials(m_context.database, m_context.cipher).displayName(draft.staffId).valueOr({});
    if (n.clerk.isEmpty())
        n.clerk = draft.staffId;
    n.reviewBody = w.reviewBody;
    n.court = w.court;
    n.training = w.training;
    if (draft.refusal) {
        n.reason = draft.refusal->text;
        n.legalBasis = refusalBasis(draft.refusal->category, item);
    }
    QDate latestDue;
    // A refusal lists what was handed in; the other notices list the whole checklist and each
    // prints the part it is about (received, to supply, to follow).
    const bool receivedOnly = kind == NoticeKind::Refusal || kind == NoticeKind::Receipt;
    for (const ChecklistEntry& e : draft.checklist) {
        if (receivedOnly && !isPresent(e.state))
            continue;
        n.materials << noticeMaterial(e);
        if (e.state == MaterialState::Deferred && (!latestDue.isValid() || e.dueDate > latestDue))
            latestDue = e.dueDate;
    }
    n.dueDate = latestDue;
    return n;
}

IssuedNotice NoticeComposer::issue(NoticeData data) const
{
    IssuedNotice issued;
    issued.kind = data.kind;
    const auto enrolment = sync::Enrolment(m_context.database, m_context.cipher);
    auto info = enrolment.load();
    if (info && info.value() && !data.caseNumber.isEmpty()) {
        auto key = enrolment.key();
        if (key) {
            auto code = sync::NoticeVerification::make(
                key.value(), {data.caseNumber, data.kind, data.acceptedOn, info.value()->machineId});
            if (code)
                data.verification = code.value();
        }
    }
    auto pdf = m_context.renderNotice ? m_context.renderNotice(data) : documents::NoticePdf::render(data);
    if (pdf)
        issued.pdf = pdf.value();
    else
        issued.renderError = pdf.error().message;
    issued.data = std::move(data);
    return issued;
}

} // namespace yc::intake
