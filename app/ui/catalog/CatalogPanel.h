#pragma once

#include "core/Result.h"
#include "core/catalog/CatalogIndex.h"
#include "ui/AppContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace yc::storage {
class CatalogSearch;
}

namespace yc::ui {

// The catalog page of the workbench: a search box that answers at each keystroke (the search runs
// on CatalogSearch's worker thread), the ranked results, the whole guide of the chosen item and
// "Print guide" to PDF. Up/Down in the search box move through the results; Enter shows the guide.
class CatalogPanel : public QWidget
{
    Q_OBJECT

public:
    CatalogPanel(const AppContext& context, storage::CatalogSearch* search, QWidget* parent = nullptr);

    // Shows the guide of an item (as Enter on a result does). Returns false if it is not in the catalog.
    bool showItem(const QString& code);
    [[nodiscard]] QString currentCode() const { return m_code; }
    // Writes the guide on display to path (what the Print guide button does after asking where).
    [[nodiscard]] Status printGuideTo(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void onTextChanged(const QString& text);
    void onResults(quint64 id, const QString& query, const QList<yc::catalog::SearchMatch>& matches);
    void showCurrent();
    void printGuide();
    void updateStatus(qint64 items);

    AppContext m_context;
    storage::CatalogSearch* m_search;
    QLineEdit* m_query = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_title = nullptr;
    QTextBrowser* m_guide = nullptr;
    QPushButton* m_print = nullptr;
    QString m_code;
    qint64 m_items = 0;
};

} // namespace yc::ui
