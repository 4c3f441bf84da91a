#include "ui/UsableWatch.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace yc::ui {

namespace {

bool exposed(const QWidget* widget)
{
    const QWindow* handle = widget->windowHandle();
    return handle && handle->isExposed();
}

} // namespace

UsableWatch* UsableWatch::of(QWidget* mainWindow)
{
    if (auto* existing = mainWindow->findChild<UsableWatch*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new UsableWatch(mainWindow);
}

UsableWatch::UsableWatch(QWidget* mainWindow)
    : QObject(mainWindow)
    , m_window(mainWindow)
{
    qApp->installEventFilter(this);
    schedule();
}

void UsableWatch::whenUsable(std::function<void()> work, int latestMs)
{
    if (m_usable) {
        work();
        return;
    }
    auto once = std::make_shared<std::function<void()>>(std::move(work));
    auto run = [once] {
        if (*once)
            std::exchange(*once, nullptr)();
    };
    connect(this, &UsableWatch::usable, this, run);
    QTimer::singleShot(latestMs, this, run);
}

bool UsableWatch::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Expose:
    case QEvent::FocusIn:
    case QEvent::WindowActivate:
    case QEvent::UpdateRequest:
        schedule();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void UsableWatch::schedule()
{
    if (m_scheduled || m_usable)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &UsableWatch::check);
}

void UsableWatch::check()
{
    m_scheduled = false;
    if (m_usable)
        return;
    if (!usableNow()) {
        m_idleTickRan = false;
        return;
    }
    // Usable now; once more after the events queued meanwhile (the idle tick), and still usable.
    if (!m_idleTickRan) {
        m_idleTickRan = true;
        m_scheduled = true;
        QTimer::singleShot(0, this, &UsableWatch::check);
        return;
    }
    m_usable = true;
    qApp->removeEventFilter(this);
    emit usable();
}

bool UsableWatch::usableNow() const
{
    if (!m_window || !m_window->isVisible() || !exposed(m_window))
        return false;
    const auto topLevels = QApplication::topLevelWidgets();
    for (const QWidget* widget : topLevels) {
        if (!widget->isVisible())
            continue;
        const Qt::WindowType type = widget->windowType();
        if (type == Qt::Popup || type == Qt::ToolTip || type == Qt::Desktop)
            continue;
        if (!exposed(widget))
            return false;
    }
    // Accepting input: the keyboard focus is in the window the clerk must use first.
    const QWidget* focus = QApplication::focusWidget();
    const QWidget* modal = QApplication::activeModalWidget();
    return focus && (!modal || modal == focus || modal->isAncestorOf(focus));
}

void ReadyProbe::install(QWidget* mainWindow, Ending ending)
{
    UsableWatch* watch = UsableWatch::of(mainWindow);
    QObject::connect(watch, &UsableWatch::usable, watch, [ending] {
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        if (ending == Ending::ExitNow)
            std::_Exit(0);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(30000, watch, [] {
        std::fputs("not ready: the window was never usable\n", stdout);
        std::fflush(stdout);
        std::_Exit(3);
    });
}

} // namespace yc::ui
