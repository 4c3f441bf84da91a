// yichuang-ctl enrol / staff sign-in / sync / outbox / platform / case import: the platform side of
// a window PC, for hall IT staff and scripts.
#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/SecureWipe.h"
#include "core/Settings.h"
#include "ctl/CommandRegistry.h"
#include "storage/CaseRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/Store.h"
#include "sync/CaseImport.h"
#include "sync/OfflineQueue.h"
#include "sync/OutboxExport.h"
#include "sync/ResponseParsers.h"
#include "sync/RestConnector.h"
#include "sync/SignInWorkflow.h"
#include "sync/SyncConfig.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QUuid>

#include <cstdio>
#include <map>

namespace yc::ctl {

namespace {

// The caller wipes the returned secret (secureWipe) when done; the line read is wiped here.
QString readSecretLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    qsizetype size = line.size();
    while (size > 0 && (line.at(size - 1) == '\n' || line.at(size - 1) == '\r'))
        --size;
    QString secret = QString::fromUtf8(QByteArrayView(line).first(size));
    secureWipe(line);
    return secret;
}

// The shared parsing with this command's description (and the name of its positional argument).
int parseCommon(QCommandLineParser& parser, const QStringList& args, Io& io, const QString& description,
                int positionals, const QString& positionalName = {})
{
    parser.setApplicationDescription(description);
    if (!positionalName.isEmpty())
        parser.addPositionalArgument(positionalName, positionalName);
    return parseCommandLine(parser, args, io, positionals, DataDir::Yes);
}

struct Opened
{
    QString dataDir;
    std::unique_ptr<storage::Store> store;
    std::unique_ptr<Settings> settings;
};

std::optional<Opened> openStore(const QCommandLineParser& parser, Io& io)
{
    Opened o;
    o.dataDir = DataLocation::resolve(parser.value(dataDirOptionName()));
    storage::StoreOptions options;
    options.dataDir = o.dataDir;
    auto store = storage::Store::open(options);
    if (!store) {
        io.err << QCoreApplication::translate("yc::ctl::SyncCommands", "error: %1").arg(store.error().message) << '\n';
        return std::nullopt;
    }
    o.store = std::move(store.value());
    o.settings = std::make_unique<Settings>(o.dataDir);
    return o;
}

class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::SyncCommands)

public:
    static int enrol(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        const QCommandLineOption url(QStringLiteral("url"), tr("Platform address, https://host:port."), tr("url"));
        const QCommandLineOption admin(QStringLiteral("admin"), tr("Staff id of the enrolling admin."), tr("id"));
        const QCommandLineOption hall(QStringLiteral("hall"), tr("Hall code."), tr("code"));
        const QCommandLineOption window(QStringLiteral("window"), tr("Window number."), tr("number"));
        parser.addOptions({url, admin, hall, window});
        if (int rc = parseCommon(parser, args, io,
                                 tr("Enrols this PC as a window of a hall: makes its key pair and registers the public "
                                    "key. The admin's password is read from standard input."),
                                 0);
            rc >= 0)
            return rc;
        if (!parser.isSet(url) || !parser.isSet(admin) || !parser.isSet(hall) || !parser.isSet(window)) {
            io.err << tr("--url, --admin, --hall and --window are required.") << '\n';
            return ExitUsage;
        }
        auto opened = openStore(parser, io);
        if (!opened)
            return ExitFailure;
        opened->settings->setValue(QStringLiteral("platform/url"), parser.value(url));
        opened->settings->sync();
        QString password = readSecretLine();
        SystemClock clock;
        sync::RestOptions rest = sync::SyncConfig::restOptions(*opened->settings);
        rest.baseUrl = QUrl(parser.value(url));
        sync::SignInWorkflow workflow(opened->store->database(), opened->store->cipher(), rest, clock);
        const sync::EnrolResult r =
            workflow.enrol(parser.value(admin), password, parser.value(hall), parser.value(window));
        secureWipe(password);
        if (!r.ok()) {
            io.err << tr("error: %1").arg(r.message) << '\n';
            return r.outcome == sync::SignInOutcome::Refused ? ExitNegative : ExitFailure;
        }
        io.out << compactJson({{QStringLiteral("ok"), true},
                               {QStringLiteral("machineId"), r.info.machineId},
                               {QStringLiteral("hallCode"), r.info.hallCode},
                               {QStringLiteral("windowNo"), r.info.windowNo}})
               << '\n';
        return ExitOk;
    }

    static int signIn(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        const QCommandLineOption staff(QStringLiteral("staff"), tr("Staff id."), tr("id"));
        const QCommandLineOption offline(QStringLiteral("offline"), tr("Check against the offline verifier only."));
        parser.addOptions({staff, offline});
        if (int rc = parseCommon(parser, args, io,
                                 tr("Signs a staff member in (password on standard input): online through the "
                                    "platform, which also keeps the tokens used to send their cases, or offline "
                                    "against the verifier of their last online sign-in."),
                                 0);
            rc >= 0)
            return rc;
        if (!parser.isSet(staff)) {
            io.err << tr("--staff is required.") << '\n';
            return ExitUsage;
        }
        auto opened = openStore(parser, io);
        if (!opened)
            return ExitFailure;
        QString password = readSecretLine();
        SystemClock clock;
        sync::SignInWorkflow workflow(opened->store->database(), opened->store->cipher(),
                                      sync::SyncConfig::restOptions(*opened->settings), clock,
                                      sync::SignInLimits::fromSettings(*opened->settings));
        const bool offlineOnly = parser.isSet(offline);
        const sync::SignInResult r = workflow.signIn(
            parser.value(staff), password, offlineOnly ? sync::SignInMode::OfflineOnly : sync::SignInMode::OnlineOnly);
        secureWipe(password);
        if (!r.ok()) {
            if (r.outcome == sync::SignInOutcome::NotEnrolled) {
                io.err << tr("error: this PC is not enrolled; run yichuang-ctl enrol first.") << '\n';
                return ExitFailure;
            }
            io.err << tr("error: %1").arg(r.message) << '\n';
            return offlineOnly || r.outcome == sync::SignInOutcome::Refused ? ExitNegative : ExitFailure;
        }
        if (offlineOnly)
            io.out << compactJson({{QStringLiteral("ok"), true},
                                   {QStringLiteral("staffId"), r.staff.staffId},
                                   {QStringLiteral("role"), r.staff.role},
                                   {QStringLiteral("offline"), true}})
                   << '\n';
        else
            io.out << compactJson({{QStringLiteral("ok"), true},
                                   {QStringLiteral("staffId"), r.staff.staffId},
                                   {QStringLiteral("roles"), QJsonArray::fromStringList(r.roles)},
                                   {QStringLiteral("offline"), false}})
                   << '\n';
        return ExitOk;
    }

    static int status(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
        parser.addOption(json);
        if (int rc = parseCommon(parser, args, io, tr("Shows the state of the platform sync."), 0); rc >= 0)
            return rc;
        auto opened = openStore(parser, io);
        if (!opened)
            return ExitFailure;
        const SystemClock clock;
        auto s = sync::SyncStatus::read(opened->store->database(), clock.now());
        if (!s) {
            io.err << tr("error: %1").arg(s.error().message) << '\n';
            return ExitFailure;
        }
        const auto& v = s.value();
        if (parser.isSet(json)) {
            io.out << compactJson(v.toJson()) << '\n';
        } else {
            io.out << tr("enrolled: %1").arg(v.enrolled ? tr("yes") : tr("no")) << '\n';
            io.out << tr("platform reachable at last sync: %1").arg(v.online ? tr("yes") : tr("no")) << '\n';
            io.out << tr("last successful sync: %1")
                          .arg(v.lastSuccessAt.isValid() ? v.lastSuccessAt.toString(Qt::ISODate) : tr("never"))
                   << '\n';
            io.out << tr("cases waiting: %1 (of which %2 need a person)").arg(v.pending).arg(v.failedCases) << '\n';
            io.out << tr("evaluations and supplements waiting: %1 (of which %2 need a person)")
                          .arg(v.pendingOther)
                          .arg(v.failed - v.failedCases)
                   << '\n';
            io.out << tr("case numbers left: %1").arg(v.caseNumbersLeft) << '\n';
            if (!v.gateMessage.isEmpty())
                io.out << v.gateMessage << '\n';
            if (!v.lastError.isEmpty())
                io.out << tr("last error: %1").arg(v.lastError) << '\n';
        }
        return v.gate == sync::SyncStatus::Gate::Blocked ? ExitNegative : ExitOk;
    }

    static int now(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        const QCommandLineOption untilEmpty(QStringLiteral("until-empty"),
                                            tr("Keep going (waiting out backoff) until the queue is empty."));
        const QCommandLineOption timeout(QStringLiteral("timeout"),
                                         tr("Give up after this many seconds (default 600)."), tr("seconds"),
                                         QStringLiteral("600"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
        parser.addOptions({untilEmpty, timeout, json});
        if (int rc = parseCommon(parser, args, io, tr("Runs the sync with the platform now."), 0); rc >= 0)
            return rc;
        auto opened = openStore(parser, io);
        if (!opened)
            return ExitFailure;
        SystemClock clock;
        sync::SyncEngine engine(opened->dataDir, opened->store->cipher(), clock,
                                sync::SyncConfig::restFactory(*opened->settings),
                                sync::SyncConfig::engineOptions(*opened->settings));
        if (auto s = engine.open(); !s) {
            io.err << tr("error: %1").arg(s.error().message) << '\n';
            return ExitFailure;
        }
        const qint64 limit = parser.value(timeout).toLongLong() * 1000;
        const sync::PassReport r = parser.isSet(untilEmpty) ? engine.runUntilIdle(limit, true) : engine.runPass();
        auto st = sync::SyncStatus::read(opened->store->database(), clock.now());
        // Entries still to send (not counting those waiting for a person): cases, then the other kinds.
        const qint64 pending = st ? st.value().pending - st.value().failedCases : -1;
        const qint64 pendingOther = st ? st.value().pendingOther - (st.value().failed - st.value().failedCases) : -1;
        QJsonObject o{{QStringLiteral("enrolled"), r.enrolled},
                      {QStringLiteral("reachedPlatform"), r.reachedPlatform},
                      {QStringLiteral("submitted"), r.submitted},
                      {QStringLiteral("retryableFailures"), r.retryableFailures},
                      {QStringLiteral("permanentFailures"), r.permanentFailures},
                      {QStringLiteral("changesApplied"), r.changesApplied},
                      {QStringLiteral("pending"), pending},
                      {QStringLiteral("pendingOther"), pendingOther},
                      {QStringLiteral("failed"), st ? st.value().failed : -1},
                      {QStringLiteral("lastError"), r.lastError}};
        if (parser.isSet(json))
            io.out << compactJson(o) << '\n';
        else
            io.out << tr("sent: %1, waiting: %2, retryable failures: %3, permanent failures: %4")
                          .arg(r.submitted)
                          .arg(pending)
                          .arg(r.retryableFailures)
                          .arg(r.permanentFailures)
                   << '\n';
        if (!r.enrolled)
            return ExitFailure;
        if (!r.lastError.isEmpty() && !r.reachedPlatform) {
            io.err << tr("error: %1").arg(r.lastError) << '\n';
            return ExitFailure;
        }
        return pending == 0 && pendingOther <= 0 && (!st || st.value().failed == 0) ? ExitOk : ExitNegative;
    }

    static int list(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        const QCommandLineOption all(QStringLiteral("all"), tr("Also list entries the platform holds already."));
        parser.addOption(all);
        if (int rc = parseCommon(
                parser, args, io,
                tr("Lists the sync queue, one JSON object per entry (no personal data): cases, evaluations and "
                   "supplements. Keys: id (for outbox retry), kind (case, evaluation or supplement), caseId, "
                   "caseNumber (of the entry's case), state, staffId, attempts, nextAttemptAt, error (empty, "
                   "retryable or permanent: permanent waits for a person), lastError, platformStatus, bytes, "
                   "bytesSent; evaluations and supplements also objectId (the evaluation or supplement id)."),
                0);
            rc >= 0)
            return rc;
        auto opened = openStore(parser, io);
        if (!opened)
            return ExitFailure;
        storage::OutboxListFilter filter;
        filter.includeSubmitted = parser.isSet(all);
        auto rows = sync::OfflineQueue::list(opened->store->database(), opened->store->cipher(), filter);
        if (!rows) {
            io.err << tr("error: the queue cannot be read.") << '\n';
            return ExitFailure;
        }
        for (const storage::OutboxListRow& r : rows.value()) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("kind"), r.kind},
                          {QStringLiteral("caseId"), r.caseId},
                          {QStringLiteral("caseNumber"), r.caseNumber},
                          {QStringLiteral("state"), r.state},
                          {QStringLiteral("staffId"), r.staffId},
                          {QStringLiteral("attempts"), r.attempts},
                          {QStringLiteral("nextAttemptAt"), r.nextAttemptAt},
                          {QStringLiteral("error"), r.errorKind},
                          {QStringLiteral("lastError"), r.lastError},
                          {QStringLiteral("platformStatus"), r.platformStatus},
                          {QStringLiteral("bytes"), r.bytesTotal},
                          {QStringLiteral("bytesSent"), r.bytesDone}};
            if (r.kind != storage::OutboxRepository::CaseKind)
                o.insert(QStringLiteral("objectId"), r.objectId);
            io.out << compactJson(o) << '\n';
        }
        return ExitOk;
    }

    static int retry(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        if (int rc = parseCommon(parser, args, io,
                                 tr("Clears the wait of one queue entry of any kind (\"Retry now\"): "
                                    "ID is the id printed by outbox list."),
                                 1, QStringLiteral("ID"));
            rc >= 0)
            return rc;
        auto opened = openStore(parser, io);
        if (!opened)
            return ExitFailure;
        const SystemClock clock;
        if (auto s = sync::SyncEngine::retryNow(opened->store->database(), clock,
                                                parser.positionalArguments()[0].toLongLong());
            !s) {
            io.err << tr("error: %1").arg(s.error().message) << '\n';
            return s.error().code == QLatin1String("outbox.unknown") ? ExitNegative : ExitFailure;
        }
        return ExitOk;
    }

    static int check(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
        parser.addOption(json);
        if (int rc = parseCommon(parser, args, io,
                                 tr("Checks a platform address: reachability, the TLS chain against the configured "
                                    "trust, the pinned key and the clock skew."),
                                 1, QStringLiteral("URL"));
            rc >= 0)
            return rc;
        const QString dir = DataLocation::resolve(parser.value(dataDirOptionName()));
        Settings settings(dir);
        sync::RestOptions options = sync::SyncConfig::restOptions(settings);
        options.baseUrl = QUrl(parser.positionalArguments()[0]);
        options.timeoutMs = 15000;
        sync::RestConnector connector(options);
        QElapsedTimer timer;
        timer.start();
        auto r = connector.exchange("GET", QStringLiteral("/health"), {}, {}, {});
        QJsonObject o{{QStringLiteral("url"), options.baseUrl.toString()}};
        if (!r) {
            o.insert(QStringLiteral("ok"), false);
            o.insert(QStringLiteral("error"), r.error().code);
            o.insert(QStringLiteral("message"), r.error().message);
            if (parser.isSet(json))
                io.out << compactJson(o) << '\n';
            io.err << tr("error: %1").arg(r.error().message) << '\n';
            return r.error().kind == sync::FailureKind::Tls ? ExitNegative : ExitFailure;
        }
        const QDateTime local = QDateTime::currentDateTimeUtc();
        auto health = sync::ResponseParsers::health(r.value().body);
        QStringList chain;
        for (const QSslCertificate& c : r.value().peerChain)
            chain << c.subjectDisplayName();
        const QString pin =
            r.value().peerChain.isEmpty() ? QString() : sync::TlsOptions::spkiPin(r.value().peerChain[0]);
        const qint64 skew = health ? health.value().serverTime.secsTo(local) : 0;
        o.insert(QStringLiteral("ok"), r.value().status == 200 && health.ok() && std::abs(skew) < 300);
        o.insert(QStringLiteral("status"), r.value().status);
        o.insert(QStringLiteral("milliseconds"), timer.elapsed());
        o.insert(QStringLiteral("chain"), QJsonArray::fromStringList(chain));
        o.insert(QStringLiteral("pinSha256"), pin);
        o.insert(QStringLiteral("pinned"), !options.tls.pinSha256.isEmpty());
        o.insert(QStringLiteral("clockSkewSeconds"), skew);
        o.insert(QStringLiteral("protocol"), health ? health.value().protocol : 0);
        if (parser.isSet(json)) {
            io.out << compactJson(o) << '\n';
        } else {
            io.out << tr("reachable: HTTP %1 in %2 ms").arg(r.value().status).arg(timer.elapsed()) << '\n';
            io.out << tr("TLS chain: %1 (verified)").arg(chain.join(QStringLiteral(" <- "))) << '\n';
            io.out << tr("public key pin (sha256): %1%2")
                          .arg(pin, options.tls.pinSha256.isEmpty() ? tr(" (no pin configured)") : tr(" (matches)"))
                   << '\n';
            io.out << tr("clock skew: %1 s").arg(skew) << '\n';
            if (std::abs(skew) >= 300)
                io.out << tr("warning: this PC's clock differs from the platform's by more than 5 minutes.") << '\n';
        }
        return o.value(QLatin1String("ok")).toBool() ? ExitOk : ExitNegative;
    }

    static int import(const QStringList& args, Io& io);
    static int exportQueue(const QStringList& args, Io& io);
    static int unpack(const QStringList& args, Io& io);
};

int SyncCommands::import(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    if (int rc = parseCommon(parser, args, io,
                             tr("Queues pending cases from a previous window system (format: app/sync/CASE_IMPORT.md). "
                                "They are stored, encrypted and sent exactly like cases accepted in the GUI. "
                                "Importing the same file again changes nothing."),
                             1, QStringLiteral("FILE.json"));
        rc >= 0)
        return rc;
    const QString path = parser.positionalArguments()[0];
    const sync::CaseImportReader reader(systemClock());
    auto document = reader.readDocument(path);
    if (!document) {
        io.err << tr("error: %1").arg(document.error().message) << '\n';
        return document.error().code == QLatin1String("import.unreadable") ? ExitFailure : ExitNegative;
    }
    auto opened = openStore(parser, io);
    if (!opened)
        return ExitFailure;
    storage::Database& db = opened->store->database();
    const QDir base = QFileInfo(path).absoluteDir();

    // Every case and every material file is checked before anything is queued: a file with one
    // bad case queues nothing, so it can be corrected and imported again as a whole.
    const sync::CaseImportReader::Checked checked = reader.check(document.value(), base, db, opened->store->cipher());
    auto refusedJson = [](const sync::ImportRefusal& r) {
        return compactJson({{QStringLiteral("index"), r.index},
                            {QStringLiteral("sourceId"), r.sourceId},
                            {QStringLiteral("result"), QStringLiteral("refused")},
                            {QStringLiteral("code"), r.code},
                            {QStringLiteral("message"), r.message}});
    };
    auto refusedLine = [&](const sync::ImportRefusal& r) {
        io.out << refusedJson(r) << '\n';
    };
    if (!checked.refusals.empty()) {
        std::map<int, QString> lines; // one line per case, in the file's order
        for (const sync::ImportRefusal& r : checked.refusals)
            lines[r.index] = refusedJson(r);
        for (const sync::ImportedCase& c : checked.cases)
            lines[c.index] =
                compactJson({{QStringLiteral("index"), c.index},
                             {QStringLiteral("caseId"), c.newCase.id},
                             {QStringLiteral("result"), QStringLiteral("not-queued")},
                             {QStringLiteral("message"), tr("not queued: %n case(s) of this file were refused", nullptr,
                                                            int(checked.refusals.size()))}});
        for (const auto& [index, line] : lines)
            io.out << line << '\n';
        io.err << tr("error: %n case(s) refused; nothing was queued. Correct the file and import it again.", nullptr,
                     int(checked.refusals.size()))
               << '\n';
        return ExitNegative;
    }

    storage::CaseRepository cases(db, opened->store->cipher(), opened->dataDir);
    int refused = 0;
    for (const sync::ImportedCase& c : checked.cases) {
        storage::NewCase n = c.newCase;
        bool bad = false;
        for (std::size_t m = 0; m < n.materials.size() && !bad; ++m) {
            auto bytes = reader.readFile(c.files[m]);
            if (!bytes) {
                ++refused;
                refusedLine(sync::ImportRefusal{c.index, c.sourceId, bytes.error().code, bytes.error().message});
                bad = true;
            } else {
                n.materials[m].content = std::move(bytes).value();
            }
        }
        if (bad)
            continue;
        bool present = false;
        auto id = cases.accept(std::move(n), &present);
        if (!id) {
            ++refused;
            refusedLine(sync::ImportRefusal{c.index, c.sourceId, id.error().code, id.error().message});
            continue;
        }
        io.out << compactJson(
                      {{QStringLiteral("index"), c.index},
                       {QStringLiteral("caseId"), id.value()},
                       {QStringLiteral("result"), present ? QStringLiteral("present") : QStringLiteral("queued")}})
               << '\n';
    }
    return refused == 0 ? ExitOk : ExitNegative;
}

int SyncCommands::exportQueue(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    if (int rc = parseCommon(parser, args, io,
                             tr("Writes the pending queue into DIR (e.g. a USB stick) as one file encrypted with a "
                                "passphrase read from standard input (at least 12 characters; give it to the platform "
                                "operator separately). The cases stay queued and are sent again when online; the "
                                "platform stores each case once."),
                             1, QStringLiteral("DIR"));
        rc >= 0)
        return rc;
    auto opened = openStore(parser, io);
    if (!opened)
        return ExitFailure;
    const QString passphrase = readSecretLine();
    const SystemClock clock;
    auto summary = sync::OutboxExport::exportTo(opened->store->database(), opened->store->cipher(), opened->dataDir,
                                                parser.positionalArguments()[0], passphrase, clock.now());
    if (!summary) {
        io.err << tr("error: %1").arg(summary.error().message) << '\n';
        return summary.error().code == QLatin1String("export.passphrase") ? ExitUsage : ExitFailure;
    }
    io.out << compactJson({{QStringLiteral("file"), summary.value().file},
                           {QStringLiteral("cases"), summary.value().cases},
                           {QStringLiteral("supplements"), summary.value().supplements},
                           {QStringLiteral("materials"), summary.value().materials},
                           {QStringLiteral("bytes"), summary.value().bytes}})
           << '\n';
    return ExitOk;
}

int SyncCommands::unpack(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("On the platform side: decrypts an outbox export (passphrase on standard "
                                        "input) into OUTDIR, the directory yichuang-platform import-outbox reads."));
    parser.addPositionalArgument(QStringLiteral("FILE.ycx"), QStringLiteral("FILE.ycx"));
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), QStringLiteral("OUTDIR"));
    if (const int rc = parseCommandLine(parser, args, io, 2, DataDir::No); rc >= 0)
        return rc;
    const QString passphrase = readSecretLine();
    auto summary =
        sync::OutboxExport::unpack(parser.positionalArguments()[0], parser.positionalArguments()[1], passphrase);
    if (!summary) {
        io.err << tr("error: %1").arg(summary.error().message) << '\n';
        return summary.error().code == QLatin1String("export.passphrase") ? ExitNegative : ExitFailure;
    }
    io.out << compactJson({{QStringLiteral("manifest"), summary.value().file},
                           {QStringLiteral("cases"), summary.value().cases},
                           {QStringLiteral("supplements"), summary.value().supplements},
                           {QStringLiteral("materials"), summary.value().materials}})
           << '\n';
    return ExitOk;
}

} // namespace

void registerSyncCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("enrol")},
                  QStringLiteral("enrol --url URL --admin ID --hall CODE --window NO [--data-dir DIR] < password"),
                  QCoreApplication::translate("yc::ctl::SyncCommands", "Enrol this PC as a window of a hall"),
                  &SyncCommands::enrol});
    registry.add({{QStringLiteral("staff"), QStringLiteral("sign-in")},
                  QStringLiteral("staff sign-in --staff ID [--offline] [--data-dir DIR] < password"),
                  QCoreApplication::translate("yc::ctl::SyncCommands",
                                              "Sign a staff member in (online, or offline against the verifier)"),
                  &SyncCommands::signIn});
    registry.add({{QStringLiteral("sync"), QStringLiteral("status")},
                  QStringLiteral("sync status [--json] [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::SyncCommands", "Show the state of the platform sync"),
                  &SyncCommands::status});
    registry.add({{QStringLiteral("sync"), QStringLiteral("now")},
                  QStringLiteral("sync now [--until-empty] [--timeout S] [--json] [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::SyncCommands", "Sync with the platform now"),
                  &SyncCommands::now});
    registry.add(
        {{QStringLiteral("outbox"), QStringLiteral("list")},
         QStringLiteral("outbox list [--all] [--data-dir DIR]"),
         QCoreApplication::translate("yc::ctl::SyncCommands", "List the sync queue (cases, evaluations, supplements)"),
         &SyncCommands::list});
    registry.add({{QStringLiteral("outbox"), QStringLiteral("retry")},
                  QStringLiteral("outbox retry ID [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::SyncCommands", "Retry one queue entry now"),
                  &SyncCommands::retry});
    registry.add(
        {{QStringLiteral("outbox"), QStringLiteral("export")},
         QStringLiteral("outbox export DIR [--data-dir DIR] < passphrase"),
         QCoreApplication::translate("yc::ctl::SyncCommands", "Write the pending queue to removable media, encrypted"),
         &SyncCommands::exportQueue});
    registry.add(
        {{QStringLiteral("outbox"), QStringLiteral("unpack")},
         QStringLiteral("outbox unpack FILE.ycx OUTDIR < passphrase"),
         QCoreApplication::translate("yc::ctl::SyncCommands", "Decrypt an outbox export for the platform's import"),
         &SyncCommands::unpack});
    registry.add({{QStringLiteral("platform"), QStringLiteral("check")},
                  QStringLiteral("platform check URL [--json] [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::SyncCommands",
                                              "Check a platform address: reachability, TLS chain, pin, clock skew"),
                  &SyncCommands::check});
    registry.add({{QStringLiteral("case"), QStringLiteral("import")},
                  QStringLiteral("case import FILE.json [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::SyncCommands", "Queue cases from a previous window system"),
                  &SyncCommands::import});
}

} // namespace yc::ctl
