#include "ui/catalog/CatalogPanel.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/catalog/GuideFormatter.h"
#include "documents/GuidePdf.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogRepository.h"
#include "storage/catalog/CatalogSearch.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace yc::ui {

CatalogPanel::CatalogPanel(const AppContext& context, storage::CatalogSearch* search, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(search)
{
    setObjectName(QStringLiteral("catalogPanel"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_query = new QLineEdit(left);
    m_query->setObjectName(QStringLiteral("catalogQuery"));
    m_query->setPlaceholderText(tr("Search items: name, pinyin (sfz), code, department"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results = new QListWidget(left);
    m_results->setObjectName(QStringLiteral("catalogResults"));
    m_results->setUniformItemSizes(true);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("catalogStatus"));
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    leftLayout->addWidget(m_query);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addWidget(m_status);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("catalogGuideTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_print = new QPushButton(tr("&Print guide..."), right);
    m_print->setObjectName(QStringLiteral("catalogPrintGuide"));
    m_print->setEnabled(false);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_print);
    m_guide = new QTextBrowser(right);
    m_guide->setObjectName(QStringLiteral("catalogGuide"));
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_guide, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 780});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_query, &QLineEdit::textChanged, this, &CatalogPanel::onTextChanged);
    connect(m_query, &QLineEdit::returnPressed, this, &CatalogPanel::showCurrent);
    connect(m_results, &QListWidget::itemActivated, this, [this] { showCurrent(); });
    connect(m_print, &QPushButton::clicked, this, &CatalogPanel::printGuide);
    if (m_search) {
        connect(m_search, &storage::CatalogSearch::resultsReady, this, &CatalogPanel::onResults);
        connect(m_search, &storage::CatalogSearch::indexReady, this, &CatalogPanel::updateStatus);
        connect(m_search, &storage::CatalogSearch::failed, this,
                [this](const QString& message) { m_status->setText(tr("Search unavailable: %1").arg(message)); });
    }
    m_status->setText(tr("Loading the catalog..."));
    setFocusProxy(m_query);
}

void CatalogPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_query->setFocus();
    m_query->selectAll();
}

void CatalogPanel::updateStatus(qint64 items)
{
    m_items = items;
    if (items == 0)
        m_status->setText(tr("No catalog imported yet (yichuang-ctl catalog import FILE)."));
    else
        m_status->setText(tr("%n item(s) in the catalog", nullptr, static_cast<int>(items)));
}

void CatalogPanel::onTextChanged(const QString& text)
{
    if (!m_search)
        return;
    if (text.trimmed().isEmpty()) {
        m_search->search(QString()); // makes any running query stale
        m_results->clear();
        return;
    }
    m_search->search(text);
}

void CatalogPanel::onResults(quint64 id, const QString& query, const QList<catalog::SearchMatch>& matches)
{
    Q_UNUSED(id);
    if (query != m_query->text())
        return;
    m_results->clear();
    if (query.trimmed().isEmpty()) {
        updateStatus(m_items);
        return;
    }
    for (const catalog::SearchMatch& m : matches) {
        auto* row = new QListWidgetItem(QStringLiteral("%1    %2").arg(m.name, m.department), m_results);
        row->setData(Qt::UserRole, m.code);
        row->setToolTip(m.code);
        if (m.recent) {
            QFont f = row->font();
            f.setBold(true);
            row->setFont(f);
        }
    }
    if (m_results->count() > 0) {
        m_results->setCurrentRow(0);
        m_status->setText(tr("Best %n match(es) shown.", nullptr, m_results->count()));
    } else {
        m_status->setText(tr("No item matches \"%1\".").arg(query));
    }
}

bool CatalogPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int count = m_results->count();
        if (count > 0 && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
                          key->key() == Qt::Key_PageUp)) {
            int row = m_results->currentRow();
            const int step = (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) ? 10 : 1;
            row += (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) ? step : -step;
            m_results->setCurrentRow(std::clamp(row, 0, count - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CatalogPanel::showCurrent()
{
    const QListWidgetItem* row = m_results->currentItem();
    if (!row && m_results->count() > 0)
        row = m_results->item(0);
    if (!row)
        return;
    const QString code = row->data(Qt::UserRole).toString();
    if (showItem(code) && m_search)
        m_search->recordUse(code);
}

bool CatalogPanel::showItem(const QString& code)
{
    if (!m_context.store)
        return false;
    storage::CatalogRepository repository(m_context.store->database());
    auto item = repository.item(code);
    if (!item) {
        m_guide->setPlainText(item.error().message);
        m_print->setEnabled(false);
        m_code.clear();
        return false;
    }
    m_code = code;
    m_title->setText(item.value().name);
    m_guide->setHtml(catalog::GuideFormatter::toHtml(item.value(), repository.subItems(code).valueOr({})));
    m_print->setEnabled(true);
    return true;
}

Status CatalogPanel::printGuideTo(const QString& path)
{
    if (m_code.isEmpty() || !m_context.store)
        return makeError(QStringLiteral("catalog.no-item"), tr("No guide is on display."));
    storage::CatalogRepository repository(m_context.store->database());
    auto item = repository.item(m_code);
    if (!item)
        return item.error();
    documents::GuidePdf::Footer footer;
    footer.catalogVersion = repository.info().valueOr({}).version;
    if (m_context.settings)
        footer.hallName = m_context.settings->value(QStringLiteral("hall/name")).toString();
    if (m_context.clock)
        footer.printedOn = m_context.clock->today().toString(Qt::ISODate);
    return documents::GuidePdf::write(item.value(), repository.subItems(m_code).valueOr({}), footer, path);
}

void CatalogPanel::printGuide()
{
    if (m_code.isEmpty())
        return;
    const QString suggested = QDir::home().filePath(tr("Service guide - %1.pdf").arg(m_title->text()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Print guide to PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = printGuideTo(path); !written)
        QMessageBox::warning(this, tr("Print guide"), written.error().message);
}

} // namespace yc::ui
