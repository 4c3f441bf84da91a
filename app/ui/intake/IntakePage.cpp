#include "ui/intake/IntakePage.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "intake/CaseDecider.h"
#include "intake/IdentityProof.h"
#include "intake/IntakeSession.h"
#include "intake/OnceOnlyLookups.h"
#include "intake/RemoteApprovals.h"
#include "storage/AccessAudit.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/CurrentStaff.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/SyncConfig.h"
#include "ui/ScreenContext.h"
#include "ui/intake/ApplicantStep.h"
#include "ui/intake/ItemStep.h"
#include "ui/intake/MaterialsStep.h"
#include "ui/intake/ReviewStep.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace yc::ui {

static_assert(int(IntakePage::ApplicantStep) == intakestep::Applicant &&
              int(IntakePage::ItemStep) == intakestep::Item &&
              int(IntakePage::MaterialsStep) == intakestep::Materials &&
              int(IntakePage::ReviewStep) == intakestep::Review);

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
            if (m_case.draft && !m_case.draft->staffId.isEmpty() && m_case.draft->staffId != staff.staffId)
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
    IntakeStepHost& host = *this;
    m_applicant = new ui::ApplicantStep(host, this);
    m_steps->addWidget(m_applicant);
    m_item = new ui::ItemStep(host, this);
    m_steps->addWidget(m_item);
    m_materials = new ui::MaterialsStep(host, this);
    m_steps->addWidget(m_materials);
    m_review = new ui::ReviewStep(host, this);
    m_steps->addWidget(m_review);
    layout->addWidget(m_steps, 1);
    connect(m_applicant, &ui::ApplicantStep::readCardRequested, this, &IntakePage::readCardRequested);
    connect(m_applicant, &ui::ApplicantStep::applicantSaved, this, &IntakePage::lookUpCredit);
    connect(m_item, &ui::ItemStep::itemChosen, this, &IntakePage::lookUpLicences);

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
            m_materials->addFileToCurrentRow();
    });
    shortcut(QKeySequence(Qt::Key_F6), [this] {
        if (currentStep() == MaterialsStep && m_materials->canScan())
            m_materials->scanToCurrentRow();
    });
    shortcut(QKeySequence(Qt::Key_F9), [this] {
        if (currentStep() == ReviewStep && m_review->canAccept())
            m_review->accept();
    });
    shortcut(QKeySequence(Qt::Key_F10), [this] {
        if (currentStep() == ReviewStep && m_review->canNotifyCorrection())
            m_review->notifyCorrection();
    });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9), [this] {
        if (currentStep() == ReviewStep && m_review->canAcceptWithMissing())
            m_review->acceptWithMissing();
    });
    shortcut(QKeySequence(Qt::Key_F12), [this] { checkApprovals(); });
    shortcut(QKeySequence(Qt::Key_F11), [this] {
        if (currentStep() == ReviewStep && m_review->canRefuse())
            m_review->refuse();
    });
    shortcut(QKeySequence(QStringLiteral("Ctrl+P")), [this] {
        if (m_review->canPrint())
            m_review->print();
    });

    m_approvalPoll = new QTimer(this);
    m_approvalPoll->setInterval(5000);
    connect(m_approvalPoll, &QTimer::timeout, this, &IntakePage::checkApprovals);

    newCase();
}

IntakePage::~IntakePage() = default;

void IntakePage::setStaffId(const QString& staffId)
{
    m_staffId = staffId;
}

void IntakePage::setWindowInfo(const intake::WindowInfo& window)
{
    m_window = window;
    QString scannerPlugin =
        m_context.settings ? m_context.settings->value(QStringLiteral("scanner/plugin")).toString() : QString();
    if (scannerPlugin.isEmpty() && window.training)
        scannerPlugin = QStringLiteral("simulated");
    m_materials->setScannerPlugin(scannerPlugin);
}

void IntakePage::setNoticePrinter(std::function<Status(const QString& noticeId)> printer)
{
    m_review->setNoticePrinter(std::move(printer));
}

int IntakePage::currentStep() const
{
    return m_steps->currentIndex();
}

QByteArray IntakePage::noticePdf() const
{
    return m_review->noticePdf();
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

// ---- Navigation -------------------------------------------------------------------------------

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
        m_applicant->enter();
        break;
    case ItemStep:
        m_item->enter();
        break;
    case MaterialsStep:
        m_materials->enter();
        break;
    case ReviewStep:
        m_review->enter();
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

void IntakePage::advance()
{
    switch (currentStep()) {
    case ApplicantStep:
        if (m_applicant->save())
            showStep(ItemStep);
        break;
    case ItemStep:
        if (!m_item->leave())
            return;
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
    if (currentStep() > ApplicantStep && m_case.decidedCaseId.isEmpty())
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

// ---- Drafts -----------------------------------------------------------------------------------

void IntakePage::newCase()
{
    m_case = IntakeCase{};
    m_applicant->clear();
    m_creditBanner->hide();
    m_creditBanner->clear();
    m_item->clear();
    m_materials->clear();
    m_review->clear();
    showInfo(tr("New case: read the ID card (F2) or type the applicant."));
    showStep(ApplicantStep);
    emit draftChanged({});
}

bool IntakePage::reloadDraft()
{
    if (m_case.draftId.isEmpty())
        return false;
    auto draft = intake::IntakeSession(intakeContext()).load(m_case.draftId);
    if (!draft) {
        showError(draft.error().message);
        return false;
    }
    m_case.draft = draft.value();
    emit draftChanged(m_case.draftId);
    if (!m_case.draft->itemCode.isEmpty() && (!m_case.item || m_case.item->code != m_case.draft->itemCode)) {
        auto item = storage::CatalogRepository(m_context.store->database()).item(m_case.draft->itemCode);
        if (item)
            m_case.item = item.value();
        else
            showError(item.error().message);
    }
    return true;
}

void IntakePage::draftSaved()
{
    emit draftChanged(m_case.draftId);
}

bool IntakePage::openDraft(const QString& draftId)
{
    newCase();
    m_case.draftId = draftId;
    if (!reloadDraft()) {
        m_case.draftId.clear();
        return false;
    }
    // A draft is its clerk's: another staff member signed in here does not see it.
    if (const QString staff = staffId();
        !staff.isEmpty() && !m_case.draft->staffId.isEmpty() && m_case.draft->staffId != staff) {
        newCase();
        showError(tr("This draft belongs to another staff member."));
        return false;
    }
    if (m_case.draft->applicant) {
        // The applicant's personal data comes back on screen from the store: audited.
        if (auto audited =
                storage::AccessAudit(m_context.store->database(), m_context.store->cipher(), *m_context.clock)
                    .personalDataViewed(staffId(), draftId, QStringLiteral("draft"));
            !audited)
            qCWarning(lcStorage) << "draft view not audited:" << audited.error().code;
    }
    // The card's expiry was saved with the draft: an expired card is flagged again.
    m_case.cardValidTo = m_case.draft->cardValidTo;
    m_applicant->showDraft(*m_case.draft);
    m_item->showDraft();
    lookUpLicences();
    if (m_case.draft->applicant)
        lookUpCredit(m_case.draft->applicant->identity.idType, m_case.draft->applicant->identity.idNumber);
    showInfo(tr("Draft reopened."));
    if (m_case.item) {
        const QString advice = intake::IdentityProof::expiredCardAdvice(
            m_case.cardValidTo, m_context.clock->now().toTimeZone(QTimeZone(8 * 3600)).date(), *m_case.item);
        if (!advice.isEmpty())
            showError(tr("Draft reopened.") + QLatin1Char(' ') + advice);
    }
    showStep(!m_case.draft->applicant                                        ? ApplicantStep
             : !m_case.item || !m_case.draft->unansweredSituations.isEmpty() ? ItemStep
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

void IntakePage::fillFromCard(const identity::IdCard& card)
{
    if (currentStep() != ApplicantStep || !m_case.decidedCaseId.isEmpty())
        newCase();
    m_applicant->fillFromCard(card);
}

// ---- The platform: once-only lookups and remote approvals -------------------------------------

void IntakePage::lookUpCredit(const QString& idType, const QString& idNumber)
{
    m_creditBanner->hide();
    if (auto* l = lookups())
        l->lookupCredit(staffId(), idType, idNumber);
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
                if (!m_case.draft || !m_case.draft->applicant || m_case.draft->applicant->identity.idNumber != idNumber)
                    return;
                const QDate today = m_context.clock->now().toTimeZone(QTimeZone(8 * 3600)).date();
                m_case.licences.clear();
                for (const sync::Licence& l : licences) {
                    if (l.status == QLatin1String("valid") && (!l.validTo.isValid() || l.validTo >= today))
                        m_case.licences << l;
                }
                if (m_case.licences.isEmpty())
                    return;
                if (currentStep() == MaterialsStep)
                    showStep(MaterialsStep);
                showInfo(tr("%n licence(s) of the applicant in the e-licence library: choose \"from the licence "
                            "library\" for the material, no paper needed.",
                            nullptr, static_cast<int>(m_case.licences.size())));
            });
    // Offline, signed out, refused: the case goes on without; nothing to tell the clerk.
    return m_lookups;
}

void IntakePage::showCredit(const QString& idNumber, const QList<sync::CreditWarning>& warnings)
{
    if (!m_case.draft || !m_case.draft->applicant || m_case.draft->applicant->identity.idNumber != idNumber ||
        warnings.isEmpty())
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
    if (!m_case.draft || !m_case.draft->applicant)
        return;
    QStringList types;
    for (const intake::ChecklistEntry& e : m_case.draft->checklist) {
        if (!e.licenseType.isEmpty() && !types.contains(e.licenseType))
            types << e.licenseType;
    }
    if (types.isEmpty())
        return;
    if (auto* l = lookups())
        l->lookupLicences(staffId(), m_case.draft->applicant->identity.idType,
                          m_case.draft->applicant->identity.idNumber, types);
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
    if (draftId == m_case.draftId) {
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

Result<QString> IntakePage::askRemoteApproval(const QString& draftId, intake::ApprovalKind kind)
{
    auto asked = remoteApprovals()->request(draftId, kind);
    if (!asked)
        return asked.error();
    m_waiting.insert(asked.value(), WaitingApproval{draftId, kind});
    m_approvalPoll->start();
    return asked.value();
}

QList<intake::ApprovalKind> IntakePage::awaitedApprovals(const QString& draftId) const
{
    QList<intake::ApprovalKind> kinds;
    for (const WaitingApproval& w : m_waiting) {
        if (w.draftId == draftId)
            kinds << w.kind;
    }
    return kinds;
}

void IntakePage::showDecision(const intake::DecisionOutcome& outcome)
{
    m_case.decidedCaseId = outcome.caseId;
    bool failed = false;
    const QStringList lines = m_review->showDecision(outcome, failed);
    if (failed)
        showError(lines.join(QLatin1Char(' ')));
    else
        showInfo(lines.join(QLatin1Char(' ')));
    for (auto it = m_waiting.begin(); it != m_waiting.end();) // decided here: nothing to wait for
        it = it->draftId == m_case.draftId ? m_waiting.erase(it) : std::next(it);
    m_case.draftId.clear();
    emit caseDecided(outcome.caseId);
}

} // namespace yc::ui
