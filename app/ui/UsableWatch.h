#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace yc::ui {

// Tells when the main window has become usable at start: every shown top-level window (the main
// window, and a dialog shown at start such as the sign-in) is exposed on screen, the keyboard focus
// is in the window the clerk must use first, and one idle tick of the event loop has run after that.
// Work the first screen does not need (the catalog index, the card reader, the first sync pass)
// starts then, so it does not compete with the window for the processor (whenUsable); and the
// start-up benchmark ends the program there (--quit-when-ready, ReadyProbe).
// Self-contained (Qt Widgets only): the benchmark's bare Qt baseline compiles the same file.
class UsableWatch : public QObject
{
    Q_OBJECT

public:
    // The watch of `mainWindow` (made on the first call; it lives as long as the window).
    static UsableWatch* of(QWidget* mainWindow);

    // Runs `work` once: when the window is usable, or after `latestMs` at the latest (a platform
    // that never gives the focus must not keep the work from starting).
    void whenUsable(std::function<void()> work, int latestMs = 2000);
    [[nodiscard]] bool isUsable() const { return m_usable; }

signals:
    void usable();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit UsableWatch(QWidget* mainWindow);
    void schedule();
    void check();
    [[nodiscard]] bool usableNow() const;

    QPointer<QWidget> m_window;
    bool m_scheduled = false;
    bool m_idleTickRan = false;
    bool m_usable = false;
};

// For the start-up benchmark (tests/benchmarks/README.md): when the window is usable, prints "ready"
// to standard output and ends the process, at once without clean-up (ExitNow) or through the event
// loop (Quit) where a child process must be stopped, as in training mode. A window that is not usable
// within 30 s ends the process with exit code 3.
namespace ReadyProbe {
enum class Ending
{
    ExitNow,
    Quit
};
void install(QWidget* mainWindow, Ending ending);
} // namespace ReadyProbe

} // namespace yc::ui
