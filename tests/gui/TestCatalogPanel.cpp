// The catalog page as the clerk uses it: type, move with the arrow keys, Enter, print the guide.
#include "CatalogFixtures.h"
#include "PdfTools.h"
#include "TestMain.h"
#include "core/Clock.h"
#include "core/catalog/CatalogDocument.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogRepository.h"
#include "storage/catalog/CatalogSearch.h"
#include "ui/MainWindow.h"
#include "ui/catalog/CatalogPanel.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextBrowser>

class TestCatalogPanel : public QObject
{
    Q_OBJECT

private slots:
    void searchNavigateShowPrint()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("panel"));
        auto store =
            yc::storage::Store::open({dir, yc::storage::KeyStoreMode::File, yc::storage::CipherSuite::Aes256Gcm});
        QVERIFY(store.ok());
        yc::SystemClock clock;
        {
            auto doc = yc::catalog::CatalogDocument::parse(yc::test::trainingCatalogBytes());
            QVERIFY(doc.ok());
            QVERIFY(yc::storage::CatalogRepository(store.value()->database()).import(doc.value(), clock.now()).ok());
        }
        yc::storage::CatalogSearch search(store.value()->database().path(), &clock);
        QSignalSpy ready(&search, &yc::storage::CatalogSearch::indexReady);
        yc::AppContext context{.store = store.value().get(), .clock = &clock, .dataDir = dir, .catalogSearch = &search};
        yc::ui::MainWindow window(context);
        auto* panel = new yc::ui::CatalogPanel(context, &search);
        window.addPage(panel, QStringLiteral("Catalog"), QKeySequence(Qt::Key_F3));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.wait(10000) || ready.size() == 1);

        auto* show = window.findChild<QAction*>(QStringLiteral("showPage_catalogPanel"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::Key_F3));
        show->trigger();
        QVERIFY(panel->isVisible());
        auto* query = panel->findChild<QLineEdit*>(QStringLiteral("catalogQuery"));
        auto* results = panel->findChild<QListWidget*>(QStringLiteral("catalogResults"));
        auto* guide = panel->findChild<QTextBrowser*>(QStringLiteral("catalogGuide"));
        auto* print = panel->findChild<QPushButton*>(QStringLiteral("catalogPrintGuide"));
        QVERIFY(query && results && guide && print);
        QTRY_VERIFY(query->hasFocus());
        QVERIFY(!print->isEnabled());

        // Results follow each keystroke.
        QTest::keyClicks(query, QStringLiteral("sf"));
        QTRY_VERIFY(results->count() > 0);
        QTest::keyClick(query, Qt::Key_Z);
        QTRY_VERIFY(results->count() > 0 && results->item(0)->text().startsWith(QStringLiteral("居民身份证")));
        QCOMPARE(results->currentRow(), 0);

        // Arrow keys move through the results without leaving the search box; Enter shows the guide.
        QTest::keyClick(query, Qt::Key_Down);
        QCOMPARE(results->currentRow(), 1);
        QTest::keyClick(query, Qt::Key_Up);
        QTest::keyClick(query, Qt::Key_Up);
        QCOMPARE(results->currentRow(), 0);
        QTest::keyClick(query, Qt::Key_Down);
        const QString chosen = results->currentItem()->data(Qt::UserRole).toString();
        QTest::keyClick(query, Qt::Key_Return);
        QCOMPARE(panel->currentCode(), chosen);
        QVERIFY(guide->toPlainText().contains(QStringLiteral("居民身份证")));
        QVERIFY(guide->toPlainText().contains(chosen));
        QVERIFY(print->isEnabled());
        QVERIFY(query->hasFocus());

        // The chosen item is now boosted at this window: typing the query again puts it first.
        query->clear();
        QTest::keyClicks(query, QStringLiteral("sfz"));
        QTRY_COMPARE(results->count() > 0 ? results->item(0)->data(Qt::UserRole).toString() : QString(), chosen);

        // Print guide (what the button does once the file is chosen).
        const QString pdf = dir + QStringLiteral("/guide.pdf");
        const auto written = panel->printGuideTo(pdf);
        YC_VERIFY_OK(written);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        const auto fonts = yc::test::pdfFonts(pdf); // the CJK fonts are embedded
        QVERIFY2(fonts.ok && fonts.fonts > 0 && fonts.allEmbedded, qPrintable(fonts.table));
        QVERIFY(bytes.size() > 10000);
        // Text copied out of the guide reads back as written: every line of the guide on screen is in
        // what pdftotext gives back (spaces and line breaks aside), and nothing comes back as a CJK
        // radical (⼈ for 人, ⺠ for 民: what Qt's text map gave before PdfTextMap).
        const auto copiedText = yc::test::pdfText(pdf);
        QVERIFY2(copiedText.ok, "pdftotext (poppler-utils) failed");
        const QString copied = yc::test::squeezed(copiedText.out);
        static const QRegularExpression radicals(QStringLiteral("[\\x{2E80}-\\x{2FDF}\\x{F900}-\\x{FAFF}]"));
        QVERIFY2(!copied.contains(radicals), qPrintable(copied.left(400)));
        int lines = 0;
        for (const QString& line : guide->toPlainText().split(QLatin1Char('\n'))) {
            const QString wanted = yc::test::squeezed(line);
            if (wanted.isEmpty())
                continue;
            QVERIFY2(copied.contains(wanted), qPrintable(QStringLiteral("not in the PDF's text: ") + wanted));
            ++lines;
        }
        QVERIFY(lines > 10);
        QVERIFY(copied.contains(QStringLiteral("居民身份证")));

        // A query without matches says so.
        query->clear();
        QTest::keyClicks(query, QStringLiteral("qqqxxz"));
        auto* status = panel->findChild<QLabel*>(QStringLiteral("catalogStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("qqqxxz")));
        QCOMPARE(results->count(), 0);
        // An empty box shows the size of the catalog again.
        query->clear();
        QTRY_VERIFY(status->text().contains(QStringLiteral("78")));
    }
};

YC_TEST_MAIN(TestCatalogPanel)
#include "TestCatalogPanel.moc"
