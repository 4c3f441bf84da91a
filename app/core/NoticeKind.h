#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace yc {

// The written notices a window hands over (DOMAIN.md, "Notices a window prints"; Administrative
// Licensing Law art. 32). Names are the stable identifiers used on the command line, in the store
// and in the verification code. Apart from Notice.h (the content of a notice), so that code that
// only names a kind (the notices kept with a case) needs nothing else.
enum class NoticeKind
{
    Acceptance, // 受理通知书
    Correction, // 补正材料通知书 (一次性告知书)
    Refusal,    // 不予受理通知书
    Receipt,    // 材料接收凭证
    Commitment, // 容缺受理承诺书
};

[[nodiscard]] QString noticeKindName(NoticeKind kind); // "acceptance", "correction", ...
[[nodiscard]] std::optional<NoticeKind> noticeKindFromName(const QString& name);
[[nodiscard]] QList<NoticeKind> allNoticeKinds();

} // namespace yc
