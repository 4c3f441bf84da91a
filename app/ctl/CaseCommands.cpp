// yichuang-ctl case list / case show: the cases at this window, for hall IT staff and scripts.
// Applicants are masked (王**, 110105********002X); nothing else personal is printed.
#include "core/DataLocation.h"
#include "ctl/CommandRegistry.h"
#include "intake/CaseOverview.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <algorithm>

namespace yc::ctl {

namespace {

class CaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::CaseCommands)

public:
    static int list(const QStringList& args, Io& io);
    static int show(const QStringList& args, Io& io);

private:
    static std::unique_ptr<storage::Store> open(const QCommandLineParser& parser, Io& io)
    {
        storage::StoreOptions options;
        options.dataDir = DataLocation::resolve(parser.value(dataDirOptionName()));
        auto store = storage::Store::open(options);
        if (!store) {
            io.err << QCoreApplication::translate("yc::ctl::SyncCommands", "error: %1").arg(store.error().message)
                   << '\n';
            return nullptr;
        }
        return std::move(store.value());
    }

    // Columns padded to their widest cell; the last one is not padded.
    static void table(Io& io, const QList<QStringList>& rows)
    {
        QList<qsizetype> widths;
        for (const QStringList& r : rows) {
            for (qsizetype i = 0; i < r.size(); ++i) {
                if (widths.size() <= i)
                    widths << 0;
                widths[i] = std::max(widths[i], r[i].size());
            }
        }
        for (const QStringList& r : rows) {
            QString line;
            for (qsizetype i = 0; i < r.size(); ++i)
                line += i + 1 < r.size() ? r[i].leftJustified(widths[i] + 2) : r[i];
            io.out << line << '\n';
        }
    }

    static QString orDash(const QString& text) { return text.isEmpty() ? QStringLiteral("-") : text; }
};

int CaseCommands::list(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the cases and drafts at this window, newest first, the applicant masked. With --json: one JSON "
           "object per line (caseId, caseNumber, itemCode, itemName, applicant, idNumber, state, departmentStatus, "
           "decision, receivedAt, promisedDate, syncState)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per case and line."));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Only cases in this state: draft, decided, or a department status (submitted, "
                                      "under-review, correction-requested, supplemented, completed, delivered, "
                                      "refused)."),
                                   tr("state"));
    parser.addOptions({json, state});
    if (const int rc = parseCommandLine(parser, args, io, 0, DataDir::Yes); rc >= 0)
        return rc;
    auto store = open(parser, io);
    if (!store)
        return ExitFailure;
    auto lines = intake::CaseOverview(store->database(), store->cipher(), store->dataDir()).list(parser.value(state));
    if (!lines) {
        io.err << QCoreApplication::translate("yc::ctl::SyncCommands", "error: %1").arg(lines.error().message) << '\n';
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        for (const intake::CaseLine& l : lines.value())
            io.out << compactJson(intake::CaseOverview::toJson(l)) << '\n';
        return ExitOk;
    }
    QList<QStringList> rows{{tr("Case number"), tr("Item"), tr("Applicant"), tr("ID number"), tr("State"),
                             tr("Decision"), tr("Received"), tr("Promised"), tr("Sync"), tr("Case id")}};
    for (const intake::CaseLine& l : lines.value()) {
        const QString stateText =
            l.departmentStatus.isEmpty() ? l.state : l.state + QLatin1Char('/') + l.departmentStatus;
        rows << QStringList{orDash(l.caseNumber),
                            orDash(l.itemName.isEmpty() ? l.itemCode : l.itemName),
                            orDash(l.applicant),
                            orDash(l.idNumber),
                            stateText,
                            orDash(l.decision),
                            l.receivedAt.isValid()
                                ? l.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                : QStringLiteral("-"),
                            l.promisedDate.isValid() ? l.promisedDate.toString(Qt::ISODate) : QStringLiteral("-"),
                            orDash(l.syncState),
                            l.caseId};
    }
    table(io, rows);
    io.out << tr("%n case(s)", nullptr, int(lines.value().size())) << '\n';
    return ExitOk;
}

int CaseCommands::show(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows one case or draft, the applicant masked: its item, decision, dates, "
                                        "materials (name, state, form, source) and history."));
    parser.addPositionalArgument(QStringLiteral("CASEID"), tr("The case's id (see case list)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object."));
    parser.addOption(json);
    if (const int rc = parseCommandLine(parser, args, io, 1, DataDir::Yes); rc >= 0)
        return rc;
    auto store = open(parser, io);
    if (!store)
        return ExitFailure;
    const QString caseId = parser.positionalArguments().constFirst();
    auto detail = intake::CaseOverview(store->database(), store->cipher(), store->dataDir()).show(caseId);
    if (!detail) {
        io.err << QCoreApplication::translate("yc::ctl::SyncCommands", "error: %1").arg(detail.error().message) << '\n';
        return ExitFailure;
    }
    if (!detail.value()) {
        io.err << tr("error: no case with id %1.").arg(caseId) << '\n';
        return ExitNegative;
    }
    const intake::CaseDetail& d = *detail.value();
    if (parser.isSet(json)) {
        io.out << compactJson(intake::CaseOverview::toJson(d)) << '\n';
        return ExitOk;
    }
    const intake::CaseLine& l = d.line;
    table(
        io,
        {{tr("Case id"), l.caseId},
         {tr("Case number"), orDash(l.caseNumber)},
         {tr("Item"), orDash(l.itemName.isEmpty() ? l.itemCode
                                                  : l.itemName + QStringLiteral(" (") + l.itemCode + QLatin1Char(')'))},
         {tr("Item version"), QString::number(d.itemVersion)},
         {tr("Applicant"), orDash(l.applicant) + QStringLiteral("  ") + orDash(l.idNumber)},
         {tr("Agent"), d.agent.isEmpty() ? QStringLiteral("-") : d.agent + QStringLiteral("  ") + d.agentIdNumber},
         {tr("State"), l.departmentStatus.isEmpty() ? l.state : l.state + QLatin1Char('/') + l.departmentStatus},
         {tr("Decision"), orDash(l.decision)},
         {tr("Clerk"), orDash(d.staffId)},
         {tr("Window"), orDash(d.windowCode)},
         {tr("Received"),
          l.receivedAt.isValid() ? l.receivedAt.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-")},
         {tr("Promised"), l.promisedDate.isValid() ? l.promisedDate.toString(Qt::ISODate) : QStringLiteral("-")},
         {tr("Sync"), orDash(l.syncState)}});
    if (d.completedAt.isValid())
        io.out << tr("Completed on the spot at %1").arg(d.completedAt.toLocalTime().toString(Qt::ISODate)) << '\n';
    if (d.clockStoppedSince.isValid())
        io.out << tr("Time limit stopped since %1 (waiting for the correction)")
                      .arg(d.clockStoppedSince.toString(Qt::ISODate))
               << '\n';
    io.out << '\n' << tr("Materials:") << '\n';
    QList<QStringList> materials{{tr("Id"), tr("Name"), tr("State"), tr("Form"), tr("Source"), tr("Due")}};
    for (const intake::CaseMaterialLine& m : d.materials)
        materials << QStringList{
            m.materialId,     m.name,
            m.state,          orDash(m.form),
            orDash(m.source), m.dueDate.isValid() ? m.dueDate.toString(Qt::ISODate) : QStringLiteral("-")};
    table(io, materials);
    io.out << '\n' << tr("History:") << '\n';
    QList<QStringList> history;
    for (const intake::CaseHistoryLine& h : d.history)
        history << QStringList{h.at.toLocalTime().toString(Qt::ISODate), orDash(h.staffId), h.action, h.detail};
    if (history.isEmpty())
        io.out << tr("(none)") << '\n';
    else
        table(io, history);
    return ExitOk;
}

} // namespace

void registerCaseCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("case"), QStringLiteral("list")},
                  QStringLiteral("case list [--json] [--state S] [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::CaseCommands", "List the cases at this window (masked)"),
                  &CaseCommands::list});
    registry.add(
        {{QStringLiteral("case"), QStringLiteral("show")},
         QStringLiteral("case show CASEID [--json] [--data-dir DIR]"),
         QCoreApplication::translate("yc::ctl::CaseCommands", "Show one case with its materials and history (masked)"),
         &CaseCommands::show});
}

} // namespace yc::ctl
