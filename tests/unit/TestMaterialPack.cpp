// Page operations on a material and the PDF they are packed into: it opens in QtPdf and in
// poppler with the right pages, a scan-like A4 page stays readable at <= 300 KB, and a packed
// material reads back into the same pages.
#include "SyntheticScan.h"
#include "TestMain.h"
#include "materials/MaterialImporter.h"
#include "materials/PackedPdf.h"
#include "materials/PageList.h"
#include "materials/PdfStructure.h"
#include "materials/PdfWriter.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace yc::materials;

namespace {

// A small page with a big digit on it, so the order of pages can be checked in a rendering.
MaterialPage numberedPage(int number)
{
    QImage image(400, 566, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setBrush(Qt::black);
        // `number` black bars from the top: readable by counting dark rows.
        for (int i = 0; i < number; ++i)
            p.drawRect(40, 40 + i * 50, 320, 25);
    }
    image.setDotsPerMeterX(1890); // 48 dpi: believable sizes start at 100, so it is fitted to A4
    return PageEncoder::encode(image);
}

int barsOn(const QImage& rendered)
{
    const QImage grey = rendered.convertToFormat(QImage::Format_Grayscale8);
    int bars = 0;
    bool inBar = false;
    const int x = grey.width() / 2;
    for (int y = 0; y < grey.height(); ++y) {
        const bool dark = grey.pixel(x, y) != 0 && qGray(grey.pixel(x, y)) < 100;
        if (dark && !inBar)
            ++bars;
        inBar = dark;
    }
    return bars;
}

// Share of ink pixels of the original that are still ink, and of paper that is still paper. A
// renderer may place the page a pixel off (poppler rounds 1653.6 pixels to 1654), so a pixel counts
// as kept when its 3x3 neighbourhood in the decoded page has it.
std::pair<double, double> inkAgreement(const QImage& original, const QImage& decoded)
{
    const QImage a = original.convertToFormat(QImage::Format_Grayscale8);
    const QImage b = decoded.convertToFormat(QImage::Format_Grayscale8)
                         .scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 ink = 0, inkKept = 0, paper = 0, paperKept = 0;
    for (int y = 1; y + 1 < a.height(); ++y) {
        const uchar* la = a.constScanLine(y);
        const uchar* rows[3] = {b.constScanLine(y - 1), b.constScanLine(y), b.constScanLine(y + 1)};
        for (int x = 1; x + 1 < a.width(); ++x) {
            int darkest = 255, lightest = 0;
            for (const uchar* r : rows)
                for (int dx = -1; dx <= 1; ++dx) {
                    darkest = std::min(darkest, int(r[x + dx]));
                    lightest = std::max(lightest, int(r[x + dx]));
                }
            if (la[x] < 90) {
                ++ink;
                inkKept += darkest < 150;
            } else if (la[x] > 220) {
                ++paper;
                paperKept += lightest > 180;
            }
        }
    }
    return {ink ? double(inkKept) / double(ink) : 0.0, paper ? double(paperKept) / double(paper) : 0.0};
}

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestMaterialPack : public QObject
{
    Q_OBJECT

private slots:
    void pageOperations()
    {
        PageList list({numberedPage(1), numberedPage(2), numberedPage(3)});
        const auto original = list.pages();
        QSignalSpy moved(&list, &QAbstractItemModel::rowsMoved);

        QVERIFY(list.rotate(1, 90));
        QVERIFY(list.rotate(1, 270 + 90)); // 90 + 360: a full turn more
        QCOMPARE(list.pages()[1].rotation, 90);
        QVERIFY(list.rotate(2, -90));
        QCOMPARE(list.pages()[2].rotation, 270);
        QVERIFY(!list.rotate(3, 90));
        QVERIFY(!list.rotate(0, 45));

        QVERIFY(list.move(2, 0)); // 3 1 2
        QCOMPARE(moved.count(), 1);
        QCOMPARE(list.pages()[0].jpeg, original[2].jpeg);
        QCOMPARE(list.pages()[1].jpeg, original[0].jpeg);
        QCOMPARE(list.pages()[2].jpeg, original[1].jpeg);
        QVERIFY(list.move(0, 2)); // 1 2 3
        QCOMPARE(list.pages()[2].jpeg, original[2].jpeg);
        QVERIFY(!list.move(0, 3));

        QVERIFY(list.insert(1, {numberedPage(4)})); // 1 4 2 3: a new scan between pages
        QCOMPARE(list.count(), 4);
        QCOMPARE(list.data(list.index(3), Qt::DisplayRole).toString(), QStringLiteral("Page 4"));
        QVERIFY(list.remove(0)); // 4 2 3
        QVERIFY(!list.remove(5));
        QCOMPARE(list.count(), 3);
        QCOMPARE(list.pages()[1].rotation, 90);
        QCOMPARE(list.pages()[2].rotation, 270);

        // The JPEGs were never re-encoded by any of it.
        QCOMPARE(list.pages()[1].jpeg, original[1].jpeg);

        // Packed and read back: the same pages, turns included.
        const QByteArray pdf = list.pack();
        const auto back = PackedPdf::read(pdf, 200);
        QVERIFY(back.has_value());
        QVERIFY(*back == list.pages());

        // QtPdf shows them in that order and turn.
        QBuffer buffer;
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QCOMPARE(document.status(), QPdfDocument::Status::Ready);
        QCOMPARE(document.pageCount(), 3);
        const int expectedBars[] = {4, 2, 3};
        for (int i = 0; i < 3; ++i) {
            QImage rendered = document.render(i, QSize(200, 283));
            if (list.pages()[size_t(i)].rotation == 0)
                QCOMPARE(barsOn(rendered), expectedBars[i]);
        }
        // A page turned by 90 degrees is landscape.
        const QSizeF turned = document.pagePointSize(1);
        QVERIFY2(turned.width() > turned.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(turned.width()).arg(turned.height())));
    }

    void packedPdfOpensInPoppler()
    {
        const QString pdfinfo = tool("pdfinfo");
        const QString pdftoppm = tool("pdftoppm");
        if (pdfinfo.isEmpty() || pdftoppm.isEmpty())
            QSKIP("poppler-utils (pdfinfo, pdftoppm) is not installed; installer/install-deps.sh installs it");
        PageList list({numberedPage(1), numberedPage(2), numberedPage(3), numberedPage(5)});
        QVERIFY(list.rotate(2, 90));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.pdf"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(list.pack());
        out.close();

        const QString info = run(pdfinfo, {path});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\n"))), qPrintable(info));
        QVERIFY2(!info.contains(QLatin1String("Error")), qPrintable(info));
        const QString prefix = dir.filePath(QStringLiteral("p"));
        const QString rendered =
            run(pdftoppm, {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), path, prefix});
        QVERIFY2(!rendered.startsWith(QLatin1String("FAILED")), qPrintable(rendered));
        const int bars[] = {1, 2, 3, 5};
        for (int i = 0; i < 4; ++i) {
            const QImage page(prefix + QStringLiteral("-%1.png").arg(i + 1));
            QVERIFY(!page.isNull());
            if (i == 2)
                QVERIFY(page.width() > page.height());
            else
                QCOMPARE(barsOn(page), bars[i]);
        }
    }

    void scanLikeA4PageIsSmallAndReadable()
    {
        const QImage scan = yc::test::syntheticScanPage(11, 200);
        auto pages = MaterialImporter().importBytes(yc::test::encodeImage(scan, "png"), QStringLiteral("scan.png"));
        QVERIFY(pages.ok());
        const QByteArray pdf = PdfWriter::write(pages.value());
        qInfo("A4 scan at 200 dpi: %lld bytes of PDF for one page (budget %lld)", qint64(pdf.size()),
              qint64(BytesPerA4Page));
        QVERIFY2(pdf.size() <= BytesPerA4Page, qPrintable(QString::number(pdf.size())));

        QBuffer buffer;
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QCOMPARE(document.pageCount(), 1);
        const QImage back = document.render(0, scan.size());
        const auto [ink, paper] = inkAgreement(scan, back);
        qInfo("ink kept %.4f, paper kept %.4f", ink, paper);
        QVERIFY(ink > 0.97);
        QVERIFY(paper > 0.999);

        // A page that lost its text would fail the same measure.
        QImage blank(scan.size(), QImage::Format_RGB32);
        blank.fill(QColor(246, 246, 244));
        QVERIFY(inkAgreement(scan, blank).first < 0.01);

        const QString pdftoppm = tool("pdftoppm");
        if (pdftoppm.isEmpty())
            return;
        QTemporaryDir dir;
        // YC_MATERIALS_ARTIFACTS=<dir> keeps the page and its PDF there, to be looked at.
        const QString keep = qEnvironmentVariable("YC_MATERIALS_ARTIFACTS");
        if (!keep.isEmpty()) {
            scan.save(keep + QStringLiteral("/scan-original.png"));
            QFile kept(keep + QStringLiteral("/scan-packed.pdf"));
            if (kept.open(QIODevice::WriteOnly))
                kept.write(pdf);
        }
        QFile out(dir.filePath(QStringLiteral("scan.pdf")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pdf);
        out.close();
        const QString result =
            run(pdftoppm, {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"),
                           QStringLiteral("-singlefile"), out.fileName(), dir.filePath(QStringLiteral("s"))});
        QVERIFY2(!result.startsWith(QLatin1String("FAILED")), qPrintable(result));
        const QImage poppler(dir.filePath(QStringLiteral("s.pgm")));
        QVERIFY(!poppler.isNull());
        QVERIFY(qAbs(poppler.width() - scan.width()) <= 2);
        const auto [popplerInk, popplerPaper] = inkAgreement(scan, poppler);
        qInfo("poppler: ink kept %.4f, paper kept %.4f", popplerInk, popplerPaper);
        QVERIFY(popplerInk > 0.97);
        QVERIFY(popplerPaper > 0.999);
    }

    void structureOfWrittenPdf()
    {
        const QByteArray pdf = PdfWriter::write({numberedPage(1), numberedPage(2)});
        auto s = PdfStructure::parse(pdf);
        QVERIFY(s.ok());
        QCOMPARE(s.value().objectCount(), qsizetype(3 + 2 * 3));
        QVERIFY(!s.value().encrypted());
        QVERIFY(pdf.contains("/Filter /DCTDecode"));
        QVERIFY(!pdf.contains("/FlateDecode"));
        // Not ours (no producer): not read back as pages.
        QByteArray other = pdf;
        other.replace(PdfWriter::Producer, "Someone else's writer 1");
        QVERIFY(!PackedPdf::read(other, 200).has_value());
    }
};

YC_TEST_MAIN(TestMaterialPack)
#include "TestMaterialPack.moc"
