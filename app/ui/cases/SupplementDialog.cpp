#include "ui/cases/SupplementDialog.h"

#include "intake/IntakeTypes.h"
#include "materials/MaterialImporter.h"
#include "materials/PdfWriter.h"
#include "storage/Store.h"
#include "sync/OfflineQueue.h"
#include "ui/materials/MaterialScanner.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc::ui {

namespace {
QString stateLabel(const QString& state)
{
    auto s = intake::materialStateFromString(state);
    return s ? intake::IntakeLabels::materialState(s.value()) : state;
}
} // namespace

SupplementDialog::SupplementDialog(const AppContext& context, const QString& caseId, const QString& staffId,
                                   QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_caseId(caseId)
    , m_staffId(staffId)
{
    setObjectName(QStringLiteral("supplementDialog"));
    setWindowTitle(tr("Record a supplement"));
    resize(720, 420);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("supplementHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("supplementMaterials"));
    m_table->setHorizontalHeaderLabels({tr("Material handed in"), tr("Was"), tr("File")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MaterialColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* addFile = new QPushButton(tr("Add file… (F5)"), this);
    addFile->setObjectName(QStringLiteral("supplementAddFile"));
    addFile->setAutoDefault(false);
    connect(addFile, &QPushButton::clicked, this, &SupplementDialog::addFileToCurrentRow);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, &SupplementDialog::addFileToCurrentRow);
    // The window's scanner, as at intake (the simulated one in training mode).
    m_scanner = MaterialScanner::fromSettings(m_context.settings, this);
    m_scan = new QPushButton(tr("Scan (F6)"), this);
    m_scan->setObjectName(QStringLiteral("supplementScan"));
    m_scan->setAutoDefault(false);
    m_scan->setEnabled(m_scanner->isAvailable());
    if (!m_scanner->isAvailable())
        m_scan->setToolTip(tr("No scanner is set up for this window."));
    connect(m_scan, &QPushButton::clicked, this, [this] { (void)scanRow(m_table->currentRow()); });
    auto* f6 = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(f6, &QShortcut::activated, this, [this] {
        if (m_scan->isEnabled())
            (void)scanRow(m_table->currentRow());
    });
    connect(m_scanner, &MaterialScanner::pageEncoded, this, [this](int pages) {
        if (m_scanRow >= 0 && m_scanRow < m_rows.size())
            m_table->item(m_scanRow, FileColumn)->setText(tr("scanning, page %1…").arg(pages));
    });
    connect(m_scanner, &MaterialScanner::scanned, this,
            [this](const QByteArray& pdf, int pages) { setScan(m_scanRow, pdf, pages); });
    connect(m_scanner, &MaterialScanner::failed, this, [this](const QString& message) {
        m_scan->setEnabled(m_scanner->isAvailable());
        if (m_scanRow >= 0 && m_scanRow < m_rows.size())
            m_table->item(m_scanRow, FileColumn)->setText(m_scanRowText); // what the row held before
        showError(message);
    });
    auto* deviceButtons = new QHBoxLayout;
    deviceButtons->addWidget(addFile);
    deviceButtons->addWidget(m_scan);
    deviceButtons->addStretch(1);
    layout->addLayout(deviceButtons);

    auto* noteLabel = new QLabel(tr("&Note (what was handed in, anything the department should know):"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("supplementNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("supplementError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    m_queue = box->addButton(tr("Queue supplement (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_queue->setObjectName(QStringLiteral("supplementQueue"));
    box->addButton(QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, [this] { (void)submit(); });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, [this] { (void)submit(); });
    }
    layout->addWidget(box);

    if (!m_context.store)
        return;
    intake::CaseOverview overview(m_context.store->database(), m_context.store->cipher(), m_context.dataDir,
                                  *m_context.clock);
    auto detail = overview.show(caseId);
    if (!detail || !detail.value()) {
        showError(detail ? tr("No case with id %1.").arg(caseId) : detail.error().message);
        m_queue->setEnabled(false);
        return;
    }
    const intake::CaseLine& line = detail.value()->line;
    m_heading->setText(tr("Case %1, %2 (%3): tick what the applicant brought now and add its file.")
                           .arg(line.caseNumber.isEmpty() ? tr("(no number yet)") : line.caseNumber,
                                line.itemName.isEmpty() ? line.itemCode : line.itemName, line.applicant));
    for (const intake::CaseMaterialLine& m : intake::CaseOverview::owedMaterials(*detail.value()))
        m_rows << Row{m, {}, {}};
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const intake::CaseMaterialLine& m = m_rows[row].material;
        auto* name = new QTableWidgetItem(m.name);
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        m_table->setItem(row, MaterialColumn, name);
        QString was = stateLabel(m.state);
        if (m.dueDate.isValid())
            was += QLatin1Char(' ') + tr("(due %1)").arg(QLocale().toString(m.dueDate, QLocale::ShortFormat));
        m_table->setItem(row, StateColumn, new QTableWidgetItem(was));
        m_table->setItem(row, FileColumn, new QTableWidgetItem(tr("no file yet")));
    }
    // Space ticks a row, as in any list.
    connect(m_table, &QTableWidget::itemChanged, this, [this] { m_error->clear(); });
    if (m_rows.isEmpty()) {
        showError(tr("This case owes no material."));
        m_queue->setEnabled(false);
    } else {
        m_table->setCurrentCell(0, 0);
    }
    m_table->setFocus();
}

Status SupplementDialog::setFile(int row, const QString& path)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(QStringLiteral("supplement.row"), tr("Move to a material's row first."));
    // Every file becomes a material pack PDF, as the platform takes materials.
    auto pages = materials::MaterialImporter().importFile(path);
    if (!pages) {
        const QString text = tr("%1 cannot be used: %2").arg(QFileInfo(path).fileName(), pages.error().message);
        showError(text);
        return makeError(pages.error().code, text);
    }
    m_rows[row].pdf = materials::PdfWriter::write(pages.value());
    m_rows[row].fileName = QFileInfo(path).completeBaseName() + QStringLiteral(".pdf");
    m_table->item(row, FileColumn)
        ->setText(tr("%1, %n page(s)", nullptr, int(pages.value().size())).arg(QFileInfo(path).fileName()));
    m_table->item(row, MaterialColumn)->setCheckState(Qt::Checked);
    m_error->clear();
    return {};
}

bool SupplementDialog::scanRow(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        showError(tr("Move to a material's row first."));
        return false;
    }
    if (m_scanner->isScanning())
        return false;
    m_scanRow = row;
    m_scanRowText = m_table->item(row, FileColumn)->text();
    m_error->clear();
    if (!m_scanner->start(1))
        return false; // failed() has shown why
    m_scan->setEnabled(false);
    m_table->item(row, FileColumn)->setText(tr("scanning…"));
    return true;
}

bool SupplementDialog::isScanning() const
{
    return m_scanner->isScanning();
}

void SupplementDialog::setScan(int row, const QByteArray& pdf, int pages)
{
    m_scan->setEnabled(m_scanner->isAvailable());
    if (row < 0 || row >= m_rows.size())
        return;
    QString name = m_rows[row].material.name;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    m_rows[row].pdf = pdf;
    m_rows[row].fileName = name + QStringLiteral(".pdf");
    m_table->item(row, FileColumn)->setText(tr("scanned, %n page(s)", nullptr, pages));
    m_table->item(row, MaterialColumn)->setCheckState(Qt::Checked);
    m_error->clear();
    // On to the next material, so that F6 after F6 scans the owed materials from top to bottom.
    if (row + 1 < m_rows.size())
        m_table->setCurrentCell(row + 1, 0);
}

void SupplementDialog::addFileToCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        showError(tr("Move to a material's row first."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a file for %1").arg(m_rows[row].material.name), {},
                                                      tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
    if (!path.isEmpty())
        (void)setFile(row, path);
}

Result<QString> SupplementDialog::submit()
{
    sync::NewSupplement s;
    s.caseId = m_caseId;
    s.staffId = m_staffId;
    s.note = m_note->toPlainText().trimmed();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_table->item(row, MaterialColumn)->checkState() != Qt::Checked)
            continue;
        const Row& r = m_rows[row];
        if (r.pdf.isEmpty()) {
            const QString text = tr("Add the file of \"%1\" (F5), or untick it.").arg(r.material.name);
            showError(text);
            m_table->setCurrentCell(row, 0);
            return makeError(QStringLiteral("supplement.no-file"), text);
        }
        storage::NewCaseMaterial m;
        m.catalogMaterialId = r.material.materialId;
        m.name = r.material.name;
        m.status = QStringLiteral("received");
        m.originalFileName = r.fileName;
        m.mimeType = QStringLiteral("application/pdf");
        m.content = r.pdf;
        s.materials.push_back(std::move(m));
    }
    if (s.materials.empty()) {
        const QString text = tr("Tick the materials the applicant handed in (Space) and add their files (F5).");
        showError(text);
        return makeError(QStringLiteral("supplement.empty"), text);
    }
    const int count = int(s.materials.size());
    auto done =
        sync::OfflineQueue(m_context.store->database(), m_context.store->cipher(), m_context.dataDir, *m_context.clock)
            .enqueueSupplement(std::move(s));
    if (!done) {
        showError(done.error().message);
        return done.error();
    }
    emit queued(done.value(), count);
    accept();
    return done.value();
}

QString SupplementDialog::error() const
{
    return m_error->text();
}

void SupplementDialog::showError(const QString& text)
{
    m_error->setText(text);
}

} // namespace yc::ui
