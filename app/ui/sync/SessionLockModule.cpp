#include "ui/sync/SessionLockModule.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "storage/Store.h"
#include "sync/CurrentStaff.h"
#include "sync/SessionLock.h"
#include "sync/SignInLimiter.h"
#include "ui/MainWindow.h"
#include "ui/sync/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace yc::ui {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::Dark));
    setPalette(p);

    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setPalette(QApplication::palette());
    panel->setMinimumWidth(420);
    auto* title = new QLabel(tr("This window is locked"), panel);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_who = new QLabel(panel);
    m_who->setWordWrap(true);
    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_unlock = new QPushButton(tr("&Unlock"), panel);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_switch = new QPushButton(tr("Sign in as &another staff member…"), panel);
    m_switch->setObjectName(QStringLiteral("switchStaffButton"));
    m_switch->setFlat(true);

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_unlock);
    auto* form = new QVBoxLayout(panel);
    form->setContentsMargins(28, 24, 28, 20);
    form->setSpacing(12);
    form->addWidget(title);
    form->addWidget(m_who);
    form->addLayout(passwordRow);
    form->addWidget(m_message);
    form->addSpacing(8);
    form->addWidget(m_switch, 0, Qt::AlignLeft);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlockRequested);
    connect(m_switch, &QPushButton::clicked, this, &LockScreen::switchRequested);
}

void LockScreen::prepare(const QString& displayName, const QString& staffId, const QDateTime& lockedAt)
{
    m_who->setText(
        tr("%1 (%2) is signed in at this window; it has been locked since %3.\nEnter their password to unlock it.")
            .arg(displayName.isEmpty() ? staffId : displayName, staffId,
                 QLocale().toString(lockedAt.toLocalTime().time(), QLocale::ShortFormat)));
    m_message->clear();
    m_message->hide();
    clearPassword();
    m_password->setFocus();
}

void LockScreen::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    clearPassword();
    m_password->setFocus();
}

QString LockScreen::password() const
{
    return m_password->text();
}

void LockScreen::clearPassword()
{
    m_password->clear();
}

SessionLockModule::SessionLockModule(MainWindow& window, const AppContext& context, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
{
    Q_ASSERT(context.store && context.clock && context.currentStaff);
    const sync::SignInLimits limits =
        context.settings ? sync::SignInLimits::fromSettings(*context.settings) : sync::SignInLimits{};
    m_lock = std::make_unique<sync::SessionLock>(context.store->database(), context.store->cipher(), *context.clock,
                                                 *context.currentStaff, limits);
    if (context.settings)
        m_lock->setIdleMinutes(sync::SessionLock::idleMinutesFrom(*context.settings));

    m_lockAction = new QAction(tr("&Lock window"), &window);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setEnabled(context.currentStaff->isSignedIn());
    connect(m_lockAction, &QAction::triggered, this, &SessionLockModule::lockNow);
    connect(context.currentStaff, &sync::CurrentStaff::changed, m_lockAction,
            [this] { m_lockAction->setEnabled(m_context.currentStaff->isSignedIn()); });
    window.addMenuAction(QStringLiteral("file"), m_lockAction);

    m_screen = new LockScreen(&window);
    m_screen->hide();
    connect(m_screen, &LockScreen::unlockRequested, this, &SessionLockModule::unlock);
    connect(m_screen, &LockScreen::switchRequested, this, &SessionLockModule::signInAnother);
    connect(m_lock.get(), &sync::SessionLock::lockedChanged, this, &SessionLockModule::onLockedChanged);
    connect(m_lock.get(), &sync::SessionLock::staffSwitched, this, [this] { m_switched = true; });

    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(15 * 1000);
    connect(m_idleTimer, &QTimer::timeout, this, &SessionLockModule::checkIdle);
    m_idleTimer->start();

    window.installEventFilter(this);
    qApp->installEventFilter(this);
}

SessionLockModule::~SessionLockModule()
{
    qApp->removeEventFilter(this);
}

void SessionLockModule::checkIdle()
{
    // The setting may have changed since (the settings dialog writes it).
    if (m_context.settings)
        m_lock->setIdleMinutes(sync::SessionLock::idleMinutesFrom(*m_context.settings));
    m_lock->checkIdle();
}

bool SessionLockModule::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lock->noteActivity();
        break;
    case QEvent::ShortcutOverride:
        // Locked: keys go to the focused field of the lock screen (or the sign-in dialog over it),
        // never to a shortcut of the pages or menus below.
        if (m_lock->isLocked())
            event->accept();
        break;
    case QEvent::Resize:
        if (watched == &m_window && m_screen->isVisible())
            m_screen->setGeometry(m_window.rect());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionLockModule::lockNow()
{
    if (auto locked = m_lock->lock(sync::LockReason::Demand); !locked && !m_lock->isLocked())
        m_window.statusBar()->showMessage(locked.error().message, 5000);
}

void SessionLockModule::onLockedChanged(bool locked)
{
    QWidget* parts[] = {m_window.centralWidget(), m_window.menuBar(), m_window.statusBar()};
    if (locked) {
        m_switched = false;
        // Other windows (dialogs, previews) may show personal data: hidden until the unlock.
        m_hidden.clear();
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != &m_window && w->isVisible() && !w->isHidden() && w->isWindow()) {
                m_hidden << w;
                w->hide();
            }
        for (QWidget* part : parts)
            if (part)
                part->setEnabled(false);
        const auto staff = m_lock->lockedStaff();
        m_screen->setGeometry(m_window.rect());
        m_screen->show();
        m_screen->raise();
        m_screen->prepare(staff.displayName, staff.staffId, m_context.clock->now());
        m_window.activateWindow();
        return;
    }
    for (QWidget* part : parts)
        if (part)
            part->setEnabled(true);
    m_screen->clearPassword();
    m_screen->hide();
    // Another staff member signed in: what the first one had open is closed, not shown to them.
    for (const QPointer<QWidget>& w : std::as_const(m_hidden))
        if (w) {
            if (m_switched)
                w->close();
            else
                w->show();
        }
    m_hidden.clear();
}

void SessionLockModule::unlock()
{
    const QString password = m_screen->password();
    m_screen->clearPassword();
    if (auto unlocked = m_lock->unlock(QString(), password); !unlocked)
        m_screen->showError(unlocked.error().message);
}

void SessionLockModule::signInAnother()
{
    if (!m_context.signIn)
        return;
    auto* dialog = new SignInDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    dialog->show();
}

} // namespace yc::ui
