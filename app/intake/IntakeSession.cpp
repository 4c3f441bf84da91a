#include "intake/IntakeSession.h"

#include "core/CaseNumber.h"
#include "intake/Checklist.h"
#include "intake/PartyCheck.h"
#include "intake/SupervisorApprovals.h"
#include "storage/ApplicantRepository.h"
#include "storage/CaseRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/MaterialStore.h"
#include "storage/catalog/CatalogRepository.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace yc::intake {

namespace {

QDate today(const Clock& clock)
{
    return clock.now().toTimeZone(casenumber::chinaTime()).date();
}

} // namespace

IntakeSession::IntakeSession(IntakeContext context)
    : m_context(std::move(context))
{}

Result<QString> IntakeSession::createDraft(const QString& staffId, const QString& hallId, const QString& windowCode)
{
    return storage::DraftRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
        .create(staffId, hallId, windowCode);
}

Result<std::vector<storage::DraftSummary>> IntakeSession::listDrafts(const QString& staffId) const
{
    return storage::DraftRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
        .list(staffId);
}

Result<IntakeDraft> IntakeSession::load(const QString& draftId) const
{
    auto row = storage::DraftRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
                   .load(draftId);
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(
            QStringLiteral("draft.missing"),
            QCoreApplication::translate("yc::storage::DraftRepository", "No draft with id %1.").arg(draftId));
    return assemble(m_context, *row.value());
}

Result<IntakeDraft> IntakeSession::loadWithItem(const QString& draftId) const
{
    auto draft = load(draftId);
    if (!draft)
        return draft.error();
    if (draft.value().itemCode.isEmpty())
        return makeError(QStringLiteral("intake.incomplete"), IntakeLabels::chooseItemFirst());
    return draft;
}

Status IntakeSession::discard(const QString& draftId)
{
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    return storage::DraftRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
        .remove(draftId, [&]() -> Status { return intake.removeWithin(draftId); });
}

Status IntakeSession::setApplicant(const QString& draftId, const Party& applicant)
{
    auto checked = PartyCheck::check(applicant, PartyCheck::Role::Applicant, m_context.clock);
    if (!checked)
        return checked.error();
    return storage::DraftRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
        .saveApplicant(draftId, checked.value().identity);
}

Status IntakeSession::setCardValidTo(const QString& draftId, const QDate& validTo)
{
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    auto details = intake.details(draftId);
    if (!details)
        return details.error();
    QMap<QString, QString> form = details.value().form;
    if (validTo.isValid())
        form.insert(CardValidToField, validTo.toString(Qt::ISODate));
    else if (!form.contains(CardValidToField))
        return {};
    else
        form.remove(CardValidToField);
    return intake.saveForm(draftId, form);
}

Status IntakeSession::setAgent(const QString& draftId, const std::optional<Party>& agent)
{
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    if (!agent)
        return intake.saveAgent(draftId, std::nullopt);
    auto checked = PartyCheck::check(*agent, PartyCheck::Role::Agent, m_context.clock);
    if (!checked)
        return checked.error();
    return intake.saveAgent(draftId, checked.value().identity);
}

Status IntakeSession::setItem(const QString& draftId, const QString& itemCode)
{
    storage::CatalogRepository catalog(m_context.database);
    auto item = catalog.item(itemCode);
    if (!item)
        return item.error();
    auto variants = catalog.subItems(itemCode);
    if (!variants)
        return variants.error();
    if (!variants.value().empty())
        return makeError(QStringLiteral("intake.main-item"),
                         tr("%1 is a main item: choose one of its handling variants.").arg(item.value().name));
    const QDate day = today(m_context.clock);
    const catalog::ServiceItem& i = item.value();
    if ((i.effectiveFrom.isValid() && day < i.effectiveFrom) || (i.effectiveTo.isValid() && day > i.effectiveTo))
        return makeError(QStringLiteral("intake.item-not-in-force"),
                         tr("%1 (version %2) is not in force today.").arg(i.name).arg(i.itemVersion));
    auto draft = load(draftId);
    if (!draft)
        return draft.error();
    storage::DraftRepository drafts(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    if (auto saved = drafts.saveItem(draftId, i.code, i.itemVersion); !saved)
        return saved;
    // Another item asks other questions: the answers given for the previous one go.
    if (draft.value().itemCode != i.code && !draft.value().situations.isEmpty())
        return drafts.saveSituations(draftId, {});
    return {};
}

Status IntakeSession::answerSituation(const QString& draftId, const QString& situationId, const QString& optionId)
{
    auto draft = loadWithItem(draftId);
    if (!draft)
        return draft.error();
    SituationAnswers answers = draft.value().situations;
    answers.insert(situationId, optionId);
    return setSituations(draftId, answers);
}

Status IntakeSession::setSituations(const QString& draftId, const SituationAnswers& answers)
{
    auto draft = loadWithItem(draftId);
    if (!draft)
        return draft.error();
    auto item =
        storage::CatalogRepository(m_context.database).itemVersion(draft.value().itemCode, draft.value().itemVersion);
    if (!item)
        return item.error();
    if (auto ok = Checklist::checkAnswers(item.value(), answers); !ok)
        return ok;
    return storage::DraftRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
        .saveSituations(draftId, answers);
}

Status IntakeSession::setMaterial(const QString& draftId, const QString& materialId, const MaterialEvidence& evidence)
{
    auto draft = loadWithItem(draftId);
    if (!draft)
        return draft.error();
    const ChecklistEntry* entry = draft.value().entry(materialId);
    if (!entry)
        return makeError(QStringLiteral("intake.material-unknown"),
                         tr("The material \"%1\" is not on this case's checklist.").arg(materialId));
    storage::IntakeMaterialChange change;
    change.catalogMaterialId = materialId;
    change.state = toString(evidence.state);
    storage::NewCaseMaterial record;
    record.catalogMaterialId = materialId;
    record.name = entry->name;
    record.form = evidence.form;
    record.originalFileName = evidence.fileName;
    record.mimeType = evidence.mimeType;
    switch (evidence.state) {
    case MaterialState::Missing:
        change.reason = evidence.reason.trimmed();
        break;
    case MaterialState::Scanned:
    case MaterialState::File:
        if (evidence.content.isEmpty())
            return makeError(QStringLiteral("intake.evidence"),
                             tr("\"%1\": a scanned or handed-in material needs its file.").arg(entry->name));
        record.status = QStringLiteral("received");
        record.content = evidence.content;
        if (record.mimeType.isEmpty())
            record.mimeType = QStringLiteral("application/octet-stream");
        change.record = record;
        break;
    case MaterialState::Licence:
        if (entry->licenseType.isEmpty())
            return makeError(QStringLiteral("intake.no-licence-type"),
                             tr("\"%1\" cannot be taken from the licence library.").arg(entry->name));
        if (evidence.licenceId.trimmed().isEmpty())
            return makeError(QStringLiteral("intake.evidence"),
                             tr("\"%1\": name the licence taken from the library.").arg(entry->name));
        record.status = QStringLiteral("electronic");
        record.form = MaterialForm::Electronic;
        record.source = MaterialSource::Licence;
        record.licenceId = evidence.licenceId.trimmed();
        change.record = record;
        break;
    case MaterialState::Reused: {
        storage::MaterialStore store(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
        auto earlier = store.record(evidence.reusedMaterialId);
        if (!earlier)
            return makeError(QStringLiteral("intake.reuse-source"),
                             tr("\"%1\": the earlier material %2 is not in this store.")
                                 .arg(entry->name, evidence.reusedMaterialId));
        auto owner = storage::CaseRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
                         .get(earlier.value().caseId);
        if (!owner)
            return owner.error();
        if (!owner.value() || owner.value()->lifecycle != CaseLifecycle::Decided || earlier.value().sha256.isEmpty())
            return makeError(QStringLiteral("intake.reuse-source"),
                             tr("\"%1\": only a file of an earlier, decided case can be reused.").arg(entry->name));
        auto content = store.content(evidence.reusedMaterialId);
        if (!content)
            return content.error();
        record.status = QStringLiteral("received");
        record.source = MaterialSource::Reuse;
        record.form = earlier.value().form;
        record.mimeType = earlier.value().mimeType;
        record.originalFileName = earlier.value().originalFileName;
        record.content = content.value();
        change.record = record;
        break;
    }
    case MaterialState::OriginalReturned:
        record.status = QStringLiteral("received");
        record.form = MaterialForm::Original;
        change.record = record;
        break;
    case MaterialState::Deferred:
        if (!entry->deferrable)
            return makeError(QStringLiteral("intake.not-deferrable"), IntakeLabels::notDeferrable(entry->name));
        if (!evidence.dueDate.isValid() || evidence.dueDate <= today(m_context.clock))
            return makeError(QStringLiteral("intake.due-date"), IntakeLabels::dueDateNeeded(entry->name));
        change.dueDate = evidence.dueDate;
        change.reason = evidence.reason.trimmed();
        break;
    case MaterialState::Deficient:
        if (evidence.reason.trimmed().isEmpty())
            return makeError(QStringLiteral("intake.reason-missing"),
                             tr("\"%1\": say what is wrong with the material.").arg(entry->name));
        change.reason = evidence.reason.trimmed();
        if (!evidence.content.isEmpty()) {
            record.status = QStringLiteral("deficient");
            record.content = evidence.content;
            if (record.mimeType.isEmpty())
                record.mimeType = QStringLiteral("application/octet-stream");
            change.record = record;
        }
        break;
    }
    return storage::IntakeRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
        .saveMaterial(draftId, change);
}

Status IntakeSession::clearMaterial(const QString& draftId, const QString& materialId)
{
    return storage::IntakeRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
        .clearMaterial(draftId, materialId);
}

Status IntakeSession::setFormField(const QString& draftId, const QString& key, const QString& value)
{
    auto draft = load(draftId);
    if (!draft)
        return draft.error();
    QMap<QString, QString> fields = draft.value().formFields;
    if (value.isEmpty())
        fields.remove(key);
    else
        fields.insert(key, value);
    return setFormFields(draftId, fields);
}

Status IntakeSession::setFormFields(const QString& draftId, const QMap<QString, QString>& fields)
{
    static const QRegularExpression keyForm(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,63}$"));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!keyForm.match(it.key()).hasMatch() || it.key() == CardValidToField)
            return makeError(QStringLiteral("intake.form-field"),
                             tr("\"%1\" is not a form field name (letters, digits, _ . -, up to 64).").arg(it.key()));
        if (it.value().size() > 4000)
            return makeError(QStringLiteral("intake.form-field"),
                             tr("The form field \"%1\" is longer than 4000 characters.").arg(it.key()));
    }
    storage::IntakeRepository intake(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock);
    // The card's expiry is kept with the form data but is no form field: it stays as it was.
    auto details = intake.details(draftId);
    if (!details)
        return details.error();
    QMap<QString, QString> form = fields;
    if (const auto kept = details.value().form.constFind(CardValidToField); kept != details.value().form.cend())
        form.insert(CardValidToField, kept.value());
    return intake.saveForm(draftId, form);
}

Status IntakeSession::setNotes(const QString& draftId, const QString& notes)
{
    return storage::DraftRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
        .saveNotes(draftId, notes);
}

Status IntakeSession::setRefusalReason(const QString& draftId, const RefusalReason& reason)
{
    const QString text = reason.text.trimmed();
    if (text.isEmpty())
        return makeError(QStringLiteral("intake.refusal-reason"),
                         tr("A refusal states its reason in full, whatever its category."));
    return storage::IntakeRepository(m_context.database, m_context.cipher, m_context.dataDir, m_context.clock)
        .saveRefusal(draftId, toString(reason.category), text);
}

QString IntakeSession::approvalSubject(const IntakeDraft& draft, ApprovalKind kind)
{
    QStringList parts{toString(kind)};
    if (kind == ApprovalKind::Refusal) {
        if (draft.refusal)
            parts << toString(draft.refusal->category) << draft.refusal->text;
    } else {
        QStringList deferred;
        for (const ChecklistEntry& e : draft.checklist) {
            if (e.state == MaterialState::Deferred)
                deferred << e.materialId + QLatin1Char('=') + e.dueDate.toString(Qt::ISODate);
        }
        deferred.sort();
        parts << deferred;
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<IntakeDraft> IntakeSession::assemble(const IntakeContext& context, const Case& row)
{
    IntakeDraft d;
    d.id = row.id;
    d.staffId = row.staffId;
    d.hallId = row.hallId;
    d.windowCode = row.windowCode;
    d.receivedAt = row.receivedAt;
    d.itemCode = row.itemCode;
    d.itemVersion = row.itemCode.isEmpty() ? 0 : row.itemVersion;
    d.situations = row.situations;
    d.notes = row.notes;
    if (!row.applicantId.isEmpty()) {
        auto applicant =
            storage::ApplicantRepository(context.database, context.cipher, context.clock).get(row.applicantId);
        if (!applicant)
            return applicant.error();
        if (applicant.value())
            d.applicant = Party{PartyCheck::kindOf(*applicant.value()), *applicant.value()};
    }
    storage::IntakeRepository intake(context.database, context.cipher, context.dataDir, context.clock);
    auto agent = intake.agent(row.id);
    if (!agent)
        return agent.error();
    if (agent.value())
        d.agent = Party{ApplicantKind::Person, *agent.value()};
    auto details = intake.details(row.id);
    if (!details)
        return details.error();
    d.formFields = details.value().form;
    d.cardValidTo = QDate::fromString(d.formFields.take(CardValidToField), Qt::ISODate);
    if (!details.value().refusalCategory.isEmpty()) {
        auto category = refusalCategoryFromString(details.value().refusalCategory);
        if (!category)
            return category.error();
        d.refusal = RefusalReason{category.value(), details.value().refusalText};
    }

    if (!d.itemCode.isEmpty()) {
        auto item = storage::CatalogRepository(context.database).itemVersion(d.itemCode, d.itemVersion);
        if (item) {
            d.itemName = item.value().name;
            d.checklist = Checklist::compute(item.value(), d.situations, d.agent.has_value());
            d.unansweredSituations = Checklist::unanswered(item.value(), d.situations);
        }
    }
    auto states = intake.materials(row.id);
    if (!states)
        return states.error();
    for (const storage::IntakeMaterial& m : states.value()) {
        ChecklistEntry* entry = nullptr;
        for (ChecklistEntry& e : d.checklist) {
            if (e.materialId == m.catalogMaterialId)
                entry = &e;
        }
        ChecklistEntry elsewhere;
        if (!entry) {
            elsewhere.materialId = m.catalogMaterialId;
            entry = &elsewhere;
        }
        auto state = materialStateFromString(m.state);
        if (!state)
            return state.error();
        entry->state = state.value();
        entry->reason = m.reason;
        entry->dueDate = m.dueDate;
        entry->storedMaterialId = m.materialId;
        const auto stored = std::find_if(row.materials.cbegin(), row.materials.cend(),
                                         [&](const CaseMaterial& c) { return c.id == m.materialId; });
        if (stored != row.materials.cend()) {
            entry->form = stored->form;
            entry->source = stored->source;
            entry->sha256 = stored->sha256;
            entry->sizeBytes = stored->sizeBytes;
            entry->licenceId = stored->licenceId;
            if (entry->name.isEmpty())
                entry->name = stored->name;
        }
        if (entry == &elsewhere)
            d.elsewhere << elsewhere;
    }
    auto approvals = intake.approvals(row.id);
    if (!approvals)
        return approvals.error();
    for (const storage::IntakeApproval& a : approvals.value()) {
        ApprovalInfo info = SupervisorApprovals::info(a);
        info.current = a.subject == approvalSubject(d, info.kind);
        d.approvals << info;
    }
    return d;
}

} // namespace yc::intake
