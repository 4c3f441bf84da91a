#pragma once

#include "supervision/DashboardExport.h"
#include "supervision/DashboardHallQuery.h"
#include "supervision/DashboardService.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace yc {
struct AppContext;
}

namespace yc::ui {

class ChartWidget;

// The supervisor's hall dashboard (窗口负责人): today's cases by window, clerk and item; what waits
// (to sync, for a correction, deferred materials); the yellow and red cases; the filtered case list
// with CSV and PDF export; charts of volumes, handling times and ratings. The data come from
// supervision::DashboardService, which refuses anyone but a supervisor; this page only shows what
// the service answers. Online, the hall's cases are fetched from the platform (PROTOCOL.md §15) off
// the GUI thread; offline, the page says that it shows this PC's cases only.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(const AppContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    // The connector for the hall query (default: the enrolled platform's REST connector).
    void setConnectorFactory(supervision::DashboardHallQuery::ConnectorFactory factory);

    [[nodiscard]] const std::optional<supervision::DashboardSnapshot>& snapshot() const { return m_snapshot; }
    // Writes the filtered list (also what the Export buttons do after asking for a file).
    [[nodiscard]] Status exportTo(const QString& path, supervision::DashboardExport::Format format);

public slots:
    // Reads this PC's cases again and asks the platform for the hall's (when online).
    void refresh();
    // Recomputes from what is known (after a filter changed).
    void recompute();

signals:
    void hallQueryFinished();
    // A case stored on this PC was opened from the case list (Enter or a double click).
    void caseRequested(const QString& caseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void startHallQuery();
    void onHallFinished(bool ok, const std::vector<sync::CaseSummary>& cases, const QString& message,
                        const sync::StaffSession& refreshed);
    void fillFilterChoices();
    void showSnapshot();
    [[nodiscard]] supervision::DashboardFilter currentFilter() const;
    [[nodiscard]] QString scopeText() const;
    [[nodiscard]] supervision::DashboardExport::ItemNames catalogNames() const;
    void exportWithDialog(supervision::DashboardExport::Format format);

    const AppContext& m_context;
    supervision::DashboardHallQuery::ConnectorFactory m_factory;
    std::unique_ptr<supervision::DashboardHallQuery> m_hallQuery;
    std::optional<std::vector<supervision::CaseFacts>> m_localFacts; // this PC's cases, read at refresh()
    QString m_localFactsOwner;
    std::optional<std::vector<sync::CaseSummary>> m_hall;
    QString m_hallProblem;
    QString m_hallOwner; // the staff id the hall list was fetched for
    std::optional<supervision::DashboardSnapshot> m_snapshot;
    bool m_updatingChoices = false;
    bool m_asking = false; // a hall query is in flight

    QStackedWidget* m_stack = nullptr;
    QLabel* m_refused = nullptr;
    QLabel* m_scope = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_tileToday = nullptr;
    QLabel* m_tilePending = nullptr;
    QLabel* m_tileCorrection = nullptr;
    QLabel* m_tileDeferred = nullptr;
    QLabel* m_tileYellow = nullptr;
    QLabel* m_tileRed = nullptr;
    QLabel* m_tileFlagged = nullptr;
    ChartWidget* m_todayByWindow = nullptr;
    ChartWidget* m_todayByStaff = nullptr;
    ChartWidget* m_todayByItem = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_window = nullptr;
    QComboBox* m_staff = nullptr;
    QComboBox* m_item = nullptr;
    QComboBox* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_listSummary = nullptr;
    ChartWidget* m_volumes = nullptr;
    ChartWidget* m_handling = nullptr;
    ChartWidget* m_ratings = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
};

} // namespace yc::ui
