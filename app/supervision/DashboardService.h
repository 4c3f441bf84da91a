#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/WorkCalendar.h"
#include "supervision/SupervisionRules.h"
#include "sync/PlatformConnector.h"
#include "sync/StaffCredentials.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::supervision {

// Which cases the list, the charts and the exports show. Empty texts and invalid dates filter nothing.
struct DashboardFilter
{
    enum class State
    {
        Any,
        Running,           // time limit running (green, yellow, red)
        WaitingCorrection, // department asked for a correction (补正)
        Yellow,
        Red,
        Flagged,
        PendingSync,
        Completed, // completed or delivered
        Refused,
        CorrectionNotified, // 一次性告知: recorded without acceptance
    };
    QDate from; // received on or after (local date)
    QDate to;   // received on or before
    QString windowCode;
    QString staffId;
    QString itemCode;
    State state = State::Any;
};

struct DashboardRow
{
    CaseFacts facts;
    SupervisionResult result;
};

// Everything the hall dashboard shows, computed for one day.
struct DashboardSnapshot
{
    QDate today;
    bool hallIncluded = false; // the hall's cases from the platform are in; false: this PC only
    QString hallProblem;       // why the hall's cases are not in (translated); empty when they are
    // Tiles over every known case (the filter does not apply): today's cases and what needs attention.
    QMap<QString, int> todayByWindow;
    QMap<QString, int> todayByStaff;
    QMap<QString, int> todayByItem;
    int todayTotal = 0;
    int pendingSync = 0;
    int waitingCorrection = 0;
    int deferredDue = 0; // 容缺 materials not handed in whose date is today or past
    int yellow = 0;
    int red = 0;
    int flagged = 0;
    // The filtered cases, newest first, and the charts over them.
    std::vector<DashboardRow> rows;
    QMap<QDate, int> casesPerDay;       // by day received
    QMap<int, int> handlingWorkingDays; // completed cases: working days from acceptance to completion -> count
    QMap<int, int> ratingsByLevel;      // 好差评 level 1-5 -> count
    // Choices for the filter boxes: every window, staff id and item code met.
    QStringList windows;
    QStringList staff;
    QStringList items;
};

// The hall dashboard of the supervisor (窗口负责人): this PC's cases from the store, plus the hall's
// cases as the platform lists them (PROTOCOL.md §15), under electronic supervision. The role is
// checked here, not only by the screen: every call refuses a staff member who is not a supervisor
// (error "supervision.forbidden") and nobody signed in ("supervision.signed-out").
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(yc::supervision::DashboardService)

public:
    DashboardService(storage::Database& database, const storage::FieldCipher& cipher, const Clock& clock,
                     const WorkCalendar& calendar, SupervisionOptions options = {});

    // The window of this PC: its cases stored without a window code are counted under it.
    void setThisWindow(const QString& windowCode) { m_thisWindow = windowCode; }

    [[nodiscard]] static Status authorise(const sync::SignedInStaff& staff);
    [[nodiscard]] static bool isSupervisor(const QString& role);
    // A role code (clerk, supervisor, admin) as people read it.
    [[nodiscard]] static QString roleName(const QString& role);

    // This PC's decided cases as supervision facts (every case, unfiltered).
    [[nodiscard]] Result<std::vector<CaseFacts>> localFacts(const sync::SignedInStaff& staff) const;
    // The snapshot for `staff`: this PC's cases, plus `hall` (the §15 list) when given; cases both
    // hold are counted once, as this PC knows them. hallProblem is shown when hall is nullopt.
    [[nodiscard]] Result<DashboardSnapshot> snapshot(const sync::SignedInStaff& staff, const DashboardFilter& filter,
                                                     const std::optional<std::vector<sync::CaseSummary>>& hall,
                                                     const QString& hallProblem = {}) const;

    // The same from facts read before by localFacts() (a filter changed): the role is checked again.
    [[nodiscard]] Result<DashboardSnapshot> build(const sync::SignedInStaff& staff, std::vector<CaseFacts> local,
                                                  const DashboardFilter& filter,
                                                  const std::optional<std::vector<sync::CaseSummary>>& hall,
                                                  const QString& hallProblem = {}) const;

    [[nodiscard]] static CaseFacts factsFromSummary(const sync::CaseSummary& summary);
    [[nodiscard]] static bool matches(const DashboardRow& row, const DashboardFilter& filter);

private:
    storage::Database& m_database;
    const storage::FieldCipher& m_cipher;
    const Clock& m_clock;
    const WorkCalendar& m_calendar;
    SupervisionOptions m_options;
    QString m_thisWindow;
};

// The yellow-light threshold from the settings (supervision/yellow_days, default 1, at least 0).
[[nodiscard]] SupervisionOptions optionsFromSetting(const QVariant& yellowDays);

} // namespace yc::supervision
