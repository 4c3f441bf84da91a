#pragma once

#include "PlatformFixture.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/Settings.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"
#include "sync/SyncConfig.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace yc::test {

// A synthetic resident ID number (valid check character, invented birth date and sequence).
QString syntheticIdNumber(int n);
// Deterministic pseudo-random bytes (material content) for case n.
QByteArray syntheticBytes(int n, qint64 size);

// One window PC's data directory, enrolled at the training platform (hall 21020001, window A01)
// with clerk c1001 signed in; TLS trusts only the test CA (or the given options).
struct WindowClient
{
    QString dataDir;
    std::unique_ptr<storage::Store> store;
    std::unique_ptr<Settings> settings;
    SystemClock clock;

    // Writes yichuang.ini (platform/url, CA bundle, short backoff) and opens the store.
    bool create(const QString& dir, const QUrl& url, const QString& extraIni = {});
    // Opens the store of a data directory made by create() (e.g. after yichuang-ctl ran on it),
    // leaving its yichuang.ini as it is.
    bool open(const QString& dir);
    // Closes the store and the settings, as when the window program ends (yichuang-ctl may then work
    // on the data directory).
    void close();
    QString enrol(const QString& windowNo = QStringLiteral("A01")); // empty = ok, else the error
    // Imports the training catalog into the store (as `catalog import` does); empty or an error.
    QString installCatalog();
    QString signIn(const QString& staffId);
    // The machine id the platform gave at enrolment (empty when not enrolled).
    QString machineId();
    storage::NewCase makeCase(int n, int materials, qint64 bytesEach, const QString& staffId = QStringLiteral("c1001"));
    std::unique_ptr<sync::SyncEngine> engine();
};

// What SyncSetup::start() does after starting the platform.
struct SyncSetupOptions
{
    QStringList staff{QStringLiteral("c1001")}; // signed in online after enrolment, in this order
    bool enrol = true;                          // false: the window's data directory only
    QString extraIni{};                         // as WindowClient::create
    QStringList platformArguments{};            // as PlatformFixture::start
};

// The set-up most sync tests begin with: the training platform (data directory "p-<name>") and one
// window PC ("c-<name>") enrolled there with its staff signed in.
struct SyncSetup
{
    explicit SyncSetup(const QString& name, const QString& platformConfig = PlatformFixture::trainingConfig());
    // Starts the platform, creates the window's data directory, enrols it and signs the staff in.
    // The error names the step that failed (with the platform's log when it did not start).
    Status start(const SyncSetupOptions& options = {});

    PlatformFixture platform;
    WindowClient client;
};

// A count from the window's store (-1 when the query fails).
qint64 localCount(WindowClient& client, const QString& sql);
// One number from the platform's own database, read-only beside the running server (-1 on failure).
qint64 platformCount(const PlatformFixture& platform, const QString& sql, const QVariantList& binds = {});

// One run of yichuang-ctl on a window's data directory (file key store, quiet logging).
struct CtlRun
{
    int exitCode = -1;   // -1 killed or crashed, -2 still running after 180 s (then killed), -3 not started
    bool killed = false; // killed on purpose after killAfterMs
    QByteArray out;
    QByteArray err;
};
// Writes input to its standard input and pumps events meanwhile, so the platform's log pipe never
// fills. With killAfterMs > 0 a process still running after that long gets SIGKILL (killed = true).
// environment: extra "NAME=value" items, applied last (e.g. "QT_LOGGING_RULES=*.debug=true").
CtlRun runCtl(const QString& dataDir, const QStringList& args, const QByteArray& input = {}, int killAfterMs = 0,
              const QStringList& environment = {});

// The platform's content key of a case (PROTOCOL.md §18): what was accepted, for whom and when,
// whatever the case id.
QString caseContentKey(const QByteArray& key, const QString& idType, const QString& idNumber, const QString& itemCode,
                       const QString& acceptedAt);

// Reads what the platform holds, as its admin (hall 21020001).
struct PlatformView
{
    explicit PlatformView(const QUrl& url);
    // caseId -> count of rows with that id (hall-wide query, all pages); *ok false when a page failed.
    QHash<QString, int> casesById(bool* ok = nullptr);
    QByteArray material(const QString& sha256);
    // Those of the given materials the platform holds complete (PROTOCOL.md §8 query); *ok false
    // when a query failed.
    QSet<QString> completeMaterials(const QStringList& sha256, bool* ok = nullptr);
    // contentKey -> ids of the stored cases with that content (PROTOCOL.md §18 content-keys).
    QHash<QString, QStringList> casesByContent(const QByteArray& key);
    // GET /api/v1/admin/stats (empty on failure).
    QJsonObject stats();
    bool ok = false;
    PlatformClient client;
};

} // namespace yc::test
