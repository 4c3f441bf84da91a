// yichuang-ctl retention run: removes from this PC the materials and personal data of completed,
// synced cases after the retention period (storage::Retention).
#include "core/DataLocation.h"
#include "core/Settings.h"
#include "ctl/CommandRegistry.h"
#include "storage/Retention.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace yc::ctl {

namespace {

class RetentionRun
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::RetentionRun)

public:
    static int run(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Removes from this PC the materials (scans and files), the notices' PDFs and the personal data "
               "(applicant, agent, form fields, notes) of cases that are completed or delivered, whose every item "
               "the platform holds, and that have not changed for the retention period (retention/days in "
               "yichuang.ini, %1 days when not set). The case itself, its number, dates and states, and the audit "
               "trail stay; every purge is audited. Prints one JSON object: dryRun, days, cases, caseIds, "
               "materialFiles, materialBytes, notices.")
                .arg(storage::Retention::DefaultDays));
        const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only count what would be removed."));
        const QCommandLineOption days(QStringLiteral("days"),
                                      tr("The retention period in days, instead of the setting."), QStringLiteral("N"));
        parser.addOption(dryRun);
        parser.addOption(days);
        if (const int rc = parseCommandLine(parser, args, io, 0, DataDir::Yes); rc >= 0)
            return rc;
        const QString dir = DataLocation::resolve(parser.value(dataDirOptionName()));
        int period = Settings(dir).value(QStringLiteral("retention/days"), storage::Retention::DefaultDays).toInt();
        if (parser.isSet(days)) {
            bool ok = false;
            period = parser.value(days).toInt(&ok);
            if (!ok || period < 1 || period > 36500) {
                io.err << tr("error: --days must be a whole number from 1 to 36500.") << '\n';
                return ExitUsage;
            }
        } else if (period < 1) {
            io.err << tr("error: retention/days in yichuang.ini must be 1 or more.") << '\n';
            return ExitUsage;
        }
        storage::StoreOptions options;
        options.dataDir = dir;
        auto store = storage::Store::open(options);
        if (!store) {
            io.err << tr("error: %1").arg(store.error().message) << '\n';
            return ExitFailure;
        }
        auto report = storage::Retention(store.value()->database(), store.value()->cipher(), dir)
                          .run(period, parser.isSet(dryRun));
        if (!report) {
            io.err << tr("error: %1").arg(report.error().message) << '\n';
            return ExitFailure;
        }
        const storage::RetentionReport& r = report.value();
        io.out << compactJson({{QStringLiteral("dryRun"), r.dryRun},
                               {QStringLiteral("days"), r.days},
                               {QStringLiteral("cases"), int(r.caseIds.size())},
                               {QStringLiteral("caseIds"), QJsonArray::fromStringList(r.caseIds)},
                               {QStringLiteral("materialFiles"), r.materialFiles},
                               {QStringLiteral("materialBytes"), r.materialBytes},
                               {QStringLiteral("notices"), r.notices}})
               << '\n';
        return ExitOk;
    }
};

} // namespace

void registerRetentionCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("retention"), QStringLiteral("run")},
                  QStringLiteral("retention run [--dry-run] [--days N] [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::RetentionRun",
                                              "Remove the materials and personal data of completed, synced cases"),
                  &RetentionRun::run});
}

} // namespace yc::ctl
