#include "intake/IntakeTypes.h"

#include <utility>

namespace yc::intake {

namespace {

template<typename E, std::size_t N>
QString nameOf(const std::pair<E, const char*> (&names)[N], E value)
{
    for (const auto& [v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
Result<E> valueOf(const std::pair<E, const char*> (&names)[N], QStringView text, const char* code, const char* field)
{
    for (const auto& [v, name] : names) {
        if (text == QLatin1String(name))
            return v;
    }
    return makeError(QString::fromLatin1(code),
                     QCoreApplication::translate("yc::intake::IntakeLabels", "Unknown %1 \"%2\".")
                         .arg(QString::fromLatin1(field), text.toString()));
}

constexpr std::pair<MaterialState, const char*> materialStates[] = {
    {MaterialState::Missing, "missing"},   {MaterialState::Scanned, "scanned"},
    {MaterialState::File, "file"},         {MaterialState::Licence, "licence"},
    {MaterialState::Reused, "reused"},     {MaterialState::OriginalReturned, "original-returned"},
    {MaterialState::Deferred, "deferred"}, {MaterialState::Deficient, "deficient"},
};

constexpr std::pair<RefusalCategory, const char*> refusalCategories[] = {
    {RefusalCategory::NotRequired, "not-required"},
    {RefusalCategory::NotInRemit, "not-in-remit"},
    {RefusalCategory::NotEligible, "not-eligible"},
    {RefusalCategory::Other, "other"},
};

constexpr std::pair<ApprovalKind, const char*> approvalKinds[] = {
    {ApprovalKind::AcceptWithMissing, "accept-with-missing"},
    {ApprovalKind::Refusal, "refusal"},
};

constexpr std::pair<ApprovalMode, const char*> approvalModes[] = {
    {ApprovalMode::Local, "local"},
    {ApprovalMode::Remote, "remote"},
};

constexpr std::pair<ApprovalStatus, const char*> approvalStatuses[] = {
    {ApprovalStatus::Pending, "pending"},
    {ApprovalStatus::Approved, "approved"},
    {ApprovalStatus::Rejected, "rejected"},
};

} // namespace

QString toString(MaterialState value)
{
    return nameOf(materialStates, value);
}

QString toString(RefusalCategory value)
{
    return nameOf(refusalCategories, value);
}

QString toString(ApprovalKind value)
{
    return nameOf(approvalKinds, value);
}

QString toString(ApprovalMode value)
{
    return nameOf(approvalModes, value);
}

QString toString(ApprovalStatus value)
{
    return nameOf(approvalStatuses, value);
}

QString toString(ApplicantKind value)
{
    return value == ApplicantKind::Organisation ? QStringLiteral("organisation") : QStringLiteral("person");
}

Result<MaterialState> materialStateFromString(QStringView text)
{
    return valueOf(materialStates, text, "intake.unknown-material-state", "material state");
}

Result<RefusalCategory> refusalCategoryFromString(QStringView text)
{
    return valueOf(refusalCategories, text, "intake.unknown-refusal-category", "refusal category");
}

Result<ApprovalKind> approvalKindFromString(QStringView text)
{
    return valueOf(approvalKinds, text, "intake.unknown-approval-kind", "approval kind");
}

Result<ApprovalMode> approvalModeFromString(QStringView text)
{
    return valueOf(approvalModes, text, "intake.unknown-approval-mode", "approval mode");
}

Result<ApprovalStatus> approvalStatusFromString(QStringView text)
{
    return valueOf(approvalStatuses, text, "intake.unknown-approval-status", "approval status");
}

bool isPresent(MaterialState state)
{
    switch (state) {
    case MaterialState::Scanned:
    case MaterialState::File:
    case MaterialState::Licence:
    case MaterialState::Reused:
    case MaterialState::OriginalReturned:
        return true;
    case MaterialState::Missing:
    case MaterialState::Deferred:
    case MaterialState::Deficient:
        return false;
    }
    return false;
}

const ChecklistEntry* IntakeDraft::entry(const QString& materialId) const
{
    for (const ChecklistEntry& e : checklist) {
        if (e.materialId == materialId)
            return &e;
    }
    return nullptr;
}

QString IntakeLabels::materialState(MaterialState state)
{
    switch (state) {
    case MaterialState::Missing:
        return tr("missing");
    case MaterialState::Scanned:
        return tr("scanned");
    case MaterialState::File:
        return tr("file handed in");
    case MaterialState::Licence:
        return tr("from the licence library");
    case MaterialState::Reused:
        return tr("reused from an earlier case");
    case MaterialState::OriginalReturned:
        return tr("original seen and returned");
    case MaterialState::Deferred:
        return tr("deferred");
    case MaterialState::Deficient:
        return tr("deficient");
    }
    return {};
}

QString IntakeLabels::refusalCategory(RefusalCategory category)
{
    switch (category) {
    case RefusalCategory::NotRequired:
        return tr("The matter needs no licence");
    case RefusalCategory::NotInRemit:
        return tr("Not within this department's remit");
    case RefusalCategory::NotEligible:
        return tr("The applicant does not meet the acceptance conditions");
    case RefusalCategory::Other:
        return tr("Other reason");
    }
    return {};
}

QString IntakeLabels::approvalKind(ApprovalKind kind)
{
    return kind == ApprovalKind::Refusal ? tr("refusal") : tr("acceptance with missing materials");
}

QString IntakeLabels::chooseItemFirst()
{
    return tr("Choose the item first.");
}

QString IntakeLabels::selfApproval()
{
    return tr("A supervisor never approves a case they take in themselves: another supervisor approves it.");
}

QString IntakeLabels::notDeferrable(const QString& materialName)
{
    return tr("\"%1\" is a key material: it cannot follow later (容缺).").arg(materialName);
}

QString IntakeLabels::dueDateNeeded(const QString& materialName)
{
    return tr("\"%1\": a deferred material needs a due date after today.").arg(materialName);
}

} // namespace yc::intake
