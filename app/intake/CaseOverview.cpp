#include "intake/CaseOverview.h"

#include "core/CaseModel.h"
#include "core/Masking.h"
#include "core/TextForms.h"
#include "core/WorkCalendar.h"
#include "intake/IntakeSession.h"
#include "intake/IntakeTypes.h"
#include "intake/PartyCheck.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/catalog/CatalogRepository.h"

#include <QHash>
#include <QJsonArray>

namespace yc::intake {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(isoUtc(at)) : QJsonValue(QJsonValue::Null);
}

} // namespace

CaseOverview::CaseOverview(storage::Database& database, const storage::FieldCipher& cipher, QString dataDir,
                           const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{}

Result<QHash<QString, QString>> CaseOverview::syncStates() const
{
    storage::OutboxListFilter filter;
    filter.includeSubmitted = true;
    auto queue = storage::OutboxRepository(m_database, m_clock).list(filter);
    if (!queue)
        return queue.error();
    QHash<QString, QString> states;
    for (const storage::OutboxListRow& r : queue.value()) {
        if (r.kind == storage::OutboxRepository::CaseKind && !r.caseId.isEmpty())
            states.insert(r.caseId, r.state);
    }
    return states;
}

Result<CaseLine> CaseOverview::lineOf(const Case& c, const QString& syncState, QHash<QString, QString>& itemNames) const
{
    CaseLine l;
    l.caseId = c.id;
    l.caseNumber = c.caseNumber;
    l.itemCode = c.itemCode;
    if (!c.itemCode.isEmpty()) {
        const QString key = c.itemCode + QLatin1Char('/') + QString::number(c.itemVersion);
        if (!itemNames.contains(key)) {
            auto item = storage::CatalogRepository(m_database).itemVersion(c.itemCode, c.itemVersion);
            itemNames.insert(key, item ? item.value().name : QString());
        }
        l.itemName = itemNames.value(key);
    }
    if (!c.applicantId.isEmpty()) {
        auto a = storage::ApplicantRepository(m_database, m_cipher, m_clock).get(c.applicantId);
        if (!a)
            return a.error();
        if (a.value()) {
            l.applicant = mask::name(a.value()->name);
            l.idNumber = mask::idNumber(a.value()->idNumber);
        }
    }
    l.state = toString(c.lifecycle);
    l.departmentStatus = c.departmentStatus ? toString(*c.departmentStatus) : QString();
    l.decision = c.decision ? toString(*c.decision) : QString();
    l.receivedAt = c.receivedAt;
    l.promisedDate = c.promisedDate;
    l.syncState = syncState;
    return l;
}

Result<std::vector<CaseLine>> CaseOverview::list(const QString& state) const
{
    auto cases = storage::CaseRepository(m_database, m_cipher, m_dataDir, m_clock).list();
    if (!cases)
        return cases.error();
    auto sync = syncStates();
    if (!sync)
        return sync.error();
    QHash<QString, QString> itemNames;
    std::vector<CaseLine> lines;
    for (const Case& c : cases.value()) {
        const QString department = c.departmentStatus ? toString(*c.departmentStatus) : QString();
        if (!state.isEmpty() && state != toString(c.lifecycle) && state != department)
            continue;
        auto line = lineOf(c, sync.value().value(c.id), itemNames);
        if (!line)
            return line.error();
        lines.push_back(std::move(line.value()));
    }
    return lines;
}

Result<std::vector<CaseLine>> CaseOverview::todayAndOpen() const
{
    auto all = list();
    if (!all)
        return all.error();
    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    std::vector<CaseLine> lines;
    for (CaseLine& l : all.value()) {
        const bool receivedToday = l.receivedAt.isValid() && l.receivedAt.toTimeZone(now.timeZone()).date() == today;
        if (receivedToday || isOpen(l))
            lines.push_back(std::move(l));
    }
    return lines;
}

CaseStanding CaseOverview::standingOf(const CaseLine& l)
{
    if (l.state == toString(CaseLifecycle::Draft))
        return CaseStanding::Draft;
    if (!l.departmentStatus.isEmpty()) {
        auto status = departmentStatusFromString(l.departmentStatus);
        if (status) {
            switch (status.value()) {
            case DepartmentStatus::CorrectionRequested:
                return CaseStanding::AwaitingCorrection;
            case DepartmentStatus::Completed:
            case DepartmentStatus::Delivered:
            case DepartmentStatus::Refused:
                return CaseStanding::Closed;
            case DepartmentStatus::Supplemented:
                return CaseStanding::InProgress;
            case DepartmentStatus::Submitted:
            case DepartmentStatus::UnderReview:
                break; // as the window decided
            }
        }
    }
    auto decision = decisionFromString(l.decision);
    if (!decision)
        return CaseStanding::Closed;
    switch (decision.value()) {
    case Decision::CorrectionNotified:
        return CaseStanding::AwaitingCorrection;
    case Decision::Accepted:
    case Decision::AcceptedWithMissing:
        return CaseStanding::InProgress;
    case Decision::Refused:
        break;
    }
    return CaseStanding::Closed;
}

QList<CaseMaterialLine> CaseOverview::owedMaterials(const CaseDetail& detail)
{
    QList<CaseMaterialLine> owed;
    for (const CaseMaterialLine& m : detail.materials) {
        if (m.state == toString(MaterialState::Missing) || m.state == toString(MaterialState::Deficient) ||
            m.state == toString(MaterialState::Deferred))
            owed << m;
    }
    return owed;
}

std::optional<int> CaseOverview::workingDaysLeft(const WorkCalendar& calendar, const QDate& today,
                                                 const QDate& promised)
{
    if (!promised.isValid() || !today.isValid())
        return std::nullopt;
    return calendar.workingDaysBetween(today, promised);
}

Result<std::optional<CaseDetail>> CaseOverview::show(const QString& caseId) const
{
    auto row = storage::CaseRepository(m_database, m_cipher, m_dataDir, m_clock).get(caseId);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<CaseDetail>();
    const Case& c = *row.value();
    auto sync = syncStates();
    if (!sync)
        return sync.error();
    QHash<QString, QString> itemNames;
    auto line = lineOf(c, sync.value().value(c.id), itemNames);
    if (!line)
        return line.error();
    CaseDetail d;
    d.line = line.value();
    d.itemVersion = c.itemVersion;
    d.staffId = c.staffId;
    d.windowCode = c.windowCode;
    const IntakeContext context{m_database, m_cipher, m_dataDir, m_clock, WorkCalendar::bundled(), {}, {}, {}};
    auto intake = IntakeSession::assemble(context, c);
    if (!intake)
        return intake.error();
    const IntakeDraft& draft = intake.value();
    if (draft.applicant)
        d.applicantKind = toString(draft.applicant->kind);
    if (draft.agent) {
        d.agent = mask::name(draft.agent->identity.name);
        d.agentIdNumber = mask::idNumber(draft.agent->identity.idNumber);
    }
    if (draft.refusal)
        d.refusalCategory = toString(draft.refusal->category);
    auto details = storage::IntakeRepository(m_database, m_cipher, m_dataDir, m_clock).details(caseId);
    if (!details)
        return details.error();
    d.completedAt = details.value().completedAt;
    d.clockStoppedSince = details.value().clockPausedFrom;

    auto stateOf = [](const ChecklistEntry& e) {
        return toString(e.state);
    };
    QList<ChecklistEntry> recorded = draft.checklist;
    recorded += draft.elsewhere;
    QSet<QString> shown;
    for (const ChecklistEntry& e : recorded) {
        const bool kept = !e.storedMaterialId.isEmpty();
        d.materials << CaseMaterialLine{e.materialId,
                                        e.name,
                                        stateOf(e),
                                        kept ? toString(e.form) : QString(),
                                        kept ? toString(e.source) : QString(),
                                        e.dueDate};
        if (kept)
            shown.insert(e.storedMaterialId);
    }
    // Materials not taken in through the checklist (imported cases, older drafts).
    for (const CaseMaterial& m : c.materials) {
        if (shown.contains(m.id))
            continue;
        d.materials << CaseMaterialLine{m.catalogMaterialId.isEmpty() ? m.id : m.catalogMaterialId,
                                        m.name,
                                        m.status,
                                        toString(m.form),
                                        toString(m.source),
                                        {}};
    }
    auto audit = storage::AuditLog(m_database, m_clock).ofObject(QStringLiteral("case"), caseId);
    if (!audit)
        return audit.error();
    for (const storage::AuditRow& r : audit.value())
        d.history << CaseHistoryLine{r.at, r.staffId, r.action, r.detail};
    return std::optional<CaseDetail>(std::move(d));
}

QJsonObject CaseOverview::toJson(const CaseLine& l)
{
    QJsonObject o{{QStringLiteral("caseId"), l.caseId},
                  {QStringLiteral("caseNumber"), textOrNull(l.caseNumber)},
                  {QStringLiteral("itemCode"), textOrNull(l.itemCode)},
                  {QStringLiteral("applicant"), textOrNull(l.applicant)},
                  {QStringLiteral("idNumber"), textOrNull(l.idNumber)},
                  {QStringLiteral("state"), l.state},
                  {QStringLiteral("departmentStatus"), textOrNull(l.departmentStatus)},
                  {QStringLiteral("decision"), textOrNull(l.decision)},
                  {QStringLiteral("receivedAt"), timeOrNull(l.receivedAt)},
                  {QStringLiteral("promisedDate"), dateOrNull(l.promisedDate)},
                  {QStringLiteral("syncState"), textOrNull(l.syncState)}};
    if (!l.itemName.isEmpty())
        o.insert(QStringLiteral("itemName"), l.itemName);
    return o;
}

QJsonObject CaseOverview::toJson(const CaseDetail& d)
{
    QJsonObject o = toJson(d.line);
    o.insert(QStringLiteral("itemVersion"), d.itemVersion);
    o.insert(QStringLiteral("staffId"), textOrNull(d.staffId));
    o.insert(QStringLiteral("windowCode"), textOrNull(d.windowCode));
    o.insert(QStringLiteral("applicantKind"), textOrNull(d.applicantKind));
    if (!d.agent.isEmpty()) {
        o.insert(QStringLiteral("agent"), d.agent);
        o.insert(QStringLiteral("agentIdNumber"), d.agentIdNumber);
    }
    if (!d.refusalCategory.isEmpty())
        o.insert(QStringLiteral("refusalCategory"), d.refusalCategory);
    if (d.completedAt.isValid())
        o.insert(QStringLiteral("completedAt"), isoUtc(d.completedAt));
    if (d.clockStoppedSince.isValid())
        o.insert(QStringLiteral("clockStoppedSince"), d.clockStoppedSince.toString(Qt::ISODate));
    QJsonArray materials;
    for (const CaseMaterialLine& m : d.materials) {
        QJsonObject mo{{QStringLiteral("materialId"), m.materialId},
                       {QStringLiteral("name"), m.name},
                       {QStringLiteral("state"), m.state},
                       {QStringLiteral("form"), textOrNull(m.form)},
                       {QStringLiteral("source"), textOrNull(m.source)}};
        if (m.dueDate.isValid())
            mo.insert(QStringLiteral("dueDate"), m.dueDate.toString(Qt::ISODate));
        materials.append(mo);
    }
    o.insert(QStringLiteral("materials"), materials);
    QJsonArray history;
    for (const CaseHistoryLine& h : d.history)
        history.append(QJsonObject{{QStringLiteral("at"), timeOrNull(h.at)},
                                   {QStringLiteral("staffId"), textOrNull(h.staffId)},
                                   {QStringLiteral("action"), h.action},
                                   {QStringLiteral("detail"), h.detail}});
    o.insert(QStringLiteral("history"), history);
    return o;
}

} // namespace yc::intake
