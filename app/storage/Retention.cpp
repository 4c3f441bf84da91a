#include "storage/Retention.h"

#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/IntakeRepository.h"
#include "storage/MaterialStore.h"
#include "storage/NoticeRepository.h"
#include "storage/OutboxRepository.h"

#include <QSqlQuery>

namespace yc::storage {

Retention::Retention(Database& database, const FieldCipher& cipher, QString dataDir, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{}

Result<RetentionReport> Retention::run(int days, bool dryRun)
{
    if (days < 1)
        return makeError(QStringLiteral("retention.days"), tr("The retention period must be at least one day."));
    RetentionReport report;
    report.dryRun = dryRun;
    report.days = days;
    CaseRepository cases(m_database, m_cipher, m_dataDir, m_clock);
    OutboxRepository outbox(m_database, m_clock);
    auto candidates = cases.completedBefore(m_clock.now().addDays(-days));
    if (!candidates)
        return candidates.error();
    for (const QString& caseId : candidates.value()) {
        auto settled = outbox.isSettled(caseId);
        if (!settled)
            return settled.error();
        if (!settled.value())
            continue; // not synced yet: kept until the platform holds everything
        MaterialStore materials(m_database, m_cipher, m_dataDir, m_clock);
        MaterialStore::PurgedFiles files;
        int notices = 0;
        auto purged = m_database.transaction([&]() -> Status {
            auto f = materials.purgeOfCaseWithin(caseId);
            if (!f)
                return f.error();
            files = f.value();
            auto n = NoticeRepository(m_database, m_cipher, m_clock).purgeWithin(caseId);
            if (!n)
                return n.error();
            notices = n.value();
            if (auto s = IntakeRepository(m_database, m_cipher, m_dataDir, m_clock).purgeWithin(caseId); !s)
                return s;
            if (auto s = outbox.purgePayloadsWithin(caseId); !s)
                return s;
            auto shared = false;
            auto applicantId = cases.markPurgedWithin(caseId);
            if (!applicantId)
                return applicantId.error();
            if (!applicantId.value().isEmpty()) {
                auto s = cases.applicantSharedWithLiveCase(applicantId.value(), caseId);
                if (!s)
                    return s.error();
                shared = s.value();
                if (!shared) {
                    if (auto p = ApplicantRepository(m_database, m_cipher, m_clock).purgeWithin(applicantId.value());
                        !p)
                        return p;
                }
            }
            if (auto a = AuditLog(m_database, m_clock)
                             .append({}, QStringLiteral("case.purge"), QStringLiteral("case"), caseId,
                                     QStringLiteral("files=%1 notices=%2 days=%3")
                                         .arg(files.relativePaths.size())
                                         .arg(notices)
                                         .arg(days));
                !a)
                return a;
            // A dry run counts what would go, then rolls everything back.
            return dryRun ? makeError(QStringLiteral("retention.dry-run"), QString()) : Status();
        });
        if (!purged && !(dryRun && purged.error().code == QLatin1String("retention.dry-run")))
            return purged.error();
        report.caseIds << caseId;
        report.materialFiles += int(files.relativePaths.size());
        report.materialBytes += files.bytes;
        report.notices += notices;
        if (!dryRun) {
            if (auto shredded = materials.shredFiles(files.relativePaths); !shredded)
                return shredded.error();
        }
    }
    return report;
}

} // namespace yc::storage
