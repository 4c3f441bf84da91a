#pragma once

#include "core/Notice.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace yc::documents {

// The notices a window prints (受理通知书, 补正材料通知书, 不予受理通知书, 材料接收凭证, 容缺受理承诺书)
// as A4 PDF: the Chinese fonts embedded (Noto CJK, fonts-noto-cjk), text that copies out as written,
// the wording from NoticeTemplate, the shared parts from NoticeLayout and one body per kind.
// Needs a QGuiApplication (fonts).
class NoticePdf
{
    Q_DECLARE_TR_FUNCTIONS(yc::documents::NoticePdf)

public:
    [[nodiscard]] static Result<QByteArray> render(const NoticeData& notice);
    // Writes atomically (QSaveFile). Error codes document.unwritable, notice.template, document.text-map.
    [[nodiscard]] static Status write(const NoticeData& notice, const QString& path);

    // Whether the kind prints the applicant's ID number whole. Only the commitment letter does:
    // it is an undertaking signed by the applicant that the hall keeps and on which it may act
    // (credit record), so the signer must be identified fully. The other notices are handed to
    // the applicant and may be shown to others (a relative, a courier); they identify the case by
    // its number, so the ID number is masked there (110105********002X).
    [[nodiscard]] static bool printsWholeIdNumber(NoticeKind kind) { return kind == NoticeKind::Commitment; }
};

} // namespace yc::documents
