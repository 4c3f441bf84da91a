// yichuang-ctl notice list / notice export: the notices kept with a case (NoticeRepository), for
// hall IT who must find or hand over a notice without the GUI.
#include "core/DataLocation.h"
#include "core/TextForms.h"
#include "ctl/CommandRegistry.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/NoticeRepository.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>

namespace yc::ctl {

namespace {

class NoticeStoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::NoticeStoreCommand)

public:
    static int list(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Lists the notices kept with a case, oldest first, one JSON object per line: noticeId, caseId, "
               "kind, issuedAt, staffId, sha256 (of the PDF; null when none was kept), printCount, lastPrintedAt "
               "(null when never printed). No personal data. CASE is the case id or its case number; a case "
               "without notices prints nothing."));
        parser.addPositionalArgument(QStringLiteral("case"), tr("The case id or case number."), QStringLiteral("CASE"));
        if (const int code = parseCommandLine(parser, args, io, 1, DataDir::Yes); code >= 0)
            return code;
        auto store = openStore(parser, io);
        if (!store)
            return ExitFailure;
        const QString wanted = parser.positionalArguments().constFirst().trimmed();
        storage::Database& db = store->database();
        auto ref = storage::CaseRepository(db, store->cipher(), store->dataDir()).findRef(wanted);
        if (!ref) {
            io.err << tr("error: %1").arg(ref.error().message) << '\n';
            return ExitFailure;
        }
        if (!ref.value()) {
            io.err << tr("error: no case %1 in this store.").arg(wanted) << '\n';
            return ExitNegative;
        }
        auto notices = storage::NoticeRepository(db, store->cipher()).list(ref.value()->id);
        if (!notices) {
            io.err << tr("error: %1").arg(notices.error().message) << '\n';
            return ExitFailure;
        }
        const auto timeOrNull = [](const QDateTime& t) {
            return t.isValid() ? QJsonValue(isoUtcMs(t)) : QJsonValue();
        };
        for (const storage::NoticeRecord& n : notices.value()) {
            io.out << compactJson({{QStringLiteral("noticeId"), n.id},
                                   {QStringLiteral("caseId"), n.caseId},
                                   {QStringLiteral("kind"), noticeKindName(n.kind)},
                                   {QStringLiteral("issuedAt"), timeOrNull(n.issuedAt)},
                                   {QStringLiteral("staffId"), n.staffId},
                                   {QStringLiteral("sha256"), n.hasPdf() ? QJsonValue(n.sha256) : QJsonValue()},
                                   {QStringLiteral("printCount"), n.printCount},
                                   {QStringLiteral("lastPrintedAt"), timeOrNull(n.lastPrintedAt)}})
                   << '\n';
        }
        return ExitOk;
    }

    static int exportPdf(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Writes the PDF of a kept notice, decrypted, exactly as it was issued (its SHA-256 is checked), "
               "readable by the current user only. The notice holds personal data: keep the file no longer than "
               "needed. The export is written to the audit trail. An existing file is replaced only with "
               "--force. Prints one JSON line: noticeId, caseId, kind, file, sha256, bytes."));
        parser.addPositionalArgument(QStringLiteral("notice"), tr("The notice id (see notice list)."),
                                     QStringLiteral("NOTICEID"));
        parser.addPositionalArgument(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("OUT.pdf"));
        const QCommandLineOption force(QStringLiteral("force"), tr("Replace OUT.pdf if it exists."));
        parser.addOption(force);
        if (const int code = parseCommandLine(parser, args, io, 2, DataDir::Yes); code >= 0)
            return code;
        const QString noticeId = parser.positionalArguments().at(0);
        const QString out = parser.positionalArguments().at(1);
        if (QFileInfo::exists(out) && !parser.isSet(force)) {
            io.err << tr("error: %1 exists; add --force to replace it.").arg(out) << '\n';
            return ExitFailure;
        }
        auto store = openStore(parser, io);
        if (!store)
            return ExitFailure;
        storage::NoticeRepository notices(store->database(), store->cipher());
        auto record = notices.record(noticeId);
        if (!record) {
            io.err << tr("error: %1").arg(record.error().message) << '\n';
            return record.error().code == QLatin1String("notice.not-found") ? ExitNegative : ExitFailure;
        }
        auto pdf = notices.load(noticeId);
        if (!pdf) {
            io.err << tr("error: %1").arg(pdf.error().message) << '\n';
            return pdf.error().code == QLatin1String("db.query") ? ExitFailure : ExitNegative;
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly)) {
            io.err << tr("error: cannot write %1: %2").arg(out, file.errorString()) << '\n';
            return ExitFailure;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(pdf.value()) != pdf.value().size() || !file.commit()) {
            io.err << tr("error: cannot write %1: %2").arg(out, file.errorString()) << '\n';
            return ExitFailure;
        }
        // Who exported is not known here (hall IT at the command line): the entry names no staff.
        const auto audited =
            storage::AuditLog(store->database())
                .append({}, QStringLiteral("notice.export"), QStringLiteral("case"), record.value().caseId,
                        QStringLiteral("notice=%1 kind=%2").arg(noticeId, noticeKindName(record.value().kind)));
        if (!audited)
            io.err << tr("warning: the export was not written to the audit trail: %1").arg(audited.error().message)
                   << '\n';
        io.out << compactJson({{QStringLiteral("noticeId"), noticeId},
                               {QStringLiteral("caseId"), record.value().caseId},
                               {QStringLiteral("kind"), noticeKindName(record.value().kind)},
                               {QStringLiteral("file"), out},
                               {QStringLiteral("sha256"), record.value().sha256},
                               {QStringLiteral("bytes"), qint64(pdf.value().size())}})
               << '\n';
        return ExitOk;
    }

private:
    static std::unique_ptr<storage::Store> openStore(const QCommandLineParser& parser, Io& io)
    {
        storage::StoreOptions options;
        options.dataDir = DataLocation::resolve(parser.value(dataDirOptionName()));
        auto store = storage::Store::open(options);
        if (!store) {
            io.err << tr("error: %1").arg(store.error().message) << '\n';
            return nullptr;
        }
        return std::move(store.value());
    }
};

} // namespace

void registerNoticeStoreCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("notice"), QStringLiteral("list")},
                  QStringLiteral("notice list CASE [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::NoticeStoreCommand",
                                              "List the notices kept with a case (JSON lines, no personal data)"),
                  &NoticeStoreCommand::list});
    registry.add(
        {{QStringLiteral("notice"), QStringLiteral("export")},
         QStringLiteral("notice export NOTICEID OUT.pdf [--force] [--data-dir DIR]"),
         QCoreApplication::translate("yc::ctl::NoticeStoreCommand", "Write the PDF of a kept notice to a file"),
         &NoticeStoreCommand::exportPdf});
}

} // namespace yc::ctl
