#include "ui/cases/CaseListPage.h"

#include "core/CaseModel.h"
#include "core/WorkCalendar.h"
#include "storage/Store.h"
#include "sync/CalendarFeedStore.h"
#include "sync/CurrentStaff.h"
#include "ui/ScreenContext.h"
#include "ui/cases/SupplementDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc::ui {

namespace {

QString stateText(const intake::CaseLine& l)
{
    using intake::CaseStanding;
    if (auto status = departmentStatusFromString(l.departmentStatus)) {
        switch (status.value()) {
        case DepartmentStatus::UnderReview:
            return CaseListPage::tr("Under review");
        case DepartmentStatus::CorrectionRequested:
            return CaseListPage::tr("Waiting for correction (department)");
        case DepartmentStatus::Supplemented:
            return CaseListPage::tr("Supplemented");
        case DepartmentStatus::Completed:
            return CaseListPage::tr("Completed");
        case DepartmentStatus::Delivered:
            return CaseListPage::tr("Delivered");
        case DepartmentStatus::Refused:
            return CaseListPage::tr("Refused");
        case DepartmentStatus::Submitted:
            break;
        }
    }
    if (intake::CaseOverview::standingOf(l) == CaseStanding::Draft)
        return CaseListPage::tr("Draft");
    if (auto decision = decisionFromString(l.decision)) {
        switch (decision.value()) {
        case Decision::Accepted:
            return CaseListPage::tr("Accepted");
        case Decision::AcceptedWithMissing:
            return CaseListPage::tr("Accepted, materials to follow");
        case Decision::CorrectionNotified:
            return CaseListPage::tr("Waiting for correction");
        case Decision::Refused:
            return CaseListPage::tr("Refused");
        }
    }
    return l.state;
}

QString syncText(const intake::CaseLine& l)
{
    if (l.syncState.isEmpty())
        return intake::CaseOverview::standingOf(l) == intake::CaseStanding::Draft ? CaseListPage::tr("Not queued")
                                                                                  : QString();
    auto state = syncStateFromString(l.syncState);
    if (!state)
        return l.syncState;
    switch (state.value()) {
    case SyncState::Queued:
        return CaseListPage::tr("Waiting to be sent");
    case SyncState::Uploading:
    case SyncState::Submitting:
        return CaseListPage::tr("Sending");
    case SyncState::Submitted:
    case SyncState::Done:
        return CaseListPage::tr("On the platform");
    case SyncState::Failed:
        return CaseListPage::tr("Refused by the platform: needs attention");
    }
    return l.syncState;
}

} // namespace

QString CaseListPage::stateLabel(const intake::CaseLine& line)
{
    return stateText(line);
}

QString CaseListPage::syncLabel(const intake::CaseLine& line)
{
    return syncText(line);
}

CaseListPage::CaseListPage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("caseListPage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("caseListHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setHorizontalHeaderLabels({tr("Case number"), tr("Received"), tr("Item"), tr("Applicant"), tr("ID number"),
                                        tr("State"), tr("Promised by"), tr("Platform")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CaseListPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CaseListPage::openCurrent);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& name, const QString& text, const QKeySequence& keys, auto slot) {
        auto* b = new QPushButton(
            keys.isEmpty() ? text : tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)), this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        if (!keys.isEmpty()) {
            auto* s = new QShortcut(keys, this);
            s->setContext(Qt::WidgetWithChildrenShortcut);
            connect(s, &QShortcut::activated, b, [b] {
                if (b->isEnabled())
                    b->click();
            });
        }
        return b;
    };
    m_reopen =
        button(QStringLiteral("reopenDraftButton"), tr("Reopen draft (Enter)"), {}, &CaseListPage::reopenCurrent);
    m_supplement = button(QStringLiteral("supplementButton"), tr("Record supplement…"),
                          QKeySequence(QStringLiteral("Ctrl+U")), &CaseListPage::supplementCurrent);
    m_reprintButton = button(QStringLiteral("reprintButton"), tr("Reprint notice"),
                             QKeySequence(QStringLiteral("Ctrl+P")), &CaseListPage::reprintCurrent);
    m_rate = button(QStringLiteral("rateButton"), tr("Record rating…"), QKeySequence(QStringLiteral("Ctrl+R")),
                    &CaseListPage::rateCurrent);
    buttons->addStretch(1);
    m_refresh =
        button(QStringLiteral("refreshCasesButton"), tr("Refresh"), QKeySequence(Qt::Key_F5), &CaseListPage::refresh);
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseListMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    setFocusProxy(m_table);
    updateButtons();
}

QString CaseListPage::staffId() const
{
    if (m_context.currentStaff && m_context.currentStaff->isSignedIn())
        return m_context.currentStaff->staffId();
    return m_staffId;
}

void CaseListPage::refresh()
{
    const QString keep = currentCaseId();
    m_lines.clear();
    m_table->setRowCount(0);
    if (!m_context.store)
        return;
    intake::CaseOverview overview(m_context.store->database(), m_context.store->cipher(), m_context.dataDir,
                                  *m_context.clock);
    auto lines = overview.todayAndOpen();
    if (!lines) {
        showError(lines.error().message);
        return;
    }
    m_lines = std::move(lines.value());
    const std::shared_ptr<const WorkCalendar> calendar = workCalendarOf(m_context);
    const QDateTime now = m_context.clock->now();
    const QLocale locale;
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < int(m_lines.size()); ++row) {
        const intake::CaseLine& l = m_lines[size_t(row)];
        auto set = [this, row](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
            return item;
        };
        set(NumberColumn, l.caseNumber.isEmpty() ? tr("(no number yet)") : l.caseNumber)
            ->setData(Qt::UserRole, l.caseId);
        const QDateTime received = l.receivedAt.toTimeZone(now.timeZone());
        set(ReceivedColumn, received.date() == now.date() ? locale.toString(received.time(), QLocale::ShortFormat)
                                                          : locale.toString(received.date(), QLocale::ShortFormat));
        set(ItemColumn, !l.itemName.isEmpty()  ? l.itemName
                        : l.itemCode.isEmpty() ? tr("(item not chosen)")
                                               : l.itemCode);
        set(ApplicantColumn, l.applicant);
        set(IdNumberColumn, l.idNumber);
        set(StateColumn, stateText(l));
        QString promised;
        if (l.promisedDate.isValid()) {
            promised = locale.toString(l.promisedDate, QLocale::ShortFormat);
            const auto left = intake::CaseOverview::workingDaysLeft(*calendar, now.date(), l.promisedDate);
            if (left && intake::CaseOverview::isOpen(l)) {
                if (*left > 0)
                    promised += QLatin1Char(' ') + tr("(%n working day(s) left)", nullptr, *left);
                else if (*left == 0)
                    promised += QLatin1Char(' ') + tr("(due today)");
                else
                    promised += QLatin1Char(' ') + tr("(overdue by %n working day(s))", nullptr, -*left);
            }
            if (calendar->isProvisional(l.promisedDate))
                promised += QLatin1Char(' ') + tr("(provisional: the calendar of that year is not published)");
        }
        auto* promisedItem = set(PromisedColumn, promised);
        if (intake::CaseOverview::isOpen(l) && l.promisedDate.isValid() && l.promisedDate < now.date())
            promisedItem->setForeground(QColor(0xc0, 0x39, 0x2b));
        set(SyncColumn, syncText(l));
    }
    m_heading->setText(tr("Today's and open cases at this window: %n", nullptr, int(m_lines.size())));
    if (m_lines.empty())
        showInfo(tr("No case today and none open."));
    else
        showInfo(tr("Enter: reopen a draft, record a supplement for a case waiting for correction, or reprint the "
                    "notice."));
    if (!selectCase(keep) && !m_lines.empty())
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

QString CaseListPage::currentCaseId() const
{
    const intake::CaseLine* l = currentLine();
    return l ? l->caseId : QString();
}

const intake::CaseLine* CaseListPage::currentLine() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_lines.size()))
        return nullptr;
    return &m_lines[size_t(row)];
}

bool CaseListPage::selectCase(const QString& caseId)
{
    if (caseId.isEmpty())
        return false;
    for (int row = 0; row < int(m_lines.size()); ++row) {
        if (m_lines[size_t(row)].caseId == caseId) {
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

QString CaseListPage::message() const
{
    return m_message->text();
}

void CaseListPage::updateButtons()
{
    const intake::CaseLine* l = currentLine();
    const auto standing = l ? intake::CaseOverview::standingOf(*l) : intake::CaseStanding::Closed;
    const bool draft = l && standing == intake::CaseStanding::Draft;
    m_reopen->setEnabled(draft);
    m_supplement->setEnabled(l && (standing == intake::CaseStanding::AwaitingCorrection ||
                                   l->decision == toString(Decision::AcceptedWithMissing)));
    m_reprintButton->setEnabled(l && !draft && bool(m_reprint));
    m_rate->setEnabled(l && !draft);
}

void CaseListPage::openCurrent()
{
    const intake::CaseLine* l = currentLine();
    if (!l)
        return;
    switch (intake::CaseOverview::standingOf(*l)) {
    case intake::CaseStanding::Draft:
        reopenCurrent();
        break;
    case intake::CaseStanding::AwaitingCorrection:
        supplementCurrent();
        break;
    case intake::CaseStanding::InProgress:
    case intake::CaseStanding::Closed:
        reprintCurrent();
        break;
    }
}

void CaseListPage::reopenCurrent()
{
    const intake::CaseLine* l = currentLine();
    if (!l || intake::CaseOverview::standingOf(*l) != intake::CaseStanding::Draft)
        return;
    emit reopenDraftRequested(l->caseId);
}

void CaseListPage::reprintCurrent()
{
    const intake::CaseLine* l = currentLine();
    if (!l || !m_reprint || intake::CaseOverview::standingOf(*l) == intake::CaseStanding::Draft)
        return;
    if (Status s = m_reprint(l->caseId); !s)
        showError(s.error().message);
}

void CaseListPage::supplementCurrent()
{
    const intake::CaseLine* l = currentLine();
    if (!l || !m_supplement->isEnabled())
        return;
    if (staffId().isEmpty()) {
        showError(tr("Sign in first: a supplement is recorded under the clerk who takes it."));
        return;
    }
    auto* dialog = new SupplementDialog(m_context, l->caseId, staffId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SupplementDialog::queued, this, [this](const QString&, int count) {
        refresh();
        showInfo(tr("Supplement of %n material(s) queued for the platform.", nullptr, count));
    });
    dialog->open();
}

void CaseListPage::rateCurrent()
{
    const intake::CaseLine* l = currentLine();
    if (!l || intake::CaseOverview::standingOf(*l) == intake::CaseStanding::Draft)
        return;
    emit ratingRequested(l->caseId);
}

void CaseListPage::showError(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->setText(text);
}

void CaseListPage::showInfo(const QString& text)
{
    m_message->setStyleSheet({});
    m_message->setText(text);
}

void CaseListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_table->setFocus();
}

bool CaseListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace yc::ui
