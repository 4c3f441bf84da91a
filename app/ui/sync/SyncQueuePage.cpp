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
#include <QSqlQuery>
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
    QSqlQuery q(m_context.store->database().connection());
    if (!q.exec(QStringLiteral(
            "SELECT o.id, COALESCE(c.case_number, o.platform_case_number), o.state, o.error_kind, o.platform_status, "
            "COALESCE(s.display_name, o.staff_id), o.attempts, o.next_attempt_at, o.last_error, o.kind, "
            "o.case_id FROM outbox o LEFT JOIN cases c ON c.id = o.case_id LEFT JOIN staff s ON s.id = o.staff_id "
            "ORDER BY (o.state = 'submitted'), o.id DESC LIMIT 500")))
        return;
    sync::OfflineQueue queue(m_context.store->database(), m_context.store->cipher(), m_context.dataDir);
    m_table->setRowCount(0);
    while (q.next()) {
        const int row = m_table->rowCount();
        const qint64 id = q.value(0).toLongLong();
        const QString kind = q.value(9).toString();
        QString caseNumber = q.value(1).toString();
        if (caseNumber.isEmpty() && kind == QLatin1String("evaluation") && q.value(10).isNull()) {
            // An evaluation queued with its case number only: the number is in its (encrypted) payload.
            if (auto e = queue.evaluation(id))
                caseNumber = e.value().caseNumber;
        }
        m_table->insertRow(row);
        auto* number = new QTableWidgetItem(caseNumber.isEmpty() ? tr("(not yet numbered)") : caseNumber);
        number->setData(Qt::UserRole, id);
        m_table->setItem(row, NumberColumn, number);
        auto* kindItem = new QTableWidgetItem(kindText(kind));
        kindItem->setData(Qt::UserRole, kind);
        m_table->setItem(row, KindColumn, kindItem);
        m_table->setItem(
            row, StateColumn,
            new QTableWidgetItem(stateText(q.value(2).toString(), q.value(3).toString(), q.value(4).toString())));
        m_table->setItem(row, ClerkColumn, new QTableWidgetItem(q.value(5).toString()));
        m_table->setItem(row, AttemptsColumn, new QTableWidgetItem(QString::number(q.value(6).toInt())));
        const QDateTime next = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        m_table->setItem(
            row, NextTryColumn,
            new QTableWidgetItem(next.isValid() ? next.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString()));
        m_table->setItem(row, AnswerColumn, new QTableWidgetItem(q.value(8).toString()));
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
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const qint64 id = m_table->item(index.row(), NumberColumn)->data(Qt::UserRole).toLongLong();
        (void)sync::SyncEngine::retryNow(m_context.store->database(), id);
    }
    refresh();
    emit syncRequested();
}

} // namespace yc::ui
