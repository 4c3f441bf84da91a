// yichuang-ctl db ... and audit ...: checks of the local store and of its audit trail.
#include "core/Clock.h"
#include "core/DataLocation.h"
#include "ctl/CommandRegistry.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace yc::ctl {

namespace {

class DbCheck
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::DbCheck)

public:
    static int run(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Opens the local store (creating it if absent), checks it read-only first, then applies schema "
               "migrations and prints the schema version, the number of cases and of pending outbox items. "
               "A damaged store or one with a newer schema is reported and left untouched."));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
        parser.addOption(json);
        if (const int rc = parseCommandLine(parser, args, io, 0, DataDir::Yes); rc >= 0)
            return rc;

        const QString dir = DataLocation::resolve(parser.value(dataDirOptionName()));
        const QString path = DataLocation::databasePath(dir);
        const bool existed = QFileInfo::exists(path);
        int versionBefore = 0;
        QJsonObject report{{QStringLiteral("dataDir"), dir}, {QStringLiteral("database"), path}};

        auto fail = [&](const Error& error) {
            report.insert(QStringLiteral("ok"), false);
            report.insert(QStringLiteral("error"), error.code);
            report.insert(QStringLiteral("message"), error.message);
            if (parser.isSet(json))
                io.out << compactJson(report) << '\n';
            io.err << tr("error: %1").arg(error.message) << '\n';
            return error.code == QLatin1String("db.unwritable") ? ExitFailure : ExitNegative;
        };

        if (existed) {
            auto inspected = storage::Database::inspect(path);
            if (!inspected)
                return fail(inspected.error());
            versionBefore = inspected.value().version;
        }
        auto db = storage::Database::open(path);
        if (!db)
            return fail(db.error());
        if (auto integrity = db.value()->integrityCheck(); !integrity)
            return fail(integrity.error());
        auto version = db.value()->schemaVersion();
        auto cases = db.value()->count(QStringLiteral("SELECT count(*) FROM cases"));
        const SystemClock clock;
        auto pending = storage::OutboxRepository(*db.value(), clock).pendingCount();
        if (!version)
            return fail(version.error());
        if (!cases)
            return fail(cases.error());
        if (!pending)
            return fail(pending.error());

        report.insert(QStringLiteral("ok"), true);
        report.insert(QStringLiteral("created"), !existed);
        report.insert(QStringLiteral("schemaVersion"), version.value());
        report.insert(QStringLiteral("previousSchemaVersion"), versionBefore);
        report.insert(QStringLiteral("integrity"), QStringLiteral("ok"));
        report.insert(QStringLiteral("cases"), cases.value());
        report.insert(QStringLiteral("pendingOutbox"), pending.value());
        if (parser.isSet(json)) {
            io.out << compactJson(report) << '\n';
            return ExitOk;
        }
        io.out << tr("database: %1%2").arg(path, existed ? QString() : tr(" (created)")) << '\n';
        if (existed && versionBefore != version.value())
            io.out << tr("schema version: %1 (migrated from %2)").arg(version.value()).arg(versionBefore) << '\n';
        else
            io.out << tr("schema version: %1").arg(version.value()) << '\n';
        io.out << tr("integrity: ok") << '\n';
        io.out << tr("cases: %1").arg(cases.value()) << '\n';
        io.out << tr("pending outbox items: %1").arg(pending.value()) << '\n';
        return ExitOk;
    }
};

class AuditVerify
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::AuditVerify)

public:
    static int run(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Checks the audit trail's hash chain: every entry in order, none missing, none inserted, none "
               "changed since it was written. Names the first entry that does not hold and exits 1."));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
        parser.addOption(json);
        if (const int rc = parseCommandLine(parser, args, io, 0, DataDir::Yes); rc >= 0)
            return rc;
        const QString dir = DataLocation::resolve(parser.value(dataDirOptionName()));
        const QString path = DataLocation::databasePath(dir);
        if (!QFileInfo::exists(path)) {
            io.err << tr("error: there is no store in %1.").arg(dir) << '\n';
            return ExitFailure;
        }
        auto db = storage::Database::open(path);
        if (!db) {
            io.err << tr("error: %1").arg(db.error().message) << '\n';
            return ExitFailure;
        }
        auto verified = storage::AuditLog(*db.value()).verify();
        if (!verified) {
            io.err << tr("error: %1").arg(verified.error().message) << '\n';
            return ExitFailure;
        }
        const storage::AuditVerification& v = verified.value();
        if (parser.isSet(json)) {
            QJsonObject report{{QStringLiteral("ok"), v.ok()}, {QStringLiteral("entries"), v.entries}};
            if (v.ok()) {
                report.insert(QStringLiteral("headHash"), v.headHash);
            } else {
                report.insert(QStringLiteral("firstBad"), v.firstBad);
                report.insert(QStringLiteral("problem"), v.problem);
            }
            io.out << compactJson(report) << '\n';
        } else if (v.ok()) {
            io.out << tr("audit trail: %n entries, chain intact", nullptr, int(v.entries)) << '\n';
            io.out << tr("head: %1").arg(v.headHash) << '\n';
        } else {
            io.out << tr("audit trail: entry %1 does not hold: %2").arg(v.firstBad).arg(v.problem) << '\n';
        }
        return v.ok() ? ExitOk : ExitNegative;
    }
};

} // namespace

void registerDbCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("audit"), QStringLiteral("verify")},
                  QStringLiteral("audit verify [--data-dir DIR] [--json]"),
                  QCoreApplication::translate("yc::ctl::AuditVerify", "Check the audit trail's hash chain"),
                  &AuditVerify::run});
    registry.add({{QStringLiteral("db"), QStringLiteral("check")},
                  QStringLiteral("db check [--data-dir DIR] [--json]"),
                  QCoreApplication::translate("yc::ctl::DbCheck", "Check (and create or migrate) the local store"),
                  &DbCheck::run});
}

} // namespace yc::ctl
