// The case store: a version-4 store holding cases in every old state upgrades to the lifecycle /
// department status split; drafts are saved, listed, loaded, deleted (files overwritten and gone)
// and decided atomically, and never reach the outbox before; case numbers come from the year of
// the Clock's "now" in China time, on both sides of New Year.
#include "FakeClock.h"
#include "IdNumbers.h"
#include "TestMain.h"
#include "core/DataLocation.h"
#include "storage/CaseNumberLeases.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/MaterialStore.h"
#include "storage/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace yc;
using namespace yc::storage;

namespace {

const QString ItemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");

// A new store with the clerks c1001 and c1002 (cases refer to their staff row).
std::unique_ptr<Store> openStore(const QString& dir)
{
    auto store = Store::open({dir, KeyStoreMode::File, CipherSuite::Aes256Gcm});
    if (!store) {
        qWarning("%s", qPrintable(store.error().message));
        return nullptr;
    }
    QSqlQuery q(store.value()->database().connection());
    if (!q.exec(QStringLiteral("INSERT INTO staff (id, login, display_name, role, updated_at) VALUES ('c1001', "
                               "'c1001', '测试甲', 'clerk', 't'), ('c1002', 'c1002', '样例乙', 'clerk', 't')")))
        return nullptr;
    return std::move(store.value());
}

qint64 count(Database& db, const QString& sql)
{
    auto n = db.count(sql);
    return n ? n.value() : -1;
}

QStringList materialFiles(const QString& dir)
{
    QStringList files;
    QDirIterator it(QDir(dir).filePath(MaterialStore::directoryName()), QDir::Files);
    while (it.hasNext())
        files << it.next();
    return files;
}

Applicant applicant(int n)
{
    Applicant a;
    a.idType = QStringLiteral("resident-id");
    a.idNumber = test::residentId(QStringLiteral("210202"), QStringLiteral("19800101"), n);
    a.name = QStringLiteral("测试甲");
    return a;
}

NewCase newCase(int n)
{
    NewCase c;
    c.itemCode = ItemCode;
    c.staffId = QStringLiteral("c1001");
    c.decision = Decision::Accepted;
    c.applicant = applicant(n);
    return c;
}

void addLease(Database& db, const QString& number, const QString& obtainedAt)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO case_number_leases (number, lease_id, obtained_at) VALUES (?, ?, ?)"));
    q.addBindValue(number);
    q.addBindValue(QString(QStringLiteral("L-") + number.section(QLatin1Char('-'), 1, 1)));
    q.addBindValue(obtainedAt);
    QVERIFY(q.exec());
}

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT

private slots:
    void upgradeFromVersion4()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("v4"));
        const QString path = QDir(dir).filePath(QStringLiteral("yichuang.db"));
        // Old state -> (outbox platform_status or empty, expected lifecycle, expected department status)
        struct Row
        {
            const char* state;
            const char* platformStatus;
            const char* lifecycle;
            const char* department; // "" = NULL
        };
        const Row rows[] = {
            {"draft", "", "draft", ""},
            {"queued", "", "decided", ""},
            {"uploading", "", "decided", ""},
            {"submitting", "", "decided", ""},
            {"failed", "", "decided", ""},
            {"submitted", "", "decided", "submitted"},
            {"submitted", "refused", "decided", "refused"},
            {"done", "", "decided", "submitted"},
            {"under-review", "under-review", "decided", "under-review"},
            {"correction-requested", "correction-requested", "decided", "correction-requested"},
            {"supplemented", "supplemented", "decided", "supplemented"},
            {"completed", "completed", "decided", "completed"},
            {"delivered", "delivered", "decided", "delivered"},
            {"refused", "refused", "decided", "refused"},
        };
        const int n = int(std::size(rows));
        {
            auto db = Database::open(path, 4);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO applicants (id, id_type, id_number_hmac, id_number_enc, "
                                          "name_enc, created_at, updated_at) VALUES ('a', 'resident-id', 'h', "
                                          "x'00', x'00', 't', 't')")));
            for (int i = 0; i < n; ++i) {
                q.prepare(QStringLiteral("INSERT INTO cases (id, case_number, item_code, item_version, applicant_id, "
                                         "state, decision, received_at, accepted_at, due_date, created_at, "
                                         "updated_at) VALUES (?, ?, ?, 1, 'a', ?, ?, '2026-11-27T01:00:00.000Z', "
                                         "'2026-11-27T01:00:00.000Z', '2026-12-10', 't', 't')"));
                q.addBindValue(QStringLiteral("case-%1").arg(i));
                q.addBindValue(QStringLiteral("21020001-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0')));
                q.addBindValue(ItemCode);
                q.addBindValue(QString::fromLatin1(rows[i].state));
                // The spelling older code used for a correction notice, on one row.
                q.addBindValue(i == 3 ? QStringLiteral("correction") : QStringLiteral("accepted"));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                if (QByteArrayView(rows[i].state) == "draft")
                    continue;
                q.prepare(QStringLiteral("INSERT INTO outbox (case_id, kind, state, created_at, platform_status) "
                                         "VALUES (?, 'case', ?, 't', ?)"));
                q.addBindValue(QStringLiteral("case-%1").arg(i));
                const QByteArrayView state(rows[i].state);
                q.addBindValue(state == "queued" || state == "uploading" || state == "submitting" || state == "failed"
                                   ? QString::fromLatin1(rows[i].state)
                                   : QStringLiteral("submitted"));
                q.addBindValue(*rows[i].platformStatus ? QVariant(QString::fromLatin1(rows[i].platformStatus))
                                                       : QVariant(QMetaType(QMetaType::QString)));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            // Materials (one electronic) and a notice hang off the cases: the rebuild must keep them.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO materials (id, case_id, name, status, file_path, size_bytes, "
                                          "sha256, created_at) VALUES ('m1', 'case-1', '申请书', 'received', "
                                          "'materials/x.yce', 10, 'aa', 't'), ('m2', 'case-1', '营业执照', "
                                          "'electronic', NULL, 0, NULL, 't'), ('m3', 'case-0', '身份证', "
                                          "'received', NULL, 0, NULL, 't')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notices (id, case_id, kind, issued_at) VALUES ('n1', "
                                          "'case-5', 'acceptance', 't')")));
        }
        auto db = Database::open(path);
        YC_VERIFY_OK(db);
        Database& d = *db.value();
        QCOMPARE(d.schemaVersion().valueOr(0), Database::latestSchemaVersion());
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM cases")), qint64(n));
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM outbox")), qint64(n - 1));
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM materials")), qint64(3));
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM notices")), qint64(1));
        QSqlQuery q(d.connection());
        for (int i = 0; i < n; ++i) {
            q.prepare(QStringLiteral("SELECT state, department_status, decision, case_number, due_date, situations "
                                     "FROM cases WHERE id = ?"));
            q.addBindValue(QStringLiteral("case-%1").arg(i));
            QVERIFY(q.exec() && q.next());
            const QString label = QStringLiteral("old state %1").arg(QString::fromLatin1(rows[i].state));
            QVERIFY2(q.value(0).toString() == QLatin1String(rows[i].lifecycle), qPrintable(label));
            if (*rows[i].department)
                QVERIFY2(q.value(1).toString() == QLatin1String(rows[i].department), qPrintable(label));
            else
                QVERIFY2(q.value(1).isNull(), qPrintable(label + QStringLiteral(": ") + q.value(1).toString()));
            QCOMPARE(q.value(2).toString(),
                     i == 3 ? QStringLiteral("correction-notified") : QStringLiteral("accepted"));
            QCOMPARE(q.value(3).toString(), QStringLiteral("21020001-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0')));
            QCOMPARE(q.value(4).toString(), QStringLiteral("2026-12-10"));
            QCOMPARE(q.value(5).toString(), QStringLiteral("{}"));
        }
        // The sync state stays in the outbox, untouched.
        QVERIFY(q.exec(QStringLiteral("SELECT state FROM outbox WHERE case_id = 'case-2'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("uploading"));
        // Existing materials keep what was always sent for them.
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT form || '/' || source FROM materials")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("copy/upload"));
        QVERIFY(!q.next());
        QVERIFY(d.integrityCheck().ok());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The new constraints hold.
        QVERIFY(!q.exec(QStringLiteral("UPDATE cases SET state = 'queued' WHERE id = 'case-1'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE cases SET department_status = 'uploading' WHERE id = 'case-1'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE cases SET decision = 'correction' WHERE id = 'case-1'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE materials SET form = 'scan' WHERE id = 'm1'")));
        // Cascades still point at the rebuilt table.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE id = 'case-0'")));
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM materials WHERE case_id = 'case-0'")), qint64(0));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM cases WHERE id = 'case-1'"))); // the outbox refers to it
    }

    void draftsLifecycle()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("drafts"));
        auto store = openStore(dir);
        QVERIFY(store);
        Database& db = store->database();
        test::FakeClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(8 * 3600)));
        DraftRepository drafts(db, store->cipher(), dir, clock);

        auto id = drafts.create(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
        QVERIFY(id.ok());
        auto other = drafts.create(QStringLiteral("c1002"));
        QVERIFY(other.ok());
        QVERIFY(drafts.saveApplicant(id.value(), applicant(1)).ok());
        QVERIFY(drafts.saveItem(id.value(), ItemCode, 3).ok());
        QVERIFY(drafts.saveSituations(id.value(), {{QStringLiteral("s1"), QStringLiteral("s1b")}}).ok());
        const QString notes = QStringLiteral("申请人测试甲代其母办理-NOTE-7c1e");
        QVERIFY(drafts.saveNotes(id.value(), notes).ok());
        NewCaseMaterial scan;
        scan.catalogMaterialId = QStringLiteral("m1");
        scan.name = QStringLiteral("申请书");
        scan.status = QStringLiteral("received");
        scan.form = MaterialForm::Original;
        scan.originalFileName = QStringLiteral("scan.pdf");
        scan.mimeType = QStringLiteral("application/pdf");
        scan.content = QByteArray("%PDF-DRAFT-SCAN-") + QByteArray(5000, 'd');
        auto m1 = drafts.addMaterial(id.value(), scan);
        QVERIFY(m1.ok());
        NewCaseMaterial licence;
        licence.catalogMaterialId = QStringLiteral("m2");
        licence.name = QStringLiteral("营业执照");
        licence.status = QStringLiteral("electronic");
        licence.form = MaterialForm::Electronic;
        licence.source = MaterialSource::Licence;
        QVERIFY(!drafts.addMaterial(id.value(), licence).ok()); // a licence material names its licence
        licence.licenceId = QStringLiteral("LIC-0001");
        QVERIFY(drafts.addMaterial(id.value(), licence).ok());
        auto spare = drafts.addMaterial(id.value(), scan);
        QVERIFY(spare.ok());
        QCOMPARE(materialFiles(dir).size(), 2);
        QVERIFY(drafts.removeMaterial(id.value(), spare.value()).ok());
        QCOMPARE(materialFiles(dir).size(), 1);

        // Saved encrypted: the notes are not in the database in clear.
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT notes_enc FROM cases WHERE notes_enc IS NOT NULL")) && q.next());
            QVERIFY(!q.value(0).toByteArray().contains("NOTE-7c1e"));
        }

        clock.advanceSecs(60);
        QVERIFY(drafts.saveSituations(other.value(), {}).ok()); // the other draft is now the newest
        auto all = drafts.list();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), std::size_t(2));
        QCOMPARE(all.value()[0].id, other.value());
        auto mine = drafts.list(QStringLiteral("c1001"));
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().size(), std::size_t(1));
        QCOMPARE(mine.value()[0].itemCode, ItemCode);
        QVERIFY(mine.value()[0].hasApplicant);
        QCOMPARE(mine.value()[0].materialCount, 2);

        auto loaded = drafts.load(id.value());
        QVERIFY(loaded.ok() && loaded.value());
        const Case& c = *loaded.value();
        QVERIFY(c.lifecycle == CaseLifecycle::Draft);
        QVERIFY(!c.decision);
        QCOMPARE(c.itemVersion, 3);
        QCOMPARE(c.situations.value(QStringLiteral("s1")), QStringLiteral("s1b"));
        QCOMPARE(c.notes, notes);
        QCOMPARE(c.windowCode, QStringLiteral("A01"));
        QCOMPARE(c.materials.size(), std::size_t(2));
        // Materials added in the same millisecond come back in id order (the order the case
        // document has always used), so look them up by their catalog id.
        const bool scanFirst = c.materials[0].catalogMaterialId == QLatin1String("m1");
        const CaseMaterial& scanned = c.materials[scanFirst ? 0 : 1];
        const CaseMaterial& fromLicence = c.materials[scanFirst ? 1 : 0];
        QCOMPARE(scanned.catalogMaterialId, QStringLiteral("m1"));
        QVERIFY(scanned.form == MaterialForm::Original);
        QVERIFY(scanned.source == MaterialSource::Upload);
        QCOMPARE(scanned.sha256.size(), 64);
        QVERIFY(fromLicence.form == MaterialForm::Electronic);
        QVERIFY(fromLicence.source == MaterialSource::Licence);
        QCOMPARE(fromLicence.licenceId, QStringLiteral("LIC-0001"));
        QVERIFY(fromLicence.sha256.isEmpty());
        QCOMPARE(MaterialStore(db, store->cipher(), dir).content(scanned.id).valueOr({}), scan.content);

        // Drafts never reach the outbox.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), qint64(0));

        // A draft without item or applicant cannot be decided.
        auto refusedDecision = drafts.decide(other.value(), Decision::Accepted);
        QVERIFY(!refusedDecision.ok());
        QCOMPARE(refusedDecision.error().code, QStringLiteral("case.incomplete"));

        clock.advanceSecs(60);
        QVERIFY(drafts.decide(id.value(), Decision::Refused, QDate(2026, 12, 10)).ok());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'case' AND state = 'queued'")),
                 qint64(1));
        auto decided = CaseRepository(db, store->cipher(), dir, clock).get(id.value());
        QVERIFY(decided.ok() && decided.value());
        QVERIFY(decided.value()->lifecycle == CaseLifecycle::Decided);
        QVERIFY(decided.value()->decision == std::optional<Decision>(Decision::Refused));
        QCOMPARE(decided.value()->promisedDate, QDate(2026, 12, 10));
        QVERIFY(!decided.value()->departmentStatus);
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT accepted_at, bytes_total FROM cases JOIN outbox ON outbox.case_id "
                                          "= cases.id")) &&
                    q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("2026-11-30T01:02:00.000Z"));
            QCOMPARE(q.value(1).toLongLong(), qint64(scan.content.size()));
        }
        // Decided: no longer a draft, not decided twice, not deletable as a draft.
        QCOMPARE(drafts.decide(id.value(), Decision::Accepted).error().code, QStringLiteral("case.decided"));
        QCOMPARE(drafts.saveNotes(id.value(), QStringLiteral("x")).error().code, QStringLiteral("case.decided"));
        QCOMPARE(drafts.remove(id.value()).error().code, QStringLiteral("case.decided"));
        QCOMPARE(drafts.load(id.value()).error().code, QStringLiteral("case.decided"));
        QCOMPARE(drafts.list().value().size(), std::size_t(1));
    }

    void deleteDraftRemovesFilesAndApplicant()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("delete"));
        auto store = openStore(dir);
        QVERIFY(store);
        Database& db = store->database();
        DraftRepository drafts(db, store->cipher(), dir);
        auto id = drafts.create(QStringLiteral("c1001"));
        QVERIFY(id.ok());
        QVERIFY(drafts.saveApplicant(id.value(), applicant(7)).ok());
        NewCaseMaterial scan;
        scan.name = QStringLiteral("申请书");
        scan.status = QStringLiteral("received");
        scan.content = QByteArray(3000, 's');
        QVERIFY(drafts.addMaterial(id.value(), scan).ok());
        QVERIFY(drafts.addMaterial(id.value(), scan).ok());
        QCOMPARE(materialFiles(dir).size(), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM applicants")), qint64(1));

        QVERIFY(drafts.remove(id.value()).ok());
        QCOMPARE(materialFiles(dir).size(), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM materials")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM cases")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM applicants")), qint64(0));
        QCOMPARE(drafts.remove(id.value()).error().code, QStringLiteral("draft.missing"));

        // An applicant who also has a decided case stays.
        CaseRepository cases(db, store->cipher(), dir);
        QVERIFY(cases.accept(newCase(8)).ok());
        auto again = drafts.create(QStringLiteral("c1001"));
        QVERIFY(again.ok());
        QVERIFY(drafts.saveApplicant(again.value(), applicant(8)).ok());
        QVERIFY(drafts.remove(again.value()).ok());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM applicants")), qint64(1));
    }

    void decideIsAtomic()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("atomic"));
        auto store = openStore(dir);
        QVERIFY(store);
        Database& db = store->database();
        test::FakeClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0), QTimeZone(8 * 3600)));
        addLease(db, QStringLiteral("21020001-2026-000001"), QStringLiteral("2026-05-01T00:00:00Z"));
        DraftRepository drafts(db, store->cipher(), dir, clock);
        auto id = drafts.create(QStringLiteral("c1001"));
        QVERIFY(id.ok());
        QVERIFY(drafts.saveApplicant(id.value(), applicant(2)).ok());
        QVERIFY(drafts.saveItem(id.value(), ItemCode, 1).ok());
        // The outbox write, the last step but the audit row, fails: a stray entry for this case
        // collides with the one-entry-per-case index.
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO outbox (case_id, kind, state, created_at) VALUES (?, 'case', 'failed', "
                                 "'t')"));
        q.addBindValue(id.value());
        QVERIFY(q.exec());
        QVERIFY(!drafts.decide(id.value(), Decision::Accepted).ok());
        auto still = drafts.load(id.value());
        QVERIFY(still.ok() && still.value());
        QVERIFY(still.value()->lifecycle == CaseLifecycle::Draft);
        QVERIFY(!still.value()->decision);
        QVERIFY(still.value()->caseNumber.isEmpty()); // the number taken inside was given back
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM case_number_leases WHERE used_by_case IS NOT NULL")),
                 qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'case.accept'")), qint64(0));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox")));
        QVERIFY(drafts.decide(id.value(), Decision::Accepted).ok());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), qint64(1));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'case.accept'")), qint64(1));
        auto decided = CaseRepository(db, store->cipher(), dir, clock).get(id.value());
        QCOMPARE(decided.value()->caseNumber, QStringLiteral("21020001-2026-000001"));
    }

    void caseNumbersAcrossNewYear()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("newyear"));
        auto store = openStore(dir);
        QVERIFY(store);
        Database& db = store->database();
        // Last year's lease was obtained first, so "oldest lease first" would hand out 2026 numbers in 2027.
        addLease(db, QStringLiteral("21020001-2026-000001"), QStringLiteral("2026-12-01T00:00:00Z"));
        addLease(db, QStringLiteral("21020001-2026-000002"), QStringLiteral("2026-12-01T00:00:00Z"));
        addLease(db, QStringLiteral("21020001-2027-000001"), QStringLiteral("2026-12-20T00:00:00Z"));
        test::FakeClock clock(QDateTime(QDate(2026, 12, 31), QTime(23, 59), QTimeZone(8 * 3600)));
        CaseRepository cases(db, store->cipher(), dir, clock);
        auto number = [&](int n) {
            auto id = cases.accept(newCase(n));
            if (!id)
                return QString(QStringLiteral("error: ") + id.error().message);
            return cases.get(id.value()).value()->caseNumber;
        };
        QCOMPARE(number(1), QStringLiteral("21020001-2026-000001"));
        clock.set(QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone(8 * 3600)));
        QCOMPARE(number(2), QStringLiteral("21020001-2027-000001"));
        // Still 1 January in Beijing, written in UTC (31 December 16:00): no 2027 number is left, and
        // the 2026 leftover is not taken either; the case waits for a lease.
        clock.set(QDateTime(QDate(2026, 12, 31), QTime(16, 0), Qt::UTC));
        QCOMPARE(number(3), QString());
        // The case document's path (CaseNumberLeases, as CaseDocument::takeCaseNumber calls it) follows
        // the same rule: a moment before midnight in Beijing still takes the 2026 leftover.
        auto id = cases.accept(newCase(4));
        QVERIFY(id.ok());
        QVERIFY(cases.get(id.value()).value()->caseNumber.isEmpty());
        auto taken = CaseNumberLeases(db).take(id.value(), QDateTime(QDate(2026, 12, 31), QTime(15, 59), Qt::UTC));
        QVERIFY(taken.ok() && taken.value());
        QCOMPARE(taken.value()->number, QStringLiteral("21020001-2026-000002"));
        QCOMPARE(taken.value()->leaseId, QStringLiteral("L-2026"));
        QCOMPARE(cases.get(id.value()).value()->caseNumber, QStringLiteral("21020001-2026-000002"));
        // Taking again returns the number already bound.
        auto again = CaseNumberLeases(db).take(id.value(), QDateTime(QDate(2027, 6, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(again.value()->number, QStringLiteral("21020001-2026-000002"));
    }

    void storedStringsAreCheckedOnRead()
    {
        const QString dir = test::TestEnvironment::current()->freshDir(QStringLiteral("read"));
        auto store = openStore(dir);
        QVERIFY(store);
        CaseRepository cases(store->database(), store->cipher(), dir);
        auto id = cases.accept(newCase(9));
        QVERIFY(id.ok());
        QVERIFY(cases.setDepartmentStatus(id.value(), DepartmentStatus::UnderReview).ok());
        QVERIFY(cases.get(id.value()).value()->departmentStatus == DepartmentStatus::UnderReview);
        // recordSubmitted keeps a newer status from the change feed.
        QVERIFY(cases.recordSubmitted(id.value(), DepartmentStatus::Submitted, QStringLiteral("21020001-2026-000009"))
                    .ok());
        QVERIFY(cases.get(id.value()).value()->departmentStatus == DepartmentStatus::UnderReview);
        QCOMPARE(cases.get(id.value()).value()->caseNumber, QStringLiteral("21020001-2026-000009"));
        // A value written around the schema's checks (situations are free text) is refused on read.
        QSqlQuery q(store->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET situations = '[1]'")));
        auto broken = cases.get(id.value());
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, QStringLiteral("case.situations"));
    }
};

YC_TEST_MAIN(TestCaseStore)
#include "TestCaseStore.moc"
