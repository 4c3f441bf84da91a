// yichuang-ctl id ... / idcard ...: identity numbers and ID card readers.
#include "api/idcard/Ga467.h"
#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/Settings.h"
#include "core/identity/CardDecoder.h"
#include "core/identity/IdentityValidator.h"
#include "ctl/CommandRegistry.h"
#include "devices/CardReaderService.h"
#include "devices/DeviceManager.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace yc::ctl {

namespace {

class CardOutput
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::CardOutput)

public:
    // The card JSON on stdout; a card whose ID number fails its check (a damaged text block) is
    // printed as read, with "valid": false, named on stderr and answered with exit code 1.
    static int print(const identity::IdCard& card, Io& io)
    {
        io.out << compactJson(card.toJson()) << '\n';
        if (card.numberValid)
            return ExitOk;
        io.err << tr("error: %1 The card data is damaged or was misread; read the card again.").arg(card.numberError)
               << '\n';
        return ExitNegative;
    }
};

class IdCheck
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::IdCheck)

public:
    static int run(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Checks an identity number: resident ID, Hong Kong/Macao/Taiwan residence permit, foreign permanent "
               "resident card (2017 and 2023), unified social credit code, or with --type a passport or travel "
               "permit. Prints one JSON object; exits 0 when valid, 1 when not."));
        parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The number to check."));
        const QCommandLineOption type(QStringLiteral("type"),
                                      tr("Check as this type: auto (default), resident, permit, foreign, credit-code, "
                                         "passport, travel-permit."),
                                      tr("type"), QStringLiteral("auto"));
        const QCommandLineOption country(QStringLiteral("country"),
                                         tr("Issuing country of a passport or travel permit (GB/T 2659 alpha-3)."),
                                         tr("code"));
        parser.addOption(type);
        parser.addOption(country);
        if (const int rc = parseCommandLine(parser, args, io, 1, DataDir::No); rc >= 0)
            return rc;

        const QString number = parser.positionalArguments().constFirst();
        const QString kind = parser.value(type);
        SystemClock clock;
        identity::IdentityValidator validator(clock);
        Result<identity::IdentityCheck> result = makeError(QString(), QString());
        QString reportedType = kind;
        if (kind == QLatin1String("auto")) {
            reportedType = identity::IdentityValidator::guessType(number);
            result = validator.check(number);
        } else if (kind == QLatin1String("resident")) {
            result = validator.checkResident(number);
        } else if (kind == QLatin1String("permit")) {
            result = validator.checkPermit(number);
        } else if (kind == QLatin1String("foreign")) {
            result = validator.checkForeign(number);
        } else if (kind == QLatin1String("credit-code")) {
            result = validator.checkCreditCode(number);
        } else if (kind == QLatin1String("passport") || kind == QLatin1String("travel-permit")) {
            result = validator.checkTravelDocument(kind, number, parser.value(country));
        } else {
            io.err << tr("Unknown type '%1'.").arg(kind) << '\n';
            return ExitUsage;
        }
        QJsonObject o;
        if (!result) {
            o.insert(QStringLiteral("valid"), false);
            o.insert(QStringLiteral("type"), reportedType);
            o.insert(QStringLiteral("error"), result.error().message);
            io.out << compactJson(o) << '\n';
            return ExitNegative;
        }
        const identity::IdentityCheck& c = result.value();
        o.insert(QStringLiteral("valid"), true);
        o.insert(QStringLiteral("type"), c.type);
        o.insert(QStringLiteral("error"), QString());
        if (!c.areaCode.isEmpty())
            o.insert(QStringLiteral("area"), c.area.isEmpty() ? c.areaCode : c.areaCode + QLatin1Char(' ') + c.area);
        if (c.birthDate.isValid())
            o.insert(QStringLiteral("birthDate"), c.birthDate.toString(Qt::ISODate));
        if (!c.sex.isEmpty())
            o.insert(QStringLiteral("sex"), c.sex);
        if (!c.country.isEmpty())
            o.insert(QStringLiteral("country"), c.country);
        io.out << compactJson(o) << '\n';
        return ExitOk;
    }
};

class IdCardDecode
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::IdCardDecode)

public:
    static int run(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Decodes a raw read-reply frame file (the bytes a GA/T 467 reader sends for the read command) and "
               "prints the card as one JSON object. A card whose ID number fails its check is printed with "
               "\"valid\": false and the reason in \"error\", and the command exits 1."));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The frame file."));
        if (const int rc = parseCommandLine(parser, args, io, 1, DataDir::No); rc >= 0)
            return rc;
        const QString path = parser.positionalArguments().constFirst();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << tr("error: %1 cannot be read: %2").arg(path, file.errorString()) << '\n';
            return ExitFailure;
        }
        QByteArray bytes = file.readAll();
        plugins::idcard::FrameParser frames;
        frames.feed(bytes);
        plugins::idcard::wipe(bytes);
        const auto event = frames.next();
        if (!event) {
            io.err << tr("error: the file holds no complete GA/T 467 frame.") << '\n';
            return ExitNegative;
        }
        if (!event->ok) {
            io.err << tr("error: %1").arg(event->message) << '\n';
            return ExitNegative;
        }
        const quint8 status = event->frame.sw3();
        if (status != plugins::idcard::sw3::Ok) {
            io.err << tr("error: the reader reported: %1").arg(plugins::idcard::Ga467::sw3Message(status)) << '\n';
            return ExitNegative;
        }
        const QByteArrayView data = event->frame.responseData();
        QString error;
        auto raw = plugins::idcard::Ga467::splitReadReply(data, false, &error);
        if (!raw)
            raw = plugins::idcard::Ga467::splitReadReply(data, true, &error);
        if (!raw) {
            io.err << tr("error: %1").arg(error) << '\n';
            return ExitNegative;
        }
        SystemClock clock;
        auto card = identity::CardDecoder::decode(raw->text, raw->photo, raw->fingerprint, clock);
        raw->wipe();
        if (!card) {
            io.err << tr("error: %1").arg(card.error().message) << '\n';
            return ExitNegative;
        }
        return CardOutput::print(card.value(), io);
    }
};

class IdCardRead
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::IdCardRead)

public:
    static int run(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Opens an ID card reader, waits for one card and prints it as one JSON object. Without --plugin and "
               "--port the reader configured in the settings (reader/plugin, reader/port, reader/baud) is used. A "
               "card whose ID number fails its check is printed with \"valid\": false and the reason in \"error\", "
               "and the command exits 1."));
        const QCommandLineOption plugin(QStringLiteral("plugin"), tr("Reader back-end: samserial, termb, simulated."),
                                        tr("name"));
        const QCommandLineOption port(QStringLiteral("port"),
                                      tr("Serial port (or auto), termb port number, or simulated card file."),
                                      tr("port"));
        const QCommandLineOption baud(QStringLiteral("baud"), tr("Serial speed (default 115200)."), tr("n"));
        const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds to wait for a card (default 30)."),
                                         tr("seconds"), QStringLiteral("30"));
        const QCommandLineOption dataDir(dataDirOptionName(), tr("Data directory holding yichuang.ini."), tr("dir"));
        parser.addOption(plugin);
        parser.addOption(port);
        parser.addOption(baud);
        parser.addOption(timeout);
        parser.addOption(dataDir);
        if (const int rc = parseCommandLine(parser, args, io, 0, DataDir::No); rc >= 0)
            return rc;

        QString pluginKey = parser.value(plugin);
        plugins::idcard::ReaderConfig config;
        config.port = parser.value(port);
        if (!parser.isSet(plugin) || !parser.isSet(port)) {
            const Settings settings(DataLocation::resolve(parser.value(dataDir)));
            if (!parser.isSet(plugin))
                pluginKey = settings.value(QStringLiteral("reader/plugin")).toString();
            if (!parser.isSet(port))
                config.port = settings.value(QStringLiteral("reader/port")).toString();
            config.baudRate = settings.value(QStringLiteral("reader/baud"), 115200).toInt();
        }
        if (pluginKey.isEmpty()) {
            io.err << tr("No reader back-end given (--plugin) or configured (reader/plugin).") << '\n';
            return ExitUsage;
        }
        bool ok = true;
        if (parser.isSet(baud))
            config.baudRate = parser.value(baud).toInt(&ok);
        if (!ok || config.baudRate <= 0) {
            io.err << tr("Invalid --baud value: %1").arg(parser.value(baud)) << '\n';
            return ExitUsage;
        }
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0) {
            io.err << tr("Invalid --timeout value: %1").arg(parser.value(timeout)) << '\n';
            return ExitUsage;
        }
        const int timeoutMs = static_cast<int>(seconds * 1000);

        SystemClock clock;
        devices::DeviceManager manager(devices::DeviceManager::defaultReaderSearchPaths());
        devices::CardReaderService service(manager, clock);
        QEventLoop loop;
        int exitCode = ExitFailure;
        bool requested = false;
        bool done = false;
        auto finish = [&](int code) {
            done = true;
            exitCode = code;
            loop.quit();
        };
        QObject::connect(&service, &devices::CardReaderService::statusChanged, &loop,
                         [&](devices::CardReaderService::Status status, const QString& text) {
                             if (done)
                                 return;
                             if (status == devices::CardReaderService::Status::Ready && !requested) {
                                 requested = true;
                                 io.err << tr("Reader ready; place a card on it.") << '\n';
                                 io.err.flush();
                                 service.readCard(timeoutMs);
                             } else if (status == devices::CardReaderService::Status::Error && !requested) {
                                 io.err << text << '\n';
                                 finish(ExitFailure);
                             }
                         });
        QObject::connect(&service, &devices::CardReaderService::cardRead, &loop, [&](const identity::IdCard& card) {
            if (done)
                return;
            finish(CardOutput::print(card, io));
        });
        QObject::connect(&service, &devices::CardReaderService::readFailed, &loop,
                         [&](const QString& code, const QString& message) {
                             if (done)
                                 return;
                             io.err << tr("error: %1").arg(message) << '\n';
                             finish(code == QLatin1String("no-card") ? ExitNegative : ExitFailure);
                         });
        QTimer::singleShot(timeoutMs + 30000, &loop, [&] {
            io.err << tr("error: the reader did not finish in time.") << '\n';
            finish(ExitFailure);
        });
        if (!service.open(pluginKey, config)) {
            if (!done)
                io.err << service.statusText() << '\n';
            return ExitFailure;
        }
        if (!done)
            loop.exec();
        service.close();
        return exitCode;
    }
};

class IdCardList
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::IdCardList)

public:
    static int run(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Lists the ID card reader back-ends found, one JSON object per line."));
        if (const int rc = parseCommandLine(parser, args, io, 0, DataDir::No); rc >= 0)
            return rc;
        devices::DeviceManager manager(devices::DeviceManager::defaultReaderSearchPaths());
        for (const devices::ReaderPluginInfo& info : manager.readerPlugins()) {
            io.out << compactJson({{QStringLiteral("key"), info.key},
                                   {QStringLiteral("name"), info.displayName},
                                   {QStringLiteral("file"), info.fileName},
                                   {QStringLiteral("available"), info.unavailableReason.isEmpty()},
                                   {QStringLiteral("reason"), info.unavailableReason}})
                   << '\n';
        }
        return ExitOk;
    }
};

} // namespace

void registerIdentityCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("id"), QStringLiteral("check")},
                  QStringLiteral("id check NUMBER [--type TYPE] [--country CODE]"),
                  QCoreApplication::translate("yc::ctl::IdCheck", "Check an identity number or credit code"),
                  &IdCheck::run});
    registry.add({{QStringLiteral("idcard"), QStringLiteral("decode")},
                  QStringLiteral("idcard decode FILE"),
                  QCoreApplication::translate("yc::ctl::IdCardDecode", "Decode a raw reader frame file to card JSON"),
                  &IdCardDecode::run});
    registry.add({{QStringLiteral("idcard"), QStringLiteral("read")},
                  QStringLiteral("idcard read --plugin NAME --port PORT [--baud N] [--timeout SECONDS]"),
                  QCoreApplication::translate("yc::ctl::IdCardRead", "Wait for one card on a reader and print it"),
                  &IdCardRead::run});
    registry.add({{QStringLiteral("idcard"), QStringLiteral("list")},
                  QStringLiteral("idcard list"),
                  QCoreApplication::translate("yc::ctl::IdCardList", "List the ID card reader back-ends"),
                  &IdCardList::run});
}

} // namespace yc::ctl
