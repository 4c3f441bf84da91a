// ScanAssembler: the pages of a scan run encoded and packed into one PDF on the assembler's thread,
// in the order they came; a new run drops what an earlier one left.
#include "TestMain.h"
#include "materials/ScanAssembler.h"

#include <QSignalSpy>
#include <QThread>

using yc::materials::ScanAssembler;
using yc::plugins::scanner::ScannedPage;

namespace {

// A grey A5-ish page at 100 dpi whose rows all have the value `shade`.
ScannedPage greyPage(int shade)
{
    ScannedPage page;
    page.format = ScannedPage::Format::Gray8;
    page.width = 583;
    page.height = 827;
    page.bytesPerLine = page.width;
    page.dpi = 100;
    page.pixels = QByteArray(qsizetype(page.bytesPerLine) * page.height, char(shade));
    return page;
}

} // namespace

class TestScanAssembler : public QObject
{
    Q_OBJECT

private slots:
    void packsThePagesOfARun()
    {
        ScanAssembler assembler;
        QSignalSpy encoded(&assembler, &ScanAssembler::pageEncoded);
        QSignalSpy packed(&assembler, &ScanAssembler::packed);
        assembler.begin();
        for (int shade : {40, 120, 200})
            assembler.addPage(greyPage(shade));
        assembler.finish();
        QVERIFY(packed.wait(20000));
        QCOMPARE(encoded.size(), 3);
        QCOMPARE(encoded.last().at(0).toInt(), 3);
        QCOMPARE(packed.size(), 1);
        const QByteArray pdf = packed.first().at(0).toByteArray();
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(packed.first().at(1).toInt(), 3);
    }

    void aNewRunDropsTheOldPages()
    {
        ScanAssembler assembler;
        QSignalSpy packed(&assembler, &ScanAssembler::packed);
        assembler.begin();
        assembler.addPage(greyPage(10));
        assembler.addPage(greyPage(20));
        assembler.begin(); // e.g. the scan was cancelled and started again
        assembler.addPage(greyPage(30));
        assembler.finish();
        QVERIFY(packed.wait(20000));
        QCOMPARE(packed.size(), 1);
        QCOMPARE(packed.first().at(1).toInt(), 1);
    }

    void finishWithoutPagesFails()
    {
        ScanAssembler assembler;
        QSignalSpy failed(&assembler, &ScanAssembler::failed);
        QSignalSpy packed(&assembler, &ScanAssembler::packed);
        assembler.begin();
        assembler.finish();
        QVERIFY(failed.wait(10000));
        QCOMPARE(packed.size(), 0);
    }

    void imageKeepsTheResolution()
    {
        const QImage image = ScanAssembler::toImage(greyPage(90));
        QCOMPARE(image.size(), QSize(583, 827));
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 100);
        QCOMPARE(qGray(image.pixel(10, 10)), 90);
    }
};

YC_TEST_MAIN(TestScanAssembler)
#include "TestScanAssembler.moc"
