#include "ui/sync/SyncQueuePage.h"

#include "core/Clock.h"
#include "storage/Store.h"
#include "sync/OfflineQueue.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"
#include "ui/AppContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc::ui {

namespace {
QString stateText(const QString& state, const QString& errorKind, const QString& platformStatus)
{
    if (errorKind == QLatin1String("permanent"))
        return SyncQueuePage::tr("Refused: needs attention");
    if (state == QLatin1String("submitted")) {
        if (platformStatus == QLatin1String("under-review"))
            return SyncQueuePage::tr("Under review");
        if (platformStatus == QLatin1String("correction-requested"))
            return SyncQueuePage::tr("Correction requested");
        if (platformStatus == QLatin1String("completed"))
            return SyncQueuePage::tr("Completed");
        if (platformStatus == QLatin1String("delivered"))
            return SyncQueuePage::tr("Delivered");
        return SyncQueuePage::tr("Submitted");
    }
    QString text = state == QLatin1String("uploading")    ? SyncQueuePage::tr("Uploading materials")
                   : state == QLatin1String("submitting") ? SyncQueuePage::tr("Submitting")
                                                          : SyncQueuePage::tr("Queued");
    if (errorKind == QLatin1String("retryable"))
        text += SyncQueuePage::tr(" (will retry)");
    return text;
}
QString kindText(const QString& kind)
{
    if (kind == QLatin1String("case"))
        return SyncQueuePage::tr("Case");
    if (kind == QLatin1String("evaluation"))
        return SyncQueuePage::tr("Evaluation");
    if (kind == QLatin1String("supplement"))
        return SyncQueuePage::tr("Supplement");
    if (kind == QLatin1String("evaluation-follow-up"))
        return SyncQueuePage::tr("Rating follow-up");
    return kind;
}

enum Column
{
    NumberColumn,
    KindColumn,
    StateColumn,
    ClerkColumn,
    AttemptsColumn,
    NextTryColumn,
    AnswerColumn,
    ColumnCount
};
} // namespace

SyncQueuePage::SyncQueuePage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncQueuePage"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncQueueSummary"));
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("syncQueueTable"));
    m_table->setHorizontalHeaderLabels({tr("Case number"), tr("Kind"), tr("State"), tr("Clerk"), tr("Attempts"),
                                        tr("Next try"), tr("Platform's answer")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncUploadProgress"));
    m_progress->setFormat(tr("Uploading materials: %p%"));
    m_progress->hide();
    layout->addWidget(m_progress);
    auto* buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry now"), this);
    m_retry->setObjectName(QStringLiteral("syncRetryButton"));
    m_syncNow = new QPushButton(tr("&Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_syncNow);
    layout->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, &SyncQueuePage::retrySelected);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncQueuePage::syncRequested);
    refresh();
}

void SyncQueuePage::refresh()
{
    if (!m_context.store)
        return;
    // Every kind of entry: cases, and the evaluations and supplements queued for them. What is shown
    // is never personal data: the case number, states, the clerk and the platform's answer.
    storage::OutboxListFilter filter;
    filter.includeSubmitted = true;
    filter.order = storage::OutboxListFilter::Order::WaitingNewestFirst;
    filter.limit = 500;
    auto rows = sync::OfflineQueue::list(m_context.store->database(), m_context.store->cipher(), filter);
    if (!rows)
        return;
    m_table->setRowCount(0);
    for (const storage::OutboxListRow& r : rows.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* number = new QTableWidgetItem(r.caseNumber.isEmpty() ? tr("(not yet numbered)") : r.caseNumber);
        number->setData(Qt::UserRole, r.id);
        m_table->setItem(row, NumberColumn, number);
        auto* kindItem = new QTableWidgetItem(kindText(r.kind));
        kindItem->setData(Qt::UserRole, r.kind);
        m_table->setItem(row, KindColumn, kindItem);
        m_table->setItem(row, StateColumn, new QTableWidgetItem(stateText(r.state, r.errorKind, r.platformStatus)));
        m_table->setItem(row, ClerkColumn, new QTableWidgetItem(r.staffName));
        m_table->setItem(row, AttemptsColumn, new QTableWidgetItem(QString::number(r.attempts)));
        const QDateTime next = QDateTime::fromString(r.nextAttemptAt, Qt::ISODate);
        m_table->setItem(
            row, NextTryColumn,
            new QTableWidgetItem(next.isValid() ? next.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString()));
        m_table->setItem(row, AnswerColumn, new QTableWidgetItem(r.lastError));
    }
    // Every column but the platform's answer fits its contents; the answer takes the rest of the width
    // (resizing it to its contents too would undo the stretch until the next resize).
    for (int c = 0; c < AnswerColumn; ++c)
        m_table->resizeColumnToContents(c);
    if (m_context.clock) {
        auto s = sync::SyncStatus::read(m_context.store->database(), m_context.clock->now());
        if (s) {
            const sync::SyncStatus& v = s.value();
            QStringList lines{tr("%n case(s) waiting for the platform", nullptr, int(v.pending))};
            if (v.pendingOther > 0)
                lines << tr("%n evaluation(s) or supplement(s) waiting for the platform", nullptr, int(v.pendingOther));
            if (v.failed > 0)
                lines << tr("%n entry(ies) refused: they wait for a person (select them and press Retry now)", nullptr,
                            int(v.failed));
            if (!v.gateMessage.isEmpty())
                lines << v.gateMessage;
            m_summary->setText(lines.join(QLatin1Char('\n')));
        }
    }
}

void SyncQueuePage::showUploadProgress(const QString&, qint64 done, qint64 total)
{
    if (total <= 0 || done >= total) {
        m_progress->hide();
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
    m_progress->show();
}

void SyncQueuePage::retrySelected()
{
    const SystemClock systemClock;
    const Clock& clock = m_context.clock ? *m_context.clock : systemClock;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const qint64 id = m_table->item(index.row(), NumberColumn)->data(Qt::UserRole).toLongLong();
        (void)sync::SyncEngine::retryNow(m_context.store->database(), clock, id);
    }
    refresh();
    emit syncRequested();
}

} // namespace yc::ui
