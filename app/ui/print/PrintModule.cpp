#include "ui/print/PrintModule.h"

#include "storage/NoticeRepository.h"
#include "storage/Store.h"
#include "ui/MainWindow.h"
#include "ui/print/PrintPreviewDialog.h"
#include "ui/print/ReprintDialog.h"

#include <QAction>
#include <QStatusBar>

namespace yc::ui {

PrintModule::PrintModule(MainWindow& window, const AppContext& context, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
{
    m_reprintAction = new QAction(tr("Re&print notice…"), &window);
    m_reprintAction->setObjectName(QStringLiteral("actionReprintNotice"));
    m_reprintAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_reprintAction->setStatusTip(tr("Find a case and print one of its notices again"));
    connect(m_reprintAction, &QAction::triggered, this, &PrintModule::showReprint);
    window.addMenuAction(QStringLiteral("case"), m_reprintAction);
}

Status PrintModule::printNotice(const QString& noticeId)
{
    auto* dialog = new PrintPreviewDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto shown = dialog->showNotice(noticeId); !shown) {
        delete dialog;
        return shown;
    }
    connect(dialog, &PrintPreviewDialog::printed, this, &PrintModule::onPrinted);
    dialog->open();
    return {};
}

void PrintModule::showReprint()
{
    auto* dialog = new ReprintDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReprintDialog::printed, this, &PrintModule::onPrinted);
    dialog->open();
}

Status PrintModule::reprintCase(const QString& caseId)
{
    auto notices = storage::NoticeRepository(m_context.store->database(), m_context.store->cipher(), *m_context.clock)
                       .list(caseId);
    if (!notices)
        return notices.error();
    std::vector<QString> printable;
    for (const storage::NoticeRecord& n : notices.value())
        if (n.hasPdf())
            printable.push_back(n.id);
    if (printable.empty())
        return makeError(QStringLiteral("notice.none"), tr("No notice is kept with this case."));
    if (printable.size() == 1)
        return printNotice(printable.front());
    auto* dialog = new ReprintDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReprintDialog::printed, this, &PrintModule::onPrinted);
    dialog->open();
    dialog->find(caseId);
    return {};
}

void PrintModule::onPrinted(const QString& noticeId, int printCount)
{
    m_window.statusBar()->showMessage(tr("Notice printed (%n time(s) in all).", nullptr, printCount), 8000);
    emit printed(noticeId, printCount);
}

} // namespace yc::ui
