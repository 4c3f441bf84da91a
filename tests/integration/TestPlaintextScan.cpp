// Personal data must never reach the disk or a log in plaintext. First the storage alone (an
// applicant and a scanned material under each cipher suite); then the real paths of a window PC
// against the reference platform, with debug logging on: staff sign-in online and offline (right,
// wrong and mistyped) through yichuang-ctl, cases through CaseRepository::accept, an evaluation and
// a supplement queued as outbox payloads, the audit rows all of these write, `yichuang-ctl outbox
// export`, and the sync of everything (in yichuang-ctl and in this process). Every file under the
// test's folders, the export, the captured logs of this process and of each yichuang-ctl run, and
// the platform's request log are searched for every personal value in UTF-8, UTF-16LE/BE, GB18030,
// JSON \u escapes, hex and base64 (PlaintextScanner). Self-checks show the search finds each form
// when a value is planted, and that the unpacked export does hold the values.
#include "IdNumbers.h"
#include "PlaintextScanner.h"
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "core/Logging.h"
#include "storage/ApplicantRepository.h"
#include "storage/MaterialStore.h"
#include "storage/Store.h"
#include "sync/OfflineQueue.h"
#include "sync/StaffCredentials.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QUuid>

using namespace yc::storage;
using yc::test::PlaintextScanner;

namespace {

// Every message of this process (all categories, debug included) while it lives; warnings and
// worse also go on to the previous handler (the test log).
class LogCapture
{
public:
    LogCapture()
    {
        QMutexLocker lock(&s_mutex);
        s_text.clear();
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() { stop(); }
    void stop()
    {
        if (m_active)
            qInstallMessageHandler(s_previous);
        m_active = false;
    }
    static QByteArray text()
    {
        QMutexLocker lock(&s_mutex);
        return s_text;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_text += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
        }
        if (type != QtDebugMsg && type != QtInfoMsg && s_previous)
            s_previous(type, context, message);
    }
    bool m_active = true;
    static inline QMutex s_mutex;
    static inline QByteArray s_text;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

class TestPlaintextScan : public QObject
{
    Q_OBJECT

private slots:
    void noPlaintextOnDisk_data()
    {
        QTest::addColumn<int>("suite");
        QTest::newRow("aes") << int(CipherSuite::Aes256Gcm);
        QTest::newRow("sm4") << int(CipherSuite::Sm4CtrHmacSm3);
    }
    void noPlaintextOnDisk()
    {
        QFETCH(int, suite);
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("scan"));
        auto store = Store::open({dir, KeyStoreMode::File, CipherSuite(suite)});
        YC_VERIFY_OK(store);

        yc::Applicant applicant;
        applicant.idType = QStringLiteral("resident");
        applicant.idNumber = yc::test::residentId(QStringLiteral("210202"), QStringLiteral("19900101"), 123);
        applicant.name = QStringLiteral("测试甲乙丙");
        applicant.address = QStringLiteral("辽宁省大连市样例区测试街道九十九号");
        applicant.phone = QStringLiteral("13800009999");
        applicant.gender = QStringLiteral("1");
        applicant.photo = QByteArray("WLT-PHOTO-SYNTHETIC-BLOB-0123456789").repeated(10);
        ApplicantRepository applicants(store.value()->database(), store.value()->cipher());
        auto id = applicants.save(applicant);
        YC_VERIFY_OK(id);

        QSqlQuery q(store.value()->database().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (id, item_code, item_version, applicant_id, state, "
                                      "received_at, created_at, updated_at) VALUES ('case-1', 'ITEM', 1, '%1', "
                                      "'draft', '2026-03-02', '2026-03-02', '2026-03-02')")
                           .arg(id.value())));
        const QByteArray scan = QByteArray("%PDF-1.4 SYNTHETIC-SCAN-CONTENT-7f3a9c ") + QByteArray(4096, 'Q') +
                                QByteArray(" END-OF-SCAN-MARKER-51e2");
        MaterialStore materials(store.value()->database(), store.value()->cipher(), dir);
        MaterialRecord record;
        record.caseId = QStringLiteral("case-1");
        record.name = QStringLiteral("居民身份证");
        record.status = QStringLiteral("received");
        record.originalFileName = QStringLiteral("测试甲乙丙-身份证.pdf");
        record.mimeType = QStringLiteral("application/pdf");
        auto materialId = materials.add(record, scan);
        YC_VERIFY_OK(materialId);

        // Round trip works while the store is open.
        auto found = applicants.findByIdNumber(QStringLiteral("resident"), applicant.idNumber.toLower());
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->name, applicant.name);
        QCOMPARE(found.value()->photo, applicant.photo);
        QCOMPARE(materials.content(materialId.value()).value(), scan);
        QCOMPARE(materials.record(materialId.value()).value().originalFileName, record.originalFileName);

        PlaintextScanner scanner;
        scanner.add(QStringLiteral("applicant name"), applicant.name);
        scanner.add(QStringLiteral("applicant ID number"), applicant.idNumber);
        scanner.add(QStringLiteral("applicant ID number, first 17"), applicant.idNumber.left(17));
        scanner.add(QStringLiteral("applicant address"), applicant.address);
        scanner.add(QStringLiteral("applicant phone"), applicant.phone);
        scanner.add(QStringLiteral("scan file name"), record.originalFileName);
        scanner.add(QStringLiteral("scan content"), QStringLiteral("SYNTHETIC-SCAN-CONTENT-7f3a9c"));
        scanner.add(QStringLiteral("scan content end"), QStringLiteral("END-OF-SCAN-MARKER-51e2"));
        scanner.add(QStringLiteral("photo"), QStringLiteral("WLT-PHOTO-SYNTHETIC-BLOB"));

        // Scan while the store is open (WAL and shm present) and again after it is closed.
        for (int pass = 0; pass < 2; ++pass) {
            if (pass == 1)
                store.value().reset();
            const int filesBefore = scanner.filesScanned();
            const auto hits = scanner.scanTree(dir);
            QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("plaintext found: ") + yc::test::describe(hits)));
            QVERIFY(scanner.filesScanned() - filesBefore >= 3); // database, key, scan (and WAL while open)
        }
    }

    void realPathsLeaveNoPlaintext()
    {
        using namespace yc::test;
        // CMake runs this test with QT_LOGGING_RULES=*.debug=true: every category logs everything.
        QVERIFY2(lcSync().isDebugEnabled() && lcStorage().isDebugEnabled(),
                 "debug logging is off: run with QT_LOGGING_RULES=*.debug=true");
        QVERIFY2(PlaintextScanner::gb18030Available(), "this Qt cannot encode GB18030 (built without ICU)");
        LogCapture capture;
        qCDebug(lcSync) << "plaintext scan: capture canary 5c1e";
        QVERIFY(LogCapture::text().contains("yc.sync: plaintext scan: capture canary 5c1e"));

        TestEnvironment* env = TestEnvironment::current();
        const QString platformDir = env->freshDir(QStringLiteral("real-platform"));
        const QString unpackedDir = env->freshDir(QStringLiteral("real-unpacked"));
        const QString exportDir = env->freshDir(QStringLiteral("real-export"));
        PlatformFixture platform(platformDir);
        QVERIFY(platform.start());
        WindowClient client;
        QVERIFY(client.create(env->freshDir(QStringLiteral("real-window")), platform.baseUrl()));
        QCOMPARE(client.enrol(), QString());

        const QString password = QStringLiteral("train-c1001");
        const QString wrongPassword = QStringLiteral("wrong-Passw0rd-7731");
        const QString passphrase = QStringLiteral("export-passphrase-0042");
        yc::Applicant a;
        a.idType = QStringLiteral("resident-id");
        a.idNumber = residentId(QStringLiteral("210202"), QStringLiteral("19900101"), 123);
        a.name = QStringLiteral("测试甲乙丙");
        a.gender = QStringLiteral("1");
        a.address = QStringLiteral("辽宁省大连市样例区测试街道九十九号");
        a.phone = QStringLiteral("13800009999");
        a.photo = QByteArray("WLT-PHOTO-SYNTHETIC-BLOB-0123456789").repeated(10);
        yc::Applicant b;
        b.idType = QStringLiteral("resident-id");
        b.idNumber = residentId(QStringLiteral("110105"), QStringLiteral("19850615"), 77);
        b.name = QStringLiteral("样例丁戊");
        b.gender = QStringLiteral("2");
        b.address = QStringLiteral("北京市样例区演示路八号院");
        b.phone = QStringLiteral("13900001111");
        const QString evaluationComment = QStringLiteral("测试甲乙丙说窗口服务很好，电话13800009999");
        const QString supplementNote = QStringLiteral("补交测试甲乙丙的户口簿，联系电话13800009999");

        // yichuang-ctl with every category at debug; stdout and stderr of each run are scanned.
        QList<QPair<QString, QByteArray>> ctlLogs;
        auto ctl = [&](const QString& label, const QStringList& args, const QString& input) {
            CtlRun run = runCtl(client.dataDir, args, input.toUtf8() + '\n', 0,
                                {QStringLiteral("QT_LOGGING_RULES=*.debug=true")});
            ctlLogs.append({QStringLiteral("yichuang-ctl %1 (stdout, stderr)").arg(label), run.out + run.err});
            return run;
        };

        // Staff sign-in: online, a wrong password, an applicant's ID number typed as the staff id
        // (offline), and offline against the verifier.
        QCOMPARE(ctl(QStringLiteral("staff sign-in"),
                     {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"),
                      QStringLiteral("c1001")},
                     password)
                     .exitCode,
                 0);
        QVERIFY(ctl(QStringLiteral("staff sign-in, wrong password"),
                    {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"),
                     QStringLiteral("c1001")},
                    wrongPassword)
                    .exitCode > 0);
        QVERIFY(ctl(QStringLiteral("staff sign-in --offline, ID number typed"),
                    {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"), a.idNumber,
                     QStringLiteral("--offline")},
                    password)
                    .exitCode > 0);
        QCOMPARE(ctl(QStringLiteral("staff sign-in --offline"),
                     {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"),
                      QStringLiteral("c1001"), QStringLiteral("--offline")},
                     password)
                     .exitCode,
                 0);

        // Official case numbers for the cases below (an export needs them): leased by a sync pass.
        QCOMPARE(
            ctl(QStringLiteral("sync now (case numbers)"), {QStringLiteral("sync"), QStringLiteral("now")}, QString())
                .exitCode,
            0);

        // Two cases through CaseRepository::accept, an evaluation and a supplement queued.
        CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        NewCase first = client.makeCase(1, 0, 0);
        first.applicant = a;
        NewCaseMaterial idCard;
        idCard.catalogMaterialId = QStringLiteral("m1");
        idCard.name = QStringLiteral("居民身份证");
        idCard.status = QStringLiteral("received");
        idCard.mimeType = QStringLiteral("application/pdf");
        idCard.originalFileName = QStringLiteral("测试甲乙丙-身份证.pdf");
        idCard.content = QByteArray("%PDF-1.4 SYNTHETIC-SCAN-CONTENT-7f3a9c ") + QByteArray(90000, 'Q') +
                         QByteArray(" END-OF-SCAN-MARKER-51e2");
        first.materials.push_back(idCard);
        auto firstId = cases.accept(first);
        YC_VERIFY_OK(firstId);
        NewCase second = client.makeCase(2, 0, 0);
        second.applicant = b;
        NewCaseMaterial form = idCard;
        form.catalogMaterialId = QStringLiteral("m2");
        form.name = QStringLiteral("申请书");
        form.originalFileName = QStringLiteral("样例丁戊-申请书.pdf");
        form.content = QByteArray("%PDF-1.4 SECOND-SCAN-CONTENT-a41b77 ") + QByteArray(3000, 'R');
        second.materials.push_back(form);
        auto secondId = cases.accept(second);
        YC_VERIFY_OK(secondId);

        yc::sync::OfflineQueue queue(client.store->database(), client.store->cipher(), client.dataDir, client.clock);
        yc::sync::Evaluation evaluation;
        evaluation.level = 5;
        evaluation.overall = 5;
        evaluation.efficiency = 5;
        evaluation.service = 5;
        evaluation.attitude = 5;
        evaluation.comment = evaluationComment;
        auto evaluationId = queue.enqueueEvaluation(evaluation, firstId.value(), QStringLiteral("c1001"));
        YC_VERIFY_OK(evaluationId);
        yc::sync::NewSupplement supplement;
        supplement.caseId = firstId.value();
        supplement.staffId = QStringLiteral("c1001");
        supplement.note = supplementNote;
        NewCaseMaterial household = idCard;
        household.catalogMaterialId = QStringLiteral("m3");
        household.name = QStringLiteral("户口簿");
        household.originalFileName = QStringLiteral("测试甲乙丙-户口簿.pdf");
        household.content = QByteArray("%PDF-1.4 SUPPLEMENT-SCAN-CONTENT-3c9d0e ") + QByteArray(2000, 'S');
        supplement.materials.push_back(household);
        auto supplementId = queue.enqueueSupplement(supplement);
        YC_VERIFY_OK(supplementId);

        // The pending queue to removable media, then unpacked (as the platform operator would).
        const CtlRun exported = ctl(QStringLiteral("outbox export"),
                                    {QStringLiteral("outbox"), QStringLiteral("export"), exportDir}, passphrase);
        QVERIFY2(exported.exitCode == 0, exported.err.right(2000).constData());
        const QJsonObject summary = QJsonDocument::fromJson(exported.out.trimmed()).object();
        QCOMPARE(summary.value(QLatin1String("cases")).toInt(), 2);
        QCOMPARE(summary.value(QLatin1String("supplements")).toInt(), 1);
        QCOMPARE(ctl(QStringLiteral("outbox unpack"),
                     {QStringLiteral("outbox"), QStringLiteral("unpack"),
                      summary.value(QLatin1String("file")).toString(), unpackedDir},
                     passphrase)
                     .exitCode,
                 0);

        // Everything to the platform: first by yichuang-ctl, then a third case by the engine here.
        QCOMPARE(ctl(QStringLiteral("sync now"),
                     {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--until-empty"),
                      QStringLiteral("--timeout"), QStringLiteral("60")},
                     QString())
                     .exitCode,
                 0);
        NewCase third = client.makeCase(3, 0, 0);
        third.applicant = b;
        form.content = QByteArray("%PDF-1.4 THIRD-SCAN-CONTENT-d2e6f1 ") + QByteArray(70000, 'T');
        third.materials.push_back(form);
        QVERIFY(cases.accept(third).ok());
        {
            auto engine = client.engine();
            QVERIFY(engine);
            const yc::sync::PassReport report = engine->runUntilIdle(60000, true);
            QCOMPARE(report.submitted, 1);
        }
        QCOMPARE(client.store->database()
                     .count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'"))
                     .valueOr(-1),
                 0);
        QVERIFY(client.store->database()
                    .count(QStringLiteral("SELECT count(*) FROM audit WHERE action IN ('case.accept', "
                                          "'staff.sign-in-failed', 'outbox.export', 'supplement.queue', "
                                          "'evaluation.queue')"))
                    .valueOr(0) >= 7);

        yc::sync::StaffCredentials credentials(client.store->database(), client.store->cipher());
        auto tokens = credentials.tokens(QStringLiteral("c1001"));
        QVERIFY(tokens.ok());

        PlaintextScanner scanner;
        for (const auto& [label, applicant] :
             {std::pair{QStringLiteral("applicant A"), a}, std::pair{QStringLiteral("applicant B"), b}}) {
            QVERIFY(scanner.add(label + QStringLiteral(" name"), applicant.name));
            QVERIFY(scanner.add(label + QStringLiteral(" ID number"), applicant.idNumber));
            QVERIFY(scanner.add(label + QStringLiteral(" ID number, first 17"), applicant.idNumber.left(17)));
            QVERIFY(scanner.add(label + QStringLiteral(" address"), applicant.address));
            QVERIFY(scanner.add(label + QStringLiteral(" phone"), applicant.phone));
        }
        QVERIFY(scanner.add(QStringLiteral("photo"), QStringLiteral("WLT-PHOTO-SYNTHETIC-BLOB")));
        for (const QString& name : {idCard.originalFileName, form.originalFileName, household.originalFileName})
            QVERIFY(scanner.add(QStringLiteral("scan file name"), name));
        for (const char* marker :
             {"SYNTHETIC-SCAN-CONTENT-7f3a9c", "END-OF-SCAN-MARKER-51e2", "SECOND-SCAN-CONTENT-a41b77",
              "SUPPLEMENT-SCAN-CONTENT-3c9d0e", "THIRD-SCAN-CONTENT-d2e6f1"})
            QVERIFY(scanner.add(QStringLiteral("scan content"), QString::fromLatin1(marker)));
        QVERIFY(scanner.add(QStringLiteral("evaluation comment"), evaluationComment));
        QVERIFY(scanner.add(QStringLiteral("supplement note"), supplementNote));
        QVERIFY(scanner.add(QStringLiteral("staff password"), password));
        QVERIFY(scanner.add(QStringLiteral("wrong password typed"), wrongPassword));
        QVERIFY(scanner.add(QStringLiteral("export passphrase"), passphrase));
        QVERIFY(scanner.add(QStringLiteral("staff access token"), tokens.value().access));
        QVERIFY(scanner.add(QStringLiteral("staff refresh token"), tokens.value().refresh));

        // The unpacked export holds the cases: the values are there to be found (not scanned below).
        {
            PlaintextScanner probe = scanner;
            QStringList found;
            for (const auto& hit : probe.scanTree(unpackedDir))
                found << hit.what;
            for (const QString& what : {QStringLiteral("applicant A ID number"), QStringLiteral("applicant A name"),
                                        QStringLiteral("applicant B ID number"), QStringLiteral("scan content"),
                                        QStringLiteral("supplement note")})
                QVERIFY2(found.contains(what), qPrintable(QStringLiteral("not in the unpacked export: ") + what));
        }

        // Everything this test wrote (window data, export, home and config folders) except the
        // platform's side (its data, its log: it inherits the debug rules, and Qt HttpServer then logs
        // request headers) and the unpacked export; with the store open and again closed; the logs.
        const QStringList excluded{platformDir, platform.logPath(), unpackedDir};
        QList<PlaintextScanner::Hit> hits = scanner.scanTree(env->root(), excluded);
        const int filesOpen = scanner.filesScanned();
        client.store.reset();
        hits += scanner.scanTree(env->root(), excluded);
        const int files = scanner.filesScanned();
        const qint64 fileBytes = scanner.bytesScanned();
        const QByteArray ownLog = LogCapture::text();
        hits += scanner.scan(QStringLiteral("log of this process"), ownLog);
        qint64 ctlLogBytes = 0;
        for (const auto& [label, log] : std::as_const(ctlLogs)) {
            hits += scanner.scan(label, log);
            ctlLogBytes += log.size();
        }
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("plaintext found: ") + describe(hits)));
        QVERIFY(filesOpen >= 5); // database, WAL, key, three scans at least
        QVERIFY(QDir(exportDir).entryList(QDir::Files).size() == 1);

        // The search finds each form when a value is planted: in a file it walks (under the window's
        // materials folder), and in a log line.
        const QByteArray utf8 = a.name.toUtf8();
        QList<QPair<QString, QByteArray>> planted{
            {QStringLiteral("utf-8"), "x" + utf8 + "y"},
            {QStringLiteral("utf-16le"),
             QByteArray("\xff\xfe") + QByteArray(reinterpret_cast<const char*>(a.name.utf16()), a.name.size() * 2)},
            {QStringLiteral("gb18030"), "name=" + PlaintextScanner::gb18030(a.name)},
            {QStringLiteral("json-\\u"), "{\"name\":\"\\u6d4b\\u8bd5\\u7532\\u4e59\\u4e19\"}"},
            {QStringLiteral("json-\\U"), "{\"name\":\"\\u6D4B\\u8BD5\\u7532\\u4E59\\u4E19\"}"},
            {QStringLiteral("hex"), "0x" + utf8.toHex()},
        };
        QByteArray be;
        for (QChar c : a.name)
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        planted.append({QStringLiteral("utf-16be"), be});
        for (int shift = 0; shift < 3; ++shift) {
            const QByteArray blob = QByteArray(shift + 6, '\x5a') + utf8 + QByteArray(5 - shift, '\xa5');
            planted.append({QStringLiteral("base64+%1").arg(shift), "data:" + blob.toBase64() + "=="});
            planted.append({QStringLiteral("base64url+%1").arg(shift),
                            blob.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)});
        }
        const QString plantedFile = client.dataDir + QStringLiteral("/materials/planted.bin");
        for (const auto& [form, bytes] : std::as_const(planted)) {
            QFile f(plantedFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(100, '\0') + bytes + QByteArray(100, '\0'));
            f.close();
            // A URL-safe core without '-' or '_' is the standard one: listed once, under that name.
            QStringList expected{form};
            if (form.startsWith(QStringLiteral("base64url+"))) {
                const int shift = form.right(1).toInt();
                if (PlaintextScanner::base64Core(utf8, shift, true) == PlaintextScanner::base64Core(utf8, shift, false))
                    expected << QStringLiteral("base64+%1").arg(shift);
            }
            const auto found = scanner.scanTree(env->root(), excluded);
            QVERIFY2(found.size() == 1 && found.first().what == QStringLiteral("applicant A name") &&
                         expected.contains(found.first().form) && found.first().where == plantedFile,
                     qPrintable(form + QStringLiteral(": ") + describe(found)));
            // The same bytes in a log line.
            const auto inLog = scanner.scan(QStringLiteral("planted log"), "yc.sync: " + bytes + '\n');
            QVERIFY2(inLog.size() == 1 && expected.contains(inLog.first().form), qPrintable(form));
        }
        QVERIFY(QFile::remove(plantedFile));
        QCOMPARE(planted.size(), 13);

        capture.stop();

        qInfo().noquote() << QStringLiteral(
                                 "plaintext scan: %1 personal values x %2 forms (%3) = %4 byte patterns; %5 files "
                                 "read in two passes (store open: %6, closed: %7; %8 bytes: database, WAL, shm, key, "
                                 "materials, export, settings), logs: this process %9 bytes, yichuang-ctl %10 runs "
                                 "%11 bytes; %12 hits; %13 planted forms found")
                                 .arg(scanner.values())
                                 .arg(scanner.forms().size())
                                 .arg(scanner.forms().join(QStringLiteral(", ")))
                                 .arg(scanner.needles())
                                 .arg(files)
                                 .arg(filesOpen)
                                 .arg(files - filesOpen)
                                 .arg(fileBytes)
                                 .arg(ownLog.size())
                                 .arg(ctlLogs.size())
                                 .arg(ctlLogBytes)
                                 .arg(hits.size())
                                 .arg(planted.size());
    }
};

YC_TEST_MAIN(TestPlaintextScan)
#include "TestPlaintextScan.moc"
