#include "NoticeFixtures.h"

#include "storage/CaseNumberLeases.h"
#include "storage/CaseRepository.h"
#include "storage/NoticeRepository.h"
#include "storage/Store.h"

#include <QSqlQuery>

namespace yc::test {

Result<KeptNotice> keepSampleNotice(storage::Store& store, NoticeKind kind, const Clock& clock,
                                    const QString& caseNumber)
{
    const QDate date = clock.today();
    KeptNotice kept;
    kept.caseNumber = caseNumber.isEmpty() ? sampleCaseNumber(date) : caseNumber;
    kept.pdf = sampleNoticePdf(kind, date);
    if (kept.pdf.isEmpty())
        return makeError(QStringLiteral("test.render"), QStringLiteral("the sample notice cannot be rendered"));

    QSqlQuery q(store.database().connection());
    if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO staff (id, login, display_name, role, updated_at) VALUES "
                               "('c1001', 'c1001', '样例丙', 'clerk', '2026-03-02T00:00:00.000Z')")))
        return makeError(QStringLiteral("test.staff"), QStringLiteral("the clerk cannot be stored"));

    storage::CaseRepository cases(store.database(), store.cipher(), store.dataDir(), clock);
    auto existing = cases.findRef(kept.caseNumber);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        kept.caseId = existing.value()->id;
    } else {
        storage::NewCase c;
        c.itemCode = QStringLiteral("000117003001-210200000000-000-11210200YC000001X0-1-00");
        c.staffId = QStringLiteral("c1001");
        c.decision = Decision::Accepted;
        c.caseNumber = kept.caseNumber;
        // A given case number must come from this window's lease.
        const qint64 serial = kept.caseNumber.section(QLatin1Char('-'), -1).toLongLong();
        if (auto leased =
                storage::CaseNumberLeases(store.database())
                    .store(QStringLiteral("lease-sample"), kept.caseNumber.section(QLatin1Char('-'), 0, 0),
                           kept.caseNumber.section(QLatin1Char('-'), 1, 1).toInt(), serial, serial, clock.now());
            !leased)
            return leased.error();
        c.applicant.idType = QStringLiteral("resident-id");
        c.applicant.idNumber = sampleApplicantIdNumber();
        c.applicant.name = sampleApplicantName();
        auto id = cases.accept(c);
        if (!id)
            return id.error();
        kept.caseId = id.value();
    }

    storage::StoredNotice notice;
    notice.caseId = kept.caseId;
    notice.kind = kind;
    notice.pdf = kept.pdf;
    notice.staffId = QStringLiteral("c1001");
    auto noticeId = storage::NoticeRepository(store.database(), store.cipher(), clock).save(notice);
    if (!noticeId)
        return noticeId.error();
    kept.noticeId = noticeId.value();
    return kept;
}

} // namespace yc::test
