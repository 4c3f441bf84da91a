#include "ui/MainWindow.h"

#include "core/AppInfo.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace yc::ui {

MainWindow::MainWindow(const AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);

    m_dataLabel = new QLabel(this);
    m_dataLabel->setObjectName(QStringLiteral("dataLocationLabel"));
    m_dataLabel->setText(tr("Data: %1").arg(m_context.dataDir));
    m_dataLabel->setToolTip(tr("Where this window keeps its local, encrypted store"));
    m_staffLabel = new QLabel(this);
    m_staffLabel->setObjectName(QStringLiteral("staffLabel"));
    m_platformLabel = new QLabel(this);
    m_platformLabel->setObjectName(QStringLiteral("platformLabel"));
    statusBar()->addWidget(m_dataLabel, 1);
    statusBar()->addPermanentWidget(m_staffLabel);
    statusBar()->addPermanentWidget(m_platformLabel);
    setSignedInStaff({});
    setPlatformStatus(tr("not configured"));

    // Menus without actions stay hidden until a module adds to them.
    for (QMenu* menu : {m_ui->menuView, m_ui->menuCase, m_ui->menuTools})
        menu->menuAction()->setVisible(false);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget* page, const QString& title, const QKeySequence& shortcut)
{
    m_ui->pages->addWidget(page);
    auto* action = new QAction(title, this);
    // A page built on first show (LazyPage) names the page it will hold.
    const QString name = page->property("pageName").toString();
    action->setObjectName(QStringLiteral("showPage_") + (name.isEmpty() ? page->objectName() : name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    m_ui->menuView->addAction(action);
    m_ui->menuView->menuAction()->setVisible(true);
}

void MainWindow::showPage(QWidget* page)
{
    m_ui->pages->setCurrentWidget(page);
}

void MainWindow::addStatusWidget(QWidget* widget)
{
    statusBar()->addPermanentWidget(widget);
}

void MainWindow::addMenuAction(const QString& menu, QAction* action)
{
    QMenu* target = m_ui->menuHelp;
    if (menu == QLatin1String("file"))
        target = m_ui->menuFile;
    else if (menu == QLatin1String("case"))
        target = m_ui->menuCase;
    else if (menu == QLatin1String("tools"))
        target = m_ui->menuTools;
    if (menu == QLatin1String("file") && !m_ui->menuFile->actions().isEmpty())
        target->insertAction(m_ui->menuFile->actions().constFirst(), action);
    else
        target->addAction(action);
    target->menuAction()->setVisible(true);
}

void MainWindow::setSignedInStaff(const QString& displayName)
{
    m_staffLabel->setText(displayName.isEmpty() ? tr("Staff: none signed in") : tr("Staff: %1").arg(displayName));
}

void MainWindow::setPlatformStatus(const QString& text)
{
    m_platformLabel->setText(tr("Platform: %1").arg(text));
}

void MainWindow::setTrainingMode(bool training)
{
    if (!training)
        return;
    setWindowTitle(tr("[Training] %1").arg(windowTitle()));
    auto* badge = new QLabel(tr("TRAINING"), this);
    badge->setObjectName(QStringLiteral("trainingBadge"));
    badge->setStyleSheet(
        QStringLiteral("QLabel { background: #c0392b; color: white; padding: 1px 8px; font-weight: bold; }"));
    badge->setToolTip(
        tr("Training mode: synthetic data and a local reference platform; nothing reaches the real platform."));
    statusBar()->insertPermanentWidget(0, badge); // stays visible while a message is shown
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Yichuang"),
                       tr("<h3>Yichuang single-window intake %1</h3>"
                          "<p>The window clerk's workbench for government service halls: identity, service "
                          "catalog, materials, acceptance notices and the case queue to the city platform.</p>")
                           .arg(appinfo::version()));
}

} // namespace yc::ui
