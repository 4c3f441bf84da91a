#include "ui/print/ReprintDialog.h"

#include "core/Clock.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"
#include "ui/print/PrintPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace yc::ui {

ReprintDialog::ReprintDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    Q_ASSERT(m_context.store && m_context.clock);
    setObjectName(QStringLiteral("reprintDialog"));
    setWindowTitle(tr("Reprint a notice"));
    resize(640, 360);

    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("caseEdit"));
    m_case->setPlaceholderText(tr("Case number or case id"));
    auto* caseLabel = new QLabel(tr("&Case:"), this);
    caseLabel->setBuddy(m_case);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("findButton"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("noticeList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Notice"), tr("Issued"), tr("Printed"), tr("Last printed")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reprintStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reprint = buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setEnabled(false);
    // Enter belongs to the field (find) and to the list (preview), never to a default button.
    for (QPushButton* b : {m_find, m_reprint, buttons->button(QDialogButtonBox::Close)}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    connect(m_case, &QLineEdit::returnPressed, this, [this] { find(m_case->text()); });
    connect(m_find, &QPushButton::clicked, this, [this] { find(m_case->text()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { previewSelected(); });
    // Enter on the list opens the preview here and goes no further: the dialog would pass it on to
    // the default button of the preview it just opened.
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_reprint->setEnabled(m_list->currentItem() != nullptr); });
    connect(m_reprint, &QPushButton::clicked, this, &ReprintDialog::previewSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(caseLabel);
    row->addWidget(m_case, 1);
    row->addWidget(m_find);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setStatus({});
    m_case->setFocus();
}

bool ReprintDialog::find(const QString& idOrNumber)
{
    m_caseId.clear();
    m_notices.clear();
    fillList();
    const QString wanted = idOrNumber.trimmed();
    if (wanted.isEmpty()) {
        setStatus(tr("Type the case number (or the case id)."));
        return false;
    }
    auto ref = storage::CaseRepository(m_context.store->database(), m_context.store->cipher(), m_context.dataDir,
                                       *m_context.clock)
                   .findRef(wanted);
    if (!ref) {
        setStatus(ref.error().message);
        return false;
    }
    if (!ref.value()) {
        setStatus(tr("No case “%1” at this window.").arg(wanted));
        return false;
    }
    m_caseId = ref.value()->id;
    m_caseLabel = ref.value()->caseNumber.isEmpty() ? m_caseId : ref.value()->caseNumber;
    auto notices = storage::NoticeRepository(m_context.store->database(), m_context.store->cipher(), *m_context.clock)
                       .list(m_caseId);
    if (!notices) {
        setStatus(notices.error().message);
        return false;
    }
    m_notices = std::move(notices.value());
    fillList();
    if (m_notices.empty()) {
        setStatus(tr("No notice is kept for case %1.").arg(m_caseLabel));
        return true;
    }
    setStatus(tr("Case %1: %n notice(s).", nullptr, int(m_notices.size())).arg(m_caseLabel));
    m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    return true;
}

void ReprintDialog::fillList()
{
    m_list->clear();
    const QLocale locale;
    for (const storage::NoticeRecord& n : m_notices) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, PrintPreviewDialog::kindLabel(n.kind));
        item->setText(1, locale.toString(n.issuedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, QString::number(n.printCount));
        item->setText(3, n.lastPrintedAt.isValid()
                             ? locale.toString(n.lastPrintedAt.toLocalTime(), QLocale::ShortFormat)
                             : QString());
        item->setData(0, Qt::UserRole, n.id);
        if (!n.hasPdf()) {
            item->setDisabled(true);
            item->setToolTip(0, tr("Recorded before notices were kept: there is no PDF to print."));
        }
    }
    m_reprint->setEnabled(m_list->currentItem() != nullptr);
}

void ReprintDialog::previewSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || item->isDisabled())
        return;
    const QString noticeId = item->data(0, Qt::UserRole).toString();
    auto* dialog = new PrintPreviewDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto shown = dialog->showNotice(noticeId); !shown) {
        setStatus(shown.error().message);
        delete dialog;
        return;
    }
    m_previewDialog = dialog;
    connect(dialog, &PrintPreviewDialog::printed, this, [this](const QString& id, int count) {
        emit printed(id, count);
        const QString caseId = m_caseId;
        find(caseId);
    });
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_previewDialog == dialog)
            m_previewDialog = nullptr;
    });
    dialog->open();
}

bool ReprintDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            previewSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReprintDialog::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace yc::ui
