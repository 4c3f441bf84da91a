#include "DamagedStore.h"
#include "IdNumbers.h"
#include "TestMain.h"
#include "VerifyOk.h"
#include "core/DataLocation.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using yc::storage::Database;
using yc::storage::FieldCipher;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString freshDb(const QString& name)
{
    return yc::test::TestEnvironment::current()->freshDir(name) + QStringLiteral("/yichuang.db");
}

// A store at the latest version with rows in it, closed cleanly (WAL checkpointed).
QString populatedDb(const QString& name)
{
    const QString path = freshDb(name);
    auto db = Database::open(path);
    if (!db)
        return {};
    QSqlQuery q(db.value()->connection());
    for (int i = 0; i < 200; ++i) {
        q.prepare(QStringLiteral("INSERT INTO audit (at, action, detail) VALUES (?, 'test', ?)"));
        q.addBindValue(QStringLiteral("2026-01-01T00:00:00"));
        q.addBindValue(QString(300, QLatin1Char('a' + i % 26)));
        q.exec();
    }
    return path;
}

// One sample row for a table, as the schema stood when the table was made (later migrations add
// columns with defaults, so the same row fits every later version too).
struct SampleRow
{
    QString table;
    QString sql;
    QVariantList values;
};

// A realistic, synthetic row for every table of the schema at `version`, parents before children
// (foreign keys are on). A migration that adds a table must add its row here: rowsForEveryTable()
// fails naming any table that has none. Personal data is encrypted with a test key, as the product
// stores it.
QList<SampleRow> sampleRows(int version, const FieldCipher& cipher)
{
    // Schema version 5 splits the case's lifecycle from its sync state (cases.state is 'draft' or
    // 'decided'), and adds the department's status, situations, encrypted notes and the materials'
    // form and source. Older stores keep the states that mixed the two, which 0005 maps.
    const bool lifecycle = version >= 5;
    // Schema version 6 rebuilds `notices` to keep each notice's encrypted PDF and its prints.
    const bool keptNotices = version >= 6;
    const QString at = QStringLiteral("2026-03-02T01:00:00.000Z");
    const QString idNumber = yc::test::residentId(QStringLiteral("210202"), QStringLiteral("19900101"), 11);
    const auto enc = [&](const QString& text, const char* place) {
        return QVariant(cipher.encrypt(text.toUtf8(), place).value());
    };
    const QString document = QStringLiteral(R"({"code":"T-1","name":"测试事项","version":1})");
    return {
        {QStringLiteral("meta"),
         QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
         {QStringLiteral("marker"), QStringLiteral("kept")}},
        {QStringLiteral("halls"),
         QStringLiteral("INSERT INTO halls (id, code, name, level, area_code, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("hall-1"), QStringLiteral("21020001"), QStringLiteral("测试区政务服务中心"),
          QStringLiteral("district"), QStringLiteral("210202"), at}},
        {QStringLiteral("staff"),
         QStringLiteral(
             "INSERT INTO staff (id, login, display_name, role, hall_id, active, updated_at) VALUES (?, ?, ?, "
             "?, ?, 1, ?)"),
         {QStringLiteral("c1001"), QStringLiteral("c1001"), QStringLiteral("测试乙"), QStringLiteral("clerk"),
          QStringLiteral("hall-1"), at}},
        {QStringLiteral("catalog_items"),
         QStringLiteral("INSERT INTO catalog_items (code, item_version, name, department, item_type, document, "
                        "catalog_version, updated_at) VALUES (?, 1, ?, ?, ?, ?, 1, ?)"),
         {QStringLiteral("T-1"), QStringLiteral("测试事项"), QStringLiteral("测试局"), QStringLiteral("许可"), document,
          at}},
        {QStringLiteral("applicants"),
         QStringLiteral("INSERT INTO applicants (id, id_type, id_number_hmac, id_number_enc, name_enc, gender, "
                        "address_enc, phone_enc, photo_enc, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?)"),
         {QStringLiteral("app-1"), QStringLiteral("resident-id"), cipher.blindIndex(idNumber.toUtf8()),
          enc(idNumber, "applicants.id_number_enc"), enc(QStringLiteral("测试甲"), "applicants.name_enc"),
          QStringLiteral("female"), enc(QStringLiteral("样例路 1 号"), "applicants.address_enc"),
          enc(QStringLiteral("13800000000"), "applicants.phone_enc"),
          enc(QStringLiteral("photo"), "applicants.photo_enc"), at, at}},
        lifecycle
            ? SampleRow{QStringLiteral("cases"),
                        QStringLiteral(
                            "INSERT INTO cases (id, case_number, item_code, item_version, applicant_id, staff_id, "
                            "hall_id, window_code, state, decision, department_status, situations, notes_enc, "
                            "received_at, accepted_at, due_date, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, "
                            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {QStringLiteral("case-1"), QStringLiteral("21020001-2026-000001"), QStringLiteral("T-1"),
                         QStringLiteral("app-1"), QStringLiteral("c1001"), QStringLiteral("hall-1"),
                         QStringLiteral("A01"), QStringLiteral("decided"), QStringLiteral("accepted"),
                         QStringLiteral("under-review"), QStringLiteral(R"({"S-1":"O-2"})"),
                         enc(QStringLiteral("测试备注"), "cases.notes_enc:case-1"), at, at,
                         QStringLiteral("2026-03-20"), at, at}}
            : SampleRow{QStringLiteral("cases"),
                        QStringLiteral(
                            "INSERT INTO cases (id, case_number, item_code, item_version, applicant_id, staff_id, "
                            "hall_id, window_code, state, decision, received_at, accepted_at, due_date, created_at, "
                            "updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {QStringLiteral("case-1"), QStringLiteral("21020001-2026-000001"), QStringLiteral("T-1"),
                         QStringLiteral("app-1"), QStringLiteral("c1001"), QStringLiteral("hall-1"),
                         QStringLiteral("A01"), QStringLiteral("accepted"), QStringLiteral("accepted"), at, at,
                         QStringLiteral("2026-03-20"), at, at}},
        lifecycle
            ? SampleRow{QStringLiteral("materials"),
                        QStringLiteral(
                            "INSERT INTO materials (id, case_id, catalog_material_id, name, status, file_name_enc, "
                            "file_path, size_bytes, mime_type, form, source, licence_id, created_at) VALUES (?, ?, "
                            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {QStringLiteral("mat-1"), QStringLiteral("case-1"), QStringLiteral("M-1"),
                         QStringLiteral("身份证复印件"), QStringLiteral("received"),
                         enc(QStringLiteral("scan.pdf"), "materials.file_name_enc"), QStringLiteral("materials/mat-1"),
                         1234, QStringLiteral("application/pdf"), QStringLiteral("original"), QStringLiteral("licence"),
                         QStringLiteral("licence-1"), at}}
            : SampleRow{QStringLiteral("materials"),
                        QStringLiteral(
                            "INSERT INTO materials (id, case_id, catalog_material_id, name, status, file_name_enc, "
                            "file_path, size_bytes, mime_type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {QStringLiteral("mat-1"), QStringLiteral("case-1"), QStringLiteral("M-1"),
                         QStringLiteral("身份证复印件"), QStringLiteral("received"),
                         enc(QStringLiteral("scan.pdf"), "materials.file_name_enc"), QStringLiteral("materials/mat-1"),
                         1234, QStringLiteral("application/pdf"), at}},
        keptNotices
            ? SampleRow{QStringLiteral("notices"),
                        QStringLiteral("INSERT INTO notices (id, case_id, kind, pdf_enc, sha256, verification, "
                                       "issued_at, staff_id, print_count, last_printed_at) VALUES (?, ?, ?, ?, ?, ?, "
                                       "?, ?, 2, ?)"),
                        {QStringLiteral("notice-1"), QStringLiteral("case-1"), QStringLiteral("acceptance"),
                         enc(QStringLiteral("%PDF-1.4 notice"), "notices.pdf_enc:notice-1:case-1:acceptance"),
                         QString(64, QLatin1Char('a')), QStringLiteral("YCN1|21020001-2026-000001|acceptance"), at,
                         QStringLiteral("c1001"), at}}
            : SampleRow{QStringLiteral("notices"),
                        QStringLiteral("INSERT INTO notices (id, case_id, kind, number, file_path, issued_at, "
                                       "issued_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {QStringLiteral("notice-1"), QStringLiteral("case-1"), QStringLiteral("acceptance"),
                         QStringLiteral("SL-2026-000001"), QStringLiteral("notices/notice-1.pdf"), at,
                         QStringLiteral("c1001")}},
        {QStringLiteral("outbox"),
         QStringLiteral("INSERT INTO outbox (case_id, kind, payload_enc, state, staff_id, attempts, last_attempt_at, "
                        "next_attempt_at, last_error, created_at) VALUES (?, ?, ?, ?, ?, 2, ?, ?, ?, ?)"),
         {QStringLiteral("case-1"), QStringLiteral("case"), enc(QStringLiteral("{}"), "outbox.payload_enc"),
          QStringLiteral("queued"), QStringLiteral("c1001"), at, at, QStringLiteral("platform unreachable"), at}},
        {QStringLiteral("audit"),
         QStringLiteral("INSERT INTO audit (at, staff_id, action, object_type, object_id, detail) VALUES (?, ?, ?, ?, "
                        "?, ?)"),
         {at, QStringLiteral("c1001"), QStringLiteral("case.accept"), QStringLiteral("case"), QStringLiteral("case-1"),
          QStringLiteral("item=T-1")}},
        {QStringLiteral("catalog_item_versions"),
         QStringLiteral("INSERT INTO catalog_item_versions (code, item_version, name, document, catalog_version, "
                        "archived_at) VALUES (?, 0, ?, ?, 0, ?)"),
         {QStringLiteral("T-1"), QStringLiteral("测试事项（旧）"), document, at}},
        {QStringLiteral("catalog_recent"),
         QStringLiteral("INSERT INTO catalog_recent (window_code, code, used_at, uses) VALUES (?, ?, ?, 3)"),
         {QStringLiteral("A01"), QStringLiteral("T-1"), at}},
        {QStringLiteral("case_number_leases"),
         QStringLiteral("INSERT INTO case_number_leases (number, lease_id, expires_at, obtained_at, used_by_case) "
                        "VALUES (?, ?, ?, ?, ?)"),
         {QStringLiteral("21020001-2026-000001"), QStringLiteral("lease-1"), QStringLiteral("2026-04-01T00:00:00Z"), at,
          QStringLiteral("case-1")}},
        {QStringLiteral("device_enrolment"),
         QStringLiteral(
             "INSERT INTO device_enrolment (id, device_id, hall_name, hall_code, window_code, platform_url, "
             "algorithm, public_key_der, private_key_enc, enrolled_at, enrolled_by) VALUES (1, ?, ?, ?, ?, ?, "
             "?, ?, ?, ?, ?)"),
         {QStringLiteral("device-1"), QStringLiteral("测试区政务服务中心"), QStringLiteral("21020001"),
          QStringLiteral("A01"), QStringLiteral("https://127.0.0.1:8443"), QStringLiteral("ecdsa-p256"),
          QByteArray("public key der"), enc(QStringLiteral("private key"), "device_enrolment.private_key_enc"), at,
          QStringLiteral("a1001")}},
        {QStringLiteral("staff_credentials"),
         QStringLiteral("INSERT INTO staff_credentials (staff_id, login, display_name, role, kdf, salt, verifier, "
                        "last_online_at, token_enc, token_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("c1001"), QStringLiteral("c1001"), QStringLiteral("测试乙"), QStringLiteral("clerk"),
          QStringLiteral("scrypt:N=16384,r=8,p=1"), QByteArray(16, 's'), QByteArray(32, 'v'), at,
          enc(QStringLiteral("token"), "staff_credentials.token_enc:c1001"), at}},
        {QStringLiteral("approvals"),
         QStringLiteral("INSERT INTO approvals (approval_id, case_id, kind, status, requested_by, requested_at, "
                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("approval-1"), QStringLiteral("case-1"), QStringLiteral("refusal"), QStringLiteral("pending"),
          QStringLiteral("c1001"), at, at}},
        {QStringLiteral("intake_cases"),
         QStringLiteral("INSERT INTO intake_cases (case_id, agent_id, form_enc, refusal_category, refusal_text_enc, "
                        "handed_over_enc, completed_at, clock_paused_from, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                        "?)"),
         {QStringLiteral("case-1"), QStringLiteral("app-1"),
          enc(QStringLiteral(R"({"phone":"13800000000"})"), "intake_cases.form_enc:case-1"),
          QStringLiteral("not-eligible"), enc(QStringLiteral("测试理由"), "intake_cases.refusal_text_enc:case-1"),
          enc(QStringLiteral("测试证书"), "intake_cases.handed_over_enc:case-1"), at, QStringLiteral("2026-03-02"),
          at}},
        {QStringLiteral("intake_materials"),
         QStringLiteral("INSERT INTO intake_materials (case_id, catalog_material_id, state, material_id, reason_enc, "
                        "due_date, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("case-1"), QStringLiteral("M-1"), QStringLiteral("deferred"), QStringLiteral("mat-1"),
          enc(QStringLiteral("测试说明"), "intake_materials.reason_enc:case-1:M-1"), QStringLiteral("2026-03-20"), at}},
        {QStringLiteral("case_status_changes"),
         QStringLiteral("INSERT INTO case_status_changes (case_id, status, at) VALUES (?, ?, ?)"),
         {QStringLiteral("case-1"), QStringLiteral("correction-requested"), at}},
        {QStringLiteral("intake_approvals"),
         QStringLiteral("INSERT INTO intake_approvals (approval_id, case_id, kind, mode, status, subject, reason_enc, "
                        "deferred, requested_by, requested_at, supervisor_id, decided_at, note, cited, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
         {QStringLiteral("approval-2"), QStringLiteral("case-1"), QStringLiteral("accept-with-missing"),
          QStringLiteral("remote"), QStringLiteral("approved"), QString(64, QLatin1Char('a')),
          enc(QStringLiteral("测试说明"), "intake_approvals.reason_enc:approval-2"), QStringLiteral("M-1"),
          QStringLiteral("c1001"), at, QStringLiteral("s2001"), at, QStringLiteral("同意"), at}},
    };
}

QStringList tablesOf(const QSqlDatabase& db)
{
    QStringList tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

// What must survive an upgrade, per table: its rows by key (declared primary key, else rowid), and
// every BLOB value (encrypted personal data, which no migration can rewrite without the key).
struct TableSnapshot
{
    QMap<QString, QMap<QString, QByteArray>> blobsByKey;
};

TableSnapshot snapshot(const QSqlDatabase& db, const QString& table, const QStringList& blobColumns, QString* error)
{
    QStringList keyColumns;
    QSqlQuery info(db);
    info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    QMap<int, QString> pk;
    while (info.next())
        if (info.value(5).toInt() > 0)
            pk.insert(info.value(5).toInt(), info.value(1).toString());
    keyColumns = pk.values();
    if (keyColumns.isEmpty())
        keyColumns << QStringLiteral("rowid");
    QStringList columns = keyColumns;
    for (const QString& c : blobColumns)
        columns << QLatin1Char('"') + c + QLatin1Char('"');
    QSqlQuery q(db);
    TableSnapshot s;
    if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(columns.join(u','), table))) {
        *error = table + QStringLiteral(": ") + q.lastError().text();
        return s;
    }
    while (q.next()) {
        QStringList key;
        for (int i = 0; i < keyColumns.size(); ++i)
            key << q.value(i).toString();
        QMap<QString, QByteArray>& blobs = s.blobsByKey[key.join(u'|')];
        for (int i = 0; i < blobColumns.size(); ++i)
            blobs.insert(blobColumns[i], q.value(keyColumns.size() + i).toByteArray());
    }
    return s;
}

QStringList blobColumnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList blobs;
    QSqlQuery info(db);
    info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    while (info.next())
        if (info.value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0)
            blobs << info.value(1).toString();
    return blobs;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void createsLatest()
    {
        const QString path = freshDb(QStringLiteral("create"));
        auto db = Database::open(path);
        YC_VERIFY_OK(db);
        QCOMPARE(db.value()->schemaVersion().value(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QVERIFY(db.value()->integrityCheck().ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char* table :
             {"staff", "halls", "catalog_items", "cases", "applicants", "materials", "notices", "outbox", "audit"}) {
            QVERIFY2(db.value()->count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).ok(), table);
        }
    }

    // For every schema version: a store made by the migrations up to it, with a row in every table
    // it has, upgraded to the latest version. Every row and every encrypted value survives, and the
    // integrity and foreign key checks hold.
    void upgradesStoresWithRowsInEveryTable_data()
    {
        QTest::addColumn<int>("from");
        // The versions the migrations make (their numbers need not be consecutive).
        QList<int> versions{0};
        const QStringList files =
            QDir(QStringLiteral(":/yc/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& file : files)
            versions << file.left(4).toInt();
        QCOMPARE(versions.constLast(), Database::latestSchemaVersion());
        for (int v : std::as_const(versions))
            QTest::addRow("from-%d", v) << v;
    }
    void upgradesStoresWithRowsInEveryTable()
    {
        QFETCH(int, from);
        const FieldCipher cipher(QByteArray(FieldCipher::DataKeySize, 'm'), yc::storage::CipherSuite::Aes256Gcm);
        const QString path = freshDb(QStringLiteral("rows"));
        QStringList tables;
        QMap<QString, QStringList> blobColumns;
        QMap<QString, TableSnapshot> before;
        {
            auto old = Database::open(path, from);
            YC_VERIFY_OK(old);
            QCOMPARE(old.value()->schemaVersion().value(), from);
            const QSqlDatabase db = old.value()->connection();
            tables = tablesOf(db);
            const QList<SampleRow> rows = sampleRows(from, cipher);
            QSet<QString> known;
            for (const SampleRow& row : rows) {
                known.insert(row.table);
                if (!tables.contains(row.table))
                    continue; // made by a later migration
                QSqlQuery q(db);
                QVERIFY2(q.prepare(row.sql), qPrintable(row.table + QStringLiteral(": ") + q.lastError().text()));
                for (const QVariant& v : row.values)
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(QStringLiteral("sample row for %1 at schema version %2: %3")
                                                  .arg(row.table)
                                                  .arg(from)
                                                  .arg(q.lastError().text())));
            }
            for (const QString& table : std::as_const(tables)) {
                QVERIFY2(known.contains(table),
                         qPrintable(QStringLiteral("table %1 exists at schema version %2 but has no sample row: add "
                                                   "one to sampleRows() in TestMigrations.cpp")
                                        .arg(table)
                                        .arg(from)));
                const qint64 n = old.value()->count(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).value();
                QVERIFY2(n >= 1, qPrintable(table + QStringLiteral(" has no row before the upgrade")));
                blobColumns.insert(table, blobColumnsOf(db, table));
                QString error;
                before.insert(table, snapshot(db, table, blobColumns.value(table), &error));
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            QVERIFY(old.value()->integrityCheck().ok());
        }
        if (from == 0)
            QVERIFY(tables.isEmpty());
        else
            QVERIFY(tables.contains(QStringLiteral("cases")));

        auto db = Database::open(path);
        YC_VERIFY_OK(db);
        QCOMPARE(db.value()->schemaVersion().value(), Database::latestSchemaVersion());
        const auto integrity = db.value()->integrityCheck(); // integrity_check and foreign_key_check
        YC_VERIFY_OK(integrity);
        const QStringList after = tablesOf(db.value()->connection());
        for (const QString& table : std::as_const(tables)) {
            QVERIFY2(after.contains(table), qPrintable(table + QStringLiteral(" is gone after the upgrade")));
            QString error;
            const TableSnapshot now = snapshot(db.value()->connection(), table, blobColumns.value(table), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(now.blobsByKey.keys(), before.value(table).blobsByKey.keys());
            for (auto it = now.blobsByKey.cbegin(); it != now.blobsByKey.cend(); ++it) {
                for (auto blob = it.value().cbegin(); blob != it.value().cend(); ++blob)
                    QVERIFY2(blob.value() == before.value(table).blobsByKey.value(it.key()).value(blob.key()),
                             qPrintable(QStringLiteral("%1.%2 of row %3 changed in the upgrade from version %4")
                                            .arg(table, blob.key(), it.key())
                                            .arg(from)));
            }
        }
        // The encrypted values still open with their key and place.
        if (tables.contains(QStringLiteral("applicants"))) {
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT name_enc FROM applicants WHERE id = 'app-1'")) && q.next());
            QCOMPARE(cipher.decrypt(q.value(0).toByteArray(), "applicants.name_enc").value(),
                     QStringLiteral("测试甲").toUtf8());
        }
        if (from >= 1)
            QCOMPARE(db.value()->meta(QStringLiteral("marker")).value(), QStringLiteral("kept"));
        // A decided case stays decided, whatever state an older schema gave it.
        if (tables.contains(QStringLiteral("cases"))) {
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT state, decision FROM cases WHERE id = 'case-1'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("decided"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("accepted"));
        }
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString path = populatedDb(QStringLiteral("newer"));
        QVERIFY(!path.isEmpty());
        {
            auto db = Database::open(path);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        }
        const QByteArray before = fileHash(path);
        auto inspected = Database::inspect(path);
        QVERIFY(!inspected.ok());
        QCOMPARE(inspected.error().code, QStringLiteral("db.newer-schema"));
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("db.newer-schema"));
        QCOMPARE(fileHash(path), before);
    }

    void corruptFileIsRefusedUntouched()
    {
        const QString path = populatedDb(QStringLiteral("corrupt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 16384);
        // Overwrite one of the audit table's pages near the end of the file, header included.
        f.seek((f.size() / 4096 - 3) * 4096);
        f.write(QByteArray(2000, '\xA5'));
        f.close();
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("db.corrupt"));
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    // A file whose header and schema read well but whose integrity check fails: with the check
    // deferred it opens (the caller checks it later), the later check finds it, a full open refuses
    // it; nothing is written to it.
    void deferredCheckOpensDamagedFileAndLaterCheckFindsIt()
    {
        const QString path = populatedDb(QStringLiteral("damaged-index"));
        QVERIFY(!path.isEmpty());
        const QString damaged = yc::test::damageIndexPage(path);
        QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
        const QByteArray before = fileHash(path);

        auto header = Database::inspect(path, Database::Check::HeaderOnly);
        YC_VERIFY_OK(header);
        QCOMPARE(header.value().version, Database::latestSchemaVersion());
        {
            auto deferred = Database::open(path, -1, Database::Check::HeaderOnly);
            YC_VERIFY_OK(deferred);
        }
        auto full = Database::inspect(path);
        QVERIFY(!full.ok());
        QCOMPARE(full.error().code, QStringLiteral("db.corrupt"));
        QVERIFY2(full.error().message.contains(path), qPrintable(full.error().message));
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("db.corrupt"));
        QCOMPARE(fileHash(path), before);
    }

    // The same damage in a file that needs a migration: checked in full before it is migrated, even
    // when the caller defers the check; refused untouched.
    void fileToMigrateIsCheckedInFullFirst()
    {
        const QString path = freshDb(QStringLiteral("damaged-old"));
        const int old = Database::latestSchemaVersion() - 1;
        {
            auto db = Database::open(path, old);
            YC_VERIFY_OK(db);
        }
        const QString damaged = yc::test::damageIndexPage(path, old);
        QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
        const QByteArray before = fileHash(path);
        YC_VERIFY_OK(Database::inspect(path, Database::Check::HeaderOnly)); // the header alone reads well
        auto opened = Database::open(path, -1, Database::Check::HeaderOnly);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("db.corrupt"));
        QCOMPARE(fileHash(path), before);
    }

    // The store over such a file: StoreOptions::deferIntegrityCheck opens it, Store::checkIntegrity
    // (what the window runs in the background) finds the damage, the default options refuse it.
    void storeDefersItsIntegrityCheck()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("damaged-store"));
        yc::storage::StoreOptions options{dir, yc::storage::KeyStoreMode::File, yc::storage::CipherSuite::Aes256Gcm};
        YC_VERIFY_OK(yc::storage::Store::open(options));
        const QString path = yc::DataLocation::databasePath(dir);
        const QString damaged = yc::test::damageIndexPage(path);
        QVERIFY2(damaged.isEmpty(), qPrintable(damaged));

        auto refused = yc::storage::Store::open(options);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("db.corrupt"));
        options.deferIntegrityCheck = true;
        auto store = yc::storage::Store::open(options);
        YC_VERIFY_OK(store);
        const yc::Status check = yc::storage::Store::checkIntegrity(dir);
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, QStringLiteral("db.corrupt"));
        QVERIFY2(check.error().message.contains(QStringLiteral("integrity check")), qPrintable(check.error().message));
    }

    void nonDatabaseIsRefusedUntouched()
    {
        const QString path = freshDb(QStringLiteral("garbage"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is a text file, not a database\n").repeated(200));
        f.close();
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("db.not-a-database"));
        QCOMPARE(fileHash(path), before);
    }

    void failedTransactionRollsBack()
    {
        auto db = Database::open(freshDb(QStringLiteral("tx")));
        QVERIFY(db.ok());
        auto r = db.value()->transaction([&]() -> yc::Status {
            if (auto s = db.value()->setMeta(QStringLiteral("half"), QStringLiteral("written")); !s)
                return s;
            return yc::makeError(QStringLiteral("test.fail"), QStringLiteral("fail on purpose"));
        });
        QVERIFY(!r.ok());
        QCOMPARE(db.value()->meta(QStringLiteral("half")).value(), QString());
    }

    // A transaction that reads, then writes, while another connection writes in between (the sync
    // engine's pass while the intake page saves a draft): the transaction holds the write lock from
    // its start, so its write cannot fail as a stale read snapshot; the other writer waits instead.
    void transactionHoldsTheWriteLockFromItsStart()
    {
        const QString path = freshDb(QStringLiteral("tx-lock"));
        auto first = Database::open(path);
        QVERIFY(first.ok());
        auto second = Database::open(path);
        QVERIFY(second.ok());
        QSqlQuery shortWait(second.value()->connection());
        QVERIFY(shortWait.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        bool otherWriterWrote = true;
        auto r = first.value()->transaction([&]() -> yc::Status {
            if (auto read = first.value()->meta(QStringLiteral("counter")); !read)
                return read.error();
            otherWriterWrote = second.value()->setMeta(QStringLiteral("other"), QStringLiteral("x")).ok();
            return first.value()->setMeta(QStringLiteral("counter"), QStringLiteral("1"));
        });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(!otherWriterWrote); // it had to wait for the lock (here: gave up after 50 ms)
        QCOMPARE(second.value()->meta(QStringLiteral("counter")).value(), QStringLiteral("1"));
    }
};

YC_TEST_MAIN(TestMigrations)
#include "TestMigrations.moc"
