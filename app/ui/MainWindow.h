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

private:
    void showAbout();

    AppContext m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_dataLabel = nullptr;
    QLabel* m_staffLabel = nullptr;
    QLabel* m_platformLabel = nullptr;
};

} // namespace yc::ui
