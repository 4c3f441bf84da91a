#include "core/CaseModel.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace yc {

namespace {

template<typename E, std::size_t N>
using Names = std::array<std::pair<E, const char*>, N>;

constexpr Names<Decision, 4> DecisionNames{{{Decision::Accepted, "accepted"},
                                            {Decision::AcceptedWithMissing, "accepted-with-missing"},
                                            {Decision::CorrectionNotified, "correction-notified"},
                                            {Decision::Refused, "refused"}}};

constexpr Names<CaseLifecycle, 2> LifecycleNames{
    {{CaseLifecycle::Draft, "draft"}, {CaseLifecycle::Decided, "decided"}}};

constexpr Names<DepartmentStatus, 7> StatusNames{{{DepartmentStatus::Submitted, "submitted"},
                                                  {DepartmentStatus::UnderReview, "under-review"},
                                                  {DepartmentStatus::CorrectionRequested, "correction-requested"},
                                                  {DepartmentStatus::Supplemented, "supplemented"},
                                                  {DepartmentStatus::Completed, "completed"},
                                                  {DepartmentStatus::Delivered, "delivered"},
                                                  {DepartmentStatus::Refused, "refused"}}};

constexpr Names<SyncState, 6> SyncStateNames{{{SyncState::Queued, "queued"},
                                              {SyncState::Uploading, "uploading"},
                                              {SyncState::Submitting, "submitting"},
                                              {SyncState::Submitted, "submitted"},
                                              {SyncState::Failed, "failed"},
                                              {SyncState::Done, "done"}}};

constexpr Names<MaterialForm, 3> FormNames{
    {{MaterialForm::Original, "original"}, {MaterialForm::Copy, "copy"}, {MaterialForm::Electronic, "electronic"}}};

constexpr Names<MaterialSource, 3> SourceNames{
    {{MaterialSource::Upload, "upload"}, {MaterialSource::Licence, "licence"}, {MaterialSource::Reuse, "reuse"}}};

template<typename E, std::size_t N>
QString nameOf(const Names<E, N>& names, E value)
{
    for (const auto& [e, name] : names) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename E, std::size_t N>
QStringList allNames(const Names<E, N>& names)
{
    QStringList list;
    for (const auto& entry : names)
        list << QString::fromLatin1(entry.second);
    return list;
}

// Exact match only: no trimming, no case folding, so that a value read back is the value written.
template<typename E, std::size_t N>
Result<E> parse(const Names<E, N>& names, QStringView text, const char* code, const char* field)
{
    for (const auto& [e, name] : names) {
        if (text == QLatin1StringView(name))
            return e;
    }
    return makeError(QString::fromLatin1(code),
                     QCoreApplication::translate("yc::CaseModel", "Unknown %1 \"%2\" (expected one of: %3).")
                         .arg(QCoreApplication::translate("yc::CaseModel", field), text.toString(),
                              allNames(names).join(QStringLiteral(", "))));
}

} // namespace

QString toString(Decision value)
{
    return nameOf(DecisionNames, value);
}

QString toString(CaseLifecycle value)
{
    return nameOf(LifecycleNames, value);
}

QString toString(DepartmentStatus value)
{
    return nameOf(StatusNames, value);
}

QString toString(SyncState value)
{
    return nameOf(SyncStateNames, value);
}

QString toString(MaterialForm value)
{
    return nameOf(FormNames, value);
}

QString toString(MaterialSource value)
{
    return nameOf(SourceNames, value);
}

Result<Decision> decisionFromString(QStringView text)
{
    return parse(DecisionNames, text, "case.unknown-decision", QT_TRANSLATE_NOOP("yc::CaseModel", "decision"));
}

Result<CaseLifecycle> lifecycleFromString(QStringView text)
{
    return parse(LifecycleNames, text, "case.unknown-lifecycle", QT_TRANSLATE_NOOP("yc::CaseModel", "case lifecycle"));
}

Result<DepartmentStatus> departmentStatusFromString(QStringView text)
{
    return parse(StatusNames, text, "case.unknown-status", QT_TRANSLATE_NOOP("yc::CaseModel", "department status"));
}

Result<SyncState> syncStateFromString(QStringView text)
{
    return parse(SyncStateNames, text, "sync.unknown-state", QT_TRANSLATE_NOOP("yc::CaseModel", "sync state"));
}

Result<MaterialForm> materialFormFromString(QStringView text)
{
    return parse(FormNames, text, "material.unknown-form", QT_TRANSLATE_NOOP("yc::CaseModel", "material form"));
}

Result<MaterialSource> materialSourceFromString(QStringView text)
{
    return parse(SourceNames, text, "material.unknown-source", QT_TRANSLATE_NOOP("yc::CaseModel", "material source"));
}

} // namespace yc
