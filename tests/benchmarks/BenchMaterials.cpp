// Benchmarks for materials, each against a baseline measured in the same run on the same files:
//  - the first page of a 100-page scanned PDF on screen (QtPdf) against `pdftoppm -f 1 -l 1`;
//  - packing 20 scanned A4 pages at 200 dpi against ImageMagick `convert` at the same JPEG quality;
//  - accepting a case with 5 materials of 2 MB (CaseRepository::accept: encrypt, hash, commit)
//    against `cp` plus `sha256sum` of the same bytes.
// Prints min and median of several rounds; never fails on timing (see README.md).
#include "SyntheticScan.h"
#include "TestMain.h"
#include "materials/MaterialImporter.h"
#include "materials/PdfWriter.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

#include <openssl/evp.h>

using namespace yc::materials;

namespace {

int rounds()
{
    const int r = qEnvironmentVariableIntValue("YC_BENCH_ROUNDS");
    return r > 0 ? r : 5;
}

struct Stats
{
    double min = 0;
    double median = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2]};
}

void report(const char* what, const Stats& ours, const Stats& base, const char* baseName)
{
    qInfo("%s: product min %.1f ms, median %.1f ms | %s min %.1f ms, median %.1f ms | ratio (product / baseline) "
          "min %.2f, median %.2f",
          what, ours.min, ours.median, baseName, base.min, base.median, ours.min / base.min, ours.median / base.median);
}

// Runs a program and returns the wall time in ms, or -1 when it failed.
double timedRun(const QString& program, const QStringList& args, const QStringList& env = {})
{
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString& kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
    }
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

} // namespace

class BenchMaterials : public QObject
{
    Q_OBJECT

    QString m_work;
    std::vector<QImage> m_scans; // 200 dpi A4 pages

private slots:
    void initTestCase()
    {
        m_work = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("bench"));
        for (int i = 0; i < 20; ++i)
            m_scans.push_back(yc::test::syntheticScanPage(100 + i, 200));
    }

    void firstPageOfHundredPageScan()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        // 100 scanned pages: the 20 synthetic scans, each used five times, encoded as the product stores them.
        std::vector<MaterialPage> distinct;
        for (const QImage& scan : m_scans)
            distinct.push_back(PageEncoder::encode(scan));
        std::vector<MaterialPage> pages;
        for (int i = 0; i < 100; ++i)
            pages.push_back(distinct[size_t(i % 20)]);
        const QByteArray pdf = PdfWriter::write(pages);
        const QString path = writeFile(m_work + QStringLiteral("/hundred.pdf"), pdf);
        qInfo("100-page scanned PDF: %lld bytes, %lld bytes per page", qint64(pdf.size()), qint64(pdf.size() / 100));

        // Screen size: the preview's page view at fit-to-width on a 1920x1080 screen, about 1000 px wide.
        const int width = 1000;
        const QSizeF points = pages[0].pointSize;
        const QSize screen(width, int(width * points.height() / points.width()));
        std::vector<double> ours, base;
        for (int r = 0; r < rounds(); ++r) {
            // Product: the stored bytes in memory (as after decryption), opened and page 1 rendered.
            QElapsedTimer t;
            t.start();
            QBuffer buffer;
            buffer.setData(pdf);
            buffer.open(QIODevice::ReadOnly);
            QPdfDocument document;
            document.load(&buffer);
            const QImage first = document.render(0, screen);
            ours.push_back(double(t.nsecsElapsed()) / 1e6);
            QVERIFY(!first.isNull());
            QCOMPARE(document.pageCount(), 100);

            // Baseline: poppler from the file (in the page cache after the first round), same size, PPM out.
            const double b =
                timedRun(pdftoppm,
                         {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                          QStringLiteral("-scale-to-x"), QString::number(screen.width()), QStringLiteral("-scale-to-y"),
                          QString::number(screen.height()), path, m_work + QStringLiteral("/first")});
            QVERIFY(b > 0);
            base.push_back(b);
        }
        QVERIFY(QFile::exists(m_work + QStringLiteral("/first-001.ppm")));
        report("first page of 100 on screen (1000 px wide)", stats(ours), stats(base), "pdftoppm -f 1 -l 1");
    }

    void packTwentyScannedPages()
    {
        // ImageMagick's own binary (Debian's), not any wrapper earlier in PATH.
        QString convert = QStringLiteral("/usr/bin/convert");
        if (!QFile::exists(convert))
            convert = QStandardPaths::findExecutable(QStringLiteral("convert"));
        if (convert.isEmpty())
            QSKIP("ImageMagick (convert) is not installed; installer/install-deps.sh installs it");
        const int quality = 75;
        QStringList inputs;
        for (size_t i = 0; i < m_scans.size(); ++i)
            inputs << writeFile(m_work + QStringLiteral("/scan-%1.png").arg(i, 2, 10, QLatin1Char('0')),
                                yc::test::encodeImage(m_scans[i], "png"));

        EncodeOptions encode;
        encode.quality = quality;
        const MaterialImporter importer({}, encode);
        // The same at exactly quality 75 on every page (no byte budget): like for like with convert.
        EncodeOptions fixed = encode;
        fixed.bytesPerA4Page = qint64(1) << 40;
        const MaterialImporter fixedImporter({}, fixed);
        const QString ourPdf = m_work + QStringLiteral("/packed.pdf");
        const QString theirDir = m_work + QStringLiteral("/convert");
        QVERIFY(QDir().mkpath(theirDir));
        std::vector<double> ours, oursFixed, base;
        qint64 ourBytes = 0, fixedBytes = 0, theirBytes = 0;
        int lowered = 0;
        for (int r = 0; r < rounds(); ++r) {
            QElapsedTimer t;
            t.start();
            auto pages = importer.importFiles(inputs);
            QVERIFY(pages.ok());
            writeFile(ourPdf, PdfWriter::write(pages.value()));
            ours.push_back(double(t.nsecsElapsed()) / 1e6);
            ourBytes = fileSize(ourPdf);
            QCOMPARE(int(pages.value().size()), 20);
            lowered = 0;
            for (const MaterialPage& p : pages.value())
                lowered += p.jpeg.size() > 0 && p.pixels.width() < 1600;

            t.restart();
            auto fixedPages = fixedImporter.importFiles(inputs);
            QVERIFY(fixedPages.ok());
            const QByteArray fixedPdf = PdfWriter::write(fixedPages.value());
            writeFile(m_work + QStringLiteral("/packed-q75.pdf"), fixedPdf);
            oursFixed.push_back(double(t.nsecsElapsed()) / 1e6);
            fixedBytes = fixedPdf.size();

            // Baseline: the same PNG files decoded and written as JPEG at the same quality by one
            // convert process. Debian's ImageMagick policy forbids writing PDF, so it writes the
            // JPEG pages a PDF would hold; the PDF wrapping (under 1 KB a page) is left out in its favour.
            const double b =
                timedRun(convert, QStringList(inputs) << QStringLiteral("-quality") << QString::number(quality)
                                                      << theirDir + QStringLiteral("/page-%02d.jpg"));
            QVERIFY(b > 0);
            base.push_back(b);
            theirBytes = 0;
            for (const QFileInfo& f : QDir(theirDir).entryInfoList(QDir::Files))
                theirBytes += f.size();
        }
        QCOMPARE(QDir(theirDir).entryList(QDir::Files).size(), 20);
        report("pack 20 A4 pages at 200 dpi, quality 75 lowered to fit 300 KB a page (the product's default)",
               stats(ours), stats(base), "convert -quality 75");
        report("pack 20 A4 pages at 200 dpi, quality 75 on every page (no budget)", stats(oursFixed), stats(base),
               "convert -quality 75");
        qInfo("size: product PDF %lld bytes (%lld per page) | product PDF at quality 75 %lld bytes (%lld per page) | "
              "convert JPEGs %lld bytes (%lld per page) | ratios %.2f and %.2f; pages scaled down to fit: %d",
              ourBytes, ourBytes / 20, fixedBytes, fixedBytes / 20, theirBytes, theirBytes / 20,
              double(ourBytes) / double(theirBytes), double(fixedBytes) / double(theirBytes), lowered);
    }

    void acceptCaseWithFiveMaterials()
    {
        const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
        const QString cp = QStandardPaths::findExecutable(QStringLiteral("cp"));
        const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (sha256sum.isEmpty() || cp.isEmpty() || sh.isEmpty())
            QSKIP("coreutils (cp, sha256sum) not found");
        const qint64 size = 2LL * 1024 * 1024;
        std::vector<QByteArray> contents;
        QStringList sources;
        for (int m = 0; m < 5; ++m) {
            QByteArray bytes(size, Qt::Uninitialized);
            QRandomGenerator rng(quint32(7 + m));
            rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            contents.push_back(bytes);
            sources << writeFile(m_work + QStringLiteral("/material-%1.pdf").arg(m), bytes);
        }
        const QString dataDir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("store"));
        auto store = yc::storage::Store::open({dataDir, yc::storage::KeyStoreMode::File});
        QVERIFY(store.ok());
        {
            QSqlQuery q(store.value()->database().connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO staff (id, login, display_name, role, updated_at) VALUES "
                                          "('c1001', 'c1001', 'Clerk', 'clerk', '2026-11-29')")));
        }
        yc::storage::CaseRepository cases(store.value()->database(), store.value()->cipher(), dataDir);

        std::vector<double> ours, base, baseSynced, hashing, hashingOpenSsl, encrypting;
        for (int r = 0; r < rounds(); ++r) {
            yc::storage::NewCase c;
            c.itemCode = QStringLiteral("ITEM-1");
            c.staffId = QStringLiteral("c1001");
            c.decision = yc::Decision::Accepted;
            c.receivedAt = QDateTime::currentDateTimeUtc();
            c.applicant.idType = QStringLiteral("resident");
            c.applicant.idNumber = QStringLiteral("11010519491231002X");
            c.applicant.name = QStringLiteral("测试");
            QElapsedTimer t;
            t.start();
            // Product: the files read as the clerk hands them over, then accepted with their materials.
            for (int m = 0; m < 5; ++m) {
                QFile f(sources[m]);
                QVERIFY(f.open(QIODevice::ReadOnly));
                yc::storage::NewCaseMaterial material;
                material.catalogMaterialId = QStringLiteral("m%1").arg(m);
                material.name = QStringLiteral("申请书");
                material.status = QStringLiteral("received");
                material.mimeType = QStringLiteral("application/pdf");
                material.originalFileName = QStringLiteral("scan-%1.pdf").arg(m);
                material.content = f.readAll();
                c.materials.push_back(std::move(material));
            }
            auto id = cases.accept(std::move(c));
            ours.push_back(double(t.nsecsElapsed()) / 1e6);
            YC_VERIFY_OK(id);

            // Baseline: copy the same five files into a folder and hash them, as a script would.
            const QString dest = m_work + QStringLiteral("/cp-%1").arg(r);
            QVERIFY(QDir().mkpath(dest));
            const QStringList script =
                QStringList{QStringLiteral("-c"),
                            QStringLiteral("cp \"$@\" %1/ && sha256sum %1/* >/dev/null").arg(dest),
                            QStringLiteral("sh")} +
                sources;
            const double b = timedRun(sh, script);
            QVERIFY(b > 0);
            base.push_back(b);

            // The same with the copies synced to disk (coreutils `sync FILE...` fsyncs each), as
            // QSaveFile does for every material file: like for like on what reaches the disk.
            const QString synced = m_work + QStringLiteral("/cp-sync-%1").arg(r);
            QVERIFY(QDir().mkpath(synced));
            const QStringList syncScript =
                QStringList{QStringLiteral("-c"),
                            QStringLiteral("cp \"$@\" %1/ && sync %1/* && sha256sum %1/* >/dev/null").arg(synced),
                            QStringLiteral("sh")} +
                sources;
            const double bs = timedRun(sh, syncScript);
            QVERIFY(bs > 0);
            baseSynced.push_back(bs);

            // Where the product's time goes, apart from the disk: hashing and encrypting the 10 MB.
            t.restart();
            for (const QByteArray& bytes : contents)
                (void)QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
            hashing.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            for (const QByteArray& bytes : contents) {
                unsigned char digest[EVP_MAX_MD_SIZE];
                unsigned int length = 0;
                QVERIFY(EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr));
            }
            hashingOpenSsl.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            for (const QByteArray& bytes : contents)
                QVERIFY(store.value()->cipher().encrypt(bytes, "bench").ok());
            encrypting.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        report("accept a case with 5 materials of 2 MB (encrypt, hash, commit)", stats(ours), stats(base),
               "cp + sha256sum");
        report("accept a case with 5 materials of 2 MB (encrypt, hash, commit)", stats(ours), stats(baseSynced),
               "cp + sync + sha256sum");
        qInfo("of the product's time: SHA-256 of the 10 MB with OpenSSL's EVP (as the store hashes, "
              "storage::sha256Hex) median %.1f ms, encryption (FieldCipher) median %.1f ms; the rest is reading, "
              "writing and syncing the files and the transaction. The same SHA-256 with QCryptographicHash: "
              "median %.1f ms",
              stats(hashingOpenSsl).median, stats(encrypting).median, stats(hashing).median);
    }
};

YC_TEST_MAIN(BenchMaterials)
#include "BenchMaterials.moc"
