#include "ui/intake/MaterialsStep.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "devices/DeviceManager.h"
#include "devices/ScannerService.h"
#include "intake/EarlierCases.h"
#include "intake/IntakeSession.h"
#include "materials/MaterialImporter.h"
#include "materials/MaterialPage.h"
#include "materials/PdfWriter.h"
#include "materials/ScanAssembler.h"
#include "ui/intake/IntakeStepHost.h"
#include "ui/intake/IntakeText.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace yc::ui {

namespace {

constexpr int StateColumn = 1;
constexpr int DetailColumn = 2;

QString stateKey(intake::MaterialState state)
{
    return intake::toString(state);
}

} // namespace

MaterialsStep::MaterialsStep(IntakeStepHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
{
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("materialsTable"));
    m_table->setHorizontalHeaderLabels({IntakeText::tr("Material"), IntakeText::tr("State"),
                                        IntakeText::tr("Reason or due date"), IntakeText::tr("File")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_table, 1);
    auto* hint =
        new QLabel(IntakeText::tr("Up/Down choose a state, Tab moves on. A deferred material needs its due date "
                                  "(yyyy-mm-dd), a deficient one the reason."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* buttons = new QHBoxLayout;
    auto* back = makeStepButton(IntakeText::tr("Back (Esc)"), QStringLiteral("materialsBack"), this);
    auto* file = makeStepButton(IntakeText::tr("Add file (F5)"), QStringLiteral("materialsAddFile"), this);
    m_scan = makeStepButton(IntakeText::tr("Scan (F6)"), QStringLiteral("materialsScan"), this);
    m_scan->setEnabled(false);
    m_scan->setToolTip(IntakeText::tr("No scanner is set up for this window."));
    auto* next = makeStepButton(IntakeText::tr("Next (Enter)"), QStringLiteral("materialsNext"), this);
    buttons->addWidget(back);
    buttons->addWidget(file);
    buttons->addWidget(m_scan);
    buttons->addStretch(1);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_host.goBack(); });
    connect(file, &QPushButton::clicked, this, &MaterialsStep::addFileToCurrentRow);
    connect(m_scan, &QPushButton::clicked, this, &MaterialsStep::scanToCurrentRow);
    connect(next, &QPushButton::clicked, this, [this] { m_host.advance(); });
}

MaterialsStep::~MaterialsStep()
{
    delete m_scanner; // before the device manager it uses
}

void MaterialsStep::setScannerPlugin(const QString& plugin)
{
    m_scannerPlugin = plugin;
    m_scan->setEnabled(!m_scannerPlugin.isEmpty());
}

bool MaterialsStep::canScan() const
{
    return m_scan->isEnabled();
}

void MaterialsStep::clear()
{
    m_files.clear();
    m_table->setRowCount(0);
}

void MaterialsStep::enter()
{
    rebuild();
    if (m_table->rowCount() > 0)
        m_table->cellWidget(0, StateColumn)->setFocus();
}

void MaterialsStep::rebuild()
{
    m_host.reloadDraft();
    m_table->setRowCount(0);
    const IntakeCase& current = m_host.currentCase();
    if (!current.draft)
        return;
    const intake::IntakeDraft& draft = *current.draft;
    m_reusable.clear();
    if (auto earlier = intake::EarlierCases::offer(m_host.intakeContext(), draft))
        m_reusable = earlier.value().byChecklistEntry;
    m_table->setRowCount(static_cast<int>(draft.checklist.size()));
    QWidget* previous = nullptr;
    for (int row = 0; row < draft.checklist.size(); ++row) {
        const intake::ChecklistEntry& e = draft.checklist[row];
        auto* name = new QTableWidgetItem(e.deferrable ? e.name + IntakeText::tr(" (may follow later)") : e.name);
        name->setData(Qt::UserRole, e.materialId);
        name->setToolTip(name->text()); // the whole name where the column cuts it
        m_table->setItem(row, 0, name);

        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("materialState_") + e.materialId);
        using S = intake::MaterialState;
        QList<S> states = {S::Missing, S::OriginalReturned, S::Deficient};
        if (e.deferrable)
            states.insert(2, S::Deferred);
        const sync::Licence* licence = nullptr;
        for (const sync::Licence& l : std::as_const(current.licences)) {
            if (!e.licenseType.isEmpty() && l.type == e.licenseType)
                licence = &l;
        }
        if (licence && e.state != S::Licence)
            states.insert(1, S::Licence); // right after "missing": one key down
        if (m_reusable.contains(e.materialId) && e.state != S::Reused)
            states.insert(1, S::Reused);
        if (e.state == S::Scanned || e.state == S::File || e.state == S::Licence || e.state == S::Reused ||
            m_files.contains(e.materialId))
            states.append(m_files.contains(e.materialId) ? m_files.value(e.materialId).state : e.state);
        for (S s : states)
            combo->addItem(intake::IntakeLabels::materialState(s), stateKey(s));
        combo->setCurrentIndex(qMax(0, combo->findData(stateKey(e.state))));
        auto* detail = new QLineEdit;
        detail->setObjectName(QStringLiteral("materialDetail_") + e.materialId);
        if (e.state == S::Deferred && e.dueDate.isValid())
            detail->setText(e.dueDate.toString(Qt::ISODate));
        else if (e.state == S::Licence)
            detail->setText(e.licenceId);
        else if (m_reusable.contains(e.materialId))
            detail->setPlaceholderText(
                IntakeText::tr("Handed in for case %1 on %2")
                    .arg(m_reusable.value(e.materialId).caseNumber,
                         QLocale().toString(m_reusable.value(e.materialId).decidedAt.date(), QLocale::ShortFormat)));
        else
            detail->setText(e.reason);
        m_table->setCellWidget(row, StateColumn, combo);
        m_table->setCellWidget(row, DetailColumn, detail);
        m_table->setItem(row, 3,
                         new QTableWidgetItem(e.sizeBytes > 0 ? QLocale().formattedDataSize(e.sizeBytes) : QString()));
        if (previous)
            setTabOrder(previous, combo);
        setTabOrder(combo, detail);
        previous = detail;

        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, detail] {
            auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, StateColumn));
            if (combo && combo->currentData().toString() == stateKey(intake::MaterialState::Deferred) &&
                detail->text().isEmpty())
                detail->setText(m_host.appContext()
                                    .clock->now()
                                    .toTimeZone(QTimeZone(8 * 3600))
                                    .date()
                                    .addDays(7)
                                    .toString(Qt::ISODate));
            saveRow(row);
        });
        connect(detail, &QLineEdit::editingFinished, this, [this, row] { saveRow(row); });
    }
}

void MaterialsStep::saveRow(int row)
{
    IntakeCase& current = m_host.currentCase();
    if (!current.draft || row < 0 || row >= current.draft->checklist.size())
        return;
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, StateColumn));
    auto* detail = qobject_cast<QLineEdit*>(m_table->cellWidget(row, DetailColumn));
    if (!combo || !detail)
        return;
    const intake::ChecklistEntry entry = current.draft->checklist[row];
    auto state = intake::materialStateFromString(combo->currentData().toString());
    if (!state)
        return;
    intake::MaterialEvidence evidence;
    evidence.state = state.value();
    intake::IntakeSession session(m_host.intakeContext());
    Status saved;
    switch (evidence.state) {
    case intake::MaterialState::Missing:
        saved = session.clearMaterial(current.draftId, entry.materialId);
        break;
    case intake::MaterialState::OriginalReturned:
        evidence.form = MaterialForm::Original;
        saved = session.setMaterial(current.draftId, entry.materialId, evidence);
        break;
    case intake::MaterialState::Deferred:
        evidence.dueDate = QDate::fromString(detail->text().trimmed(), Qt::ISODate);
        if (!evidence.dueDate.isValid()) {
            m_host.showError(intake::IntakeLabels::dueDateNeeded(entry.name));
            return;
        }
        saved = session.setMaterial(current.draftId, entry.materialId, evidence);
        break;
    case intake::MaterialState::Reused:
        if (!m_reusable.contains(entry.materialId))
            return; // kept as stored
        evidence.reusedMaterialId = m_reusable.value(entry.materialId).materialId;
        saved = session.setMaterial(current.draftId, entry.materialId, evidence);
        break;
    case intake::MaterialState::Licence:
        evidence.form = MaterialForm::Electronic;
        evidence.licenceId = entry.licenceId;
        for (const sync::Licence& l : std::as_const(current.licences)) {
            if (l.type == entry.licenseType)
                evidence.licenceId = l.licenceId;
        }
        detail->setText(evidence.licenceId);
        saved = session.setMaterial(current.draftId, entry.materialId, evidence);
        break;
    case intake::MaterialState::Deficient:
        evidence.reason = detail->text().trimmed();
        if (evidence.reason.isEmpty()) {
            m_host.showInfo(IntakeText::tr("Type what is wrong with \"%1\" in the reason field.").arg(entry.name));
            detail->setFocus();
            return;
        }
        saved = session.setMaterial(current.draftId, entry.materialId, evidence);
        break;
    default:
        if (!m_files.contains(entry.materialId))
            return; // kept as stored
        saved = session.setMaterial(current.draftId, entry.materialId, m_files.value(entry.materialId));
        break;
    }
    if (!saved) {
        m_host.showError(saved.error().message);
        return;
    }
    m_host.showInfo(IntakeText::tr("Saved: %1 — %2").arg(entry.name, combo->currentText()));
    auto draft = session.load(current.draftId);
    if (draft)
        current.draft = draft.value();
    m_host.draftSaved();
}

int MaterialsStep::rowInFocus() const
{
    const QWidget* focus = focusWidget();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (focus && (focus == m_table->cellWidget(r, StateColumn) || focus == m_table->cellWidget(r, DetailColumn)))
            return r;
    }
    return m_table->currentRow();
}

void MaterialsStep::attach(int row, const intake::MaterialEvidence& evidence)
{
    IntakeCase& current = m_host.currentCase();
    if (!current.draft || row < 0 || row >= current.draft->checklist.size())
        return;
    const QString materialId = current.draft->checklist[row].materialId;
    const QString name = current.draft->checklist[row].name;
    const Status saved =
        intake::IntakeSession(m_host.intakeContext()).setMaterial(current.draftId, materialId, evidence);
    if (!saved) {
        m_host.showError(saved.error().message);
        return;
    }
    m_files.insert(materialId, evidence);
    m_host.showStep(intakestep::Materials);
    // On to the next material, so that F6 after F6 scans the checklist from top to bottom.
    const int next = row + 1 < m_table->rowCount() ? row + 1 : row;
    if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(next, StateColumn)))
        combo->setFocus();
    m_host.showInfo(
        IntakeText::tr("Added to \"%1\": %2").arg(name, intake::IntakeLabels::materialState(evidence.state)));
}

void MaterialsStep::addFileToCurrentRow()
{
    const int row = rowInFocus();
    const IntakeCase& current = m_host.currentCase();
    if (row < 0 || !current.draft || row >= current.draft->checklist.size()) {
        m_host.showError(IntakeText::tr("Move to a material's row first."));
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, IntakeText::tr("Add a file for %1").arg(current.draft->checklist[row].name),
                                     {}, IntakeText::tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    // Every file becomes a material pack PDF, as the platform takes materials.
    auto pages = materials::MaterialImporter().importFile(path);
    if (!pages) {
        m_host.showError(pages.error().message);
        return;
    }
    intake::MaterialEvidence evidence;
    evidence.state = intake::MaterialState::File;
    evidence.form = MaterialForm::Copy;
    evidence.content = materials::PdfWriter::write(pages.value());
    evidence.mimeType = QStringLiteral("application/pdf");
    evidence.fileName = QFileInfo(path).completeBaseName() + QStringLiteral(".pdf");
    attach(row, evidence);
}

void MaterialsStep::scanToCurrentRow()
{
    const int row = rowInFocus();
    const IntakeCase& current = m_host.currentCase();
    if (row < 0 || !current.draft || row >= current.draft->checklist.size()) {
        m_host.showError(IntakeText::tr("Move to a material's row first."));
        return;
    }
    if (m_scannerPlugin.isEmpty())
        return;
    if (!m_scanner) {
        m_scanners = std::make_unique<devices::DeviceManager>(QStringList(),
                                                              devices::DeviceManager::defaultScannerSearchPaths());
        m_scanner = new devices::ScannerService(*m_scanners, this);
        // Pages are encoded and packed on the assembler's thread, never on the GUI thread.
        m_scanAssembler = new materials::ScanAssembler(this);
        connect(m_scanner, &devices::ScannerService::pageScanned, m_scanAssembler,
                [this](const plugins::scanner::ScannedPage& page, int) { m_scanAssembler->addPage(page); });
        connect(m_scanAssembler, &materials::ScanAssembler::pageEncoded, this,
                [this](int pages) { m_host.showInfo(IntakeText::tr("Page %1 scanned.").arg(pages)); });
        connect(m_scanner, &devices::ScannerService::finished, this, [this](int pages, bool cancelled) {
            if (cancelled || pages == 0) {
                m_scan->setEnabled(true);
                m_scanAssembler->begin(); // drops the pages
                m_host.showError(IntakeText::tr("The scan was cancelled or gave no page; nothing was added."));
                return;
            }
            m_scanAssembler->finish();
        });
        connect(m_scanAssembler, &materials::ScanAssembler::failed, this, [this] {
            m_scan->setEnabled(true);
            m_host.showError(IntakeText::tr("The scan was cancelled or gave no page; nothing was added."));
        });
        connect(m_scanAssembler, &materials::ScanAssembler::packed, this, [this](const QByteArray& pdf, int) {
            m_scan->setEnabled(true);
            intake::MaterialEvidence evidence;
            evidence.state = intake::MaterialState::Scanned;
            evidence.form = MaterialForm::Copy;
            evidence.content = pdf;
            evidence.mimeType = QStringLiteral("application/pdf");
            attach(m_scanRow, evidence);
        });
        connect(m_scanner, &devices::ScannerService::errorOccurred, this,
                [this](const QString&, const QString& message) {
                    m_scan->setEnabled(true);
                    m_scanAssembler->begin(); // drops the pages
                    m_host.showError(IntakeText::tr("Scanner: %1").arg(message));
                });
    }
    if (m_scanner->isScanning())
        return;
    m_scanRow = row;
    m_scanAssembler->begin();
    const AppContext& context = m_host.appContext();
    plugins::scanner::ScanSettings settings;
    settings.device = context.settings ? context.settings->value(QStringLiteral("scanner/device")).toString()
                                       : QString(); // empty: the first scanner found
    settings.options.insert(QStringLiteral("pages"), 1);
    if (m_scanner->start(m_scannerPlugin, settings)) {
        m_scan->setEnabled(false);
        m_host.showInfo(IntakeText::tr("Scanning \"%1\"…").arg(current.draft->checklist[row].name));
    }
}

} // namespace yc::ui
