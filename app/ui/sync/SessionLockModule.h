#pragma once

#include "ui/AppContext.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace yc::sync {
class SessionLock;
}

namespace yc::ui {

class MainWindow;

// What the locked window shows instead of its pages: who locked it and since when, their password
// to unlock, and the way for another staff member to sign in instead. Covers the whole main window.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);
    // Fills the screen for a lock of displayName (staffId) at lockedAt and puts the focus in the password.
    void prepare(const QString& displayName, const QString& staffId, const QDateTime& lockedAt);
    void showError(const QString& text);
    [[nodiscard]] QString password() const;
    void clearPassword();

signals:
    void unlockRequested();
    void switchRequested();

private:
    QLabel* m_who = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_switch = nullptr;
    QLabel* m_message = nullptr;
};

// The window's session lock on screen (the logic is sync::SessionLock): File → Lock window (Ctrl+L),
// the idle lock after session/idle_lock_minutes without keyboard or mouse input anywhere in the
// application (an application-wide event filter), and the lock screen over the main window. While
// locked, every other window of the application is hidden and no shortcut works; after an unlock by
// the same staff member the windows come back, after another staff member's sign-in they are closed.
class SessionLockModule : public QObject
{
    Q_OBJECT

public:
    SessionLockModule(MainWindow& window, const AppContext& context, QObject* parent = nullptr);
    ~SessionLockModule() override;

    [[nodiscard]] sync::SessionLock& lock() { return *m_lock; }
    [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
    [[nodiscard]] LockScreen* lockScreen() const { return m_screen; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void lockNow();
    void onLockedChanged(bool locked);
    void unlock();
    void signInAnother();
    void checkIdle();

    MainWindow& m_window;
    AppContext m_context;
    std::unique_ptr<sync::SessionLock> m_lock;
    QAction* m_lockAction = nullptr;
    LockScreen* m_screen = nullptr;
    QTimer* m_idleTimer = nullptr;
    QList<QPointer<QWidget>> m_hidden; // other windows hidden while locked
    bool m_switched = false;
};

} // namespace yc::ui
