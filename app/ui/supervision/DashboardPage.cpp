#include "ui/supervision/DashboardPage.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/CalendarFeedStore.h"
#include "sync/CurrentStaff.h"
#include "sync/Enrolment.h"
#include "sync/StaffCredentials.h"
#include "sync/SyncConfig.h"
#include "sync/SyncStatus.h"
#include "ui/AppContext.h"
#include "ui/ScreenContext.h"
#include "ui/supervision/ChartWidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc::ui {

using supervision::DashboardFilter;
using supervision::DashboardSnapshot;
using supervision::Light;

namespace {

constexpr int HallDays = 92; // how far back the hall's cases are fetched

QLabel* makeTile(QWidget* parent, const QString& objectName, QGridLayout* grid, int row, int column,
                 const QString& caption, const QString& colour)
{
    auto* box = new QWidget(parent);
    box->setObjectName(objectName + QStringLiteral("Box"));
    box->setStyleSheet(QStringLiteral("#%1Box { border: 1px solid palette(mid); border-left: 6px solid %2; "
                                      "background: palette(base); }")
                           .arg(objectName, colour));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(10, 6, 10, 6);
    auto* value = new QLabel(QStringLiteral("–"), box);
    value->setObjectName(objectName);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    value->setFont(f);
    auto* text = new QLabel(caption, box);
    text->setWordWrap(true);
    layout->addWidget(value);
    layout->addWidget(text);
    grid->addWidget(box, row, column);
    return value;
}

QColor lightColour(Light light)
{
    switch (light) {
    case Light::Red:
        return QColor(0xf4, 0xc7, 0xc3);
    case Light::Yellow:
        return QColor(0xfc, 0xe8, 0xb2);
    case Light::Green:
        return QColor(0xcf, 0xea, 0xd3);
    case Light::Paused:
        return QColor(0xdd, 0xe3, 0xea);
    case Light::None:
        break;
    }
    return {};
}

QList<ChartWidget::Bar> barsOf(const QMap<QString, int>& counts, const std::function<QString(const QString&)>& label)
{
    QList<ChartWidget::Bar> bars;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        bars << ChartWidget::Bar{label ? label(it.key()) : it.key(), double(it.value()), {}};
    return bars;
}

} // namespace

DashboardPage::DashboardPage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dashboardPage"));
    buildUi();
    if (m_context.currentStaff)
        connect(m_context.currentStaff, &sync::CurrentStaff::changed, this, [this] {
            m_localFacts.reset();
            m_hall.reset();
            m_hallProblem.clear();
            m_hallOwner.clear();
            if (isVisible())
                refresh();
            else // read again when seen (showEvent); what the previous staff member saw goes at once
                m_stack->setCurrentWidget(m_refused);
        });
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setConnectorFactory(supervision::DashboardHallQuery::ConnectorFactory factory)
{
    m_factory = std::move(factory);
    m_hallQuery.reset();
}

void DashboardPage::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_refused = new QLabel(m_stack);
    m_refused->setObjectName(QStringLiteral("dashboardRefused"));
    m_refused->setAlignment(Qt::AlignCenter);
    m_refused->setWordWrap(true);
    m_stack->addWidget(m_refused);

    auto* content = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_scope = new QLabel(content);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_scope->setWordWrap(true);
    top->addWidget(m_scope, 1);
    m_refresh = new QPushButton(tr("&Refresh"), content);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    layout->addWidget(m_tabs, 1);

    // ---- Overview: tiles and today's cases.
    auto* overview = new QWidget(m_tabs);
    auto* ov = new QVBoxLayout(overview);
    auto* tiles = new QGridLayout;
    m_tileToday = makeTile(overview, QStringLiteral("tileToday"), tiles, 0, 0, tr("Cases received today"),
                           QStringLiteral("#2f6fb3"));
    m_tilePending = makeTile(overview, QStringLiteral("tilePendingSync"), tiles, 0, 1, tr("Waiting to sync (this PC)"),
                             QStringLiteral("#7a7a7a"));
    m_tileCorrection = makeTile(overview, QStringLiteral("tileCorrection"), tiles, 0, 2, tr("Waiting for correction"),
                                QStringLiteral("#6b7f99"));
    m_tileDeferred = makeTile(overview, QStringLiteral("tileDeferred"), tiles, 0, 3, tr("Deferred materials due"),
                              QStringLiteral("#8e6bb3"));
    m_tileYellow = makeTile(overview, QStringLiteral("tileYellow"), tiles, 0, 4, tr("Due soon (yellow)"),
                            QStringLiteral("#e0a800"));
    m_tileRed =
        makeTile(overview, QStringLiteral("tileRed"), tiles, 0, 5, tr("Overdue (red)"), QStringLiteral("#c62828"));
    m_tileFlagged = makeTile(overview, QStringLiteral("tileFlagged"), tiles, 0, 6, tr("Flagged by supervision"),
                             QStringLiteral("#d84315"));
    ov->addLayout(tiles);
    auto* todayCharts = new QHBoxLayout;
    m_todayByWindow = new ChartWidget(overview);
    m_todayByWindow->setObjectName(QStringLiteral("chartTodayByWindow"));
    m_todayByWindow->setTitle(tr("Today by window"));
    m_todayByStaff = new ChartWidget(overview);
    m_todayByStaff->setObjectName(QStringLiteral("chartTodayByStaff"));
    m_todayByStaff->setTitle(tr("Today by clerk"));
    m_todayByItem = new ChartWidget(overview);
    m_todayByItem->setObjectName(QStringLiteral("chartTodayByItem"));
    m_todayByItem->setTitle(tr("Today by item"));
    for (ChartWidget* c : {m_todayByWindow, m_todayByStaff, m_todayByItem}) {
        c->setEmptyText(tr("No cases today"));
        todayCharts->addWidget(c);
    }
    ov->addLayout(todayCharts, 1);
    m_tabs->addTab(overview, tr("Overview"));

    // ---- Cases: filters, list, export.
    auto* casesTab = new QWidget(m_tabs);
    auto* cl = new QVBoxLayout(casesTab);
    auto* filters = new QHBoxLayout;
    const QDate today = m_context.clock ? m_context.clock->now().toLocalTime().date() : QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30), casesTab);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to = new QDateEdit(today, casesTab);
    m_to->setObjectName(QStringLiteral("filterTo"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_window = new QComboBox(casesTab);
    m_window->setObjectName(QStringLiteral("filterWindow"));
    m_staff = new QComboBox(casesTab);
    m_staff->setObjectName(QStringLiteral("filterStaff"));
    m_item = new QComboBox(casesTab);
    m_item->setObjectName(QStringLiteral("filterItem"));
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_item->setMinimumContentsLength(12);
    m_state = new QComboBox(casesTab);
    m_state->setObjectName(QStringLiteral("filterState"));
    const QList<std::pair<QString, DashboardFilter::State>> states{
        {tr("All states"), DashboardFilter::State::Any},
        {tr("Time limit running"), DashboardFilter::State::Running},
        {tr("Due soon (yellow)"), DashboardFilter::State::Yellow},
        {tr("Overdue (red)"), DashboardFilter::State::Red},
        {tr("Flagged"), DashboardFilter::State::Flagged},
        {tr("Waiting for correction"), DashboardFilter::State::WaitingCorrection},
        {tr("Waiting to sync"), DashboardFilter::State::PendingSync},
        {tr("Completed"), DashboardFilter::State::Completed},
        {tr("Refused"), DashboardFilter::State::Refused},
        {tr("Correction notified"), DashboardFilter::State::CorrectionNotified},
    };
    for (const auto& [text, state] : states)
        m_state->addItem(text, int(state));
    auto label = [casesTab](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, casesTab);
        l->setBuddy(buddy);
        l->setMinimumWidth(l->sizeHint().width() + 6); // never clipped when the row is tight
        return l;
    };
    filters->addWidget(label(tr("&From"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("&To"), m_to));
    filters->addWidget(m_to);
    filters->addWidget(label(tr("&Window"), m_window));
    filters->addWidget(m_window);
    filters->addWidget(label(tr("&Clerk"), m_staff));
    filters->addWidget(m_staff);
    filters->addWidget(label(tr("&Item"), m_item));
    filters->addWidget(m_item, 1);
    filters->addWidget(label(tr("&State"), m_state));
    filters->addWidget(m_state);
    cl->addLayout(filters);
    m_table = new QTableWidget(casesTab);
    m_table->setObjectName(QStringLiteral("dashboardCases"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(int(supervision::DashboardExport::header().size()));
    m_table->setHorizontalHeaderLabels(supervision::DashboardExport::header());
    // Enter or a double click opens the case detail of a case stored on this PC.
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QTableWidgetItem* first = item ? m_table->item(item->row(), 0) : nullptr;
        const QString caseId = first ? first->data(Qt::UserRole).toString() : QString();
        if (!caseId.isEmpty())
            emit caseRequested(caseId);
    });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnHidden(supervision::DashboardExport::ItemCodeColumn, true);
    cl->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    m_listSummary = new QLabel(casesTab);
    m_listSummary->setObjectName(QStringLiteral("dashboardListSummary"));
    bottom->addWidget(m_listSummary, 1);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), casesTab);
    m_exportCsv->setObjectName(QStringLiteral("dashboardExportCsv"));
    m_exportPdf = new QPushButton(tr("Export &PDF…"), casesTab);
    m_exportPdf->setObjectName(QStringLiteral("dashboardExportPdf"));
    connect(m_exportCsv, &QPushButton::clicked, this,
            [this] { exportWithDialog(supervision::DashboardExport::Format::Csv); });
    connect(m_exportPdf, &QPushButton::clicked, this,
            [this] { exportWithDialog(supervision::DashboardExport::Format::Pdf); });
    bottom->addWidget(m_exportCsv);
    bottom->addWidget(m_exportPdf);
    cl->addLayout(bottom);
    m_tabs->addTab(casesTab, tr("Cases"));

    // ---- Charts over the filtered cases.
    auto* chartsTab = new QWidget(m_tabs);
    auto* ch = new QGridLayout(chartsTab);
    m_volumes = new ChartWidget(chartsTab);
    m_volumes->setObjectName(QStringLiteral("chartVolumes"));
    m_volumes->setTitle(tr("Cases per day"));
    m_handling = new ChartWidget(chartsTab);
    m_handling->setObjectName(QStringLiteral("chartHandling"));
    m_handling->setTitle(tr("Completed cases by working days taken"));
    m_handling->setColor(QColor(0x3a, 0x8f, 0x5c));
    m_ratings = new ChartWidget(chartsTab);
    m_ratings->setObjectName(QStringLiteral("chartRatings"));
    m_ratings->setTitle(tr("Ratings by level"));
    for (ChartWidget* c : {m_volumes, m_handling, m_ratings})
        c->setEmptyText(tr("No data for the chosen filter"));
    ch->addWidget(m_volumes, 0, 0, 1, 2);
    ch->addWidget(m_handling, 1, 0);
    ch->addWidget(m_ratings, 1, 1);
    m_tabs->addTab(chartsTab, tr("Charts"));
    m_stack->addWidget(content);

    for (QDateEdit* e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, &DashboardPage::recompute);
    for (QComboBox* c : {m_window, m_staff, m_item, m_state})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingChoices)
                recompute();
        });
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::refresh()
{
    const sync::SignedInStaff staff = m_context.currentStaff ? m_context.currentStaff->staff() : sync::SignedInStaff{};
    if (m_hallOwner != staff.staffId) {
        m_hall.reset();
        m_hallProblem.clear();
    }
    m_localFacts.reset(); // read this PC's cases again
    recompute();
    if (m_snapshot)
        startHallQuery();
}

void DashboardPage::startHallQuery()
{
    const sync::SignedInStaff staff = m_context.currentStaff ? m_context.currentStaff->staff() : sync::SignedInStaff{};
    if (!supervision::DashboardService::authorise(staff) || !m_context.store)
        return;
    if (staff.offline) {
        m_hallProblem = tr("you signed in offline");
        recompute();
        return;
    }
    auto enrolment = sync::Enrolment(m_context.store->database(), m_context.store->cipher()).load();
    if (!enrolment || !enrolment.value()) {
        m_hallProblem = tr("this PC is not enrolled with the platform");
        recompute();
        return;
    }
    auto tokens = sync::StaffCredentials(m_context.store->database(), m_context.store->cipher()).tokens(staff.staffId);
    if (!tokens) {
        m_hallProblem = tr("no platform sign-in is stored for %1").arg(staff.staffId);
        recompute();
        return;
    }
    if (m_hallQuery && m_hallQuery->isBusy())
        return;
    if (!m_hallQuery) {
        // The enrolled platform's REST connector unless another factory was set.
        supervision::DashboardHallQuery::ConnectorFactory factory = m_factory;
        if (!factory && m_context.settings) {
            const auto rest = sync::SyncConfig::restFactory(*m_context.settings);
            const sync::EnrolmentInfo info = *enrolment.value();
            factory = [rest, info] {
                return rest(info);
            };
        }
        m_hallQuery = std::make_unique<supervision::DashboardHallQuery>(factory);
        connect(m_hallQuery.get(), &supervision::DashboardHallQuery::finished, this, &DashboardPage::onHallFinished);
    }
    const QDate today = m_context.clock->now().toLocalTime().date();
    m_hallOwner = staff.staffId;
    m_hallProblem.clear();
    m_asking = true;
    recompute();
    m_hallQuery->start(tokens.value().access, tokens.value().refresh, today.addDays(-HallDays), today);
}

void DashboardPage::onHallFinished(bool ok, const std::vector<sync::CaseSummary>& cases, const QString& message,
                                   const sync::StaffSession& refreshed)
{
    if (!refreshed.accessToken.isEmpty() && m_context.store)
        (void)sync::StaffCredentials(m_context.store->database(), m_context.store->cipher()).storeTokens(refreshed);
    const sync::SignedInStaff staff = m_context.currentStaff ? m_context.currentStaff->staff() : sync::SignedInStaff{};
    m_asking = false;
    if (staff.staffId != m_hallOwner)
        return; // someone else signed in meanwhile
    if (ok) {
        m_hall = cases;
        m_hallProblem.clear();
    } else {
        m_hall.reset();
        m_hallProblem = message;
    }
    recompute();
    emit hallQueryFinished();
}

DashboardFilter DashboardPage::currentFilter() const
{
    DashboardFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.windowCode = m_window->currentData().toString();
    f.staffId = m_staff->currentData().toString();
    f.itemCode = m_item->currentData().toString();
    f.state = DashboardFilter::State(m_state->currentData().toInt());
    return f;
}

void DashboardPage::recompute()
{
    const sync::SignedInStaff staff = m_context.currentStaff ? m_context.currentStaff->staff() : sync::SignedInStaff{};
    if (auto allowed = supervision::DashboardService::authorise(staff);
        !allowed || !m_context.store || !m_context.clock) {
        m_snapshot.reset();
        m_refused->setText(allowed ? tr("The dashboard cannot be shown.") : allowed.error().message);
        m_stack->setCurrentWidget(m_refused);
        return;
    }
    const std::shared_ptr<const WorkCalendar> calendar = workCalendarOf(m_context);
    const WorkCalendar& cal = *calendar;
    const supervision::SupervisionOptions options = supervision::optionsFromSetting(
        m_context.settings ? m_context.settings->value(QStringLiteral("supervision/yellow_days")) : QVariant());
    supervision::DashboardService service(m_context.store->database(), m_context.store->cipher(), *m_context.clock, cal,
                                          options);
    if (auto enrolment = sync::Enrolment(m_context.store->database(), m_context.store->cipher()).load();
        enrolment && enrolment.value())
        service.setThisWindow(enrolment.value()->windowNo);
    // This PC's cases are read once per refresh (decrypting the masked names); a filter change
    // only recomputes from them. The service checks the role either way.
    if (!m_localFacts || m_localFactsOwner != staff.staffId) {
        auto facts = service.localFacts(staff);
        if (!facts) {
            m_localFacts.reset();
            m_snapshot.reset();
            m_refused->setText(facts.error().message);
            m_stack->setCurrentIndex(0);
            return;
        }
        m_localFacts = std::move(facts).value();
        m_localFactsOwner = staff.staffId;
    }
    auto snapshot = service.build(staff, *m_localFacts, currentFilter(), m_hall,
                                  m_hallProblem.isEmpty() ? tr("the platform has not answered yet") : m_hallProblem);
    if (!snapshot) {
        m_snapshot.reset();
        m_refused->setText(snapshot.error().message);
        m_stack->setCurrentIndex(0);
        return;
    }
    m_snapshot = std::move(snapshot).value();
    m_stack->setCurrentIndex(1);
    fillFilterChoices();
    showSnapshot();
}

void DashboardPage::fillFilterChoices()
{
    m_updatingChoices = true;
    auto fill = [](QComboBox* box, const QString& all, const QStringList& values,
                   const std::function<QString(const QString&)>& label) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const QString& v : values)
            box->addItem(label ? label(v) : v, v);
        const int i = box->findData(current);
        box->setCurrentIndex(i < 0 ? 0 : i);
    };
    fill(m_window, tr("All windows"), m_snapshot->windows, {});
    sync::StaffCredentials credentials(m_context.store->database(), m_context.store->cipher());
    fill(m_staff, tr("All clerks"), m_snapshot->staff, [&credentials](const QString& id) {
        auto name = credentials.displayName(id);
        return name && !name.value().isEmpty() && name.value() != id ? name.value() + QLatin1Char(' ') + id : id;
    });
    storage::CatalogRepository catalog(m_context.store->database());
    fill(m_item, tr("All items"), m_snapshot->items, [&catalog](const QString& code) {
        auto item = catalog.item(code);
        return item && !item.value().name.isEmpty() ? item.value().name : code;
    });
    m_updatingChoices = false;
}

QString DashboardPage::scopeText() const
{
    if (!m_snapshot)
        return {};
    if (m_snapshot->hallIncluded)
        return tr("The whole hall: this PC's cases and the hall's cases from the platform (%1 to %2).")
            .arg(m_snapshot->today.addDays(-HallDays).toString(Qt::ISODate), m_snapshot->today.toString(Qt::ISODate));
    if (m_asking)
        return tr("This PC's cases only for now: asking the platform for the hall's cases…");
    return tr("Offline: this shows this PC's cases only (%1).").arg(m_snapshot->hallProblem);
}

void DashboardPage::showSnapshot()
{
    const DashboardSnapshot& s = *m_snapshot;
    m_scope->setText(scopeText());
    m_scope->setStyleSheet(s.hallIncluded ? QString() : QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_tileToday->setText(QString::number(s.todayTotal));
    m_tilePending->setText(QString::number(s.pendingSync));
    m_tileCorrection->setText(QString::number(s.waitingCorrection));
    m_tileDeferred->setText(QString::number(s.deferredDue));
    m_tileYellow->setText(QString::number(s.yellow));
    m_tileRed->setText(QString::number(s.red));
    m_tileFlagged->setText(QString::number(s.flagged));

    sync::StaffCredentials credentials(m_context.store->database(), m_context.store->cipher());
    auto staffName = [&credentials](const QString& id) {
        auto name = credentials.displayName(id);
        return name && !name.value().isEmpty() && name.value() != id ? name.value() + QLatin1Char(' ') + id : id;
    };
    storage::CatalogRepository catalog(m_context.store->database());
    auto itemName = [&catalog](const QString& code) {
        auto item = catalog.item(code);
        QString name = item && !item.value().name.isEmpty() ? item.value().name : code;
        return name.size() > 10 ? name.left(9) + QStringLiteral("…") : name;
    };
    m_todayByWindow->setBars(barsOf(s.todayByWindow, {}));
    m_todayByStaff->setBars(barsOf(s.todayByStaff, staffName));
    m_todayByItem->setBars(barsOf(s.todayByItem, itemName));

    m_table->setRowCount(int(s.rows.size()));
    for (int r = 0; r < int(s.rows.size()); ++r) {
        const supervision::DashboardRow& row = s.rows[size_t(r)];
        QStringList cells = supervision::DashboardExport::cells(row);
        using Export = supervision::DashboardExport;
        cells[Export::ItemColumn] = itemName(row.facts.itemCode);
        cells[Export::ClerkColumn] = staffName(row.facts.staffId);
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells[c]);
            if (c == 0 && row.facts.local)
                cell->setData(Qt::UserRole, row.facts.caseId);
            if (c == Export::ItemColumn)
                cell->setToolTip(row.facts.itemCode);
            if (c == Export::LightColumn || c == Export::DaysLeftColumn) {
                const QColor colour = lightColour(row.result.light);
                if (colour.isValid())
                    cell->setBackground(colour);
            }
            if (c == Export::FlagsColumn && !row.result.flags.isEmpty())
                cell->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_table->setItem(r, c, cell);
        }
    }
    m_listSummary->setText(tr("%n case(s) match the filter.", nullptr, int(s.rows.size())));
    m_exportCsv->setEnabled(!s.rows.empty());
    m_exportPdf->setEnabled(!s.rows.empty());

    QList<ChartWidget::Bar> volumes;
    if (m_from->date().isValid() && m_to->date().isValid() && m_from->date() <= m_to->date() &&
        m_from->date().daysTo(m_to->date()) <= 366) {
        for (QDate d = m_from->date(); d <= m_to->date(); d = d.addDays(1))
            volumes << ChartWidget::Bar{d.toString(QStringLiteral("MM-dd")), double(s.casesPerDay.value(d)), {}};
    } else {
        for (auto it = s.casesPerDay.cbegin(); it != s.casesPerDay.cend(); ++it)
            volumes << ChartWidget::Bar{it.key().toString(QStringLiteral("MM-dd")), double(it.value()), {}};
    }
    bool anyVolume = false;
    for (const ChartWidget::Bar& b : volumes)
        anyVolume = anyVolume || b.value > 0;
    m_volumes->setBars(anyVolume ? volumes : QList<ChartWidget::Bar>());
    QList<ChartWidget::Bar> handling;
    for (auto it = s.handlingWorkingDays.cbegin(); it != s.handlingWorkingDays.cend(); ++it)
        handling << ChartWidget::Bar{tr("%n day(s)", nullptr, it.key()), double(it.value()), {}};
    m_handling->setBars(handling);
    QList<ChartWidget::Bar> ratings;
    if (!s.ratingsByLevel.isEmpty()) {
        const QStringList names{tr("Very dissatisfied"), tr("Dissatisfied"), tr("Fairly satisfied"), tr("Satisfied"),
                                tr("Very satisfied")};
        const QList<QColor> colours{QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00), QColor(0x9e, 0x9e, 0x9e),
                                    QColor(0x66, 0xbb, 0x6a), QColor(0x2e, 0x7d, 0x32)};
        for (int level = 1; level <= 5; ++level)
            ratings << ChartWidget::Bar{names[level - 1], double(s.ratingsByLevel.value(level)), colours[level - 1]};
    }
    m_ratings->setBars(ratings);
}

supervision::DashboardExport::ItemNames DashboardPage::catalogNames() const
{
    storage::Database* database = &m_context.store->database();
    return [database](const QString& code) {
        auto item = storage::CatalogRepository(*database).item(code);
        return item ? item.value().name : QString();
    };
}

Status DashboardPage::exportTo(const QString& path, supervision::DashboardExport::Format format)
{
    if (!m_snapshot)
        return makeError(QStringLiteral("supervision.forbidden"), m_refused->text());
    QByteArray bytes;
    if (format == supervision::DashboardExport::Format::Csv) {
        bytes = supervision::DashboardExport::csv(*m_snapshot, catalogNames());
    } else {
        auto pdf =
            supervision::DashboardExport::pdf(*m_snapshot, tr("Hall dashboard: cases"), scopeText(), catalogNames());
        if (!pdf)
            return pdf.error();
        bytes = pdf.value();
    }
    return supervision::DashboardExport::write(path, bytes);
}

void DashboardPage::exportWithDialog(supervision::DashboardExport::Format format)
{
    const bool csv = format == supervision::DashboardExport::Format::Csv;
    const QString suggested = QStringLiteral("cases-%1.%2")
                                  .arg(m_context.clock->now().toLocalTime().date().toString(QStringLiteral("yyyyMMdd")),
                                       csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export cases"), suggested,
                                                      csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto done = exportTo(path, format); !done)
        QMessageBox::warning(this, tr("Export cases"), done.error().message);
}

} // namespace yc::ui
