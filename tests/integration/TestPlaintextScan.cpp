// Personal data must never reach the disk in plaintext: store an applicant and a scanned material,
// then read every byte under the data directory (database, WAL, shared memory, key, scans) and
// look for the name, the ID number (in several encodings), the address, the phone and the scan.
#include "TestMain.h"
#include "storage/ApplicantRepository.h"
#include "storage/MaterialStore.h"
#include "storage/Store.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>

using namespace yc::storage;

namespace {

// Synthetic, valid-looking resident ID number (area 210202, born 1990-01-01, check char computed).
QString syntheticIdNumber()
{
    const QString body = QStringLiteral("21020219900101123");
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QString::fromLatin1("10X98765432").at(sum % 11);
}

QList<QByteArray> encodings(const QString& s)
{
    QList<QByteArray> out{s.toUtf8()};
    // UTF-16 (little and big endian) as a driver or a card might hold it.
    QByteArray le, be;
    for (QChar c : s) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    out << le << be;
    return out;
}

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
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));

        yc::Applicant applicant;
        applicant.idType = QStringLiteral("resident");
        applicant.idNumber = syntheticIdNumber();
        applicant.name = QStringLiteral("测试甲乙丙");
        applicant.address = QStringLiteral("辽宁省大连市样例区测试街道九十九号");
        applicant.phone = QStringLiteral("13800009999");
        applicant.gender = QStringLiteral("1");
        applicant.photo = QByteArray("WLT-PHOTO-SYNTHETIC-BLOB-0123456789").repeated(10);
        ApplicantRepository applicants(store.value()->database(), store.value()->cipher());
        auto id = applicants.save(applicant);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));

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
        QVERIFY2(materialId.ok(), qPrintable(materialId.ok() ? QString() : materialId.error().message));

        // Round trip works while the store is open.
        auto found = applicants.findByIdNumber(QStringLiteral("resident"), applicant.idNumber.toLower());
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->name, applicant.name);
        QCOMPARE(found.value()->photo, applicant.photo);
        QCOMPARE(materials.content(materialId.value()).value(), scan);
        QCOMPARE(materials.record(materialId.value()).value().originalFileName, record.originalFileName);

        QList<QByteArray> needles;
        for (const QString& s :
             {applicant.name, applicant.idNumber, applicant.address, applicant.phone, record.originalFileName})
            needles << encodings(s);
        needles << applicant.idNumber.left(17).toLatin1() << QByteArray("SYNTHETIC-SCAN-CONTENT-7f3a9c")
                << QByteArray("END-OF-SCAN-MARKER-51e2") << QByteArray("WLT-PHOTO-SYNTHETIC-BLOB");

        // Scan while the store is open (WAL and shm present) and again after it is closed.
        for (int pass = 0; pass < 2; ++pass) {
            if (pass == 1)
                store.value().reset();
            int filesRead = 0;
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                ++filesRead;
                for (const QByteArray& needle : std::as_const(needles)) {
                    QVERIFY2(!bytes.contains(needle),
                             qPrintable(QStringLiteral("plaintext found in %1").arg(f.fileName())));
                }
            }
            QVERIFY(filesRead >= 3); // database, key, scan (and WAL while open)
        }
    }
};

YC_TEST_MAIN(TestPlaintextScan)
#include "TestPlaintextScan.moc"
