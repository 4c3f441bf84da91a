// yichuang-ctl notice ...: render the notices a window prints (a check of fonts, layout and QR
// codes on a hall PC without a case).
#include "core/Clock.h"
#include "ctl/CommandRegistry.h"
#include "documents/NoticePdf.h"
#include "documents/NoticeSamples.h"
#include "sync/DeviceKey.h"
#include "sync/NoticeVerification.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonObject>
#include <QUuid>

namespace yc::ctl {

namespace {

class NoticeCommand
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::NoticeCommand)

public:
    static QString kindList()
    {
        QStringList names;
        for (NoticeKind k : allNoticeKinds())
            names << noticeKindName(k);
        return names.join(QLatin1Char('|'));
    }

    static int render(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Renders a notice from built-in synthetic sample data (a training hall, people named 样例甲 and "
               "样例乙, generated ID numbers) to a PDF. The verification QR code is signed with a key made for this "
               "run only, so the platform does not accept it; the key is printed with the code so that it can be "
               "checked. Prints one JSON line: kind, file, verification code, public key (base64 DER)."));
        parser.addPositionalArgument(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("OUT.pdf"));
        parser.addOption({QStringLiteral("sample"), tr("The kind of notice: %1.").arg(kindList()), tr("kind")});
        parser.addOption(
            {QStringLiteral("date"), tr("The date of acceptance, YYYY-MM-DD (default today)."), tr("date")});
        parser.addOption({QStringLiteral("training"), tr("Print the training watermark on every page.")});
        if (const int code = parseCommandLine(parser, args, io, 1, DataDir::No); code >= 0)
            return code;
        const auto kind = noticeKindFromName(parser.value(QStringLiteral("sample")));
        if (!kind) {
            io.err << tr("--sample needs one of: %1.").arg(kindList().replace(QLatin1Char('|'), QStringLiteral(", ")))
                   << '\n';
            return ExitUsage;
        }
        QDate date = SystemClock().today();
        if (parser.isSet(QStringLiteral("date"))) {
            date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
            if (!date.isValid()) {
                io.err << tr("--date needs a date written YYYY-MM-DD.") << '\n';
                return ExitUsage;
            }
        }
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            io.err << tr("error: drawing a notice needs the fonts of a graphical application.") << '\n';
            return ExitFailure;
        }

        NoticeData notice = documents::NoticeSamples::make(*kind, date);
        notice.training = parser.isSet(QStringLiteral("training"));
        auto key = sync::DeviceKey::generate();
        if (!key) {
            io.err << tr("error: %1").arg(key.error().message) << '\n';
            return ExitFailure;
        }
        const QString machineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto code = sync::NoticeVerification::make(key.value(), {notice.caseNumber, *kind, date, machineId});
        if (!code) {
            io.err << tr("error: %1").arg(code.error().message) << '\n';
            return ExitFailure;
        }
        notice.verification = code.value();
        const QString out = parser.positionalArguments().constFirst();
        const auto written = documents::NoticePdf::write(notice, out);
        if (!written) {
            io.err << tr("error: %1").arg(written.error().message) << '\n';
            return ExitFailure;
        }
        io.out << compactJson(
                      {{QStringLiteral("kind"), noticeKindName(*kind)},
                       {QStringLiteral("file"), out},
                       {QStringLiteral("verification"), notice.verification},
                       {QStringLiteral("publicKey"), QString::fromLatin1(key.value().publicKeyDer().toBase64())}})
               << '\n';
        return ExitOk;
    }
};

} // namespace

bool needsGuiApplication(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang")) { // main() takes --lang LANG out before the command
            ++i;
            continue;
        }
        if (args[i].startsWith(QLatin1String("--lang=")))
            continue;
        // Listing and exporting kept notices draw nothing.
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == QLatin1String("supervision"))
            return true; // supervision export: the PDF needs fonts
        return args[i] == QLatin1String("notice") && next != QLatin1String("list") && next != QLatin1String("export");
    }
    return false;
}

void registerNoticeCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("notice"), QStringLiteral("render")},
                  QStringLiteral("notice render --sample %1 [--date YYYY-MM-DD] [--training] OUT.pdf")
                      .arg(NoticeCommand::kindList()),
                  QCoreApplication::translate("yc::ctl::NoticeCommand", "Render a sample notice to PDF"),
                  &NoticeCommand::render});
}

} // namespace yc::ctl
