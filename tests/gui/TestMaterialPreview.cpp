// The material preview: a 100-page material shows its first page at once, thumbnails are rendered
// only for the pages in sight, and zoom / fit-to-width work.
#include "SyntheticScan.h"
#include "TestMain.h"
#include "materials/PageEncoder.h"
#include "materials/PdfWriter.h"
#include "ui/materials/MaterialPreview.h"

#include <QListView>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QScrollBar>
#include <QToolButton>

using namespace yc::materials;

namespace {

QByteArray hundredPagePdf()
{
    std::vector<MaterialPage> distinct;
    for (int i = 0; i < 4; ++i)
        distinct.push_back(PageEncoder::encode(yc::test::syntheticScanPage(20 + i, 100)));
    std::vector<MaterialPage> pages;
    for (int i = 0; i < 100; ++i)
        pages.push_back(distinct[size_t(i % 4)]);
    return PdfWriter::write(pages);
}

// Dark pixels in the middle of the page view: text of the first page.
int inkInView(QWidget* view)
{
    const QImage shot = view->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    int ink = 0;
    for (int y = 0; y < shot.height(); y += 2)
        for (int x = 0; x < shot.width(); x += 2)
            ink += qGray(shot.pixel(x, y)) < 80;
    return ink;
}

} // namespace

class TestMaterialPreview : public QObject
{
    Q_OBJECT

private slots:
    void hundredPagesFirstPageAtOnceThumbnailsLazily()
    {
        yc::ui::MaterialPreview preview;
        preview.resize(900, 700);
        QVERIFY(preview.setPdf(hundredPagePdf()));
        QCOMPARE(preview.document()->pageCount(), 100);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));

        QTRY_VERIFY_WITH_TIMEOUT(inkInView(preview.view()) > 500, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(preview.thumbnailsRendered() >= 3, 10000);
        const int requested = preview.thumbnailsRequested();
        qInfo("thumbnails requested with the first screen: %d of 100", requested);
        QVERIFY(requested >= 3);
        QVERIFY(requested < 20); // only those in sight

        const QString keep = qEnvironmentVariable("YC_MATERIALS_ARTIFACTS");
        if (!keep.isEmpty())
            preview.grab().save(keep + QStringLiteral("/material-preview.png"));

        // Scrolling to the end asks for the last pages' thumbnails, not for everything between.
        preview.thumbnails()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(preview.thumbnailsRendered() > requested, 10000);
        const QModelIndex last = preview.thumbnails()->model()->index(99, 0);
        QTRY_VERIFY(preview.thumbnailsRequested() < 50);
        QVERIFY(preview.thumbnails()->model()->data(last, Qt::DecorationRole).isValid());

        // Clicking a thumbnail shows its page.
        preview.showPage(42);
        QTRY_COMPARE(preview.view()->pageNavigator()->currentPage(), 42);
    }

    void zoomAndFitToWidth()
    {
        yc::ui::MaterialPreview preview;
        preview.resize(800, 600);
        QVERIFY(preview.setPdf(PdfWriter::write({PageEncoder::encode(yc::test::syntheticScanPage(1, 100))})));
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QCOMPARE(preview.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        const qreal before = preview.view()->zoomFactor();
        preview.findChild<QToolButton*>(QStringLiteral("zoomIn"))->click();
        QCOMPARE(preview.view()->zoomMode(), QPdfView::ZoomMode::Custom);
        QVERIFY(preview.view()->zoomFactor() > before);
        preview.findChild<QToolButton*>(QStringLiteral("zoomOut"))->click();
        preview.findChild<QToolButton*>(QStringLiteral("zoomOut"))->click();
        QVERIFY(preview.view()->zoomFactor() < before);
        preview.findChild<QToolButton*>(QStringLiteral("fitWidth"))->click();
        QCOMPARE(preview.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        QVERIFY(!preview.setPdf("not a pdf"));
    }
};

YC_TEST_MAIN(TestMaterialPreview)
#include "TestMaterialPreview.moc"
