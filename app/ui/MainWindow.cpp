#include "ui/MainWindow.h"

#include "core/AppInfo.h"
#include "ui_MainWindow.h"

#include <QLabel>
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

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::setSignedInStaff(const QString& displayName)
{
    m_staffLabel->setText(displayName.isEmpty() ? tr("Staff: none signed in") : tr("Staff: %1").arg(displayName));
}

void MainWindow::setPlatformStatus(const QString& text)
{
    m_platformLabel->setText(tr("Platform: %1").arg(text));
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
