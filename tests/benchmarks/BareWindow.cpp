// The start-up benchmark's baseline: the least a Qt Widgets program shows, a main window with a
// menu, a status bar and one text field that takes the keyboard focus; it ends at the point the
// clerk's program ends under --quit-when-ready (the same yc::ui::ReadyProbe).
#include "ui/UsableWatch.h"

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Baseline"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.setCentralWidget(new QLineEdit(&window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1200, 760); // as forms/MainWindow.ui
    yc::ui::ReadyProbe::install(&window, yc::ui::ReadyProbe::Ending::ExitNow);
    window.show();
    return app.exec();
}
