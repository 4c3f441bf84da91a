#pragma once

#include "ui/AppContext.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace yc::ui {

// The clerk's main window: menus, the pages of the workbench, and a status bar that always shows
// where the data lives, who is signed in and whether the platform is reachable.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setSignedInStaff(const QString& displayName);
    void setPlatformStatus(const QString& text);
    // Training mode: the title and a status-bar badge say so on every screen.
    void setTrainingMode(bool training);

    // Extension points for the feature modules (catalog, intake, queue, supervision, ...).
    // addPage: a page of the workbench, reachable from the View menu and by its shortcut.
    // addStatusWidget: a permanent indicator on the right of the status bar.
    // addMenuAction: an action in one of the menus ("file", "case", "tools", "help").
    void addPage(QWidget* page, const QString& title, const QKeySequence& shortcut = {});
    void showPage(QWidget* page);
    void addStatusWidget(QWidget* widget);
    void addMenuAction(const QString& menu, QAction* action);

private:
    void showAbout();

    AppContext m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_dataLabel = nullptr;
    QLabel* m_staffLabel = nullptr;
    QLabel* m_platformLabel = nullptr;
};

} // namespace yc::ui
