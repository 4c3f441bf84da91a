// yichuang-platform: the reference city platform for tests, training mode and demos (PROTOCOL.md).
#include "Platform.h"
#include "PlatformCrypto.h"
#include "PlatformServer.h"

#include "core/ProcessHardening.h"
#include "core/SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace yc::platform;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString& message)
{
    err() << "yichuang-platform: " << message << "\n"
          << "usage: yichuang-platform [serve] --listen HOST:PORT --data DIR --config FILE --tls-cert FILE "
             "--tls-key FILE [--client-ca FILE] [--faults SPEC] [--token-lifetime SECONDS] [--durable]\n"
          << "       yichuang-platform case-action --data DIR CASE_NUMBER review|correction|complete|deliver "
             "[--note TEXT] [--department NAME]\n"
          << "       yichuang-platform import-outbox --data DIR --config FILE EXPORT_DIR\n"
          << "       yichuang-platform publish-catalog --data DIR --config FILE CATALOG.json\n"
          << "       yichuang-platform hash-password   (password on stdin)\n";
    err().flush();
    return 2;
}

std::optional<PlatformConfig> loadConfig(const QString& path)
{
    if (path.isEmpty()) {
        usage(u"--config FILE is required"_s);
        return std::nullopt;
    }
    QString error;
    auto config = PlatformConfig::load(path, &error);
    if (!config)
        err() << "yichuang-platform: " << error << "\n";
    return config;
}

int serve(QCoreApplication& app, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"listen"_s, u"Address and port (port 0: any free port)."_s, u"HOST:PORT"_s},
                       {u"data"_s, u"Data directory."_s, u"DIR"_s},
                       {u"config"_s, u"Configuration file."_s, u"FILE"_s},
                       {u"tls-cert"_s, u"Server certificate chain (PEM)."_s, u"FILE"_s},
                       {u"tls-key"_s, u"Server private key (PEM)."_s, u"FILE"_s},
                       {u"client-ca"_s, u"Require client certificates issued by this CA (PEM)."_s, u"FILE"_s},
                       {u"faults"_s, u"Fault injection spec."_s, u"SPEC"_s},
                       {u"token-lifetime"_s, u"Access token lifetime in seconds."_s, u"SECONDS"_s},
                       {u"durable"_s, u"Also survive power cuts (fsync every commit and material)."_s}});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(u"unexpected argument "_s + parser.positionalArguments().first());
    for (const char* required : {"listen", "data", "config", "tls-cert", "tls-key"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return usage(u"--%1 is required"_s.arg(QString::fromLatin1(required)));
    }
    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    const QString host = listen.left(colon);
    const QHostAddress address = host == u"localhost"_s ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return usage(u"--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8443"_s);

    auto config = loadConfig(parser.value(u"config"_s));
    if (!config)
        return 3;
    Platform platform(std::move(*config), parser.value(u"data"_s));
    if (parser.isSet(u"token-lifetime"_s)) {
        bool ok = false;
        const qint64 seconds = parser.value(u"token-lifetime"_s).toLongLong(&ok);
        if (!ok || seconds < 1)
            return usage(u"--token-lifetime needs a number of seconds"_s);
        platform.setTokenLifetime(seconds);
    }
    platform.setDurable(parser.isSet(u"durable"_s));
    if (const auto error = platform.open()) {
        err() << "yichuang-platform: " << *error << "\n";
        return 3;
    }

    QFile certFile(parser.value(u"tls-cert"_s));
    QFile keyFile(parser.value(u"tls-key"_s));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        err() << "yichuang-platform: cannot read the TLS certificate or key\n";
        return 3;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        err() << "yichuang-platform: the TLS certificate or key is not valid PEM\n";
        return 3;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (parser.isSet(u"client-ca"_s)) {
        const auto cas = QSslCertificate::fromPath(parser.value(u"client-ca"_s), QSsl::Pem);
        if (cas.isEmpty()) {
            err() << "yichuang-platform: --client-ca holds no PEM certificate\n";
            return 3;
        }
        tls.setCaCertificates(cas);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    PlatformServer server(&platform);
    if (parser.isSet(u"faults"_s)) {
        if (const auto problem = server.setFaults(parser.value(u"faults"_s)))
            return usage(*problem);
    }
    // Our own TLS listener bound to the server: sslSetup() in 6.4 takes no CA list for client certificates,
    // and PlatformTlsServer sees request bytes early (fault drop-upload).
    auto* tcp = new PlatformTlsServer(&server, &server);
    tcp->setSslConfiguration(tls);
    tcp->setHandshakeTimeout(10000);
    if (!tcp->listen(address, static_cast<quint16>(port))) {
        err() << "yichuang-platform: cannot listen on " << listen << ": " << tcp->errorString() << "\n";
        return 3;
    }
    server.bind(tcp);

    yc::SignalWatcher watcher;
    QObject::connect(&watcher, &yc::SignalWatcher::terminationRequested, &app, [&app](int) {
        err() << "yichuang-platform: stopping\n";
        err().flush();
        app.quit();
    });
    const QString shown =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString()) : address.toString();
    out() << "listening on https://" << shown << ':' << tcp->serverPort() << "\n";
    out().flush();
    return app.exec();
}

int caseAction(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"data"_s, u"Data directory."_s, u"DIR"_s},
                       {u"note"_s, u"Note (what to correct, ...)."_s, u"TEXT"_s},
                       {u"department"_s, u"Department name shown in the change."_s, u"NAME"_s}});
    parser.addPositionalArgument(u"command"_s, {});
    parser.addPositionalArgument(u"case"_s, {});
    parser.addPositionalArgument(u"action"_s, {});
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 3 || !parser.isSet(u"data"_s))
        return usage(u"case-action needs --data DIR CASE_NUMBER ACTION"_s);
    Platform platform(PlatformConfig{}, parser.value(u"data"_s));
    if (const auto error = platform.open(false)) {
        err() << "yichuang-platform: " << *error << "\n";
        return 3;
    }
    const Reply reply = platform.caseAction(parser.positionalArguments().at(1), parser.positionalArguments().at(2),
                                            parser.value(u"note"_s), parser.value(u"department"_s));
    (reply.isError() ? err() : out()) << reply.body << "\n";
    return reply.isError() ? 1 : 0;
}

// The offline commands that work on a platform's data with its configuration take
// --data DIR --config FILE and one argument. On failure `platform` is null and `exitCode` says why.
struct OfflinePlatform
{
    std::unique_ptr<Platform> platform;
    QString argument;
    int exitCode = 0;
};

OfflinePlatform openOffline(const QStringList& arguments, const QString& usageText)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{u"data"_s, u"Data directory."_s, u"DIR"_s}, {u"config"_s, u"Configuration file."_s, u"FILE"_s}});
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 2 || !parser.isSet(u"data"_s))
        return {nullptr, {}, usage(usageText)};
    auto config = loadConfig(parser.value(u"config"_s));
    if (!config)
        return {nullptr, {}, 3};
    auto platform = std::make_unique<Platform>(std::move(*config), parser.value(u"data"_s));
    if (const auto error = platform->open()) {
        err() << "yichuang-platform: " << *error << "\n";
        return {nullptr, {}, 3};
    }
    return {std::move(platform), parser.positionalArguments().at(1), 0};
}

int importOutbox(const QStringList& arguments)
{
    auto opened = openOffline(arguments, u"import-outbox needs --data DIR --config FILE EXPORT_DIR"_s);
    if (!opened.platform)
        return opened.exitCode;
    return opened.platform->importOutbox(opened.argument, out(), err());
}

int publishCatalog(const QStringList& arguments)
{
    auto opened = openOffline(arguments, u"publish-catalog needs --data DIR --config FILE CATALOG.json"_s);
    if (!opened.platform)
        return opened.exitCode;
    QFile file(opened.argument);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "yichuang-platform: cannot read " << file.fileName() << "\n";
        return 3;
    }
    const Reply reply = opened.platform->publishCatalog(file.readAll());
    (reply.isError() ? err() : out()) << reply.body << "\n";
    return reply.isError() ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    // No core dumps, and everything the platform writes (data directory, store, materials) is this
    // user's only (umask 077); Platform::open() also sets the permissions explicitly.
    yc::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"yichuang-platform"_s);
    qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{message}"_s);
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == u"case-action"_s)
        return caseAction(arguments);
    if (command == u"import-outbox"_s)
        return importOutbox(arguments);
    if (command == u"publish-catalog"_s)
        return publishCatalog(arguments);
    if (command == u"hash-password"_s) {
        QTextStream in(stdin);
        const QString password = in.readLine();
        if (password.isEmpty())
            return usage(u"no password on stdin"_s);
        out() << hashPassword(password) << "\n";
        return 0;
    }
    if (command == u"serve"_s)
        arguments.removeAt(1);
    else if (!command.startsWith(u"--"_s))
        return usage(command.isEmpty() ? u"no command"_s : u"unknown command "_s + command);
    return serve(app, arguments);
}
