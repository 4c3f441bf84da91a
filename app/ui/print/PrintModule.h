#pragma once

#include "core/Result.h"
#include "ui/AppContext.h"

#include <QObject>

class QAction;

namespace yc::ui {

class MainWindow;

// Wires notice printing into the main window: Case → Reprint notice… (Ctrl+Shift+P) and a
// status-bar message after each print. Other modules print a notice they have just kept with
// printNotice().
class PrintModule : public QObject
{
    Q_OBJECT

public:
    PrintModule(MainWindow& window, const AppContext& context, QObject* parent = nullptr);

    // Opens the print preview of a kept notice.
    [[nodiscard]] Status printNotice(const QString& noticeId);
    void showReprint();
    // The notices kept with a case: the only one straight in the print preview, several in the
    // reprint dialog to choose from. Error "notice.none" when the case has none.
    [[nodiscard]] Status reprintCase(const QString& caseId);

signals:
    void printed(const QString& noticeId, int printCount);

private:
    void onPrinted(const QString& noticeId, int printCount);

    MainWindow& m_window;
    AppContext m_context;
    QAction* m_reprintAction = nullptr;
};

} // namespace yc::ui
