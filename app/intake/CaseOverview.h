#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace yc {
struct Case;
class WorkCalendar;
} // namespace yc
namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::intake {

// A case as lists show it: the applicant masked (王**, 110105********002X), no other personal data.
struct CaseLine
{
    QString caseId;
    QString caseNumber;
    QString itemCode;
    QString itemName;  // empty when the catalog does not know the item
    QString applicant; // masked name
    QString idNumber;  // masked
    QString state;     // draft, decided
    QString departmentStatus;
    QString decision;
    QDateTime receivedAt;
    QDate promisedDate;
    QString syncState; // the outbox entry's state; empty for a draft
};

// Where a case stands for the window's case list.
enum class CaseStanding
{
    Draft,              // being taken in: the clerk may reopen it
    AwaitingCorrection, // 补正: the window notified a correction, or the department asked for one
    InProgress,         // accepted (or supplemented), not completed yet
    Closed,             // refused, completed or delivered
};

struct CaseMaterialLine
{
    QString materialId; // the catalog's id
    QString name;
    QString
        state; // missing, scanned, file, licence, reused, original-returned, deferred, deficient (or the stored status)
    QString form;
    QString source;
    QDate dueDate;
};

struct CaseHistoryLine
{
    QDateTime at;
    QString staffId;
    QString action; // codes only (the audit trail holds no personal data)
    QString detail;
};

struct CaseDetail
{
    CaseLine line;
    int itemVersion = 0;
    QString staffId;
    QString windowCode;
    QString applicantKind; // person, organisation
    QString agent;         // masked name; empty when none
    QString agentIdNumber; // masked
    QString refusalCategory;
    QDateTime completedAt; // on-the-spot cases
    QDate clockStoppedSince;
    QList<CaseMaterialLine> materials;
    QList<CaseHistoryLine> history;
};

// What `yichuang-ctl case list/show` and the case screens show of the cases at this window.
class CaseOverview
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::CaseOverview)

public:
    CaseOverview(storage::Database& database, const storage::FieldCipher& cipher, QString dataDir,
                 const Clock& clock = systemClock());

    // Newest first. `state` (optional): draft, decided, or a department status (submitted, ...).
    [[nodiscard]] Result<std::vector<CaseLine>> list(const QString& state = {}) const;
    [[nodiscard]] Result<std::optional<CaseDetail>> show(const QString& caseId) const;

    // The window's case list: every case received today and every open one (drafts, cases waiting
    // for a correction, accepted cases not completed), newest first.
    [[nodiscard]] Result<std::vector<CaseLine>> todayAndOpen() const;
    [[nodiscard]] static CaseStanding standingOf(const CaseLine& line);
    [[nodiscard]] static bool isOpen(const CaseLine& line) { return standingOf(line) != CaseStanding::Closed; }
    // The materials of a case still owed by the applicant (missing, deficient, or deferred under a
    // commitment): what a supplement may bring.
    [[nodiscard]] static QList<CaseMaterialLine> owedMaterials(const CaseDetail& detail);
    // Working days from `today` to the promised date: 0 on the day itself, negative once it has
    // passed; nullopt without a promised date.
    [[nodiscard]] static std::optional<int> workingDaysLeft(const WorkCalendar& calendar, const QDate& today,
                                                            const QDate& promised);

    [[nodiscard]] static QJsonObject toJson(const CaseLine& line);
    [[nodiscard]] static QJsonObject toJson(const CaseDetail& detail);

private:
    // case id -> state of its outbox entry
    [[nodiscard]] Result<QHash<QString, QString>> syncStates() const;
    // itemNames caches "code/version" -> name across calls.
    [[nodiscard]] Result<CaseLine> lineOf(const Case& c, const QString& syncState,
                                          QHash<QString, QString>& itemNames) const;

    storage::Database& m_database;
    const storage::FieldCipher& m_cipher;
    QString m_dataDir;
    const Clock& m_clock;
};

} // namespace yc::intake
