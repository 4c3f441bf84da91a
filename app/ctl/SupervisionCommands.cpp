// yichuang-ctl supervision export: the supervisor's case list (hall dashboard, this PC's cases) as
// CSV or PDF, for reports made at the command line.
//
// Who may run it: the command runs as hall IT on the PC itself, with no sign-in. It still takes the
// dashboard service's rule: --staff must name a staff member whose role on this PC is supervisor
// (they signed in here online at least once), the export is refused otherwise, and it is written to
// the audit trail under that staff id. This makes the supervisor accountable for the file; it is not
// authentication (whoever runs the command can read the store with the PC's key anyway).
#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/Settings.h"
#include "ctl/CommandRegistry.h"
#include "storage/AuditLog.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogRepository.h"
#include "supervision/DashboardExport.h"
#include "supervision/DashboardService.h"
#include "sync/CalendarFeedStore.h"
#include "sync/Enrolment.h"
#include "sync/StaffCredentials.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

namespace yc::ctl {

namespace {

class SupervisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::SupervisionCommand)

public:
    static int exportCases(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Writes this PC's cases under electronic supervision (working days left, yellow/red, flags) as CSV "
               "(UTF-8 with a byte order mark, for Excel) or PDF. Personal data appear masked only. --staff must be "
               "a supervisor known on this PC; the export is audited under that id. The hall's other cases are "
               "not included (they need the supervisor's platform sign-in: use the dashboard in the program). "
               "Prints one JSON line: file, format, rows."));
        const QCommandLineOption format(QStringLiteral("format"), tr("csv or pdf."), QStringLiteral("FORMAT"));
        const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
        const QCommandLineOption from(QStringLiteral("from"), tr("Cases received on or after this day."),
                                      QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption to(QStringLiteral("to"), tr("Cases received on or before this day."),
                                    QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption staff(QStringLiteral("staff"), tr("The supervisor the export is made for."),
                                       QStringLiteral("ID"));
        parser.addOptions({format, out, from, to, staff});
        if (const int code = parseCommandLine(parser, args, io, 0, DataDir::Yes); code >= 0)
            return code;
        auto fmt = supervision::DashboardExport::formatFromString(parser.value(format));
        if (!fmt) {
            io.err << tr("error: %1").arg(fmt.error().message) << '\n';
            return ExitUsage;
        }
        if (parser.value(out).isEmpty() || parser.value(staff).isEmpty()) {
            io.err << tr("error: --out FILE and --staff ID are required.") << '\n';
            return ExitUsage;
        }
        supervision::DashboardFilter filter;
        for (const auto& [option, date] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
            if (!parser.isSet(*option))
                continue;
            *date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date->isValid()) {
                io.err << tr("error: --%1 %2 is not a date (YYYY-MM-DD).")
                              .arg(option->names().constFirst(), parser.value(*option))
                       << '\n';
                return ExitUsage;
            }
        }
        if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
            io.err << tr("error: --from is after --to.") << '\n';
            return ExitUsage;
        }

        storage::StoreOptions options;
        options.dataDir = DataLocation::resolve(parser.value(dataDirOptionName()));
        auto store = storage::Store::open(options);
        if (!store) {
            io.err << tr("error: %1").arg(store.error().message) << '\n';
            return ExitFailure;
        }
        storage::Database& db = store.value()->database();
        const storage::FieldCipher& cipher = store.value()->cipher();
        sync::StaffCredentials credentials(db, cipher);
        sync::SignedInStaff who;
        who.staffId = parser.value(staff);
        who.login = who.staffId;
        auto role = credentials.role(who.staffId);
        if (!role) {
            io.err << tr("error: %1").arg(role.error().message) << '\n';
            return ExitFailure;
        }
        who.role = role.value();
        if (auto allowed = supervision::DashboardService::authorise(who); !allowed) {
            io.err << tr("error: %1").arg(allowed.error().message) << '\n';
            return ExitNegative;
        }

        sync::CalendarFeedStore feed(options.dataDir);
        (void)feed.load(); // the bundled notices when no feed is stored
        const std::shared_ptr<const WorkCalendar> calendar = feed.calendar();
        const Settings settings(options.dataDir);
        const SystemClock clock;
        supervision::DashboardService service(
            db, cipher, clock, *calendar,
            supervision::optionsFromSetting(settings.value(QStringLiteral("supervision/yellow_days"))));
        if (auto enrolment = sync::Enrolment(db, cipher).load(); enrolment && enrolment.value())
            service.setThisWindow(enrolment.value()->windowNo);
        auto snapshot = service.snapshot(who, filter, std::nullopt, tr("command line: this PC only"));
        if (!snapshot) {
            io.err << tr("error: %1").arg(snapshot.error().message) << '\n';
            return snapshot.error().code == QLatin1String("supervision.forbidden") ? ExitNegative : ExitFailure;
        }
        const auto itemNames = [&db](const QString& code) {
            auto item = storage::CatalogRepository(db).item(code);
            return item ? item.value().name : QString();
        };
        QByteArray bytes;
        if (fmt.value() == supervision::DashboardExport::Format::Csv) {
            bytes = supervision::DashboardExport::csv(snapshot.value(), itemNames);
        } else {
            auto pdf = supervision::DashboardExport::pdf(
                snapshot.value(), tr("Hall dashboard: cases"),
                tr("This PC's cases only (%1 to %2).")
                    .arg(filter.from.isValid() ? filter.from.toString(Qt::ISODate) : tr("the first"),
                         filter.to.isValid() ? filter.to.toString(Qt::ISODate) : tr("today")),
                itemNames);
            if (!pdf) {
                io.err << tr("error: %1").arg(pdf.error().message) << '\n';
                return ExitFailure;
            }
            bytes = pdf.value();
        }
        const int rows = int(snapshot.value().rows.size());
        // The file and its audit row: the row first, so no export leaves the PC unrecorded.
        const QString formatName =
            fmt.value() == supervision::DashboardExport::Format::Csv ? QStringLiteral("csv") : QStringLiteral("pdf");
        if (auto audited = storage::AuditLog(db).append(who.staffId, QStringLiteral("supervision.export"),
                                                        QStringLiteral("staff"), who.staffId,
                                                        QStringLiteral("format=%1 rows=%2").arg(formatName).arg(rows));
            !audited) {
            io.err << tr("error: %1").arg(audited.error().message) << '\n';
            return ExitFailure;
        }
        if (auto written = supervision::DashboardExport::write(parser.value(out), bytes); !written) {
            io.err << tr("error: %1").arg(written.error().message) << '\n';
            return ExitFailure;
        }
        io.out << compactJson({{QStringLiteral("file"), parser.value(out)},
                               {QStringLiteral("format"), formatName},
                               {QStringLiteral("rows"), rows}})
               << '\n';
        return ExitOk;
    }
};

} // namespace

void registerSupervisionCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("supervision"), QStringLiteral("export")},
                  QStringLiteral("supervision export --format csv|pdf --out FILE --staff ID [--from YYYY-MM-DD] "
                                 "[--to YYYY-MM-DD] [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::SupervisionCommand",
                                              "Export this PC's cases under supervision (CSV or PDF, masked)"),
                  &SupervisionCommand::exportCases});
}

} // namespace yc::ctl
