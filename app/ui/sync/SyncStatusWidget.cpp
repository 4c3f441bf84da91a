#include "ui/sync/SyncStatusWidget.h"

#include "core/Clock.h"
#include "storage/Store.h"
#include "sync/SyncStatus.h"
#include "ui/AppContext.h"

#include <QLocale>
#include <QTimer>

namespace yc::ui {

SyncStatusWidget::SyncStatusWidget(const AppContext& context, QWidget* parent)
    : QLabel(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setTextFormat(Qt::PlainText);
    auto* timer = new QTimer(this);
    timer->setInterval(15000);
    connect(timer, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    timer->start();
    refresh();
}

void SyncStatusWidget::refresh()
{
    if (!m_context.store || !m_context.clock)
        return;
    auto status = sync::SyncStatus::read(m_context.store->database(), m_context.clock->now());
    if (!status) {
        setText(tr("Sync: unknown"));
        return;
    }
    const auto& s = status.value();
    if (!s.enrolled) {
        setText(tr("Sync: this PC is not enrolled"));
        setToolTip(tr("Tools > Enrol this PC… registers it as a window of a hall."));
        return;
    }
    const QString last = s.lastSuccessAt.isValid()
                             ? QLocale().toString(s.lastSuccessAt.toLocalTime(), QLocale::ShortFormat)
                             : tr("never");
    QString text = tr("%1 | waiting: %2 | last sync: %3 | numbers left: %4")
                       .arg(s.online ? tr("Online") : tr("Offline"))
                       .arg(s.pending)
                       .arg(last)
                       .arg(s.caseNumbersLeft);
    if (s.pendingOther > 0)
        text += tr(" | evaluations/supplements waiting: %1").arg(s.pendingOther);
    if (s.failed > 0)
        text += tr(" | %n need attention", nullptr, int(s.failed));
    setText(text);
    setToolTip(s.gateMessage.isEmpty() ? s.lastError : s.gateMessage);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, s.gate == sync::SyncStatus::Gate::Blocked ? QColor(0xb0, 0x00, 0x20)
                                     : s.gate == sync::SyncStatus::Gate::Warn  ? QColor(0xa0, 0x60, 0x00)
                                                                              : QPalette().color(QPalette::WindowText));
    setPalette(p);
}

} // namespace yc::ui
