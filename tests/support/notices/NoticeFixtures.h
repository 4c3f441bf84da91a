#pragma once

#include "core/Clock.h"
#include "core/NoticeKind.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace yc::storage {
class Store;
}

namespace yc::test {

// Kept notices for the printing tests: the built-in synthetic samples (NoticeSamples: a training
// hall, people named 样例甲 and 样例乙, generated ID numbers), rendered as the window renders them,
// and a decided case of the same number to keep them with. Needs a QGuiApplication (fonts).

// The applicant of every sample notice, as the samples print it.
[[nodiscard]] QString sampleApplicantName();
[[nodiscard]] QString sampleApplicantIdNumber();
// The sample's case number for `date` (21020001-<year>-000123).
[[nodiscard]] QString sampleCaseNumber(const QDate& date);
// The sample notice of `kind` as PDF (empty when it cannot be rendered), with `verification` as
// its QR code (none when empty) and the training watermark when `training`.
[[nodiscard]] QByteArray sampleNoticePdf(NoticeKind kind, const QDate& date, const QString& verification = {},
                                         bool training = false);

struct KeptNotice
{
    QString caseId;
    QString caseNumber;
    QString noticeId;
    QByteArray pdf;
};

// Makes the clerk c1001 (if absent) and a decided case numbered `caseNumber` (or the sample's)
// for the sample applicant, then keeps the sample notice of `kind` with it through
// NoticeRepository, issued by c1001.
[[nodiscard]] Result<KeptNotice> keepSampleNotice(storage::Store& store, NoticeKind kind, const Clock& clock,
                                                  const QString& caseNumber = {});

} // namespace yc::test
