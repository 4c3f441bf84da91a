#pragma once

// A store seeded with cases for the supervisor's dashboard, on Friday 9 October 2026 (China time):
//   A  A01 c1001  accepted 29 Sep, promised 9 Oct            -> yellow (0 working days left), on the platform
//   B  A01 c1001  accepted 28 Sep, promised 8 Oct            -> red, on the platform
//   H  A01 c1001  accepted 1 Sep, delivered 9 Sep; rated 非常不满意 on 10 Sep, no follow-up -> flagged
//   C  A02 c1002  received today, promised 30 Oct            -> green, waiting to sync
//   D  A01 c1001  received today, refused without a reason   -> flagged, waiting to sync
//   E  A02 c1002  accepted with missing 8 Oct; deferred m5 due 8 Oct not handed in; correction
//                 requested 8 Oct                           -> paused, flagged, deferred due, waiting for correction
//   F  A02 c1002  refused 8 Oct with a reason                -> nothing to flag
//   G  A01 c1001  accepted 29 Sep, completed 8 Oct           -> 2 working days of handling
// Applicants are the synthetic 测试甲 with generated ID numbers.
#include "FakeClock.h"
#include "IdNumbers.h"
#include "core/Masking.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"
#include "sync/OfflineQueue.h"
#include "sync/PlatformConnector.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <map>
#include <string>

namespace yc::test {

struct SupervisionSeed
{
    std::map<std::string, QString> ids; // letter -> case id
    QString applicantName = QStringLiteral("测试甲");
    QString applicantIdNumber;
};

inline QDateTime chinaTime(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(8 * 3600));
}

inline QDateTime supervisionToday()
{
    return chinaTime(2026, 10, 9, 15);
}

inline bool execSql(storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning("seed: %s", qPrintable(sql.left(80)));
        return false;
    }
    return true;
}

inline std::optional<SupervisionSeed> seedSupervisionCases(storage::Store& store, FakeClock& clock)
{
    storage::Database& db = store.database();
    SupervisionSeed seed;
    if (!execSql(db, QStringLiteral("INSERT OR IGNORE INTO staff (id, login, display_name, role, updated_at) VALUES "
                                    "('c1001', 'c1001', '测试甲', 'clerk', 't'), ('c1002', 'c1002', '样例乙', "
                                    "'clerk', 't'), ('s2001', 's2001', '样例丙', 'supervisor', 't')")))
        return std::nullopt;
    for (int n = 1; n <= 8; ++n) {
        if (!execSql(db, QStringLiteral("INSERT INTO case_number_leases (number, lease_id, obtained_at) VALUES "
                                        "('21020001-2026-%1', 'L-2026', '2026-09-01T00:00:00.000Z')")
                             .arg(n, 6, 10, QLatin1Char('0'))))
            return std::nullopt;
    }
    storage::CaseRepository cases(db, store.cipher(), store.dataDir(), clock);
    const QString item = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
    int seq = 0;
    auto add = [&](const char* letter, const QDateTime& at, const char* window, const char* staff, Decision decision,
                   const QDate& promised, const QString& notes = {}) -> bool {
        clock.set(at);
        storage::NewCase c;
        c.itemCode = item;
        c.staffId = QLatin1String(staff);
        c.windowCode = QLatin1String(window);
        c.decision = decision;
        c.receivedAt = at;
        c.promisedDate = promised;
        c.notes = notes;
        c.applicant.idType = QStringLiteral("resident-id");
        c.applicant.idNumber = residentId(QStringLiteral("210202"), QStringLiteral("19800101"), ++seq);
        c.applicant.name = seed.applicantName;
        if (seed.applicantIdNumber.isEmpty())
            seed.applicantIdNumber = c.applicant.idNumber;
        auto id = cases.accept(c);
        if (!id) {
            qWarning("seed: %s", qPrintable(id.error().message));
            return false;
        }
        seed.ids[letter] = id.value();
        return true;
    };
    const QDate none;
    if (!add("H", chinaTime(2026, 9, 1, 10), "A01", "c1001", Decision::Accepted, QDate(2026, 9, 10)) ||
        !add("A", chinaTime(2026, 9, 29, 10), "A01", "c1001", Decision::Accepted, QDate(2026, 10, 9)) ||
        !add("B", chinaTime(2026, 9, 28, 10), "A01", "c1001", Decision::Accepted, QDate(2026, 10, 8)) ||
        !add("G", chinaTime(2026, 9, 29, 11), "A01", "c1001", Decision::Accepted, QDate(2026, 10, 30)) ||
        !add("E", chinaTime(2026, 10, 8, 9), "A02", "c1002", Decision::AcceptedWithMissing, QDate(2026, 10, 30)) ||
        !add("F", chinaTime(2026, 10, 8, 10), "A02", "c1002", Decision::Refused, none,
             QStringLiteral("不属于本机关职权范围")) ||
        !add("C", chinaTime(2026, 10, 9, 9), "A02", "c1002", Decision::Accepted, QDate(2026, 10, 30)) ||
        !add("D", chinaTime(2026, 10, 9, 10), "A01", "c1001", Decision::Refused, none))
        return std::nullopt;

    // The department's statuses as the change feed brought them.
    clock.set(chinaTime(2026, 9, 9, 16));
    if (!cases.setDepartmentStatus(seed.ids["H"], DepartmentStatus::Delivered))
        return std::nullopt;
    clock.set(chinaTime(2026, 10, 8, 16));
    if (!cases.setDepartmentStatus(seed.ids["E"], DepartmentStatus::CorrectionRequested) ||
        !cases.setDepartmentStatus(seed.ids["G"], DepartmentStatus::Completed) ||
        !cases.setDepartmentStatus(seed.ids["A"], DepartmentStatus::UnderReview) ||
        !cases.setDepartmentStatus(seed.ids["B"], DepartmentStatus::UnderReview) ||
        !cases.setDepartmentStatus(seed.ids["F"], DepartmentStatus::Refused))
        return std::nullopt;
    // A, B, E, F, G and H reached the platform; C and D wait.
    for (const char* letter : {"A", "B", "E", "F", "G", "H"}) {
        if (!execSql(
                db, QStringLiteral("UPDATE outbox SET state = 'submitted' WHERE case_id = '%1'").arg(seed.ids[letter])))
            return std::nullopt;
    }
    if (!execSql(db, QStringLiteral("INSERT INTO intake_materials (case_id, catalog_material_id, state, due_date, "
                                    "updated_at) VALUES ('%1', 'm5', 'deferred', '2026-10-08', 't')")
                         .arg(seed.ids["E"])))
        return std::nullopt;

    // 好差评: case H rated 非常不满意 on 10 Sep, never followed up.
    clock.set(chinaTime(2026, 9, 10, 12));
    sync::Evaluation e;
    e.level = 1;
    e.overall = 1;
    e.at = clock.now().toUTC();
    if (!sync::OfflineQueue(db, store.cipher(), store.dataDir(), clock)
             .enqueueEvaluation(e, seed.ids["H"], QStringLiteral("c1001")))
        return std::nullopt;
    clock.set(supervisionToday());
    return seed;
}

// What the hall query (PROTOCOL.md §15) answers besides: case A again, and a case of window B03 today.
inline std::vector<sync::CaseSummary> hallCases(const SupervisionSeed& seed)
{
    sync::CaseSummary again;
    again.caseId = seed.ids.at("A");
    again.caseNumber = QStringLiteral("21020001-2026-000002");
    again.windowNo = QStringLiteral("A01");
    again.staffId = QStringLiteral("c1001");
    again.decision = QStringLiteral("accepted");
    again.status = QStringLiteral("under-review");
    again.receivedAt = chinaTime(2026, 9, 29, 10);
    again.acceptedAt = again.receivedAt;
    again.promisedDate = QDate(2026, 10, 9);
    sync::CaseSummary other;
    other.caseId = QStringLiteral("0e0e0e0e-0000-4000-8000-00000000b003");
    other.caseNumber = QStringLiteral("21020001-2026-000900");
    other.windowNo = QStringLiteral("B03");
    other.staffId = QStringLiteral("c1003");
    other.itemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000002X0-1-00");
    other.decision = QStringLiteral("accepted");
    other.status = QStringLiteral("submitted");
    other.receivedAt = chinaTime(2026, 10, 9, 11);
    other.acceptedAt = other.receivedAt;
    other.promisedDate = QDate(2026, 10, 23);
    return {again, other};
}

} // namespace yc::test
