// Files handed in are judged by their bytes: the accepted kinds become pages, everything else is
// refused with a message that names what the file really is.
#include "SyntheticScan.h"
#include "TestMain.h"
#include "materials/FileSniffer.h"
#include "materials/JpegInfo.h"
#include "materials/MaterialImporter.h"
#include "materials/PdfStructure.h"

#include <QFile>
#include <QPdfDocument>
#include <QtEndian>

using namespace yc::materials;

namespace {

QByteArray ownExecutable()
{
    QFile self(QCoreApplication::applicationFilePath());
    return self.open(QIODevice::ReadOnly) ? self.read(64 * 1024) : QByteArray();
}

// A multi-page, uncompressed 8-bit grey TIFF written by hand (Qt's writer makes single pages).
QByteArray multiPageTiff(const std::vector<QImage>& pages, int dpi)
{
    QByteArray out("II*\0\0\0\0\0", 8);
    qsizetype previousNext = 4; // where the offset of the next IFD goes
    auto put16 = [&](QByteArray& b, quint16 v) {
        b.append(char(v & 0xff)).append(char(v >> 8));
    };
    auto put32 = [&](QByteArray& b, quint32 v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
    };
    for (const QImage& source : pages) {
        const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
        const quint32 pixelsAt = quint32(out.size());
        for (int y = 0; y < grey.height(); ++y)
            out.append(reinterpret_cast<const char*>(grey.constScanLine(y)), grey.width());
        const quint32 resolutionAt = quint32(out.size());
        put32(out, quint32(dpi));
        put32(out, 1);
        if (out.size() % 2)
            out.append('\0');
        const quint32 ifdAt = quint32(out.size());
        qToLittleEndian(ifdAt, out.data() + previousNext);
        struct Tag
        {
            quint16 tag, type;
            quint32 count, value;
        };
        const Tag tags[] = {{256, 4, 1, quint32(grey.width())},
                            {257, 4, 1, quint32(grey.height())},
                            {258, 3, 1, 8},
                            {259, 3, 1, 1},
                            {262, 3, 1, 1},
                            {273, 4, 1, pixelsAt},
                            {277, 3, 1, 1},
                            {278, 4, 1, quint32(grey.height())},
                            {279, 4, 1, quint32(grey.width() * grey.height())},
                            {282, 5, 1, resolutionAt},
                            {283, 5, 1, resolutionAt},
                            {296, 3, 1, 2}};
        put16(out, quint16(std::size(tags)));
        for (const Tag& t : tags) {
            put16(out, t.tag);
            put16(out, t.type);
            put32(out, t.count);
            put32(out, t.value);
        }
        previousNext = out.size();
        put32(out, 0);
    }
    return out;
}

QByteArray withBrokenXref(QByteArray pdf)
{
    // The entry of object 1 points 7 bytes past where the object starts.
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype entry = pdf.indexOf(" 65535 f", xref) + 10; // first in-use entry follows the free one
    const qsizetype at = pdf.indexOf(' ', entry) - 10;
    const qint64 offset = pdf.mid(at, 10).toLongLong();
    pdf.replace(at, 10, QByteArray::number(offset + 7).rightJustified(10, '0'));
    return pdf;
}

// A PDF 1.5 file with a cross-reference stream (Flate, PNG Up predictor), as office programs
// write them. `shift` moves the recorded offset of object 3.
QByteArray xrefStreamPdf(int shift)
{
    QByteArray out("%PDF-1.5\n");
    std::vector<qsizetype> offsets;
    const QByteArray objects[] = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>"};
    for (int i = 0; i < 3; ++i) {
        offsets.push_back(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    offsets[2] += shift;
    const qsizetype xrefAt = out.size();
    offsets.push_back(xrefAt);
    // Rows of W [1 4 2]: type, offset, generation; each row with predictor byte 2 (Up).
    QByteArray rows;
    QByteArray previous(7, '\0');
    for (int i = 0; i < 5; ++i) {
        QByteArray row(7, '\0');
        if (i > 0) {
            row[0] = 1;
            qToBigEndian(quint32(offsets[size_t(i - 1)]), row.data() + 1);
        } else {
            row[0] = 0;
            row[5] = char(0xff);
            row[6] = char(0xff);
        }
        rows += char(2);
        for (int c = 0; c < 7; ++c)
            rows += char((uchar(row[c]) - uchar(previous[c])) & 0xff);
        previous = row;
    }
    const QByteArray flate = qCompress(rows).mid(4); // qCompress puts the length first, then zlib
    out += "4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Columns 7 "
           "/Predictor 12 >> /Length " +
           QByteArray::number(flate.size()) + " >>\nstream\n" + flate + "\nendstream\nendobj\nstartxref\n" +
           QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

QByteArray withEncryption(QByteArray pdf)
{
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    const qsizetype open = pdf.indexOf("<<", trailer);
    pdf.insert(open + 2, " /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + QByteArray(64, 'a') +
                             "> /U <" + QByteArray(64, 'b') + "> >> ");
    return pdf;
}

} // namespace

class TestMaterialImport : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << int(FileKind::Pdf);
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0") << int(FileKind::Jpeg);
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n") << int(FileKind::Png);
        QTest::newRow("tiff-le") << QByteArray("II*\0", 4) << int(FileKind::Tiff);
        QTest::newRow("tiff-be") << QByteArray("MM\0*", 4) << int(FileKind::Tiff);
        QTest::newRow("empty") << QByteArray() << int(FileKind::Empty);
        QTest::newRow("elf") << ownExecutable() << int(FileKind::ElfExecutable);
        QTest::newRow("exe") << QByteArray("MZ\x90\0\x03\0\0\0", 8) << int(FileKind::WindowsExecutable);
        QTest::newRow("docx") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0[Content_Types].xml", 37)
                              << int(FileKind::OfficeOpenXml);
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0photo.jpg", 19) << int(FileKind::Zip);
        QTest::newRow("doc") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0") << int(FileKind::OfficeLegacy);
        QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0") << int(FileKind::Gif);
        QTest::newRow("bmp") << QByteArray("BM\x36\0\x0c\0\0\0\0\0\x36\0\0\0", 14) << int(FileKind::Bmp);
        QTest::newRow("webp") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << int(FileKind::WebP);
        QTest::newRow("html") << QByteArray("\xEF\xBB\xBF  <!DOCTYPE html><html>") << int(FileKind::Html);
        QTest::newRow("text") << QByteArray("身份证号码 list\r\n") << int(FileKind::Text);
        QTest::newRow("script") << QByteArray("#!/bin/sh\nrm -rf ~\n") << int(FileKind::Script);
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\0") << int(FileKind::Gzip);
        QTest::newRow("binary") << QByteArray("\x01\x02\x03\x04\0\0", 6) << int(FileKind::Unknown);
    }
    void sniff()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QCOMPARE(int(FileSniffer::sniff(bytes).kind), kind);
    }

    void refusesRenamedExecutable()
    {
        auto pages = MaterialImporter().importBytes(ownExecutable(), QStringLiteral("户口本.pdf"));
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, QStringLiteral("material.refused-type"));
        QVERIFY2(pages.error().message.contains(QLatin1String("an ELF executable (renamed .pdf)")),
                 qPrintable(pages.error().message));
    }

    void refusesOtherKindsByWhatTheyAre()
    {
        auto html = MaterialImporter().importBytes("<html><body>scan</body></html>", QStringLiteral("scan.jpg"));
        QVERIFY(!html);
        QVERIFY2(html.error().message.contains(QLatin1String("HTML web page (renamed .jpg)")),
                 qPrintable(html.error().message));
        auto docx =
            MaterialImporter().importBytes(QByteArray("PK\x03\x04[Content_Types].xml"), QStringLiteral("a.docx"));
        QVERIFY(!docx);
        QVERIFY2(docx.error().message.contains(QLatin1String("an Office document;")), qPrintable(docx.error().message));
    }

    void refusesEmptyFile()
    {
        auto pages = MaterialImporter().importBytes(QByteArray(), QStringLiteral("id.png"));
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, QStringLiteral("material.empty"));
        QVERIFY(pages.error().message.contains(QLatin1String("empty")));
    }

    void refusesTruncatedJpeg()
    {
        const QByteArray jpeg = yc::test::encodeImage(yc::test::syntheticScanPage(1, 100), "jpeg", 80);
        QVERIFY(JpegParser::parse(jpeg).ok());
        auto pages = MaterialImporter().importBytes(jpeg.first(jpeg.size() * 2 / 3), QStringLiteral("id.jpg"));
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, QStringLiteral("material.jpeg-truncated"));
        QVERIFY(pages.error().message.contains(QLatin1String("incomplete")));
    }

    void refusesPdfWithBrokenXref()
    {
        const QByteArray good = yc::test::syntheticTextPdf(2);
        QVERIFY(PdfStructure::parse(good).ok());
        const QByteArray broken = withBrokenXref(good);
        QVERIFY(broken != good);
        auto pages = MaterialImporter().importBytes(broken, QStringLiteral("form.pdf"));
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, QStringLiteral("material.pdf-damaged"));
        QVERIFY2(pages.error().message.contains(QLatin1String("cross-reference")), qPrintable(pages.error().message));
        // A truncated PDF has no cross-reference table at all.
        auto cut = MaterialImporter().importBytes(good.first(good.size() / 2), QStringLiteral("form.pdf"));
        QVERIFY(!cut);
        QCOMPARE(cut.error().code, QStringLiteral("material.pdf-damaged"));
    }

    void checksCrossReferenceStreams()
    {
        const QByteArray good = xrefStreamPdf(0);
        auto s = PdfStructure::parse(good);
        YC_VERIFY_OK(s);
        QVERIFY(s.value().hasXrefStream());
        QCOMPARE(s.value().objectCount(), qsizetype(4));
        auto pages = MaterialImporter().importBytes(good, QStringLiteral("form.pdf"));
        YC_VERIFY_OK(pages);
        QCOMPARE(pages.value().size(), size_t(1));

        auto broken = MaterialImporter().importBytes(xrefStreamPdf(5), QStringLiteral("form.pdf"));
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, QStringLiteral("material.pdf-damaged"));
        QVERIFY2(broken.error().message.contains(QLatin1String("cross-reference stream")),
                 qPrintable(broken.error().message));
    }

    void refusesEncryptedPdf()
    {
        const QByteArray encrypted = withEncryption(yc::test::syntheticTextPdf(1));
        auto pages = MaterialImporter().importBytes(encrypted, QStringLiteral("form.pdf"));
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, QStringLiteral("material.pdf-encrypted"));
        QVERIFY(pages.error().message.contains(QLatin1String("encrypted")));
    }

    void refusesFileOverTheLimit()
    {
        const QByteArray png = yc::test::encodeImage(yc::test::syntheticScanPage(2, 100), "png");
        ImportLimits limits;
        limits.maxFileBytes = png.size() - 1;
        auto pages = MaterialImporter(limits).importBytes(png, QStringLiteral("scan.png"));
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, QStringLiteral("material.too-large"));
        QVERIFY2(pages.error().message.contains(QLatin1String("MB")), qPrintable(pages.error().message));
        limits.maxFileBytes = png.size();
        QVERIFY(MaterialImporter(limits).importBytes(png, QStringLiteral("scan.png")).ok());
    }

    void refusesTooManyPages()
    {
        ImportLimits limits;
        limits.maxPages = 2;
        auto pages = MaterialImporter(limits).importBytes(yc::test::syntheticTextPdf(3), QStringLiteral("a.pdf"));
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, QStringLiteral("material.too-many-pages"));
    }

    void keepsSmallJpegAsIs()
    {
        QImage photo(660, 420, QImage::Format_RGB32); // an ID card at 200 dpi
        photo.fill(QColor(70, 120, 200));
        photo.setDotsPerMeterX(7874);
        photo.setDotsPerMeterY(7874);
        const QByteArray jpeg = yc::test::encodeImage(photo, "jpeg", 85);
        auto pages = MaterialImporter().importBytes(jpeg, QStringLiteral("card.bin"));
        YC_VERIFY_OK(pages);
        QCOMPARE(pages.value().size(), size_t(1));
        QCOMPARE(pages.value()[0].jpeg, jpeg);
        QCOMPARE(pages.value()[0].pixels, photo.size());
        QCOMPARE(qRound(pages.value()[0].pointSize.width()), qRound(660 / 200.0 * 72));
    }

    void cameraTurnBecomesPageRotation()
    {
        QImage photo(400, 300, QImage::Format_RGB32);
        photo.fill(QColor(120, 160, 90));
        photo.setDotsPerMeterX(7874);
        photo.setDotsPerMeterY(7874);
        const QByteArray plain = yc::test::encodeImage(photo, "jpeg", 85);
        // APP1 "Exif" with IFD0 holding Orientation = 6 (turn 90 degrees clockwise to view).
        const QByteArray exif =
            QByteArray("Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0", 32);
        QByteArray turned = plain;
        turned.insert(2, QByteArray("\xFF\xE1") + char(0) + char(exif.size() + 2) + exif);
        const auto info = JpegParser::parse(turned);
        QVERIFY(info.ok());
        QCOMPARE(info.value().exifOrientation, 6);
        auto pages = MaterialImporter().importBytes(turned, QStringLiteral("photo.jpg"));
        QVERIFY(pages.ok());
        QCOMPARE(pages.value()[0].jpeg, turned); // kept, turned by the page
        QCOMPARE(pages.value()[0].rotation, 90);
        // Mirrored (orientation 2): decoded and turned in pixels, not kept.
        QByteArray mirrored = turned;
        mirrored[2 + 4 + 6 + 8 + 2 + 8] = '\x02';
        QCOMPARE(JpegParser::parse(mirrored).value().exifOrientation, 2);
        auto decoded = MaterialImporter().importBytes(mirrored, QStringLiteral("photo.jpg"));
        QVERIFY(decoded.ok());
        QVERIFY(decoded.value()[0].jpeg != mirrored);
        QCOMPARE(decoded.value()[0].rotation, 0);
    }

    void reencodesLargeJpegWithinBudget()
    {
        const QByteArray jpeg = yc::test::encodeImage(yc::test::syntheticScanPage(3, 300), "jpeg", 95);
        QVERIFY(jpeg.size() > BytesPerA4Page);
        auto pages = MaterialImporter().importBytes(jpeg, QStringLiteral("scan.jpg"));
        QVERIFY(pages.ok());
        const MaterialPage& p = pages.value()[0];
        QVERIFY2(p.jpeg.size() <= BytesPerA4Page, qPrintable(QString::number(p.jpeg.size())));
        QCOMPARE(p.components, 1); // a grey page is stored grey
        QVERIFY(qAbs(p.pixels.width() - 1654) <= 2);
    }

    void importsPng()
    {
        const QByteArray png = yc::test::encodeImage(yc::test::syntheticScanPage(4, 200, true), "png");
        auto pages = MaterialImporter().importBytes(png, QStringLiteral("x"));
        QVERIFY(pages.ok());
        QCOMPARE(pages.value().size(), size_t(1));
        QCOMPARE(pages.value()[0].components, 3); // the red stamp keeps the page in colour
        QVERIFY(pages.value()[0].jpeg.size() <= BytesPerA4Page);
        QVERIFY(qAbs(pages.value()[0].pointSize.height() - A4HeightPt) < 2);
    }

    void importsMultiPageTiff()
    {
        const QByteArray tiff = multiPageTiff({yc::test::syntheticScanPage(5, 100), yc::test::syntheticScanPage(6, 100),
                                               yc::test::syntheticScanPage(7, 100)},
                                              100);
        QCOMPARE(FileSniffer::sniff(tiff).kind, FileKind::Tiff);
        auto pages = MaterialImporter().importBytes(tiff, QStringLiteral("scans.tif"));
        YC_VERIFY_OK(pages);
        QCOMPARE(pages.value().size(), size_t(3));
        for (const MaterialPage& p : pages.value()) {
            QVERIFY(qAbs(p.pointSize.width() - A4WidthPt) < 2); // 100 dpi said in the file
            QCOMPARE(p.components, 1);
        }
        QVERIFY(pages.value()[0].jpeg != pages.value()[1].jpeg);
    }

    void importsPdfByRendering()
    {
        auto pages = MaterialImporter().importBytes(yc::test::syntheticTextPdf(3), QStringLiteral("form"));
        YC_VERIFY_OK(pages);
        QCOMPARE(pages.value().size(), size_t(3));
        for (const MaterialPage& p : pages.value()) {
            QVERIFY(qAbs(p.pixels.width() - 1654) <= 1); // 200 dpi
            QVERIFY(p.jpeg.size() <= BytesPerA4Page);
            QVERIFY(JpegParser::parse(p.jpeg).ok());
        }
    }
};

YC_TEST_MAIN(TestMaterialImport)
#include "TestMaterialImport.moc"
