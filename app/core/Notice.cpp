#include "core/Notice.h"

namespace yc {

namespace {
struct KindName
{
    NoticeKind kind;
    const char* name;
};
constexpr KindName kindNames[] = {
    {NoticeKind::Acceptance, "acceptance"}, {NoticeKind::Correction, "correction"}, {NoticeKind::Refusal, "refusal"},
    {NoticeKind::Receipt, "receipt"},       {NoticeKind::Commitment, "commitment"},
};
} // namespace

QString noticeKindName(NoticeKind kind)
{
    for (const auto& k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<NoticeKind> noticeKindFromName(const QString& name)
{
    for (const auto& k : kindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QList<NoticeKind> allNoticeKinds()
{
    QList<NoticeKind> kinds;
    for (const auto& k : kindNames)
        kinds << k.kind;
    return kinds;
}

void NoticeData::schedule(const WorkCalendar& calendar)
{
    if (onTheSpot() || !acceptedOn.isValid()) {
        promisedOn = {};
        promisedProvisional = false;
        return;
    }
    const WorkCalendar::Deadline deadline = calendar.addWorkingDays(acceptedOn, item.promisedWorkingDays);
    promisedOn = deadline.date;
    promisedProvisional = deadline.provisional;
}

QList<NoticeMaterial> NoticeData::materialsWith(MaterialStatus status) const
{
    QList<NoticeMaterial> found;
    for (const auto& m : materials) {
        if (m.status == status)
            found << m;
    }
    return found;
}

} // namespace yc
