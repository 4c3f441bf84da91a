#include "ui/supervision/ApprovalsPage.h"

#include "ui/ScreenContext.h"
#include "ui/supervision/TableSelection.h"

#include "core/Settings.h"
#include "core/WorkCalendar.h"
#include "intake/IntakeTypes.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/CalendarFeedStore.h"
#include "sync/CurrentStaff.h"
#include "sync/Enrolment.h"
#include "sync/SyncConfig.h"
#include "ui/AppContext.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc::ui {

using supervision::QueuedApproval;

namespace {

// A refusal's reason is "<category>: <text>"; the category is shown in words, as the clerk chose it.
QString readableReason(const QString& reason)
{
    const qsizetype colon = reason.indexOf(QLatin1String(": "));
    if (colon <= 0)
        return reason;
    const auto category = yc::intake::refusalCategoryFromString(QStringView(reason).left(colon));
    if (!category)
        return reason;
    return QCoreApplication::translate("yc::ui::ApprovalsPage", "%1: %2")
        .arg(yc::intake::IntakeLabels::refusalCategory(category.value()), reason.mid(colon + 2));
}

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("accept-with-missing"))
        return ApprovalsPage::tr("Accept with missing materials");
    if (kind == QLatin1String("refusal"))
        return ApprovalsPage::tr("Refusal");
    if (kind == QLatin1String("override"))
        return ApprovalsPage::tr("Override");
    return kind;
}

QString originLabel(const QueuedApproval& a)
{
    if (a.origin == QueuedApproval::Origin::Local)
        return ApprovalsPage::tr("This PC");
    return a.windowNo.isEmpty() ? ApprovalsPage::tr("Another window") : ApprovalsPage::tr("Window %1").arg(a.windowNo);
}

} // namespace

ApprovalsPage::ApprovalsPage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("approvalsPage"));
    m_calendar = workCalendarOf(m_context);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Approvals queue")), this);
    layout->addWidget(title);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("approvalsScope"));
    m_scope->setWordWrap(true);
    layout->addWidget(m_scope);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("From"), tr("Request"), tr("Case"), tr("Item"), tr("Asked by"), tr("Asked at")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("approvalsDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    layout->addWidget(new QLabel(tr("Comment (required to deny):"), this));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("approvalsComment"));
    m_comment->setMaximumHeight(70);
    layout->addWidget(m_comment);

    auto* buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_deny = new QPushButton(tr("Deny"), this);
    m_deny->setObjectName(QStringLiteral("denyButton"));
    m_openCase = new QPushButton(tr("Case detail…"), this);
    m_openCase->setObjectName(QStringLiteral("openCaseButton"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshApprovalsButton"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_deny);
    buttons->addWidget(m_openCase);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("approvalsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_deny, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_openCase, &QPushButton::clicked, this, &ApprovalsPage::openCase);
    connect(m_refresh, &QPushButton::clicked, this, &ApprovalsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsPage::showSelection);
    if (m_context.currentStaff)
        // Another staff member: the list is read again when it is seen (showEvent), not at every
        // sign-in; what the previous one saw goes at once.
        connect(m_context.currentStaff, &sync::CurrentStaff::changed, this, [this] {
            if (isVisible()) {
                refresh();
            } else {
                m_rows.clear();
                showRows();
            }
        });

    setConnectorFactory({});
    m_injected = false;
}

void ApprovalsPage::ensureConnectorFactory()
{
    // The platform as this PC is enrolled with it (enrolment may come after the page was made).
    if (m_hasFactory || m_injected || !m_context.settings || !m_context.store)
        return;
    auto enrolment = sync::Enrolment(m_context.store->database(), m_context.store->cipher()).load();
    if (!enrolment || !enrolment.value())
        return;
    const sync::EnrolmentInfo info = *enrolment.value();
    auto rest = sync::SyncConfig::restFactory(*m_context.settings);
    setConnectorFactory([rest, info]() { return rest(info); });
    m_injected = false;
}

ApprovalsPage::~ApprovalsPage() = default;

void ApprovalsPage::setConnectorFactory(supervision::RemoteApprovalQueue::ConnectorFactory factory)
{
    if (m_remote)
        m_remote->waitForIdle();
    m_hasFactory = static_cast<bool>(factory);
    m_injected = true;
    m_remote = std::make_unique<supervision::RemoteApprovalQueue>(intakeContext(), std::move(factory));
    connect(m_remote.get(), &supervision::RemoteApprovalQueue::fetched, this,
            [this](const QList<QueuedApproval>& pending) {
                QList<QueuedApproval> rows;
                for (const QueuedApproval& r : std::as_const(m_rows)) {
                    if (r.origin == QueuedApproval::Origin::Local)
                        rows << r;
                }
                for (const QueuedApproval& r : pending) {
                    bool asked = false; // a request of this PC is listed once, as this PC's
                    for (const QueuedApproval& l : std::as_const(rows))
                        asked = asked || l.approvalId == r.approvalId;
                    if (!asked)
                        rows << r;
                }
                m_rows = rows;
                m_scope->setText(tr("Requests asked at this PC and at the hall's other windows."));
                showRows();
            });
    connect(m_remote.get(), &supervision::RemoteApprovalQueue::decided, this,
            [this](const QString& approvalId, const QString& status) {
                if (m_decidedHere.remove(approvalId)) {
                    // Decided at this PC already (and told by decided()); the platform has it now too.
                    setMessage(message() + QLatin1Char(' ') + tr("The platform has the decision too."));
                    refresh();
                    return;
                }
                setMessage(status == QLatin1String("approved") ? tr("Approved; the platform has the decision.")
                                                               : tr("Denied; the platform has the decision."));
                m_comment->clear();
                emit decided(approvalId, status);
                refresh();
            });
    connect(m_remote.get(), &supervision::RemoteApprovalQueue::failed, this, [this](const QString& message) {
        m_scope->setText(tr("The platform could not be asked: this list shows this PC's requests only."));
        setMessage(message, true);
    });
}

intake::IntakeContext ApprovalsPage::intakeContext() const
{
    return intakeContextOf(m_context, *m_calendar);
}

supervision::Actor ApprovalsPage::actor() const
{
    return supervision::actorOf(m_context.currentStaff);
}

QString ApprovalsPage::message() const
{
    return m_message->text();
}

bool ApprovalsPage::isBusy() const
{
    return m_remote && m_remote->isBusy();
}

void ApprovalsPage::waitForIdle()
{
    if (m_remote)
        m_remote->waitForIdle();
}

void ApprovalsPage::setMessage(const QString& text, bool error)
{
    showMessage(m_message, text, error);
}

void ApprovalsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ApprovalsPage::refresh()
{
    supervision::ApprovalQueue queue(intakeContext(), actor());
    auto local = queue.localPending();
    m_rows.clear();
    if (!local) {
        // Not a supervisor (or nobody signed in): nothing is listed and nothing can be decided.
        m_scope->setText(local.error().message);
        showRows();
        return;
    }
    m_rows = local.value();
    ensureConnectorFactory();
    if (m_hasFactory && m_remote && !m_remote->isBusy()) {
        m_scope->setText(tr("Asking the platform for the hall's requests…"));
        if (auto started = m_remote->fetch(actor()); !started)
            m_scope->setText(
                tr("This list shows the requests asked at this PC only (%1).").arg(started.error().message));
    } else if (!m_hasFactory) {
        m_scope->setText(tr("Offline: this list shows the requests asked at this PC only."));
    }
    showRows();
}

QString ApprovalsPage::itemName(const QString& code) const
{
    auto item = storage::CatalogRepository(m_context.store->database()).item(code);
    return item && !item.value().name.isEmpty() ? item.value().name : code;
}

void ApprovalsPage::showRows()
{
    const bool allowed = static_cast<bool>(supervision::ApprovalQueue(intakeContext(), actor()).requireSupervisor());
    m_table->setRowCount(0);
    const QLocale locale;
    for (const QueuedApproval& a : std::as_const(m_rows)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{originLabel(a),   kindLabel(a.kind),
                                a.caseId.left(8), itemName(a.itemCode),
                                a.requestedBy,    locale.toString(a.requestedAt.toLocalTime(), QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.approvalId);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_comment->setEnabled(allowed);
    m_refresh->setEnabled(allowed);
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
    showSelection();
}

int ApprovalsPage::selectedRow() const
{
    return selectedRowIn(m_table, m_rows.size());
}

void ApprovalsPage::showSelection()
{
    const int row = selectedRow();
    const bool allowed = static_cast<bool>(supervision::ApprovalQueue(intakeContext(), actor()).requireSupervisor());
    m_openCase->setEnabled(row >= 0 && m_rows.at(row).origin == QueuedApproval::Origin::Local);
    m_approve->setEnabled(allowed && row >= 0);
    m_deny->setEnabled(allowed && row >= 0);
    if (row < 0) {
        m_details->setText(m_rows.isEmpty() && allowed ? tr("No request waits for a decision.") : QString());
        return;
    }
    const QueuedApproval& a = m_rows.at(row);
    QString text = tr("%1 for case %2, item %3 (%4), asked by %5.")
                       .arg(kindLabel(a.kind), a.caseId, itemName(a.itemCode), a.itemCode, a.requestedBy);
    if (!a.reason.isEmpty())
        text += QLatin1Char('\n') + tr("Reason: %1").arg(readableReason(a.reason));
    if (!a.deferredMaterials.isEmpty())
        text += QLatin1Char('\n') + tr("Materials to follow: %1").arg(a.deferredMaterials.join(QStringLiteral(", ")));
    m_details->setText(text);
}

void ApprovalsPage::decide(bool approve)
{
    const int row = selectedRow();
    supervision::ApprovalDecision decision;
    decision.approvalId = row >= 0 ? m_rows.at(row).approvalId : QString();
    decision.approve = approve;
    decision.note = m_comment->toPlainText();
    if (auto valid = supervision::ApprovalQueue::checkDecision(decision); !valid) {
        setMessage(valid.error().message, true);
        return;
    }
    const QueuedApproval request = m_rows.at(row);
    if (request.origin == QueuedApproval::Origin::Remote) {
        if (auto started = m_remote->decide(actor(), decision); !started)
            setMessage(started.error().message, true);
        else
            setMessage(tr("Sending the decision to the platform…"));
        return;
    }
    supervision::ApprovalQueue queue(intakeContext(), actor());
    auto done = queue.decideLocal(decision);
    if (!done) {
        setMessage(done.error().message, true);
        return;
    }
    setMessage(approve ? tr("Approved. The clerk can go on with the case.")
                       : tr("Denied. The clerk sees your comment."));
    m_comment->clear();
    emit decided(decision.approvalId, approve ? QStringLiteral("approved") : QStringLiteral("rejected"));
    // A request also sent to the platform is decided there too, so the case it backs is accepted.
    if (request.mode == QLatin1String("remote") && m_hasFactory) {
        if (auto started = m_remote->decide(actor(), decision); !started)
            setMessage(message() + QLatin1Char(' ') +
                           tr("The platform could not be told: %1").arg(started.error().message),
                       true);
        else
            m_decidedHere.insert(decision.approvalId);
    }
    refresh();
}

void ApprovalsPage::openCase()
{
    const int row = selectedRow();
    if (row >= 0)
        emit caseRequested(m_rows.at(row).caseId);
}

} // namespace yc::ui
