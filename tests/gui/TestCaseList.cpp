// The cases at this window (F8), as the clerk uses them by keyboard: today's and the open cases
// with the applicant masked in every cell; Enter on a draft reopens it in the intake screen; Ctrl+P
// reprints a decided case's notice through the print preview; Ctrl+U records a supplement for a
// case waiting for correction, queued in the outbox with its file and note, or with the material
// scanned (F6) from the simulated scanner of training mode.
#include "TestMain.h"
#include "WindowCases.h"
#include "core/Masking.h"
#include "core/Settings.h"
#include "storage/MaterialStore.h"
#include "storage/NoticeRepository.h"
#include "storage/OutboxRepository.h"
#include "sync/OfflineQueue.h"
#include "ui/MainWindow.h"
#include "ui/cases/CaseListPage.h"
#include "ui/cases/SupplementDialog.h"
#include "ui/intake/IntakePage.h"
#include "ui/materials/MaterialScanner.h"
#include "ui/print/PrintModule.h"
#include "ui/print/PrintPreviewDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace yc;

class TestCaseList : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    QString m_dir;
    std::unique_ptr<storage::Store> m_store;
    std::unique_ptr<Settings> m_settings;
    test::WindowCases m_cases;

    [[nodiscard]] AppContext context() const
    {
        AppContext c;
        c.store = m_store.get();
        c.clock = &m_clock;
        c.settings = m_settings.get();
        c.dataDir = m_dir;
        return c;
    }

    [[nodiscard]] std::vector<storage::OutboxListRow> outbox(const QString& kind) const
    {
        storage::OutboxListFilter filter;
        filter.includeSubmitted = true;
        std::vector<storage::OutboxListRow> rows;
        auto all = sync::OfflineQueue::list(m_store->database(), m_store->cipher(), filter);
        if (all)
            for (const auto& r : all.value())
                if (r.kind == kind)
                    rows.push_back(r);
        return rows;
    }

    static int rowOf(const ui::CaseListPage& page, const QString& caseId)
    {
        for (int row = 0; row < page.table()->rowCount(); ++row)
            if (page.table()->item(row, ui::CaseListPage::NumberColumn)->data(Qt::UserRole).toString() == caseId)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_dir = test::TestEnvironment::current()->freshDir(QStringLiteral("case-list"));
        m_cases = test::makeWindowCases(m_store, m_dir, m_clock, true);
        QVERIFY(m_store);
        for (const QString& id : m_cases.listed())
            QVERIFY(!id.isEmpty());
        m_settings = std::make_unique<Settings>(m_dir);
    }

    void listsTodayAndOpenCasesMasked()
    {
        ui::CaseListPage page(context());
        page.setStaffId(QStringLiteral("c1001"));
        page.resize(1280, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_COMPARE(QApplication::focusWidget(), page.table());

        QTableWidget* table = page.table();
        QCOMPARE(table->rowCount(), m_cases.listed().size());
        QVERIFY(rowOf(page, m_cases.oldCompleted) < 0);
        for (const QString& id : m_cases.listed())
            QVERIFY2(rowOf(page, id) >= 0, qPrintable(id));

        // No cell holds a full name or ID number; the masked ones are there.
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                if (table->item(row, column))
                    cells << table->item(row, column)->text();
        for (const intake::Party& p : std::as_const(m_cases.applicants)) {
            for (const QString& cell : std::as_const(cells)) {
                QVERIFY2(!cell.contains(p.identity.name), qPrintable(cell));
                QVERIFY2(!cell.contains(p.identity.idNumber), qPrintable(cell));
                QVERIFY2(!cell.contains(p.identity.idNumber.left(14)), qPrintable(cell));
            }
        }
        const Applicant& today = m_cases.applicants[3].identity;
        const int todayRow = rowOf(page, m_cases.todayAccepted);
        QCOMPARE(table->item(todayRow, ui::CaseListPage::ApplicantColumn)->text(), mask::name(today.name));
        QCOMPARE(table->item(todayRow, ui::CaseListPage::IdNumberColumn)->text(), mask::idNumber(today.idNumber));
        // State, promised date with its working days, sync state.
        QCOMPARE(table->item(todayRow, ui::CaseListPage::StateColumn)->text(), QStringLiteral("Accepted"));
        QVERIFY(
            table->item(todayRow, ui::CaseListPage::PromisedColumn)->text().contains(QStringLiteral("working day")));
        QCOMPARE(table->item(todayRow, ui::CaseListPage::SyncColumn)->text(), QStringLiteral("Waiting to be sent"));
        QCOMPARE(table->item(rowOf(page, m_cases.draft), ui::CaseListPage::StateColumn)->text(),
                 QStringLiteral("Draft"));
        QCOMPARE(table->item(rowOf(page, m_cases.oldCorrection), ui::CaseListPage::StateColumn)->text(),
                 QStringLiteral("Waiting for correction"));

        // The buttons say their keys, and follow the case in focus.
        auto* reopen = page.findChild<QPushButton*>(QStringLiteral("reopenDraftButton"));
        auto* supplement = page.findChild<QPushButton*>(QStringLiteral("supplementButton"));
        QVERIFY(reopen && supplement);
        QVERIFY(reopen->text().contains(QStringLiteral("Enter")));
        QVERIFY(supplement->text().contains(QStringLiteral("Ctrl+U")));
        QVERIFY(page.selectCase(m_cases.draft));
        QVERIFY(reopen->isEnabled() && !supplement->isEnabled());
        QVERIFY(page.selectCase(m_cases.oldCorrection));
        QVERIFY(!reopen->isEnabled() && supplement->isEnabled());
    }

    void enterReopensADraftInTheIntakeScreen()
    {
        ui::MainWindow window(context());
        auto* intake = new ui::IntakePage(context());
        intake->setObjectName(QStringLiteral("intakePage"));
        intake->setStaffId(QStringLiteral("c1001"));
        window.addPage(intake, QStringLiteral("Intake"), QKeySequence(Qt::Key_F4));
        auto* page = new ui::CaseListPage(context());
        page->setStaffId(QStringLiteral("c1001"));
        window.addPage(page, QStringLiteral("Cases"), QKeySequence(Qt::Key_F8));
        // As main.cpp wires them.
        connect(page, &ui::CaseListPage::reopenDraftRequested, intake, [&window, intake](const QString& draftId) {
            if (intake->openDraft(draftId))
                window.showPage(intake);
        });
        window.resize(1280, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F8);
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), page->table());
        QVERIFY(page->selectCase(m_cases.draft));
        QTest::keyClick(page->table(), Qt::Key_Return);
        QTRY_VERIFY(intake->isVisible());
        QCOMPARE(intake->draftId(), m_cases.draft);
        QCOMPARE(intake->currentStep(), int(ui::IntakePage::ItemStep)); // the applicant is there, the item not
        QCOMPARE(intake->findChild<QLineEdit*>(QStringLiteral("applicantIdNumber"))->text(),
                 m_cases.applicants[5].identity.idNumber);
    }

    void ctrlPReprintsTheNotice()
    {
        ui::MainWindow window(context());
        ui::PrintModule printModule(window, context());
        auto* page = new ui::CaseListPage(context());
        page->setReprint([&printModule](const QString& caseId) { return printModule.reprintCase(caseId); });
        window.addPage(page, QStringLiteral("Cases"), QKeySequence(Qt::Key_F8));
        window.showPage(page);
        window.resize(1280, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(QApplication::focusWidget(), page->table());

        storage::NoticeRepository notices(m_store->database(), m_store->cipher(), m_clock);
        const auto kept = notices.list(m_cases.todayAccepted).value();
        QCOMPARE(int(kept.size()), 1);
        QCOMPARE(kept.front().printCount, 0);

        // A draft has no notice: Ctrl+P does nothing there.
        QVERIFY(page->selectCase(m_cases.draft));
        QTest::keyClick(page->table(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(!window.findChild<ui::PrintPreviewDialog*>());

        QVERIFY(page->selectCase(m_cases.todayAccepted));
        QTest::keyClick(page->table(), Qt::Key_P, Qt::ControlModifier);
        ui::PrintPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = window.findChild<ui::PrintPreviewDialog*>()) && preview->isVisible());
        auto* combo = preview->findChild<QComboBox*>(QStringLiteral("printerCombo"));
        combo->setCurrentIndex(combo->count() - 1); // "PDF file", whatever printers this PC has
        const QString out = QDir(test::TestEnvironment::current()->freshDir(QStringLiteral("reprint")))
                                .filePath(QStringLiteral("reprint.pdf"));
        auto* file = preview->findChild<QLineEdit*>(QStringLiteral("pdfFileEdit"));
        QTest::keyClicks(file, out);
        QTest::keyClick(file, Qt::Key_Return);
        QTRY_COMPARE(notices.record(kept.front().id).value().printCount, 1);
        QFile printed(out);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
    }

    void ctrlURecordsASupplement()
    {
        ui::CaseListPage page(context());
        page.setStaffId(QStringLiteral("c1001"));
        page.resize(1280, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const auto before = outbox(storage::OutboxRepository::SupplementKind);

        QVERIFY(page.selectCase(m_cases.oldCorrection));
        QTest::keyClick(page.table(), Qt::Key_U, Qt::ControlModifier);
        ui::SupplementDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<ui::SupplementDialog*>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget(), dialog->table());
        QCOMPARE(dialog->table()->rowCount(), 1); // the one material the correction asked for
        // No scanner named in the settings and not in training mode: scanning is off, and says why.
        auto* noScanner = dialog->findChild<QPushButton*>(QStringLiteral("supplementScan"));
        QVERIFY(noScanner);
        QVERIFY(!noScanner->isEnabled());
        QVERIFY(!noScanner->toolTip().isEmpty());
        QCOMPARE(dialog->table()->item(0, ui::SupplementDialog::MaterialColumn)->text().isEmpty(), false);
        // The heading names the case, masked.
        const QString heading = dialog->findChild<QLabel*>(QStringLiteral("supplementHeading"))->text();
        QVERIFY(!heading.contains(m_cases.applicants[2].identity.name));
        QVERIFY(heading.contains(mask::name(m_cases.applicants[2].identity.name)));

        // Nothing ticked: said so, nothing queued.
        QTest::keyClick(dialog->table(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!dialog->error().isEmpty());
        QVERIFY(dialog->isVisible());
        // Ticked (Space) without its file: said so, nothing queued.
        QTest::keyClick(dialog->table(), Qt::Key_Space);
        QCOMPARE(dialog->table()->item(0, ui::SupplementDialog::MaterialColumn)->checkState(), Qt::Checked);
        QVERIFY(!dialog->submit().ok());
        QVERIFY(dialog->error().contains(dialog->table()->item(0, 0)->text()));
        QCOMPARE(outbox(storage::OutboxRepository::SupplementKind).size(), before.size());

        // A file that is not a document is refused by name.
        const QString work = test::TestEnvironment::current()->freshDir(QStringLiteral("supplement"));
        const QString junk = QDir(work).filePath(QStringLiteral("junk.png"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not an image at all");
        }
        QVERIFY(!dialog->setFile(0, junk).ok());
        QVERIFY(dialog->error().contains(QStringLiteral("junk.png")));

        // A scan of the material, and a note.
        QImage scan(1240, 1754, QImage::Format_RGB32);
        scan.fill(Qt::white);
        {
            QPainter p(&scan);
            p.setPen(Qt::black);
            p.drawRect(100, 100, 1000, 300);
            p.drawText(150, 250, QStringLiteral("synthetic material"));
        }
        const QString png = QDir(work).filePath(QStringLiteral("material.png"));
        QVERIFY(scan.save(png));
        YC_VERIFY_OK(dialog->setFile(0, png));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("supplementNote"))
            ->setPlainText(QStringLiteral("补正材料已收"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("supplementNote"))->setFocus();
        QTest::keyClick(dialog->findChild<QPlainTextEdit*>(QStringLiteral("supplementNote")), Qt::Key_Return,
                        Qt::ControlModifier);
        QTRY_VERIFY(!page.findChild<ui::SupplementDialog*>() || !dialog->isVisible());

        const auto after = outbox(storage::OutboxRepository::SupplementKind);
        QCOMPARE(after.size(), before.size() + 1);
        const auto& entry = after.back();
        QCOMPARE(entry.caseId, m_cases.oldCorrection);
        auto note = sync::OfflineQueue::supplementNote(m_store->database(), m_store->cipher(), entry.objectId);
        YC_VERIFY_OK(note);
        QCOMPARE(note.value(), QStringLiteral("补正材料已收"));
        auto files = storage::MaterialStore(m_store->database(), m_store->cipher(), m_dir, m_clock)
                         .filesOfSupplement(entry.objectId);
        YC_VERIFY_OK(files);
        QCOMPARE(int(files.value().size()), 1);
        QVERIFY(page.message().contains(QStringLiteral("queued")));
    }

    void f6ScansTheOwedMaterialsIntoTheSupplement()
    {
        // Training mode names no scanner in the settings here: the simulated one is used.
        qputenv("YICHUANG_PLUGIN_PATH", YC_BIN_DIR "/../plugins/scanner");
        m_settings->remove(QStringLiteral("scanner/plugin"));
        m_settings->setValue(QStringLiteral("training"), true);
        // Another case waiting for correction, owing two materials: m1 missing, m5 deficient.
        const intake::IntakeContext window = test::windowCasesContext(*m_store, m_dir, m_clock, true);
        const QString draft = test::foodDraft(window, test::person(40, QStringLiteral("测试辛")), false);
        QVERIFY(!draft.isEmpty());
        intake::MaterialEvidence deficient;
        deficient.state = intake::MaterialState::Deficient;
        deficient.reason = QStringLiteral("复印件不清晰");
        YC_VERIFY_OK(intake::IntakeSession(window).setMaterial(draft, QStringLiteral("m5"), deficient));
        auto corrected = intake::CaseDecider(window).notifyCorrection(draft);
        YC_VERIFY_OK(corrected);
        const QString caseId = corrected.value().caseId;

        // A scanner back-end that is not installed: F6 says so, nothing is added, F6 can be tried again.
        {
            m_settings->setValue(QStringLiteral("scanner/plugin"), QStringLiteral("no-such-scanner"));
            ui::SupplementDialog dialog(context(), caseId, QStringLiteral("c1001"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            const QString cell = dialog.table()->item(0, ui::SupplementDialog::FileColumn)->text();
            QVERIFY(!dialog.scanRow(0));
            QVERIFY(dialog.error().contains(QStringLiteral("no-such-scanner")));
            QVERIFY(!dialog.isScanning());
            QCOMPARE(dialog.table()->item(0, ui::SupplementDialog::MaterialColumn)->checkState(), Qt::Unchecked);
            QCOMPARE(dialog.table()->item(0, ui::SupplementDialog::FileColumn)->text(), cell);
            QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("supplementScan"))->isEnabled());
            m_settings->remove(QStringLiteral("scanner/plugin"));
        }

        ui::CaseListPage page(context());
        page.setStaffId(QStringLiteral("c1001"));
        page.resize(1280, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const auto before = outbox(storage::OutboxRepository::SupplementKind);
        QVERIFY(page.selectCase(caseId));
        QTest::keyClick(page.table(), Qt::Key_U, Qt::ControlModifier);
        ui::SupplementDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<ui::SupplementDialog*>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget(), dialog->table());
        QCOMPARE(dialog->table()->rowCount(), 2);
        const QStringList owed{dialog->table()->item(0, ui::SupplementDialog::MaterialColumn)->text(),
                               dialog->table()->item(1, ui::SupplementDialog::MaterialColumn)->text()};

        auto* scan = dialog->findChild<QPushButton*>(QStringLiteral("supplementScan"));
        QVERIFY(scan);
        QVERIFY(scan->isEnabled());
        QVERIFY(scan->text().contains(QStringLiteral("F6")));
        auto* scanner = dialog->findChild<ui::MaterialScanner*>();
        QVERIFY(scanner);
        QSignalSpy scanned(scanner, &ui::MaterialScanner::scanned);
        QSignalSpy failed(scanner, &ui::MaterialScanner::failed);

        // F6 on each owed material in turn: scanned, the row ticked and holding the scan, on to the next row.
        QCOMPARE(dialog->table()->currentRow(), 0);
        QList<QByteArray> pdfs;
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(dialog->table()->currentRow(), row);
            QTest::keyClick(dialog->table(), Qt::Key_F6);
            QVERIFY2(dialog->isScanning() || scanned.size() > row, qPrintable(dialog->error()));
            QVERIFY(!scan->isEnabled()); // one scan at a time
            QTRY_VERIFY_WITH_TIMEOUT(scanned.size() > row || !failed.isEmpty(), 120000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            const QByteArray pdf = scanned.at(row).first().toByteArray();
            QCOMPARE(scanned.at(row).at(1).toInt(), 1);
            QVERIFY(pdf.startsWith("%PDF-"));
            QVERIFY(pdf.contains("/DCTDecode")); // the page as the scanner gave it, JPEG-encoded
            pdfs << pdf;
            QCOMPARE(dialog->table()->item(row, ui::SupplementDialog::MaterialColumn)->checkState(), Qt::Checked);
            QVERIFY(!dialog->table()->item(row, ui::SupplementDialog::FileColumn)->text().isEmpty());
            QVERIFY(scan->isEnabled());
            QVERIFY(dialog->error().isEmpty());
        }
        QCOMPARE(dialog->table()->currentRow(), 1); // the last row stays current

        QTest::keyClick(dialog->table(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!page.findChild<ui::SupplementDialog*>() || !dialog->isVisible());
        const auto after = outbox(storage::OutboxRepository::SupplementKind);
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.back().caseId, caseId);

        // The queued supplement holds each material's own scan.
        storage::MaterialStore materials(m_store->database(), m_store->cipher(), m_dir, m_clock);
        auto files = materials.filesOfSupplement(after.back().objectId);
        YC_VERIFY_OK(files);
        QCOMPARE(int(files.value().size()), 2);
        QStringList stored;
        for (const auto& [materialId, sha256] : files.value()) {
            auto record = materials.record(materialId);
            YC_VERIFY_OK(record);
            const int row = int(owed.indexOf(record.value().name));
            QVERIFY2(row >= 0, qPrintable(record.value().name));
            stored << record.value().name;
            QCOMPARE(sha256,
                     QString::fromLatin1(QCryptographicHash::hash(pdfs.at(row), QCryptographicHash::Sha256).toHex()));
            auto content = materials.content(materialId);
            YC_VERIFY_OK(content);
            QVERIFY(content.value() == pdfs.at(row));
            QCOMPARE(record.value().mimeType, QStringLiteral("application/pdf"));
            QVERIFY(record.value().originalFileName.endsWith(QStringLiteral(".pdf")));
        }
        stored.sort();
        QStringList expected = owed;
        expected.sort();
        QCOMPARE(stored, expected);
        m_settings->remove(QStringLiteral("training"));
    }
};

YC_TEST_MAIN(TestCaseList)
#include "TestCaseList.moc"
