#include "PlatformFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace yc::test {

PlatformFixture::PlatformFixture(QString dataDir, QString configPath)
    : m_dataDir(std::move(dataDir))
    , m_configPath(std::move(configPath))
{
    m_process.setProgram(binary());
}

PlatformFixture::~PlatformFixture()
{
    if (running())
        stop();
}

QString PlatformFixture::binary()
{
    return QStringLiteral(YC_PLATFORM_BIN);
}

QString PlatformFixture::certsDir()
{
    // Made once per test process by make-test-certs.sh into a folder that goes with the process:
    // the certificates are 30 days valid, and material made at build time would expire under an
    // old build folder. Several test processes in parallel each have their own.
    static const QString dir = [] {
        static QTemporaryDir holder(QDir::tempPath() + u"/yc-test-certs-XXXXXX"_s);
        if (!holder.isValid())
            qFatal("cannot create a folder for the test certificates: %s", qPrintable(holder.errorString()));
        QProcess make;
        make.setProcessChannelMode(QProcess::MergedChannels);
        make.start(u"sh"_s, {QStringLiteral(YC_PLATFORM_SOURCE_DIR) + u"/make-test-certs.sh"_s, holder.path()});
        if (!make.waitForFinished(60000) || make.exitStatus() != QProcess::NormalExit || make.exitCode() != 0)
            qFatal("make-test-certs.sh failed: %s", make.readAll().constData());
        return holder.path();
    }();
    return dir;
}

QString PlatformFixture::trainingConfig()
{
    return QStringLiteral(YC_PLATFORM_SOURCE_DIR) + u"/training-config.json"_s;
}

QSslConfiguration PlatformFixture::clientTls(bool withClientCertificate)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(certsDir() + u"/ca.pem"_s));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (withClientCertificate) {
        tls.setLocalCertificateChain(QSslCertificate::fromPath(certsDir() + u"/client.pem"_s));
        QFile key(certsDir() + u"/client-key.pem"_s);
        if (key.open(QIODevice::ReadOnly))
            tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    }
    return tls;
}

bool PlatformFixture::start(const QStringList& extraArguments, int timeoutMs)
{
    QStringList arguments{u"--listen"_s,   u"127.0.0.1:0"_s,
                          u"--data"_s,     m_dataDir,
                          u"--config"_s,   m_configPath,
                          u"--tls-cert"_s, certsDir() + u"/server.pem"_s,
                          u"--tls-key"_s,  certsDir() + u"/server-key.pem"_s};
    arguments += extraArguments;
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The log goes to a file, not a pipe: a test thread busy in a blocking call cannot drain a
    // pipe, and a full pipe would stall the platform in the middle of a request.
    // The log is the platform user's only, like its data (made 0600 before the process appends to it).
    QFile::remove(logPath());
    QFile log(logPath());
    if (!log.open(QIODevice::WriteOnly) || !log.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    log.close();
    m_process.setStandardErrorFile(logPath(), QIODevice::Append);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    static const QRegularExpression ready(u"^listening on (https://\\S+)$"_s, QRegularExpression::MultilineOption);
    QByteArray stdoutText;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        stdoutText += m_process.readAllStandardOutput();
        const auto match = ready.match(QString::fromUtf8(stdoutText));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    return false;
}

bool PlatformFixture::pause()
{
    return running() && ::kill(pid_t(m_process.processId()), SIGSTOP) == 0;
}

bool PlatformFixture::resume()
{
    return running() && ::kill(pid_t(m_process.processId()), SIGCONT) == 0;
}

int PlatformFixture::stop(int timeoutMs)
{
    if (m_process.state() != QProcess::Running)
        return m_process.exitCode();
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString PlatformFixture::logPath() const
{
    return m_dataDir + QStringLiteral(".log");
}

QByteArray PlatformFixture::serverLog()
{
    QFile file(logPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int PlatformFixture::runCommand(const QStringList& arguments, QByteArray* out, QByteArray* err)
{
    QProcess process;
    process.start(binary(), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResult::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

PlatformClient::PlatformClient(QUrl baseUrl, QSslConfiguration tls)
    : m_baseUrl(std::move(baseUrl))
    , m_tls(std::move(tls))
{}

HttpResult PlatformClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                                const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QUrl url = m_baseUrl;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = m_manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

HttpResult PlatformClient::get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send("GET", path, {}, {}, headers);
}

HttpResult PlatformClient::post(const QString& path, const QJsonObject& body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

HttpResult PlatformClient::postRaw(const QString& path, const QByteArray& body)
{
    return send("POST", path, body, "application/json");
}

HttpResult PlatformClient::put(const QString& path, const QByteArray& body)
{
    return send("PUT", path, body, "application/octet-stream");
}

HttpResult PlatformClient::signIn(const QString& staffId, const QString& password, const QString& machineId)
{
    QJsonObject body{{u"staffId"_s, staffId}, {u"password"_s, password}};
    if (!machineId.isEmpty())
        body.insert(u"machineId"_s, machineId);
    m_token.clear();
    HttpResult result = post(u"/api/v1/auth/sign-in"_s, body);
    if (result.status == 200)
        m_token = result.json.value(u"accessToken"_s).toString().toLatin1();
    return result;
}

} // namespace yc::test
