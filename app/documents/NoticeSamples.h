#pragma once

#include "core/Notice.h"
#include "core/WorkCalendar.h"

namespace yc::documents {

// Built-in synthetic notices, one per kind, for `yichuang-ctl notice render --sample` and the
// tests: a training hall, items from the training catalog, people named 样例甲/样例乙/样例丙 with
// generated ID numbers (valid check characters, no real person). The dates follow `acceptedOn`
// and `calendar`. No verification code (the caller signs one).
class NoticeSamples
{
public:
    [[nodiscard]] static NoticeData make(NoticeKind kind, const QDate& acceptedOn,
                                         const WorkCalendar& calendar = WorkCalendar::bundled());
};

} // namespace yc::documents
