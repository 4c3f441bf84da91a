// Printing a kept notice: the preview shows its pages, printing to a PDF file gives the notice at
// 100 % on A4 portrait (same pages, same picture, its text searchable), counts the print and
// audits it by case and kind; the printer used last is chosen again while it exists, else the
// default one with a message; Case → Reprint notice… finds a case by number and prints one of its
// notices with the keyboard only.
#include "FakeClock.h"
#include "NoticeFixtures.h"
#include "PdfTools.h"
#include "TestMain.h"
#include "core/Settings.h"
#include "storage/AuditLog.h"
#include "storage/NoticeRepository.h"
#include "storage/Store.h"
#include "ui/MainWindow.h"
#include "ui/print/NoticePrinter.h"
#include "ui/print/PrintModule.h"
#include "ui/print/PrintPreviewDialog.h"
#include "ui/print/PrinterMemory.h"
#include "ui/print/ReprintDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>

using namespace yc;
using yc::ui::AvailablePrinters;
using yc::ui::PrinterMemory;

namespace {

// Page `page` of a PDF as poppler draws it, in grey.
QImage pageImage(const QString& pdf, const QString& workDir, int page, int dpi)
{
    const QString prefix =
        QDir(workDir).filePath(QStringLiteral("page-%1-%2").arg(QFileInfo(pdf).baseName()).arg(page));
    const auto run = test::runTool(QStringLiteral("pdftoppm"),
                                   {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
                                    QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-f"),
                                    QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix});
    return run.ok ? QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8) : QImage();
}

// The page in blocks of 4 x 4 pixels (their mean grey): a picture drawn once as text and once as
// an image differs pixel by pixel along every stroke, not block by block.
std::vector<double> blocks(const QImage& image)
{
    constexpr int k = 4;
    std::vector<double> out;
    for (int by = 0; by + k <= image.height(); by += k) {
        for (int bx = 0; bx + k <= image.width(); bx += k) {
            int sum = 0;
            for (int y = by; y < by + k; ++y) {
                const uchar* row = image.constScanLine(y);
                for (int x = bx; x < bx + k; ++x)
                    sum += row[x];
            }
            out.push_back(sum / double(k * k));
        }
    }
    return out;
}

// Mean absolute difference of the blocks of `a` and those of `b` moved by (dx, dy) blocks.
double blockDifference(const QImage& a, const QImage& b, int dx = 0, int dy = 0)
{
    if (a.size() != b.size() || a.isNull())
        return 255;
    const int columns = a.width() / 4;
    const int rows = a.height() / 4;
    const std::vector<double> ba = blocks(a);
    const std::vector<double> bb = blocks(b);
    double sum = 0;
    int n = 0;
    for (int y = 2; y < rows - 2; ++y) {
        for (int x = 2; x < columns - 2; ++x) {
            sum += std::abs(ba[size_t(y * columns + x)] - bb[size_t((y + dy) * columns + x + dx)]);
            ++n;
        }
    }
    return sum / n;
}

int darkPixels(const QImage& image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar* row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            ink += row[x] < 128;
    }
    return ink;
}

QString pageSizeLine(const QString& pdf)
{
    const auto info = test::runTool(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : info.out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Page size:")))
            return line.simplified();
    return {};
}

} // namespace

class TestNoticePrinting : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    QString m_dir;
    std::unique_ptr<storage::Store> m_store;
    std::unique_ptr<Settings> m_settings;
    test::KeptNotice m_notice;

    AppContext context() const
    {
        AppContext c;
        c.store = m_store.get();
        c.clock = &m_clock;
        c.settings = m_settings.get();
        c.dataDir = m_dir;
        return c;
    }

    storage::NoticeRepository notices() const
    {
        return storage::NoticeRepository(m_store->database(), m_store->cipher(), m_clock);
    }

    // Checks a notice printed to `out`: the kept PDF's pages, A4 portrait, the same picture at
    // 100 %, the case number and title in its text, and no other text than the notice's.
    void checkPrintedPdf(const QString& out, const QString& workDir)
    {
        checkPrintedPdf(out, workDir, m_notice.pdf, m_notice.caseNumber, QStringLiteral("受理通知书"));
    }

    void checkPrintedPdf(const QString& out, const QString& workDir, const QByteArray& kept, const QString& caseNumber,
                         const QString& title)
    {
        QVERIFY2(QFile::exists(out), qPrintable(out));
        const QString original = QDir(workDir).filePath(QStringLiteral("original.pdf"));
        QFile f(original);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kept);
        f.close();

        const int pages = test::pdfPages(original);
        QVERIFY(pages >= 1);
        QCOMPARE(test::pdfPages(out), pages);
        const QString size = pageSizeLine(out);
        qInfo("printed: %d page(s), %s", pages, qPrintable(size));
        QVERIFY2(size.contains(QStringLiteral("(A4)")), qPrintable(size));
        QCOMPARE(size, pageSizeLine(original)); // portrait, like the notice

        const QString text = test::squeezed(test::pdfText(out).out);
        QVERIFY2(text.contains(caseNumber), qPrintable(text.left(300)));
        QVERIFY2(text.contains(title), qPrintable(text.left(300)));

        for (int page = 1; page <= pages; ++page) {
            const QImage printed = pageImage(out, workDir, page, 100);
            const QImage expected = pageImage(original, workDir, page, 100);
            QCOMPARE(printed.size(), expected.size());
            const double same = blockDifference(expected, printed);
            // The same page moved by 1 mm: what a shifted or scaled print would look like.
            const double moved =
                std::min(blockDifference(expected, printed, 1, 0), blockDifference(expected, printed, 0, 1));
            const int ink = darkPixels(expected);
            qInfo("page %d: mean block difference %.2f in place, %.2f moved by 1 mm; %d dark pixels", page, same, moved,
                  ink);
            QVERIFY(ink > 2000); // the page has the notice on it
            QVERIFY(darkPixels(printed) > ink / 2);
            QVERIFY(same < 5.0); // the same picture, at the same place and scale
            QVERIFY(moved > 1.5 * same);
        }
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone(8 * 3600)));
        m_dir = test::TestEnvironment::current()->freshDir(QStringLiteral("print"));
        auto store = storage::Store::open({m_dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(store.value());
        m_settings = std::make_unique<Settings>(m_dir);
        auto kept = test::keepSampleNotice(*m_store, NoticeKind::Acceptance, m_clock);
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message));
        m_notice = kept.value();
    }

    void cleanup()
    {
        m_settings.reset();
        m_store.reset();
    }

    void rememberedPrinterIsKeptForThisPc()
    {
        PrinterMemory(m_settings.get()).remember(QStringLiteral("Hall laser 2F"));
        // Another Settings object on the same folder (the next start of the program) reads it back.
        Settings reopened(m_dir);
        QCOMPARE(reopened.value(PrinterMemory::settingsKey()).toString(), QStringLiteral("Hall laser 2F"));
        QCOMPARE(PrinterMemory(&reopened).remembered(), QStringLiteral("Hall laser 2F"));
        QFile ini(reopened.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY2(text.contains("[printing]") && text.contains("printer=Hall laser 2F"), text.constData());
        QCOMPARE(PrinterMemory(nullptr).remembered(), QString());
    }

    void choosesRememberedElseDefault_data()
    {
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("defaultName");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QStringList>("messageNames"); // empty: no message
        const QStringList two{QStringLiteral("Laser A"), QStringLiteral("Laser B")};
        QTest::newRow("remembered and there") << QStringLiteral("Laser B") << two << QStringLiteral("Laser A")
                                              << QStringLiteral("Laser B") << QStringList();
        QTest::newRow("nothing remembered: default")
            << QString() << two << QStringLiteral("Laser B") << QStringLiteral("Laser B") << QStringList();
        QTest::newRow("remembered gone: default")
            << QStringLiteral("Old laser") << two << QStringLiteral("Laser B") << QStringLiteral("Laser B")
            << QStringList{QStringLiteral("Old laser"), QStringLiteral("Laser B")};
        QTest::newRow("remembered gone, no default: first")
            << QStringLiteral("Old laser") << two << QString() << QStringLiteral("Laser A")
            << QStringList{QStringLiteral("Old laser"), QStringLiteral("Laser A")};
        QTest::newRow("remembered gone, no printer")
            << QStringLiteral("Old laser") << QStringList() << QString() << QString()
            << QStringList{QStringLiteral("Old laser"), QStringLiteral("PDF")};
        QTest::newRow("no printer at all")
            << QString() << QStringList() << QString() << QString() << QStringList{QStringLiteral("PDF")};
    }

    void choosesRememberedElseDefault()
    {
        QFETCH(QString, remembered);
        QFETCH(QStringList, names);
        QFETCH(QString, defaultName);
        QFETCH(QString, chosen);
        QFETCH(QStringList, messageNames);
        PrinterMemory memory(m_settings.get());
        memory.remember(remembered);
        const auto selection = memory.choose({names, defaultName});
        QCOMPARE(selection.printerName, chosen);
        QCOMPARE(selection.message.isEmpty(), messageNames.isEmpty());
        for (const QString& name : messageNames)
            QVERIFY2(selection.message.contains(name), qPrintable(selection.message));

        // The dialog starts with the same choice and shows the message.
        ui::PrintPreviewDialog dialog(context());
        dialog.setAvailablePrinters({names, defaultName});
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("printerCombo"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("printStatus"));
        auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("pdfFileEdit"));
        QVERIFY(combo && status && file);
        QCOMPARE(combo->count(), names.size() + 1); // the printers and "PDF file"
        QCOMPARE(combo->currentData().toString(), chosen);
        QCOMPARE(file->isVisibleTo(&dialog), chosen.isEmpty()); // the file field only for a PDF file
        QCOMPARE(status->text(), selection.message);
    }

    void previewAndPrintToPdf()
    {
        const QString work = test::TestEnvironment::current()->freshDir(QStringLiteral("printed"));
        const QString out = QDir(work).filePath(QStringLiteral("notice-printed.pdf"));
        ui::PrintPreviewDialog dialog(context());
        dialog.setAvailablePrinters({}); // no printer here: a PDF file
        const Status shown = dialog.showNotice(m_notice.noticeId);
        QVERIFY2(shown.ok(), qPrintable(shown.ok() ? QString() : shown.error().message));
        QSignalSpy printed(&dialog, &ui::PrintPreviewDialog::printed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString kept = QDir(work).filePath(QStringLiteral("kept.pdf"));
        QFile keptFile(kept);
        QVERIFY(keptFile.open(QIODevice::WriteOnly));
        keptFile.write(m_notice.pdf);
        keptFile.close();
        const int pages = test::pdfPages(kept);
        QVERIFY(pages >= 1);
        QTRY_COMPARE(dialog.preview()->pageCount(), pages);
        QCOMPARE(dialog.pageCount(), pages);
        if (const QString keep = qEnvironmentVariable("YC_PRINT_ARTIFACTS"); !keep.isEmpty())
            dialog.grab().save(QDir(keep).filePath(QStringLiteral("print-preview.png")));
        auto* heading = dialog.findChild<QLabel*>(QStringLiteral("noticeHeading"));
        QVERIFY(heading->text().contains(m_notice.caseNumber));
        QVERIFY(!heading->text().contains(test::sampleApplicantName()));

        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("printerCombo"));
        QCOMPARE(combo->count(), 1);
        auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("pdfFileEdit"));
        QVERIFY(file->isVisible());
        // A file that cannot be written: said so, nothing counted, the dialog stays.
        const QString nowhere = QDir(work).filePath(QStringLiteral("no-such-folder/notice.pdf"));
        QTest::keyClicks(file, nowhere);
        QTest::keyClick(file, Qt::Key_Return);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("printStatus"));
        QVERIFY2(status->text().contains(nowhere), qPrintable(status->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(printed.count(), 0);
        QCOMPARE(notices().record(m_notice.noticeId).value().printCount, 0);

        file->clear();
        QTest::keyClicks(file, out);
        QTest::keyClick(file, Qt::Key_Return); // the default button: Print
        QTRY_COMPARE(printed.count(), 1);
        QCOMPARE(printed.at(0).at(0).toString(), m_notice.noticeId);
        QCOMPARE(printed.at(0).at(1).toInt(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // YC_PRINT_ARTIFACTS=DIR keeps the kept and the printed notice, to look at.
        if (const QString keep = qEnvironmentVariable("YC_PRINT_ARTIFACTS"); !keep.isEmpty()) {
            QFile::copy(kept, QDir(keep).filePath(QStringLiteral("notice-kept.pdf")));
            QFile::copy(out, QDir(keep).filePath(QStringLiteral("notice-printed.pdf")));
        }
        checkPrintedPdf(out, work);
        if (QTest::currentTestFailed())
            return;

        // Counted and audited by case and kind; a PDF file is not remembered as "the printer".
        QCOMPARE(notices().record(m_notice.noticeId).value().printCount, 1);
        const auto audit = storage::AuditLog(m_store->database(), m_clock).latest(1).value();
        QCOMPARE(audit.at(0).action, QStringLiteral("notice.print"));
        QCOMPARE(audit.at(0).objectType, QStringLiteral("case"));
        QCOMPARE(audit.at(0).objectId, m_notice.caseId);
        QCOMPARE(audit.at(0).detail,
                 QStringLiteral("notice=%1 kind=acceptance output=pdf prints=1").arg(m_notice.noticeId));
        QVERIFY(!m_settings->contains(PrinterMemory::settingsKey()));
    }

    // Two pages with the training watermark and a verification QR code, printed by NoticePrinter
    // itself: both pages A4 at 100 %, and the QR code still reads the same.
    void multiPageNoticeKeepsItsQrCode()
    {
        const QString code =
            QStringLiteral("YCN1|%1|correction|2026-03-02|7d1c3a52-3f5e-4c1b-9a0e-2b6f4f1d9e11|c2lnbmF0dXJl")
                .arg(m_notice.caseNumber);
        const QByteArray pdf = test::sampleNoticePdf(NoticeKind::Correction, m_clock.today(), code, true);
        QVERIFY(!pdf.isEmpty());
        ui::NoticePrinter printer;
        QVERIFY(printer.open(pdf).ok());
        QCOMPARE(printer.pageCount(), 2);

        const QString work = test::TestEnvironment::current()->freshDir(QStringLiteral("two-pages"));
        const QString out = QDir(work).filePath(QStringLiteral("correction-printed.pdf"));
        QPrinter target(QPrinter::HighResolution);
        target.setOutputFormat(QPrinter::PdfFormat);
        target.setOutputFileName(out);
        const Status printed = printer.print(target);
        QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error().message));
        if (const QString keep = qEnvironmentVariable("YC_PRINT_ARTIFACTS"); !keep.isEmpty())
            QFile::copy(out, QDir(keep).filePath(QStringLiteral("correction-printed.pdf")));
        checkPrintedPdf(out, work, pdf, m_notice.caseNumber, QStringLiteral("补正材料通知书"));
        if (QTest::currentTestFailed())
            return;
        QStringList found;
        for (int page = 1; page <= 2; ++page)
            found << test::qrCodes(out, work, page, 200);
        QCOMPARE(found, QStringList{code});
    }

    void unreadableNoticeIsNotShown()
    {
        ui::PrintPreviewDialog dialog(context());
        QCOMPARE(dialog.showNotice(QStringLiteral("no-such-notice")).error().code, QStringLiteral("notice.not-found"));
        QCOMPARE(dialog.pageCount(), 0);
        QVERIFY(!dialog.print().ok());
    }

    void reprintFromTheMainWindowByKeyboard()
    {
        ui::MainWindow window(context());
        ui::PrintModule module(window, context());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionReprintNotice"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

        ui::ReprintDialog* reprint = nullptr;
        QTRY_VERIFY((reprint = window.findChild<ui::ReprintDialog*>()) && reprint->isVisible());
        auto* caseEdit = reprint->findChild<QLineEdit*>(QStringLiteral("caseEdit"));
        auto* status = reprint->findChild<QLabel*>(QStringLiteral("reprintStatus"));
        QTRY_VERIFY(caseEdit->hasFocus());

        // An unknown number says so; the case number lists its notices and puts the focus on them.
        QTest::keyClicks(caseEdit, QStringLiteral("21020001-2026-999999"));
        QTest::keyClick(caseEdit, Qt::Key_Return);
        QVERIFY(status->text().contains(QStringLiteral("21020001-2026-999999")));
        QCOMPARE(reprint->list()->topLevelItemCount(), 0);
        caseEdit->clear();
        QTest::keyClicks(caseEdit, m_notice.caseNumber);
        QTest::keyClick(caseEdit, Qt::Key_Return);
        QCOMPARE(reprint->list()->topLevelItemCount(), 1);
        QTRY_VERIFY(reprint->list()->hasFocus());
        QCOMPARE(reprint->list()->topLevelItem(0)->text(2), QStringLiteral("0"));
        QVERIFY(reprint->isVisible()); // Enter in the field found the case, it did not close the dialog

        QTest::keyClick(reprint->list(), Qt::Key_Return);
        ui::PrintPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = reprint->previewDialog()) && preview->isVisible());
        auto* combo = preview->findChild<QComboBox*>(QStringLiteral("printerCombo"));
        combo->setCurrentIndex(combo->count() - 1); // "PDF file", whatever printers this PC has
        const QString work = test::TestEnvironment::current()->freshDir(QStringLiteral("reprinted"));
        const QString out = QDir(work).filePath(QStringLiteral("reprint.pdf"));
        auto* file = preview->findChild<QLineEdit*>(QStringLiteral("pdfFileEdit"));
        QTest::keyClicks(file, out);
        QTest::keyClick(file, Qt::Key_Return);

        QTRY_VERIFY(!reprint->previewDialog());
        QTRY_COMPARE(reprint->list()->topLevelItem(0)->text(2), QStringLiteral("1")); // the list shows the print
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("1")));
        checkPrintedPdf(out, work);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(notices().record(m_notice.noticeId).value().printCount, 1);
    }
};

YC_TEST_MAIN(TestNoticePrinting)
#include "TestNoticePrinting.moc"
