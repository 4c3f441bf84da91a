// The standard case at the window, keyboard only, through the real main window with the simulated
// ID card reader and scanner: read the card (F2), find the item by its pinyin initials, scan three
// materials, accept, print the acceptance notice to a PDF file. The test counts every key it sends
// that is not typed text and every mouse event the application sees: at most 15 keys, no mouse.
#define YC_TEST_FONTS
#include <QTimeZone>

#include "IntakeFixtures.h"
#include "TestMain.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "devices/CardReaderService.h"
#include "intake/CaseOverview.h"
#include "storage/catalog/CatalogSearch.h"
#include "sync/CurrentStaff.h"
#include "ui/MainWindow.h"
#include "ui/Workbench.h"
#include "ui/intake/IntakePage.h"
#include "ui/print/PrintPreviewDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>

namespace {

// Counts the mouse events any widget of the application receives.
class MouseCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
            ++count;
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

const QString Unemployment = QStringLiteral("000119004001-210200000000-000-11210200YC0000044M-1-00"); // 失业保险金申领

} // namespace

class TestIntakeStandardCase : public QObject
{
    Q_OBJECT

    int m_keys = 0;

    // A key that is not typed text, sent where the focus is, as the keyboard would.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
        ++m_keys;
    }

    static void type(const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        for (const QChar c : text)
            QTest::keyClick(focus, char(c.unicode()));
    }

private slots:
    void keyboardOnlyStandardCase()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("intake-standard"));
        qputenv("YICHUANG_PLUGIN_PATH", YC_BIN_DIR "/../plugins/scanner");
        yc::SystemClock clock;
        auto store = yc::test::openIntakeStore(dir, clock.now());
        QVERIFY(store);
        yc::Settings settings(dir);
        settings.setValue(QStringLiteral("reader/plugin"), QStringLiteral("simulated"));

        // The main window as yichuang's main() builds it; training mode for the simulated scanner.
        yc::ui::Workbench bench(
            *store, settings, clock,
            yc::ui::Workbench::Options{.training = true,
                                       .readerSearchPaths = {QStringLiteral(YC_BIN_DIR "/../plugins/idcard")}});
        yc::ui::MainWindow& window = bench.window();
        QSignalSpy ready(&bench.catalogSearch(), &yc::storage::CatalogSearch::indexReady);
        bench.currentStaff().set({QStringLiteral("c1001"), QStringLiteral("c1001"), QStringLiteral("测试丙"),
                                  QStringLiteral("clerk"), false},
                                 clock.now());
        window.resize(1366, 768);
        bench.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(ready.wait(10000) || ready.size() == 1);
        QTRY_VERIFY_WITH_TIMEOUT(bench.context().cardReader->status() == yc::devices::CardReaderService::Status::Ready,
                                 10000);
        yc::ui::IntakePage* page = bench.intakePage();
        QVERIFY(page && page->isVisible());
        MouseCounter mouse;
        qApp->installEventFilter(&mouse);
        auto* name = page->findChild<QLineEdit*>(QStringLiteral("applicantName"));
        auto* phone = page->findChild<QLineEdit*>(QStringLiteral("applicantPhone"));
        QVERIFY(name && phone);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        const QString pdfPath = dir + QStringLiteral("/notice.pdf");

        QElapsedTimer wall;
        wall.start();
        // Applicant: the card reads everything but the phone.
        press(Qt::Key_F2);
        QTRY_VERIFY_WITH_TIMEOUT(!name->text().isEmpty(), 10000);
        QCOMPARE(QApplication::focusWidget(), phone);
        type(QStringLiteral("13800000000"));
        press(Qt::Key_Return);
        QCOMPARE(page->currentStep(), int(yc::ui::IntakePage::ItemStep));

        // Item: 失业保险金申领 by its pinyin initials.
        auto* results = page->findChild<QListWidget*>(QStringLiteral("itemResults"));
        QVERIFY(results);
        type(QStringLiteral("sybxjsl"));
        QTRY_VERIFY(results->count() > 0);
        for (int i = 0; i < results->count() && results->currentItem()->data(Qt::UserRole).toString() != Unemployment;
             ++i)
            press(Qt::Key_Down);
        QCOMPARE(results->currentItem()->data(Qt::UserRole).toString(), Unemployment);
        press(Qt::Key_Return); // chooses it
        const auto questions = page->findChildren<QComboBox*>(QRegularExpression(QStringLiteral("^situation_")));
        for (QComboBox* q : questions) {
            if (q->currentData().toString().isEmpty()) {
                QCOMPARE(QApplication::focusWidget(), q);
                press(Qt::Key_Down);
            }
        }
        press(Qt::Key_Return);
        QCOMPARE(page->currentStep(), int(yc::ui::IntakePage::MaterialsStep));

        // Materials: F6 scans the material in focus and moves on to the next.
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("materialsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(QApplication::focusWidget(), table->cellWidget(row, 1));
            press(Qt::Key_F6);
            QTRY_VERIFY2_WITH_TIMEOUT(qobject_cast<QComboBox*>(table->cellWidget(row, 1))->currentData().toString() ==
                                          QStringLiteral("scanned"),
                                      qPrintable(page->message()), 20000);
        }
        press(Qt::Key_Return);
        QCOMPARE(page->currentStep(), int(yc::ui::IntakePage::ReviewStep));

        // Accept, then print the acceptance notice: the preview opens with the PDF file as target
        // (no printer on this PC) and Enter prints.
        press(Qt::Key_F9);
        QVERIFY2(!page->decidedCaseId().isEmpty(), qPrintable(page->message()));
        press(Qt::Key_P, Qt::ControlModifier);
        yc::ui::PrintPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = window.findChild<yc::ui::PrintPreviewDialog*>()) && preview->isVisible());
        QTRY_VERIFY(QApplication::activeWindow() == preview);
        auto* file = preview->findChild<QLineEdit*>(QStringLiteral("pdfFileEdit"));
        QVERIFY(file && file->isVisible());
        file->setText(pdfPath); // where the clerk's PDFs go (typed text, not counted)
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pdfPath).size() > 0, 20000);
        const qint64 elapsed = wall.elapsed();
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF"));

        auto detail = yc::intake::CaseOverview(store->database(), store->cipher(), dir).show(page->decidedCaseId());
        QVERIFY(detail.ok() && detail.value().has_value());
        QCOMPARE(detail.value()->line.decision, QStringLiteral("accepted"));
        QCOMPARE(detail.value()->line.itemCode, Unemployment);
        qInfo("standard case: %d key presses beyond typed text, %d mouse events, %lld ms wall time", m_keys,
              mouse.count, elapsed);
        QCOMPARE(mouse.count, 0);
        QVERIFY2(m_keys <= 15, qPrintable(QString::number(m_keys)));
        qApp->removeEventFilter(&mouse);
    }
};

YC_TEST_MAIN(TestIntakeStandardCase)
#include "TestIntakeStandardCase.moc"
