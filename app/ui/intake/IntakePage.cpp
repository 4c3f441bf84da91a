#include "ui/intake/IntakePage.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Masking.h"
#include "core/Settings.h"
#include "core/identity/IdentityValidator.h"
#include "devices/DeviceManager.h"
#include "devices/ScannerService.h"
#include "devices/WltPhotoDecoder.h"
#include "intake/CaseDecider.h"
#include "intake/Checklist.h"
#include "intake/EarlierCases.h"
#include "intake/IdentityProof.h"
#include "intake/IntakeSession.h"
#include "intake/OnceOnlyLookups.h"
#include "intake/PartyCheck.h"
#include "intake/RemoteApprovals.h"
#include "intake/SupervisorApprovals.h"
#include "materials/MaterialImporter.h"
#include "materials/MaterialPage.h"
#include "materials/PdfWriter.h"
#include "materials/ScanAssembler.h"
#include "storage/AccessAudit.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogRepository.h"
#include "storage/catalog/CatalogSearch.h"
#include "sync/CalendarFeedStore.h"
#include "sync/CurrentStaff.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/SyncConfig.h"
#include "ui/ScreenContext.h"
#include "ui/materials/MaterialPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPainter>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace yc::ui {

namespace {

constexpr int StateColumn = 1;
constexpr int DetailColumn = 2;

QString stateKey(intake::MaterialState state)
{
    return intake::toString(state);
}

QPushButton* makeButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

IntakePage::IntakePage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("intakePage"));
    m_calendar = workCalendarOf(m_context);
    if (m_context.settings)
        m_window.training = m_context.settings->value(QStringLiteral("training")).toBool();
    // Another staff member signed in (from the lock screen) or the clerk signed out: what is on screen
    // (typed, read from a card or a draft) leaves the screen; a draft stays saved under its clerk's name.
    if (m_context.currentStaff) {
        connect(m_context.currentStaff, &sync::CurrentStaff::signedOut, this, [this] { newCase(); });
        connect(m_context.currentStaff, &sync::CurrentStaff::signedIn, this, [this](const sync::SignedInStaff& staff) {
            if (m_draft && !m_draft->staffId.isEmpty() && m_draft->staffId != staff.staffId)
                newCase();
        });
    }

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    const QStringList titles = {tr("1 Applicant"), tr("2 Item"), tr("3 Materials"), tr("4 Review & decision")};
    for (const QString& title : titles) {
        auto* label = new QLabel(title, this);
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(28);
        m_stepLabels.append(label);
        bar->addWidget(label, 1);
    }
    layout->addLayout(bar);
    // The platform's credit warning on the applicant: shown on every step, never in the way.
    m_creditBanner = new QLabel(this);
    m_creditBanner->setObjectName(QStringLiteral("creditWarning"));
    m_creditBanner->setWordWrap(true);
    m_creditBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #7a4b00; border: 1px solid #e0b44c; padding: 4px; }"));
    m_creditBanner->hide();
    layout->addWidget(m_creditBanner);

    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("intakeSteps"));
    m_steps->addWidget(buildApplicantStep());
    m_steps->addWidget(buildItemStep());
    m_steps->addWidget(buildMaterialsStep());
    m_steps->addWidget(buildReviewStep());
    layout->addWidget(m_steps, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(QStringLiteral("Ctrl+N")), [this] { newCase(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] {
        if (currentStep() == MaterialsStep)
            addFileToCurrentRow();
    });
    shortcut(QKeySequence(Qt::Key_F6), [this] {
        if (currentStep() == MaterialsStep && m_scan->isEnabled())
            scanToCurrentRow();
    });
    shortcut(QKeySequence(Qt::Key_F9), [this] {
        if (currentStep() == ReviewStep && m_accept->isEnabled())
            accept();
    });
    shortcut(QKeySequence(Qt::Key_F10), [this] {
        if (currentStep() == ReviewStep && m_correction->isEnabled())
            notifyCorrection();
    });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9), [this] {
        if (currentStep() == ReviewStep && m_acceptMissing->isEnabled())
            acceptWithMissing();
    });
    shortcut(QKeySequence(Qt::Key_F12), [this] { checkApprovals(); });
    shortcut(QKeySequence(Qt::Key_F11), [this] {
        if (currentStep() == ReviewStep && m_refuse->isEnabled())
            refuse();
    });
    shortcut(QKeySequence(QStringLiteral("Ctrl+P")), [this] {
        if (m_print->isEnabled())
            print();
    });

    if (m_context.catalogSearch)
        connect(m_context.catalogSearch, &storage::CatalogSearch::resultsReady, this, &IntakePage::onResults);
    m_approvalPoll = new QTimer(this);
    m_approvalPoll->setInterval(5000);
    connect(m_approvalPoll, &QTimer::timeout, this, &IntakePage::checkApprovals);

    newCase();
}

IntakePage::~IntakePage()
{
    delete m_scanner; // before the device manager it uses
}

void IntakePage::setStaffId(const QString& staffId)
{
    m_staffId = staffId;
}

void IntakePage::setWindowInfo(const intake::WindowInfo& window)
{
    m_window = window;
    m_scannerPlugin =
        m_context.settings ? m_context.settings->value(QStringLiteral("scanner/plugin")).toString() : QString();
    if (m_scannerPlugin.isEmpty() && window.training)
        m_scannerPlugin = QStringLiteral("simulated");
    m_scan->setEnabled(!m_scannerPlugin.isEmpty());
}

int IntakePage::currentStep() const
{
    return m_steps->currentIndex();
}

QString IntakePage::message() const
{
    return m_message->text();
}

intake::IntakeContext IntakePage::intakeContext() const
{
    return intakeContextOf(m_context, *m_calendar, m_window);
}

QString IntakePage::staffId() const
{
    if (m_context.currentStaff && m_context.currentStaff->isSignedIn())
        return m_context.currentStaff->staffId();
    return m_staffId;
}

// ---- Steps ------------------------------------------------------------------------------------

QWidget* IntakePage::buildApplicantStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("applicantName"));
    m_idNumber = new QLineEdit(page);
    m_idNumber->setObjectName(QStringLiteral("applicantIdNumber"));
    m_idNumber->setMaxLength(18);
    m_gender = new QComboBox(page);
    m_gender->setObjectName(QStringLiteral("applicantGender"));
    m_gender->addItem(tr("Not stated"), QStringLiteral("9"));
    m_gender->addItem(tr("Male"), QStringLiteral("1"));
    m_gender->addItem(tr("Female"), QStringLiteral("2"));
    m_address = new QLineEdit(page);
    m_address->setObjectName(QStringLiteral("applicantAddress"));
    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("applicantPhone"));
    m_name->setPlaceholderText(tr("Person or organisation as on the document"));
    m_idNumber->setPlaceholderText(tr("ID number, or an organisation's unified social credit code"));
    m_phone->setPlaceholderText(tr("Mobile or landline, for the result notice"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&ID number / credit code"), m_idNumber);
    form->addRow(tr("&Gender"), m_gender);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Phone"), m_phone);
    m_applicantInfo = new QLabel(page);
    m_applicantInfo->setObjectName(QStringLiteral("applicantInfo"));
    m_applicantInfo->setWordWrap(true);
    form->addRow(m_applicantInfo);

    // An agent acting for the applicant, with their own identity: the power of attorney joins the checklist.
    m_hasAgent = new QCheckBox(tr("An agen&t acts for the applicant (power of attorney)"), page);
    m_hasAgent->setObjectName(QStringLiteral("applicantHasAgent"));
    form->addRow(m_hasAgent);
    m_agentBox = new QWidget(page);
    auto* agentForm = new QFormLayout(m_agentBox);
    agentForm->setContentsMargins(20, 0, 0, 0);
    m_agentName = new QLineEdit(m_agentBox);
    m_agentName->setObjectName(QStringLiteral("agentName"));
    m_agentIdNumber = new QLineEdit(m_agentBox);
    m_agentIdNumber->setObjectName(QStringLiteral("agentIdNumber"));
    m_agentIdNumber->setMaxLength(18);
    m_agentPhone = new QLineEdit(m_agentBox);
    m_agentPhone->setObjectName(QStringLiteral("agentPhone"));
    agentForm->addRow(tr("Agent's na&me"), m_agentName);
    agentForm->addRow(tr("Agent's I&D number"), m_agentIdNumber);
    agentForm->addRow(tr("Agent's p&hone"), m_agentPhone);
    m_agentBox->setVisible(false);
    form->addRow(m_agentBox);
    connect(m_hasAgent, &QCheckBox::toggled, this, [this](bool on) {
        m_agentBox->setVisible(on);
        if (on)
            m_agentName->setFocus();
        checkApplicant(false);
    });
    for (QLineEdit* e : {m_agentName, m_agentIdNumber, m_agentPhone})
        connect(e, &QLineEdit::textChanged, this, [this] { checkApplicant(false); });
    m_applicantHint = new QLabel(page);
    m_applicantHint->setObjectName(QStringLiteral("applicantHint"));
    m_applicantHint->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_applicantHint->setWordWrap(true);
    form->addRow(m_applicantHint);

    auto* buttons = new QHBoxLayout;
    auto* read = makeButton(tr("Read card (F2)"), QStringLiteral("readCardButton"), page);
    auto* next = makeButton(tr("Next (Enter)"), QStringLiteral("applicantNext"), page);
    buttons->addWidget(read);
    buttons->addStretch(1);
    buttons->addWidget(next);
    form->addRow(buttons);
    connect(read, &QPushButton::clicked, this, &IntakePage::readCardRequested);
    connect(next, &QPushButton::clicked, this, &IntakePage::advance);

    auto* left = new QWidget(page);
    left->setLayout(form);
    layout->addWidget(left, 1);
    m_photoLabel = new QLabel(page);
    m_photoLabel->setObjectName(QStringLiteral("applicantPhoto"));
    m_photoLabel->setFixedSize(devices::WltPhotoDecoder::Width + 4, devices::WltPhotoDecoder::Height + 4);
    m_photoLabel->setFrameShape(QFrame::Box);
    m_photoLabel->setAlignment(Qt::AlignCenter);
    m_photoLabel->setWordWrap(true);
    layout->addWidget(m_photoLabel, 0, Qt::AlignTop);

    connect(m_idNumber, &QLineEdit::textChanged, this, [this] { checkApplicant(false); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { checkApplicant(false); });
    connect(m_phone, &QLineEdit::textChanged, this, [this] { checkApplicant(false); });
    return page;
}

QWidget* IntakePage::buildItemStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    m_query = new QLineEdit(page);
    m_query->setObjectName(QStringLiteral("itemQuery"));
    m_query->setPlaceholderText(tr("Search the catalog: name, keywords or pinyin initials"));
    m_query->installEventFilter(this);
    m_results = new QListWidget(page);
    m_results->setObjectName(QStringLiteral("itemResults"));
    m_results->setFocusPolicy(Qt::NoFocus);
    left->addWidget(m_query);
    left->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::textChanged, this, &IntakePage::onQueryChanged);
    connect(m_results, &QListWidget::itemDoubleClicked, this, [this] { chooseCurrentResult(); });

    auto* right = new QVBoxLayout;
    m_itemLabel = new QLabel(page);
    m_itemLabel->setObjectName(QStringLiteral("itemChosen"));
    m_itemLabel->setWordWrap(true);
    m_itemLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_situationBox = new QWidget(page);
    m_situationForm = new QFormLayout(m_situationBox);
    // Each question on its own line above its answer: long questions wrap over the full width
    // instead of being cut.
    m_situationForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_situationForm->setContentsMargins(0, 0, 0, 0);
    m_situationBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_checklist = new QListWidget(page);
    m_checklist->setObjectName(QStringLiteral("itemChecklist"));
    m_checklist->setFocusPolicy(Qt::NoFocus);
    m_checklist->setWordWrap(true); // long material names wrap instead of running off the side
    m_checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    right->addWidget(m_itemLabel);
    right->addWidget(m_situationBox);
    right->addWidget(new QLabel(tr("Materials needed:"), page));
    right->addWidget(m_checklist, 1);
    auto* buttons = new QHBoxLayout;
    auto* back = makeButton(tr("Back (Esc)"), QStringLiteral("itemBack"), page);
    auto* next = makeButton(tr("Next (Enter)"), QStringLiteral("itemNext"), page);
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(next);
    right->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, &IntakePage::goBack);
    connect(next, &QPushButton::clicked, this, &IntakePage::advance);

    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    return page;
}

QWidget* IntakePage::buildMaterialsStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_materials = new QTableWidget(0, 4, page);
    m_materials->setObjectName(QStringLiteral("materialsTable"));
    m_materials->setHorizontalHeaderLabels({tr("Material"), tr("State"), tr("Reason or due date"), tr("File")});
    m_materials->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_materials->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_materials->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_materials->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_materials->verticalHeader()->hide();
    m_materials->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_materials->setTabKeyNavigation(false);
    m_materials->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_materials, 1);
    auto* hint = new QLabel(tr("Up/Down choose a state, Tab moves on. A deferred material needs its due date "
                               "(yyyy-mm-dd), a deficient one the reason."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* buttons = new QHBoxLayout;
    auto* back = makeButton(tr("Back (Esc)"), QStringLiteral("materialsBack"), page);
    auto* file = makeButton(tr("Add file (F5)"), QStringLiteral("materialsAddFile"), page);
    m_scan = makeButton(tr("Scan (F6)"), QStringLiteral("materialsScan"), page);
    m_scan->setEnabled(false);
    m_scan->setToolTip(tr("No scanner is set up for this window."));
    auto* next = makeButton(tr("Next (Enter)"), QStringLiteral("materialsNext"), page);
    buttons->addWidget(back);
    buttons->addWidget(file);
    buttons->addWidget(m_scan);
    buttons->addStretch(1);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, &IntakePage::goBack);
    connect(file, &QPushButton::clicked, this, &IntakePage::addFileToCurrentRow);
    connect(m_scan, &QPushButton::clicked, this, &IntakePage::scanToCurrentRow);
    connect(next, &QPushButton::clicked, this, &IntakePage::advance);
    return page;
}

QWidget* IntakePage::buildReviewStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    m_summary = new QTextBrowser(page);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setFocusPolicy(Qt::NoFocus);
    left->addWidget(m_summary, 1);
    auto* buttons = new QGridLayout;
    auto* back = makeButton(tr("Back (Esc)"), QStringLiteral("reviewBack"), page);
    m_accept = makeButton(tr("Accept (F9)"), QStringLiteral("reviewAccept"), page);
    m_correction = makeButton(tr("Correction notice (F10)"), QStringLiteral("reviewCorrection"), page);
    m_refuse = makeButton(tr("Refuse (F11)"), QStringLiteral("reviewRefuse"), page);
    m_acceptMissing =
        makeButton(tr("Accept, materials to follow (Shift+F9)"), QStringLiteral("reviewAcceptMissing"), page);
    m_print = makeButton(tr("Print (Ctrl+P)"), QStringLiteral("reviewPrint"), page);
    auto* again = makeButton(tr("New case (Ctrl+N)"), QStringLiteral("reviewNewCase"), page);
    buttons->addWidget(m_accept, 0, 0);
    buttons->addWidget(m_acceptMissing, 0, 1);
    buttons->addWidget(m_correction, 1, 0);
    buttons->addWidget(m_refuse, 1, 1);
    buttons->addWidget(back, 2, 0);
    buttons->addWidget(m_print, 2, 1);
    buttons->addWidget(again, 3, 0, 1, 2);
    left->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, &IntakePage::goBack);
    connect(m_accept, &QPushButton::clicked, this, &IntakePage::accept);
    connect(m_correction, &QPushButton::clicked, this, &IntakePage::notifyCorrection);
    connect(m_refuse, &QPushButton::clicked, this, &IntakePage::refuse);
    connect(m_acceptMissing, &QPushButton::clicked, this, &IntakePage::acceptWithMissing);
    connect(m_print, &QPushButton::clicked, this, &IntakePage::print);
    connect(again, &QPushButton::clicked, this, &IntakePage::newCase);
    m_preview = new MaterialPreview(page);
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    layout->addLayout(left, 2);
    layout->addWidget(m_preview, 3);
    return page;
}

void IntakePage::showStep(int step)
{
    m_steps->setCurrentIndex(step);
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        m_stepLabels[i]->setStyleSheet(
            i == step  ? QStringLiteral("QLabel { background: #2c6fbb; color: white; font-weight: bold; }")
            : i < step ? QStringLiteral("QLabel { background: #d6e4f5; }")
                       : QStringLiteral("QLabel { background: #eeeeee; color: #666666; }"));
    }
    switch (step) {
    case ApplicantStep:
        m_name->setFocus();
        break;
    case ItemStep:
        m_query->setFocus();
        m_query->selectAll();
        break;
    case MaterialsStep:
        rebuildMaterials();
        if (m_materials->rowCount() > 0)
            m_materials->cellWidget(0, StateColumn)->setFocus();
        break;
    case ReviewStep:
        rebuildReview();
        m_accept->setFocus();
        break;
    }
}

void IntakePage::showError(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_message->setText(text);
}

void IntakePage::showInfo(const QString& text)
{
    m_message->setStyleSheet({});
    m_message->setText(text);
}

void IntakePage::newCase()
{
    m_draftId.clear();
    m_decidedCaseId.clear();
    m_draft.reset();
    m_item.reset();
    m_noticePdf.clear();
    m_noticeIds.clear();
    m_photo.clear();
    m_files.clear();
    for (QLineEdit* edit : {m_name, m_idNumber, m_address, m_phone, m_agentName, m_agentIdNumber, m_agentPhone})
        edit->clear();
    m_hasAgent->setChecked(false);
    m_cardValidTo = {};
    m_creditBanner->hide();
    m_creditBanner->clear();
    m_licences.clear();
    m_applicantInfo->clear();
    m_gender->setCurrentIndex(0);
    m_photoLabel->setText(tr("No photo"));
    m_applicantHint->clear();
    m_query->clear();
    m_results->clear();
    m_itemLabel->setText(tr("No item chosen yet"));
    rebuildSituations();
    m_checklist->clear();
    m_materials->setRowCount(0);
    m_preview->clear();
    m_print->setEnabled(false);
    for (QPushButton* b : {m_accept, m_acceptMissing, m_correction, m_refuse})
        b->setEnabled(true);
    if (auto* back = findChild<QPushButton*>(QStringLiteral("reviewBack")))
        back->setEnabled(true);
    showInfo(tr("New case: read the ID card (F2) or type the applicant."));
    showStep(ApplicantStep);
    emit draftChanged({});
}

bool IntakePage::reloadDraft()
{
    if (m_draftId.isEmpty())
        return false;
    auto draft = intake::IntakeSession(intakeContext()).load(m_draftId);
    if (!draft) {
        showError(draft.error().message);
        return false;
    }
    m_draft = draft.value();
    emit draftChanged(m_draftId);
    if (!m_draft->itemCode.isEmpty() && (!m_item || m_item->code != m_draft->itemCode)) {
        auto item = storage::CatalogRepository(m_context.store->database()).item(m_draft->itemCode);
        if (item)
            m_item = item.value();
        else
            showError(item.error().message);
    }
    return true;
}

bool IntakePage::openDraft(const QString& draftId)
{
    newCase();
    m_draftId = draftId;
    if (!reloadDraft()) {
        m_draftId.clear();
        return false;
    }
    // A draft is its clerk's: another staff member signed in here does not see it.
    if (const QString staff = staffId(); !staff.isEmpty() && !m_draft->staffId.isEmpty() && m_draft->staffId != staff) {
        newCase();
        showError(tr("This draft belongs to another staff member."));
        return false;
    }
    // The card's expiry was saved with the draft: an expired card is flagged again.
    m_cardValidTo = m_draft->cardValidTo;
    if (m_draft->applicant) {
        // The applicant's personal data comes back on screen from the store: audited.
        if (auto audited =
                storage::AccessAudit(m_context.store->database(), m_context.store->cipher(), *m_context.clock)
                    .personalDataViewed(staffId(), draftId, QStringLiteral("draft"));
            !audited)
            qCWarning(lcStorage) << "draft view not audited:" << audited.error().code;
        const Applicant& a = m_draft->applicant->identity;
        m_name->setText(a.name);
        m_idNumber->setText(a.idNumber);
        m_address->setText(a.address);
        m_phone->setText(a.phone);
        const int g = m_gender->findData(a.gender);
        m_gender->setCurrentIndex(g < 0 ? 0 : g);
        m_photo = a.photo;
    }
    if (m_draft->agent) {
        m_hasAgent->setChecked(true);
        m_agentName->setText(m_draft->agent->identity.name);
        m_agentIdNumber->setText(m_draft->agent->identity.idNumber);
        m_agentPhone->setText(m_draft->agent->identity.phone);
    }
    if (m_item)
        m_itemLabel->setText(m_item->name);
    rebuildSituations();
    rebuildChecklist();
    lookUpLicences();
    if (m_draft->applicant) {
        if (auto* l = lookups())
            l->lookupCredit(staffId(), m_draft->applicant->identity.idType, m_draft->applicant->identity.idNumber);
    }
    checkApplicant(false); // the card's expiry, if it was read from an expired card
    showInfo(tr("Draft reopened."));
    if (m_item) {
        const QString advice = intake::IdentityProof::expiredCardAdvice(
            m_cardValidTo, m_context.clock->now().toTimeZone(QTimeZone(8 * 3600)).date(), *m_item);
        if (!advice.isEmpty())
            showError(tr("Draft reopened.") + QLatin1Char(' ') + advice);
    }
    showStep(!m_draft->applicant                                   ? ApplicantStep
             : !m_item || !m_draft->unansweredSituations.isEmpty() ? ItemStep
                                                                   : MaterialsStep);
    return true;
}

void IntakePage::offerDrafts()
{
    const QString staff = staffId();
    if (staff.isEmpty() || !m_context.store)
        return;
    auto drafts = intake::IntakeSession(intakeContext()).listDrafts(staff);
    if (!drafts) {
        showError(drafts.error().message);
        return;
    }
    if (drafts.value().empty())
        return;
    QStringList labels;
    const storage::CatalogRepository catalog(m_context.store->database());
    for (const auto& d : drafts.value()) {
        QString item = tr("item not chosen");
        if (!d.itemCode.isEmpty()) {
            const auto found = catalog.item(d.itemCode);
            item = found ? found.value().name : d.itemCode;
        }
        labels << tr("%1, %2, %n material(s)", nullptr, d.materialCount)
                      .arg(QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat), item);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Open drafts"), tr("Cases you started and did not decide yet. Reopen one?"), labels, 0, false, &ok);
    window()->activateWindow(); // the F-keys come back to this screen, with or without a window manager
    if (!ok)
        return;
    const int index = static_cast<int>(labels.indexOf(chosen));
    if (index >= 0)
        openDraft(drafts.value()[static_cast<std::size_t>(index)].id);
}

void IntakePage::advance()
{
    switch (currentStep()) {
    case ApplicantStep:
        if (saveApplicant())
            showStep(ItemStep);
        break;
    case ItemStep:
        if (m_query->hasFocus() && m_results->currentItem() &&
            (!m_item || m_results->currentItem()->data(Qt::UserRole).toString() != m_item->code)) {
            chooseCurrentResult();
            return;
        }
        if (!m_item) {
            showError(intake::IntakeLabels::chooseItemFirst());
            return;
        }
        if (m_draft && !m_draft->unansweredSituations.isEmpty()) {
            showError(tr("Answer every question about the applicant's situation first."));
            for (QComboBox* combo : std::as_const(m_situationCombos)) {
                if (combo->currentData().toString().isEmpty()) {
                    combo->setFocus();
                    break;
                }
            }
            return;
        }
        showInfo({});
        showStep(MaterialsStep);
        break;
    case MaterialsStep:
        showInfo({});
        showStep(ReviewStep);
        break;
    default:
        break;
    }
}

void IntakePage::goBack()
{
    if (currentStep() > ApplicantStep && m_decidedCaseId.isEmpty())
        showStep(currentStep() - 1);
}

void IntakePage::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            advance();
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            goBack();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

bool IntakePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int count = m_results->count();
        if (count > 0 && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int row = m_results->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            m_results->setCurrentRow(qBound(0, row, count - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- Applicant --------------------------------------------------------------------------------

bool IntakePage::checkApplicant(bool showHint)
{
    QStringList problems;
    QStringList info;
    const QString number = m_idNumber->text().trimmed();
    if (m_name->text().trimmed().isEmpty() && showHint)
        problems << tr("The name is missing.");
    bool organisation = false;
    if (number.isEmpty()) {
        if (showHint)
            problems << tr("The ID number or credit code is missing.");
    } else {
        const auto check = identity::IdentityValidator(*m_context.clock).check(number);
        if (!check) {
            // Say what is wrong as soon as the number is long enough to be judged.
            if (showHint || number.size() >= 15)
                problems << tr("ID number: %1").arg(check.error().message);
        } else {
            organisation = check.value().type == QLatin1String("credit-code");
            info << (organisation
                         ? tr("Organisation: unified social credit code checked.")
                         : tr("%1: number checked.").arg(intake::PartyCheck::documentName(check.value().type)));
        }
    }
    m_gender->setEnabled(!organisation);
    static const QRegularExpression phoneForm(QStringLiteral("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$"));
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty() && !phoneForm.match(phone).hasMatch())
        problems << tr("Phone: 11 digits for a mobile, or an area code and number.");
    if (m_hasAgent->isChecked()) {
        const QString agentNumber = m_agentIdNumber->text().trimmed();
        if (m_agentName->text().trimmed().isEmpty() && showHint)
            problems << tr("The agent's name is missing.");
        if (agentNumber.isEmpty()) {
            if (showHint)
                problems << tr("The agent's ID number is missing.");
        } else if (const auto agent = identity::IdentityValidator(*m_context.clock).check(agentNumber); !agent) {
            if (showHint || agentNumber.size() >= 15)
                problems << tr("Agent's ID number: %1").arg(agent.error().message);
        } else if (agent.value().type == QLatin1String("credit-code")) {
            problems << tr("The agent is a person: type their own ID number, not a credit code.");
        }
        const QString agentPhone = m_agentPhone->text().trimmed();
        if (!agentPhone.isEmpty() && !phoneForm.match(agentPhone).hasMatch())
            problems << tr("Agent's phone: 11 digits for a mobile, or an area code and number.");
    }
    const QString expired = intake::IdentityProof::expiredCardNote(
        m_cardValidTo, m_context.clock->now().toTimeZone(QTimeZone(8 * 3600)).date());
    if (!expired.isEmpty())
        info << expired;
    m_applicantInfo->setStyleSheet(expired.isEmpty() ? QStringLiteral("color: #2e7d32;")
                                                     : QStringLiteral("color: #b26a00; font-weight: bold;"));
    m_applicantInfo->setText(info.join(QLatin1Char(' ')));
    m_applicantHint->setText(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

bool IntakePage::saveApplicant()
{
    if (!checkApplicant(true))
        return false;
    if (!m_context.store)
        return false;
    const auto check = identity::IdentityValidator(*m_context.clock).check(m_idNumber->text().trimmed());
    if (!check)
        return false;
    intake::IntakeSession session(intakeContext());
    if (m_draftId.isEmpty()) {
        const QString staff = staffId();
        if (staff.isEmpty()) {
            showError(tr("Sign in first (File → Sign in): a case is taken in by a signed-in clerk."));
            return false;
        }
        const QString windowCode =
            m_context.settings ? m_context.settings->value(QStringLiteral("hall/windowCode")).toString() : QString();
        auto created = session.createDraft(staff, {}, windowCode);
        if (!created) {
            showError(created.error().message);
            return false;
        }
        m_draftId = created.value();
    }
    intake::Party party;
    party.kind = check.value().type == QLatin1String("credit-code") ? intake::ApplicantKind::Organisation
                                                                    : intake::ApplicantKind::Person;
    party.identity.idType = check.value().type;
    party.identity.idNumber = check.value().number;
    party.identity.name = m_name->text().trimmed();
    party.identity.gender = m_gender->currentData().toString();
    party.identity.address = m_address->text().trimmed();
    party.identity.phone = m_phone->text().trimmed();
    party.identity.photo = m_photo;
    if (m_draft && m_draft->applicant)
        party.identity.id = m_draft->applicant->identity.id;
    const Status saved = session.setApplicant(m_draftId, party);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    std::optional<intake::Party> agent;
    if (m_hasAgent->isChecked()) {
        const auto agentCheck = identity::IdentityValidator(*m_context.clock).check(m_agentIdNumber->text().trimmed());
        if (!agentCheck)
            return false;
        agent.emplace();
        agent->kind = intake::ApplicantKind::Person;
        agent->identity.idType = agentCheck.value().type;
        agent->identity.idNumber = agentCheck.value().number;
        agent->identity.name = m_agentName->text().trimmed();
        agent->identity.phone = m_agentPhone->text().trimmed();
        if (m_draft && m_draft->agent)
            agent->identity.id = m_draft->agent->identity.id;
    }
    if (const Status agentSaved = session.setAgent(m_draftId, agent); !agentSaved) {
        showError(agentSaved.error().message);
        return false;
    }
    // The card's expiry goes with the draft: reopened, an expired card is flagged again.
    if (const Status expirySaved = session.setCardValidTo(m_draftId, m_cardValidTo); !expirySaved) {
        showError(expirySaved.error().message);
        return false;
    }
    reloadDraft();
    showInfo(tr("Applicant saved."));
    if (auto earlier = intake::EarlierCases::offer(intakeContext(), *m_draft); earlier && earlier.value().cases > 0)
        showInfo(tr("Applicant saved. %n earlier case(s) of this applicant here: their materials can be reused on the "
                    "materials step while still valid.",
                    nullptr, earlier.value().cases));
    m_creditBanner->hide();
    if (auto* l = lookups())
        l->lookupCredit(staffId(), party.identity.idType, party.identity.idNumber);
    return true;
}

void IntakePage::fillFromCard(const identity::IdCard& card)
{
    if (currentStep() != ApplicantStep || !m_decidedCaseId.isEmpty())
        newCase();
    m_name->setText(card.name.isEmpty() ? card.englishName : card.name);
    m_idNumber->setText(card.idNumber);
    m_address->setText(card.address);
    const int g = m_gender->findData(card.genderCode);
    m_gender->setCurrentIndex(g < 0 ? 0 : g);
    m_photo = card.photo;
    m_cardValidTo = card.longTerm ? QDate() : card.validTo;
    checkApplicant(false);
    auto photo = devices::WltPhotoDecoder::decode(card.photo);
    QImage image;
    if (photo)
        image = QImage::fromData(photo.value());
    if (!image.isNull())
        m_photoLabel->setPixmap(QPixmap::fromImage(image));
    else
        m_photoLabel->setText(tr("Photo read (no decoder to show it)"));
    showInfo(tr("Card read. Add the phone number and press Enter."));
    m_phone->setFocus();
}

// ---- Item -------------------------------------------------------------------------------------

void IntakePage::onQueryChanged(const QString& text)
{
    if (!m_context.catalogSearch)
        return;
    if (text.trimmed().isEmpty()) {
        m_results->clear();
        return;
    }
    m_searchId = m_context.catalogSearch->search(text);
}

void IntakePage::onResults(quint64 id, const QString&, const QList<catalog::SearchMatch>& matches)
{
    if (id != m_searchId)
        return;
    m_results->clear();
    for (const catalog::SearchMatch& m : matches) {
        auto* row = new QListWidgetItem(m.department.isEmpty() ? m.name : tr("%1 — %2").arg(m.name, m.department));
        row->setData(Qt::UserRole, m.code);
        m_results->addItem(row);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

bool IntakePage::chooseCurrentResult()
{
    if (!m_results->currentItem() || m_draftId.isEmpty())
        return false;
    const QString code = m_results->currentItem()->data(Qt::UserRole).toString();
    const Status set = intake::IntakeSession(intakeContext()).setItem(m_draftId, code);
    if (!set) {
        showError(set.error().message);
        return false;
    }
    if (m_context.catalogSearch)
        m_context.catalogSearch->recordUse(code);
    m_item.reset();
    reloadDraft();
    m_itemLabel->setText(m_item ? m_item->name : code);
    rebuildSituations();
    rebuildChecklist();
    lookUpLicences();
    showInfo(m_situationCombos.isEmpty() ? tr("Item chosen. Enter goes on to the materials.")
                                         : tr("Item chosen. Answer the questions, then Enter."));
    if (m_item) {
        const QString advice = intake::IdentityProof::expiredCardAdvice(
            m_cardValidTo, m_context.clock->now().toTimeZone(QTimeZone(8 * 3600)).date(), *m_item);
        if (!advice.isEmpty())
            showError(advice);
    }
    if (!m_situationCombos.isEmpty())
        m_situationCombos.first()->setFocus();
    return true;
}

void IntakePage::rebuildSituations()
{
    while (m_situationForm->rowCount() > 0)
        m_situationForm->removeRow(0);
    m_situationCombos.clear();
    if (!m_item)
        return;
    QWidget* previous = m_query;
    for (const catalog::Situation& s : m_item->situations) {
        auto* combo = new QComboBox(m_situationBox);
        combo->setObjectName(QStringLiteral("situation_") + s.id);
        combo->addItem(tr("(choose)"), QString());
        for (const catalog::SituationOption& o : s.options)
            combo->addItem(o.label, o.id);
        if (m_draft) {
            const int index = combo->findData(m_draft->situations.value(s.id));
            if (index > 0)
                combo->setCurrentIndex(index);
        }
        const QString situationId = s.id;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, situationId] {
            const QString option = combo->currentData().toString();
            if (option.isEmpty() || m_draftId.isEmpty())
                return;
            const Status answered =
                intake::IntakeSession(intakeContext()).answerSituation(m_draftId, situationId, option);
            if (!answered) {
                showError(answered.error().message);
                return;
            }
            reloadDraft();
            rebuildChecklist();
        });
        auto* label = new QLabel(s.question, m_situationBox);
        label->setWordWrap(true);
        // The full width of the column, so that a question wraps only when it must.
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setMinimumWidth(m_situationBox->width() > 100 ? m_situationBox->width() - 8 : 360);
        m_situationForm->addRow(label, combo);
        label->show();
        combo->show(); // at once, so that it can take the focus
        setTabOrder(previous, combo);
        previous = combo;
        m_situationCombos.append(combo);
    }
}

void IntakePage::rebuildChecklist()
{
    m_checklist->clear();
    if (!m_draft)
        return;
    for (const intake::ChecklistEntry& e : m_draft->checklist) {
        QString text = e.name;
        if (e.deferrable)
            text += tr(" (may follow later)");
        m_checklist->addItem(text);
    }
}

// ---- Materials --------------------------------------------------------------------------------

void IntakePage::rebuildMaterials()
{
    reloadDraft();
    m_materials->setRowCount(0);
    if (!m_draft)
        return;
    m_reusable.clear();
    if (auto earlier = intake::EarlierCases::offer(intakeContext(), *m_draft))
        m_reusable = earlier.value().byChecklistEntry;
    m_materials->setRowCount(static_cast<int>(m_draft->checklist.size()));
    QWidget* previous = nullptr;
    for (int row = 0; row < m_draft->checklist.size(); ++row) {
        const intake::ChecklistEntry& e = m_draft->checklist[row];
        auto* name = new QTableWidgetItem(e.deferrable ? e.name + tr(" (may follow later)") : e.name);
        name->setData(Qt::UserRole, e.materialId);
        name->setToolTip(name->text()); // the whole name where the column cuts it
        m_materials->setItem(row, 0, name);

        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("materialState_") + e.materialId);
        using S = intake::MaterialState;
        QList<S> states = {S::Missing, S::OriginalReturned, S::Deficient};
        if (e.deferrable)
            states.insert(2, S::Deferred);
        const sync::Licence* licence = nullptr;
        for (const sync::Licence& l : std::as_const(m_licences)) {
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
                tr("Handed in for case %1 on %2")
                    .arg(m_reusable.value(e.materialId).caseNumber,
                         QLocale().toString(m_reusable.value(e.materialId).decidedAt.date(), QLocale::ShortFormat)));
        else
            detail->setText(e.reason);
        m_materials->setCellWidget(row, StateColumn, combo);
        m_materials->setCellWidget(row, DetailColumn, detail);
        m_materials->setItem(
            row, 3, new QTableWidgetItem(e.sizeBytes > 0 ? QLocale().formattedDataSize(e.sizeBytes) : QString()));
        if (previous)
            setTabOrder(previous, combo);
        setTabOrder(combo, detail);
        previous = detail;

        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, detail] {
            auto* combo = qobject_cast<QComboBox*>(m_materials->cellWidget(row, StateColumn));
            if (combo && combo->currentData().toString() == stateKey(intake::MaterialState::Deferred) &&
                detail->text().isEmpty())
                detail->setText(
                    m_context.clock->now().toTimeZone(QTimeZone(8 * 3600)).date().addDays(7).toString(Qt::ISODate));
            saveMaterialRow(row);
        });
        connect(detail, &QLineEdit::editingFinished, this, [this, row] { saveMaterialRow(row); });
    }
}

void IntakePage::saveMaterialRow(int row)
{
    if (!m_draft || row < 0 || row >= m_draft->checklist.size())
        return;
    auto* combo = qobject_cast<QComboBox*>(m_materials->cellWidget(row, StateColumn));
    auto* detail = qobject_cast<QLineEdit*>(m_materials->cellWidget(row, DetailColumn));
    if (!combo || !detail)
        return;
    const intake::ChecklistEntry& entry = m_draft->checklist[row];
    auto state = intake::materialStateFromString(combo->currentData().toString());
    if (!state)
        return;
    intake::MaterialEvidence evidence;
    evidence.state = state.value();
    intake::IntakeSession session(intakeContext());
    Status saved;
    switch (evidence.state) {
    case intake::MaterialState::Missing:
        saved = session.clearMaterial(m_draftId, entry.materialId);
        break;
    case intake::MaterialState::OriginalReturned:
        evidence.form = MaterialForm::Original;
        saved = session.setMaterial(m_draftId, entry.materialId, evidence);
        break;
    case intake::MaterialState::Deferred:
        evidence.dueDate = QDate::fromString(detail->text().trimmed(), Qt::ISODate);
        if (!evidence.dueDate.isValid()) {
            showError(intake::IntakeLabels::dueDateNeeded(entry.name));
            return;
        }
        saved = session.setMaterial(m_draftId, entry.materialId, evidence);
        break;
    case intake::MaterialState::Reused:
        if (!m_reusable.contains(entry.materialId))
            return; // kept as stored
        evidence.reusedMaterialId = m_reusable.value(entry.materialId).materialId;
        saved = session.setMaterial(m_draftId, entry.materialId, evidence);
        break;
    case intake::MaterialState::Licence:
        evidence.form = MaterialForm::Electronic;
        evidence.licenceId = entry.licenceId;
        for (const sync::Licence& l : std::as_const(m_licences)) {
            if (l.type == entry.licenseType)
                evidence.licenceId = l.licenceId;
        }
        detail->setText(evidence.licenceId);
        saved = session.setMaterial(m_draftId, entry.materialId, evidence);
        break;
    case intake::MaterialState::Deficient:
        evidence.reason = detail->text().trimmed();
        if (evidence.reason.isEmpty()) {
            showInfo(tr("Type what is wrong with \"%1\" in the reason field.").arg(entry.name));
            detail->setFocus();
            return;
        }
        saved = session.setMaterial(m_draftId, entry.materialId, evidence);
        break;
    default:
        if (!m_files.contains(entry.materialId))
            return; // kept as stored
        saved = session.setMaterial(m_draftId, entry.materialId, m_files.value(entry.materialId));
        break;
    }
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    showInfo(tr("Saved: %1 — %2").arg(entry.name, combo->currentText()));
    auto draft = session.load(m_draftId);
    if (draft)
        m_draft = draft.value();
    emit draftChanged(m_draftId);
}

int IntakePage::materialRowInFocus() const
{
    const QWidget* focus = focusWidget();
    for (int r = 0; r < m_materials->rowCount(); ++r) {
        if (focus &&
            (focus == m_materials->cellWidget(r, StateColumn) || focus == m_materials->cellWidget(r, DetailColumn)))
            return r;
    }
    return m_materials->currentRow();
}

void IntakePage::attach(int row, const intake::MaterialEvidence& evidence)
{
    if (!m_draft || row < 0 || row >= m_draft->checklist.size())
        return;
    const QString materialId = m_draft->checklist[row].materialId;
    const Status saved = intake::IntakeSession(intakeContext()).setMaterial(m_draftId, materialId, evidence);
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    m_files.insert(materialId, evidence);
    showStep(MaterialsStep);
    // On to the next material, so that F6 after F6 scans the checklist from top to bottom.
    const int next = row + 1 < m_materials->rowCount() ? row + 1 : row;
    if (auto* combo = qobject_cast<QComboBox*>(m_materials->cellWidget(next, StateColumn)))
        combo->setFocus();
    showInfo(tr("Added to \"%1\": %2")
                 .arg(m_draft->checklist[row].name, intake::IntakeLabels::materialState(evidence.state)));
}

void IntakePage::addFileToCurrentRow()
{
    const int row = materialRowInFocus();
    if (row < 0 || !m_draft || row >= m_draft->checklist.size()) {
        showError(tr("Move to a material's row first."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a file for %1").arg(m_draft->checklist[row].name),
                                                      {}, tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    // Every file becomes a material pack PDF, as the platform takes materials.
    auto pages = materials::MaterialImporter().importFile(path);
    if (!pages) {
        showError(pages.error().message);
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

void IntakePage::scanToCurrentRow()
{
    const int row = materialRowInFocus();
    if (row < 0 || !m_draft || row >= m_draft->checklist.size()) {
        showError(tr("Move to a material's row first."));
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
                [this](int pages) { showInfo(tr("Page %1 scanned.").arg(pages)); });
        connect(m_scanner, &devices::ScannerService::finished, this, [this](int pages, bool cancelled) {
            if (cancelled || pages == 0) {
                m_scan->setEnabled(true);
                m_scanAssembler->begin(); // drops the pages
                showError(tr("The scan was cancelled or gave no page; nothing was added."));
                return;
            }
            m_scanAssembler->finish();
        });
        connect(m_scanAssembler, &materials::ScanAssembler::failed, this, [this] {
            m_scan->setEnabled(true);
            showError(tr("The scan was cancelled or gave no page; nothing was added."));
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
                    showError(tr("Scanner: %1").arg(message));
                });
    }
    if (m_scanner->isScanning())
        return;
    m_scanRow = row;
    m_scanAssembler->begin();
    plugins::scanner::ScanSettings settings;
    settings.device = m_context.settings ? m_context.settings->value(QStringLiteral("scanner/device")).toString()
                                         : QString(); // empty: the first scanner found
    settings.options.insert(QStringLiteral("pages"), 1);
    if (m_scanner->start(m_scannerPlugin, settings)) {
        m_scan->setEnabled(false);
        showInfo(tr("Scanning \"%1\"…").arg(m_draft->checklist[row].name));
    }
}

// ---- Review and decision ----------------------------------------------------------------------

void IntakePage::rebuildReview()
{
    reloadDraft();
    if (!m_draft) {
        m_summary->clear();
        m_reviewHtml.clear();
        return;
    }
    const intake::IntakeDraft& d = *m_draft;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Review before the decision").toHtmlEscaped());
    if (d.applicant)
        html += QStringLiteral("<p><b>%1</b> %2 (%3)</p>")
                    .arg(tr("Applicant:").toHtmlEscaped(), mask::name(d.applicant->identity.name).toHtmlEscaped(),
                         mask::idNumber(d.applicant->identity.idNumber).toHtmlEscaped());
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(tr("Item:").toHtmlEscaped(), (d.itemName.isEmpty() ? tr("not chosen") : d.itemName).toHtmlEscaped());
    if (!d.unansweredSituations.isEmpty())
        html += QStringLiteral("<p style='color:#c0392b'>%1</p>")
                    .arg(tr("%n question(s) about the situation unanswered.", nullptr,
                            static_cast<int>(d.unansweredSituations.size()))
                             .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1'>");
    int notPresent = 0;
    for (const intake::ChecklistEntry& e : d.checklist) {
        if (!intake::isPresent(e.state))
            ++notPresent;
        QString state = intake::IntakeLabels::materialState(e.state);
        if (e.state == intake::MaterialState::Deferred && e.dueDate.isValid())
            state = tr("%1, by %2").arg(state, QLocale().toString(e.dueDate, QLocale::ShortFormat));
        else if (!e.reason.isEmpty())
            state = tr("%1: %2").arg(state, e.reason);
        html += QStringLiteral("<tr><td>%1</td><td%3>%2</td></tr>")
                    .arg(e.name.toHtmlEscaped(), state.toHtmlEscaped(),
                         intake::isPresent(e.state) ? QString() : QStringLiteral(" style='color:#c0392b'"));
    }
    html += QStringLiteral("</table>");
    m_reviewHtml = html;
    html += QStringLiteral("<p>%1</p>")
                .arg((notPresent == 0
                          ? tr("Every material is there: the case can be accepted (F9).")
                          : tr("%n material(s) not there: a correction notice (F10) lists them.", nullptr, notPresent))
                         .toHtmlEscaped());
    for (const WaitingApproval& w : std::as_const(m_waiting)) {
        if (w.draftId == m_draftId)
            html += QStringLiteral("<p style='color:#7a4b00'><b>%1</b></p>")
                        .arg(tr("Waiting for the supervisor's answer through the platform (%1); F12 asks again.")
                                 .arg(intake::IntakeLabels::approvalKind(w.kind))
                                 .toHtmlEscaped());
    }
    m_summary->setHtml(html);
}

void IntakePage::accept()
{
    if (m_draftId.isEmpty())
        return;
    auto outcome = intake::CaseDecider(intakeContext()).accept(m_draftId);
    if (!outcome) {
        showError(outcome.error().message);
        return;
    }
    showDecision(outcome.value());
}

void IntakePage::notifyCorrection()
{
    if (m_draftId.isEmpty())
        return;
    auto outcome = intake::CaseDecider(intakeContext()).notifyCorrection(m_draftId);
    if (!outcome) {
        showError(outcome.error().message);
        return;
    }
    showDecision(outcome.value());
}

void IntakePage::refuse()
{
    askApproval(intake::ApprovalKind::Refusal);
}

void IntakePage::acceptWithMissing()
{
    if (m_draftId.isEmpty())
        return;
    reloadDraft();
    if (!m_draft)
        return;
    QStringList deferred;
    QStringList absent;
    for (const intake::ChecklistEntry& e : m_draft->checklist) {
        if (e.state == intake::MaterialState::Deferred)
            deferred << e.name;
        else if (!intake::isPresent(e.state))
            absent << e.name;
    }
    if (deferred.isEmpty()) {
        showError(tr("No material is marked \"follows later\": mark the deferrable ones on the materials step "
                     "(Esc) with their due date first."));
        return;
    }
    if (!absent.isEmpty()) {
        showError(tr("Only deferrable materials may follow later; still missing: %1. A correction notice (F10) "
                     "lists them.")
                      .arg(absent.join(tr(", "))));
        return;
    }
    askApproval(intake::ApprovalKind::AcceptWithMissing);
}

void IntakePage::askApproval(intake::ApprovalKind kind)
{
    if (m_draftId.isEmpty())
        return;
    const bool refusal = kind == intake::ApprovalKind::Refusal;
    QDialog dialog(this);
    dialog.setWindowTitle(refusal ? tr("Refuse the application") : tr("Accept with materials to follow"));
    dialog.setObjectName(refusal ? QStringLiteral("refusalDialog") : QStringLiteral("deferralDialog"));
    dialog.setMinimumWidth(520);
    auto* form = new QFormLayout(&dialog);
    QComboBox* category = nullptr;
    QPlainTextEdit* text = nullptr;
    QCheckBox* commitment = nullptr;
    if (refusal) {
        category = new QComboBox(&dialog);
        category->setObjectName(QStringLiteral("refusalCategory"));
        for (auto c : {intake::RefusalCategory::NotRequired, intake::RefusalCategory::NotInRemit,
                       intake::RefusalCategory::NotEligible, intake::RefusalCategory::Other})
            category->addItem(intake::IntakeLabels::refusalCategory(c), intake::toString(c));
        if (m_draft && m_draft->refusal) {
            category->setCurrentIndex(qMax(0, category->findData(intake::toString(m_draft->refusal->category))));
        }
        text = new QPlainTextEdit(&dialog);
        text->setObjectName(QStringLiteral("refusalText"));
        text->setTabChangesFocus(true);
        text->setMaximumHeight(90);
        if (m_draft && m_draft->refusal)
            text->setPlainText(m_draft->refusal->text);
        form->addRow(tr("&Category"), category);
        form->addRow(tr("&Reason"), text);
    } else {
        QStringList lines;
        if (m_draft) {
            for (const intake::ChecklistEntry& e : m_draft->checklist) {
                if (e.state == intake::MaterialState::Deferred)
                    lines << tr("%1, by %2").arg(e.name, QLocale().toString(e.dueDate, QLocale::ShortFormat));
            }
        }
        auto* list = new QLabel(lines.join(QLatin1Char('\n')), &dialog);
        list->setObjectName(QStringLiteral("deferredList"));
        list->setWordWrap(true);
        form->addRow(tr("Materials to follow:"), list);
        commitment = new QCheckBox(tr("The applicant signs the commitment letter (printed with the notice)"), &dialog);
        commitment->setObjectName(QStringLiteral("commitmentSigned"));
        commitment->setChecked(true);
        form->addRow(commitment);
    }
    auto* supervisorHint =
        new QLabel(tr("A supervisor approves here with their own staff id and password, or is asked through the "
                      "platform (the screen stays free meanwhile):"),
                   &dialog);
    supervisorHint->setWordWrap(true);
    form->addRow(supervisorHint);
    auto* supervisor = new QLineEdit(&dialog);
    supervisor->setObjectName(QStringLiteral("approvalSupervisor"));
    auto* password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("approvalPassword"));
    password->setEchoMode(QLineEdit::Password);
    auto* error = new QLabel(&dialog);
    error->setObjectName(refusal ? QStringLiteral("refusalError") : QStringLiteral("deferralError"));
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->setWordWrap(true);
    form->addRow(tr("&Supervisor"), supervisor);
    form->addRow(tr("&Password"), password);
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(refusal ? tr("Approve and refuse") : tr("Approve and accept"));
    auto* remote = buttons->addButton(tr("&Ask through the platform"), QDialogButtonBox::ActionRole);
    remote->setObjectName(QStringLiteral("approvalRemote"));
    remote->setAutoDefault(false);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    // What the approval covers is saved first: the reason, or the commitment.
    auto saveSubject = [&]() -> bool {
        intake::IntakeSession session(intakeContext());
        Status saved;
        if (refusal) {
            intake::RefusalReason reason;
            reason.category = intake::refusalCategoryFromString(category->currentData().toString())
                                  .valueOr(intake::RefusalCategory::Other);
            reason.text = text->toPlainText().trimmed();
            saved = session.setRefusalReason(m_draftId, reason);
        } else {
            if (!commitment->isChecked()) {
                error->setText(
                    tr("Accepting with materials to follow needs the applicant's signed commitment letter."));
                return false;
            }
            saved = session.setFormField(m_draftId, QStringLiteral("commitmentLetter"), QStringLiteral("signed"));
        }
        if (!saved) {
            error->setText(saved.error().message);
            return false;
        }
        return true;
    };
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!saveSubject())
            return;
        auto approval = intake::SupervisorApprovals(intakeContext())
                            .approveHere(m_draftId, kind, supervisor->text().trimmed(), password->text());
        password->clear();
        if (!approval) {
            error->setText(approval.error().message);
            return;
        }
        auto outcome =
            refusal ? intake::CaseDecider(intakeContext()).refuse(m_draftId, approval.value().approvalId)
                    : intake::CaseDecider(intakeContext()).acceptWithMissing(m_draftId, approval.value().approvalId);
        if (!outcome) {
            error->setText(outcome.error().message);
            return;
        }
        dialog.accept();
        showDecision(outcome.value());
    });
    connect(remote, &QPushButton::clicked, &dialog, [&] {
        if (!saveSubject())
            return;
        auto asked = remoteApprovals()->request(m_draftId, kind);
        if (!asked) {
            error->setText(asked.error().message);
            return;
        }
        m_waiting.insert(asked.value(), WaitingApproval{m_draftId, kind});
        m_approvalPoll->start();
        dialog.accept();
        rebuildReview();
        showInfo(tr("The supervisor is asked through the platform; this case goes on by itself when they answer. "
                    "Ctrl+N serves the next applicant meanwhile, F12 asks the platform again."));
    });
    (refusal ? static_cast<QWidget*>(category) : static_cast<QWidget*>(supervisor))->setFocus();
    dialog.exec();
    window()->activateWindow(); // the keys come back here, with or without a window manager
    if (!m_draftId.isEmpty())
        m_accept->setFocus(); // the decision buttons again, while the case waits or was left open
}

std::function<std::unique_ptr<sync::PlatformConnector>()> IntakePage::connectorFactory() const
{
    sync::RestOptions options;
    if (m_context.settings) {
        QString enrolled;
        auto enrolment = sync::Enrolment(m_context.store->database(), m_context.store->cipher()).load();
        if (enrolment && enrolment.value())
            enrolled = enrolment.value()->platformUrl;
        options = sync::SyncConfig::restOptions(*m_context.settings, enrolled);
    }
    if (options.baseUrl.isEmpty())
        return {};
    return [options]() -> std::unique_ptr<sync::PlatformConnector> {
        return std::make_unique<sync::RestConnector>(options);
    };
}

intake::OnceOnlyLookups* IntakePage::lookups()
{
    if (m_lookups)
        return m_lookups;
    auto factory = connectorFactory();
    if (!factory)
        return nullptr;
    m_lookups = new intake::OnceOnlyLookups(intakeContext(), std::move(factory), this);
    connect(m_lookups, &intake::OnceOnlyLookups::creditChecked, this, &IntakePage::showCredit);
    connect(m_lookups, &intake::OnceOnlyLookups::licencesFound, this,
            [this](const QString& idNumber, const QList<sync::Licence>& licences) {
                if (!m_draft || !m_draft->applicant || m_draft->applicant->identity.idNumber != idNumber)
                    return;
                const QDate today = m_context.clock->now().toTimeZone(QTimeZone(8 * 3600)).date();
                m_licences.clear();
                for (const sync::Licence& l : licences) {
                    if (l.status == QLatin1String("valid") && (!l.validTo.isValid() || l.validTo >= today))
                        m_licences << l;
                }
                if (m_licences.isEmpty())
                    return;
                if (currentStep() == MaterialsStep)
                    showStep(MaterialsStep);
                showInfo(tr("%n licence(s) of the applicant in the e-licence library: choose \"from the licence "
                            "library\" for the material, no paper needed.",
                            nullptr, static_cast<int>(m_licences.size())));
            });
    // Offline, signed out, refused: the case goes on without; nothing to tell the clerk.
    return m_lookups;
}

void IntakePage::showCredit(const QString& idNumber, const QList<sync::CreditWarning>& warnings)
{
    if (!m_draft || !m_draft->applicant || m_draft->applicant->identity.idNumber != idNumber || warnings.isEmpty())
        return;
    QStringList lines;
    for (const sync::CreditWarning& w : warnings) {
        const QString kind = w.kind == QLatin1String("dishonest-executee")   ? tr("dishonest judgement debtor")
                             : w.kind == QLatin1String("serious-violation")  ? tr("serious violation of law and trust")
                             : w.kind == QLatin1String("abnormal-operation") ? tr("abnormal business operation")
                                                                             : w.kind;
        lines << tr("%1 (%2, listed %3): %4")
                     .arg(kind, w.authority, QLocale().toString(w.listedOn, QLocale::ShortFormat), w.summary);
    }
    m_creditBanner->setText(tr("Credit warning from the platform (for your information; the case goes on): %1")
                                .arg(lines.join(QStringLiteral("; "))));
    m_creditBanner->show();
}

void IntakePage::lookUpLicences()
{
    if (!m_draft || !m_draft->applicant)
        return;
    QStringList types;
    for (const intake::ChecklistEntry& e : m_draft->checklist) {
        if (!e.licenseType.isEmpty() && !types.contains(e.licenseType))
            types << e.licenseType;
    }
    if (types.isEmpty())
        return;
    if (auto* l = lookups())
        l->lookupLicences(staffId(), m_draft->applicant->identity.idType, m_draft->applicant->identity.idNumber, types);
}

intake::RemoteApprovals* IntakePage::remoteApprovals()
{
    if (m_remote)
        return m_remote;
    auto factory = connectorFactory();
    if (!factory) // asked anyway: the failure names what is missing
        factory = [] {
            return std::make_unique<sync::RestConnector>(sync::RestOptions{});
        };
    m_remote = new intake::RemoteApprovals(intakeContext(), std::move(factory), this);
    connect(m_remote, &intake::RemoteApprovals::approvalChanged, this, &IntakePage::onApprovalChanged);
    connect(m_remote, &intake::RemoteApprovals::approvalFailed, this,
            [this](const QString& approvalId, const QString& message) {
                if (m_waiting.contains(approvalId))
                    showError(tr("The platform could not be asked for the approval (%1); it is asked again "
                                 "shortly.")
                                  .arg(message));
            });
    return m_remote;
}

void IntakePage::checkApprovals()
{
    if (m_waiting.isEmpty()) {
        m_approvalPoll->stop();
        return;
    }
    if (remoteApprovals()->isBusy())
        return;
    for (const QString& id : m_waiting.keys()) {
        if (Status s = m_remote->check(id); !s)
            showError(s.error().message);
    }
}

void IntakePage::onApprovalChanged(const QString& draftId, const QString& approvalId, const QString& status)
{
    if (!m_waiting.contains(approvalId))
        return;
    const auto decided = intake::approvalStatusFromString(status);
    if (!decided || decided.value() == intake::ApprovalStatus::Pending)
        return;
    const WaitingApproval waiting = m_waiting.take(approvalId);
    if (m_waiting.isEmpty())
        m_approvalPoll->stop();
    if (decided.value() == intake::ApprovalStatus::Rejected) {
        showError(tr("The supervisor did not approve the %1; the case stays open as a draft.")
                      .arg(intake::IntakeLabels::approvalKind(waiting.kind)));
        return;
    }
    decideApproved(draftId, approvalId, waiting.kind);
}

void IntakePage::decideApproved(const QString& draftId, const QString& approvalId, intake::ApprovalKind kind)
{
    intake::CaseDecider decider(intakeContext());
    auto outcome = kind == intake::ApprovalKind::Refusal ? decider.refuse(draftId, approvalId)
                                                         : decider.acceptWithMissing(draftId, approvalId);
    if (!outcome) {
        showError(outcome.error().message);
        return;
    }
    if (draftId == m_draftId) {
        showStep(ReviewStep);
        showDecision(outcome.value());
        return;
    }
    // The clerk went on with another applicant: the approved case is decided without taking the
    // screen from them; its notice waits to be reprinted.
    const QString number = outcome.value().caseNumber.isEmpty() ? outcome.value().caseId : outcome.value().caseNumber;
    showInfo(tr("The supervisor approved: case %1 is decided (%2). Its notice can be printed from Case → Reprint "
                "notice.")
                 .arg(number, intake::IntakeLabels::approvalKind(kind)));
    emit caseDecided(outcome.value().caseId);
}

void IntakePage::showDecision(const intake::DecisionOutcome& outcome)
{
    m_decidedCaseId = outcome.caseId;
    for (QPushButton* b : {m_accept, m_acceptMissing, m_correction, m_refuse})
        b->setEnabled(false);
    if (auto* back = findChild<QPushButton*>(QStringLiteral("reviewBack")))
        back->setEnabled(false); // a decided case is not changed
    m_print->setFocus();
    QStringList lines;
    switch (outcome.decision) {
    case Decision::Accepted:
        lines << tr("Accepted: case %1, promised by %2.")
                     .arg(outcome.caseNumber, QLocale().toString(outcome.promisedDate, QLocale::ShortFormat));
        break;
    case Decision::AcceptedWithMissing:
        lines << tr("Accepted with materials to follow: case %1, promised by %2.")
                     .arg(outcome.caseNumber, QLocale().toString(outcome.promisedDate, QLocale::ShortFormat));
        break;
    case Decision::Refused:
        lines << tr("Refused: case %1.").arg(outcome.caseNumber.isEmpty() ? outcome.caseId : outcome.caseNumber);
        break;
    case Decision::CorrectionNotified:
        lines << tr("Correction notice issued: case %1.")
                     .arg(outcome.caseNumber.isEmpty() ? outcome.caseId : outcome.caseNumber);
        break;
    }
    if (!outcome.warning.isEmpty())
        lines << outcome.warning;
    m_noticePdf.clear();
    m_noticeIds.clear();
    for (const intake::IssuedNotice& n : outcome.notices) {
        if (!n.noticeId.isEmpty())
            m_noticeIds << n.noticeId;
        if (!n.renderError.isEmpty())
            lines << tr("The notice could not be produced: %1").arg(n.renderError);
        else if (m_noticePdf.isEmpty())
            m_noticePdf = n.pdf;
    }
    if (!m_noticePdf.isEmpty() && m_preview->setPdf(m_noticePdf))
        m_print->setEnabled(true);
    const bool failed = outcome.notices.isEmpty() || m_noticePdf.isEmpty();
    // The review now says what was decided, not what could be.
    if (!m_reviewHtml.isEmpty())
        m_summary->setHtml(m_reviewHtml + QStringLiteral("<p><b>%1</b></p>").arg(lines.first().toHtmlEscaped()));
    lines << tr("Print the notice (Ctrl+P), then Ctrl+N for the next case.");
    if (failed)
        showError(lines.join(QLatin1Char(' ')));
    else
        showInfo(lines.join(QLatin1Char(' ')));
    for (auto it = m_waiting.begin(); it != m_waiting.end();) // decided here: nothing to wait for
        it = it->draftId == m_draftId ? m_waiting.erase(it) : std::next(it);
    m_draftId.clear();
    emit caseDecided(outcome.caseId);
}

void IntakePage::print()
{
    if (m_printKept && !m_noticeIds.isEmpty()) {
        for (const QString& id : std::as_const(m_noticeIds)) {
            if (Status s = m_printKept(id); !s) {
                showError(s.error().message);
                return;
            }
        }
        return;
    }
    QPdfDocument* document = m_preview->document();
    if (!document || document->pageCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the notice"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        showError(tr("The printer cannot be used."));
        return;
    }
    for (int page = 0; page < document->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QRect target = painter.viewport();
        const QSizeF points = document->pagePointSize(page);
        QSize size = points.scaled(target.size(), Qt::KeepAspectRatio).toSize();
        const QImage image = document->render(page, size);
        painter.drawImage(QRect(target.topLeft(), size), image);
    }
    painter.end();
    showInfo(tr("Sent to the printer."));
}

} // namespace yc::ui
