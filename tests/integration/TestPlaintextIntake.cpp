// The whole intake flow a window runs, through the code the intake screen drives, with every logging
// category at debug: the applicant from a card read by the simulated reader (CardReaderService), the
// item, the materials (one scanned by the simulated scanner through ScannerService, encoded as the
// screen encodes it), the acceptance (IntakeSession, CaseDecider) with its notice rendered and
// printed to a PDF file, the session locked and unlocked, and the case synced to the reference
// platform. Then the captured log of this process and every byte of the window's data directory are
// searched for the applicant's name, ID number, address and card expiry (kept with the draft) and
// for a run of the scanned material's bytes, in every form PlaintextScanner knows: none may be
// found. Self-checks show the search finds each value where it must be (the values planted in a
// buffer, the scan in the material as sent).
#define YC_TEST_FONTS
#include "IdNumbers.h"
#include "PlaintextScanner.h"
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "core/identity/IdCard.h"
#include "devices/CardReaderService.h"
#include "devices/DeviceManager.h"
#include "devices/ScannerService.h"
#include "intake/CaseDecider.h"
#include "intake/IntakeSession.h"
#include "materials/PageEncoder.h"
#include "materials/PdfWriter.h"
#include "materials/ScanAssembler.h"
#include "storage/NoticeRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/CatalogFeedImporter.h"
#include "sync/CurrentStaff.h"
#include "sync/SessionLock.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>

using namespace yc;
using namespace yc::intake;
using yc::test::PlaintextScanner;

namespace {

const QString FoodLicenceNew = QStringLiteral("000117003001-210200000000-000-11210200YC000001X0-1-00");

// Every message of this process (all categories, debug included) while it lives; warnings and worse
// also go on to the handler before it (the test log).
class LogCapture
{
public:
    LogCapture()
    {
        QMutexLocker lock(&s_mutex);
        s_text.clear();
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
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
    static inline QMutex s_mutex;
    static inline QByteArray s_text;
    static inline QtMessageHandler s_previous = nullptr;
};

QString fresh(const QString& name)
{
    return test::TestEnvironment::current()->freshDir(name);
}

} // namespace

class TestPlaintextIntake : public QObject
{
    Q_OBJECT

private slots:
    void intakeFlowLeavesNoPlaintext()
    {
        QVERIFY2(qEnvironmentVariable("QT_LOGGING_RULES").contains(QStringLiteral("*.debug=true")),
                 "run with QT_LOGGING_RULES=*.debug=true (ctest sets it)");
        LogCapture logs;
        test::PlatformFixture platform(fresh(QStringLiteral("p-plain-intake")));
        QVERIFY(platform.start());
        test::WindowClient client;
        QVERIFY(client.create(fresh(QStringLiteral("c-plain-intake")), platform.baseUrl()));
        QCOMPARE(client.enrol(), QString());
        QCOMPARE(client.signIn(QStringLiteral("c1001")), QString());
        sync::CatalogFeedImporter importer(client.store->database().path(), client.clock);
        auto engine = client.engine();
        QVERIFY(engine);
        engine->setCatalogSink(&importer);
        const sync::PassReport first = engine->runUntilIdle(60000, true); // catalog, calendar, leases
        QVERIFY2(first.lastError.isEmpty(), qPrintable(first.lastError));
        QVERIFY(storage::CatalogRepository(client.store->database()).item(FoodLicenceNew).ok());

        // The applicant from the simulated reader, with a card of this test's own (the reader's
        // training card bears the name of a training clerk, whose name the store keeps in clear).
        const QString cardFile = QDir(fresh(QStringLiteral("plain-intake-card"))).filePath(QStringLiteral("card.json"));
        {
            QFile f(cardFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QJsonObject cardJson{{QStringLiteral("name"), QStringLiteral("样例庚辛")},
                                       {QStringLiteral("gender"), QStringLiteral("女")},
                                       {QStringLiteral("ethnicity"), QStringLiteral("01")},
                                       {QStringLiteral("birthDate"), QStringLiteral("1985-03-12")},
                                       {QStringLiteral("address"), QStringLiteral("辽宁省大连市样例区测试街七十七号")},
                                       {QStringLiteral("idNumber"),
                                        test::residentId(QStringLiteral("210202"), QStringLiteral("19850312"), 77)},
                                       {QStringLiteral("issuer"), QStringLiteral("大连市公安局样例分局")},
                                       {QStringLiteral("validFrom"), QStringLiteral("2020-01-01")},
                                       {QStringLiteral("validTo"), QStringLiteral("2039-07-23")}};
            QVERIFY(f.write(QJsonDocument(cardJson).toJson()) > 0);
        }
        devices::DeviceManager readers({QStringLiteral(YC_BIN_DIR "/../plugins/idcard")});
        devices::CardReaderService reader(readers, client.clock);
        plugins::idcard::ReaderConfig readerConfig;
        readerConfig.port = cardFile;
        QVERIFY(reader.open(QStringLiteral("simulated"), readerConfig));
        QTRY_COMPARE_WITH_TIMEOUT(reader.status(), devices::CardReaderService::Status::Ready, 10000);
        QSignalSpy read(&reader, &devices::CardReaderService::cardRead);
        reader.readCard(5000);
        QVERIFY(read.wait(10000));
        const auto card = read.first().at(0).value<identity::IdCard>();
        QVERIFY(card.numberValid);
        QCOMPARE(card.name, QStringLiteral("样例庚辛"));
        QVERIFY(!card.name.isEmpty() && card.idNumber.size() == 18);
        Party applicant;
        applicant.identity.idType = QStringLiteral("resident");
        applicant.identity.idNumber = card.idNumber;
        applicant.identity.name = card.name;
        applicant.identity.address = card.address;
        applicant.identity.gender = card.genderCode;
        applicant.identity.photo = card.photo;
        applicant.identity.phone = QStringLiteral("13800007777");
        reader.close();

        // A material from the simulated scanner, encoded as the intake screen encodes it.
        devices::DeviceManager scanners(QStringList(), {QStringLiteral(YC_BIN_DIR "/../plugins/scanner")});
        devices::ScannerService scanner(scanners);
        std::vector<materials::MaterialPage> pages;
        connect(&scanner, &devices::ScannerService::pageScanned, this,
                [&pages](const plugins::scanner::ScannedPage& page, int) {
                    pages.push_back(materials::PageEncoder::encode(materials::ScanAssembler::toImage(page)));
                });
        QSignalSpy scanned(&scanner, &devices::ScannerService::finished);
        plugins::scanner::ScanSettings settings;
        settings.options.insert(QStringLiteral("pages"), 1);
        QVERIFY(scanner.start(QStringLiteral("simulated"), settings));
        QVERIFY(scanned.wait(30000));
        QCOMPARE(pages.size(), std::size_t(1));
        MaterialEvidence scan;
        scan.state = MaterialState::Scanned;
        scan.form = MaterialForm::Copy;
        scan.content = materials::PdfWriter::write(pages);
        scan.mimeType = QStringLiteral("application/pdf");
        QVERIFY(scan.content.size() > 4096);
        // A run from the middle of the page's compressed image: found nowhere but in the material.
        const QByteArray scanRun = scan.content.mid(scan.content.size() / 2, 48);

        // The case, as the intake screen drives it, accepted with its notice rendered for real.
        const IntakeContext context{client.store->database(),
                                    client.store->cipher(),
                                    client.dataDir,
                                    client.clock,
                                    WorkCalendar::bundled(),
                                    {},
                                    {},
                                    {}};
        IntakeSession session(context);
        auto draft = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
        QVERIFY(draft.ok());
        const QString d = draft.value();
        MaterialEvidence seen;
        seen.state = MaterialState::OriginalReturned;
        YC_VERIFY_OK(session.setApplicant(d, applicant));
        QCOMPARE(card.validTo, QDate(2039, 7, 23));
        YC_VERIFY_OK(session.setCardValidTo(d, card.validTo)); // kept with the draft, as the screen keeps it
        YC_VERIFY_OK(session.setItem(d, FoodLicenceNew));
        YC_VERIFY_OK(session.setSituations(d, {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                               {QStringLiteral("s2"), QStringLiteral("s2a")},
                                               {QStringLiteral("s3"), QStringLiteral("s3a")}}));
        YC_VERIFY_OK(session.setMaterial(d, QStringLiteral("m1"), scan));
        YC_VERIFY_OK(session.setMaterial(d, QStringLiteral("m2"), seen));
        YC_VERIFY_OK(session.setMaterial(d, QStringLiteral("m3"), seen));
        YC_VERIFY_OK(session.setMaterial(d, QStringLiteral("m4"), scan));
        YC_VERIFY_OK(session.setMaterial(d, QStringLiteral("m5"), scan));
        auto accepted = CaseDecider(context).accept(d);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QVERIFY(!accepted.value().notices.isEmpty());
        const IssuedNotice& notice = accepted.value().notices.first();
        QVERIFY2(notice.pdf.startsWith("%PDF"), qPrintable(notice.renderError));

        // Printed to a PDF file the clerk chose (the citizen's copy: outside the data directory).
        const QString printDir = fresh(QStringLiteral("plain-intake-print"));
        QFile printed(QDir(printDir).filePath(QStringLiteral("notice.pdf")));
        QVERIFY(printed.open(QIODevice::WriteOnly));
        QCOMPARE(printed.write(notice.pdf), notice.pdf.size());
        printed.close();
        QVERIFY(storage::NoticeRepository(client.store->database(), client.store->cipher(), client.clock)
                    .recordPrint(notice.noticeId, QStringLiteral("c1001"), storage::PrintOutput::PdfFile)
                    .ok());

        // The window locked and unlocked in between (the lock screen names the clerk, never the citizen).
        sync::CurrentStaff current;
        current.set({QStringLiteral("c1001"), QStringLiteral("c1001"), QStringLiteral("测试甲"),
                     QStringLiteral("clerk"), false},
                    client.clock.now());
        sync::SessionLock lock(client.store->database(), client.store->cipher(), client.clock, current);
        YC_VERIFY_OK(lock.lock(sync::LockReason::Demand));
        QVERIFY(!lock.unlock({}, QStringLiteral("wrong password")).ok());
        YC_VERIFY_OK(lock.unlock({}, QStringLiteral("train-c1001")));

        // Synced to the reference platform.
        const sync::PassReport sent = engine->runUntilIdle(60000, true);
        QVERIFY2(sent.lastError.isEmpty(), qPrintable(sent.lastError));
        QCOMPARE(client.store->database()
                     .count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'"))
                     .valueOr(-1),
                 0);
        engine.reset();
        client.close();

        PlaintextScanner scanner2;
        QVERIFY(scanner2.add(QStringLiteral("applicant name"), applicant.identity.name));
        QVERIFY(scanner2.add(QStringLiteral("applicant ID number"), applicant.identity.idNumber));
        QVERIFY(scanner2.add(QStringLiteral("applicant ID number, first 17"), applicant.identity.idNumber.left(17)));
        QVERIFY(scanner2.add(QStringLiteral("applicant address"), applicant.identity.address));
        QVERIFY(scanner2.add(QStringLiteral("applicant phone"), applicant.identity.phone));
        QVERIFY(scanner2.add(QStringLiteral("card expiry"), card.validTo.toString(Qt::ISODate)));
        QVERIFY(scanner2.addBytes(QStringLiteral("scanned material"), scanRun));

        // Self-checks: the search finds what it looks for.
        QVERIFY(!scanner2.scan(QStringLiteral("self-check name"), "x " + applicant.identity.name.toUtf8() + " y")
                     .isEmpty());
        QVERIFY(!scanner2.scan(QStringLiteral("self-check material"), scan.content).isEmpty());
        QVERIFY(!scanner2.scan(QStringLiteral("self-check material base64"), scan.content.toBase64()).isEmpty());

        const QByteArray logText = LogCapture::text();
        QVERIFY2(logText.size() > 1000, "debug logging was on and the flow logged");
        QVERIFY2(logText.contains("yc.sync"), "the sync engine's messages were captured");
        QList<PlaintextScanner::Hit> hits = scanner2.scan(QStringLiteral("log of this process"), logText);
        hits += scanner2.scanTree(client.dataDir);
        QVERIFY2(scanner2.filesScanned() >= 4, "the store, its key, its settings and the materials were searched");
        qInfo("searched %d files, %lld bytes, for %d values in %d forms", scanner2.filesScanned(),
              scanner2.bytesScanned(), scanner2.values(), scanner2.needles());
        QVERIFY2(hits.isEmpty(), qPrintable(test::describe(hits)));
    }
};

YC_TEST_MAIN(TestPlaintextIntake)
#include "TestPlaintextIntake.moc"
