// Materials go into the encrypted MaterialStore as one packed PDF: refused files store nothing,
// stored pages come back unchanged for the next edit, and `yichuang-ctl material pack` reports
// pages and bytes.
#include "IdNumbers.h"
#include "SyntheticScan.h"
#include "TestMain.h"
#include "materials/MaterialArchive.h"
#include "materials/PdfWriter.h"
#include "storage/ApplicantRepository.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace yc::materials;
using namespace yc::storage;

namespace {

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

int filesIn(const QString& dir)
{
    return int(QDir(dir).entryList(QDir::Files).size());
}

struct CtlResult
{
    int exitCode;
    QByteArray out;
    QByteArray err;
};

CtlResult ctl(const QStringList& args)
{
    QProcess p;
    p.start(yc::test::executable(QStringLiteral("yichuang-ctl")), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestMaterialStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<Store> m_store;
    QString m_dir;
    QString m_files;

    MaterialRecord record() const
    {
        MaterialRecord r;
        r.caseId = QStringLiteral("case-1");
        r.name = QStringLiteral("户口簿");
        r.status = QStringLiteral("received");
        r.originalFileName = QStringLiteral("hukou.pdf");
        return r;
    }

private slots:
    void initTestCase()
    {
        m_dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("store"));
        m_files = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("files"));
        auto store = Store::open({m_dir, KeyStoreMode::File, CipherSuite::Aes256Gcm});
        YC_VERIFY_OK(store);
        m_store = std::move(store.value());
        yc::Applicant applicant;
        applicant.idType = QStringLiteral("resident");
        applicant.idNumber = yc::test::residentId(QStringLiteral("210202"), QStringLiteral("19900101"), 7);
        applicant.name = QStringLiteral("测试");
        auto applicantId = ApplicantRepository(m_store->database(), m_store->cipher()).save(applicant);
        QVERIFY(applicantId.ok());
        QSqlQuery q(m_store->database().connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO cases (id, item_code, item_version, applicant_id, state, "
                                       "received_at, created_at, updated_at) VALUES ('case-1', 'ITEM', 1, '%1', "
                                       "'draft', '2026-11-29', '2026-11-29', '2026-11-29')")
                            .arg(applicantId.value())),
                 qPrintable(q.lastError().text()));
    }

    void refusedFilesStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QFile self(QCoreApplication::applicationFilePath());
        QVERIFY(self.open(QIODevice::ReadOnly));
        QTest::newRow("renamed executable")
            << self.read(200000) << QStringLiteral("id.pdf") << QStringLiteral("material.refused-type");
        const QByteArray jpeg = yc::test::encodeImage(yc::test::syntheticScanPage(1, 100), "jpeg", 80);
        QTest::newRow("truncated jpeg") << jpeg.first(jpeg.size() / 2) << QStringLiteral("id.jpg")
                                        << QStringLiteral("material.jpeg-truncated");
        QByteArray pdf = yc::test::syntheticTextPdf(1);
        pdf.replace("startxref", "startxreF");
        QTest::newRow("pdf without xref")
            << pdf << QStringLiteral("form.pdf") << QStringLiteral("material.pdf-damaged");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("x.png") << QStringLiteral("material.empty");
    }
    void refusedFilesStoreNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, code);
        const QString good = writeFile(m_files, QStringLiteral("good.png"),
                                       yc::test::encodeImage(yc::test::syntheticScanPage(2, 100), "png"));
        const QString bad = writeFile(m_files, name, bytes);
        MaterialStore materials(m_store->database(), m_store->cipher(), m_dir);
        MaterialArchive archive(materials);
        auto id = archive.importAndSave(record(), {good, bad});
        QVERIFY(!id);
        QCOMPARE(id.error().code, code);
        QVERIFY2(id.error().message.startsWith(name + QStringLiteral(": ")), qPrintable(id.error().message));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM materials")), 0);
        QCOMPARE(filesIn(QDir(m_dir).filePath(MaterialStore::directoryName())), 0);
    }

    void overTheLimitStoresNothing()
    {
        const QString big = writeFile(m_files, QStringLiteral("big.png"),
                                      yc::test::encodeImage(yc::test::syntheticScanPage(3, 100), "png"));
        ImportLimits limits;
        limits.maxFileBytes = QFileInfo(big).size() / 2;
        MaterialStore materials(m_store->database(), m_store->cipher(), m_dir);
        auto id = MaterialArchive(materials, limits).importAndSave(record(), {big});
        QVERIFY(!id);
        QCOMPARE(id.error().code, QStringLiteral("material.too-large"));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM materials")), 0);
    }

    void storedPagesComeBackForEditing()
    {
        const QString png = writeFile(m_files, QStringLiteral("p1.png"),
                                      yc::test::encodeImage(yc::test::syntheticScanPage(4, 200), "png"));
        const QString pdf = writeFile(m_files, QStringLiteral("p2.pdf"), yc::test::syntheticTextPdf(2));
        MaterialStore materials(m_store->database(), m_store->cipher(), m_dir);
        MaterialArchive archive(materials);
        auto id = archive.importAndSave(record(), {png, pdf});
        YC_VERIFY_OK(id);
        auto stored = materials.record(id.value());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().mimeType, QStringLiteral("application/pdf"));
        QVERIFY(stored.value().sizeBytes <= 3 * BytesPerA4Page);

        // On disk only ciphertext: no PDF header in the material file.
        const QStringList files = QDir(QDir(m_dir).filePath(MaterialStore::directoryName())).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile onDisk(QDir(m_dir).filePath(MaterialStore::directoryName() + QLatin1Char('/') + files.first()));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QVERIFY(!onDisk.readAll().contains("%PDF"));

        auto pages = archive.load(id.value());
        QVERIFY(pages.ok());
        QCOMPARE(pages.value().size(), size_t(3));
        PageList list(pages.value());
        QVERIFY(list.rotate(0, 90));
        QVERIFY(list.move(2, 0));
        auto again = archive.save(record(), list.pages());
        QVERIFY(again.ok());
        auto reloaded = archive.load(again.value());
        QVERIFY(reloaded.ok());
        QVERIFY(reloaded.value() == list.pages()); // no re-encoding between edits
        QCOMPARE(reloaded.value()[1].jpeg, pages.value()[0].jpeg);
    }

    void ctlPack()
    {
        const QString png = writeFile(m_files, QStringLiteral("c1.png"),
                                      yc::test::encodeImage(yc::test::syntheticScanPage(5, 200), "png"));
        const QString pdf = writeFile(m_files, QStringLiteral("c2.pdf"), yc::test::syntheticTextPdf(2));
        const QString out = QDir(m_files).filePath(QStringLiteral("out.pdf"));
        const CtlResult r = ctl({QStringLiteral("material"), QStringLiteral("pack"), png, pdf, out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.keys(),
                 (QStringList{QStringLiteral("bytes"), QStringLiteral("bytesPerPage"), QStringLiteral("pages")}));
        QCOMPARE(json.value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), QFileInfo(out).size());
        QCOMPARE(json.value(QStringLiteral("bytesPerPage")).toInteger(), qRound(QFileInfo(out).size() / 3.0));
        QVERIFY(json.value(QStringLiteral("bytesPerPage")).toInteger() <= BytesPerA4Page);

        QFile self(QCoreApplication::applicationFilePath());
        QVERIFY(self.open(QIODevice::ReadOnly));
        const QString exe = writeFile(m_files, QStringLiteral("scan.pdf"), self.read(100000));
        const QString out2 = QDir(m_files).filePath(QStringLiteral("out2.pdf"));
        const CtlResult refused = ctl({QStringLiteral("material"), QStringLiteral("pack"), png, exe, out2});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("ELF executable (renamed .pdf)"), refused.err.constData());
        QVERIFY(!QFile::exists(out2));
        QCOMPARE(ctl({QStringLiteral("material"), QStringLiteral("pack"), out2}).exitCode, 2);
    }
};

YC_TEST_MAIN(TestMaterialStore)
#include "TestMaterialStore.moc"
