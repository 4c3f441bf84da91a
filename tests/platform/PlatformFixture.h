#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace yc::test {

// Runs the real yichuang-platform process over loopback TLS for a test: start() waits for its
// "listening on https://..." line (port 0, so tests never collide), stop() sends SIGTERM.
class PlatformFixture
{
public:
    explicit PlatformFixture(QString dataDir, QString configPath = trainingConfig());
    ~PlatformFixture();

    bool start(const QStringList& extraArguments = {}, int timeoutMs = 30000);
    // Sends SIGTERM and waits; returns the exit code (-1 if it had to be killed).
    int stop(int timeoutMs = 15000);
    [[nodiscard]] bool running() const { return m_process.state() == QProcess::Running; }
    // Freezes the running platform (SIGSTOP) and lets it go on (SIGCONT): while paused it accepts
    // connections into the kernel's backlog and answers nothing, like a platform that hangs.
    bool pause();
    bool resume();

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] quint16 port() const { return static_cast<quint16>(m_baseUrl.port()); }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString configPath() const { return m_configPath; }
    [[nodiscard]] QByteArray serverLog();
    [[nodiscard]] QString logPath() const;

    // Runs a command of the platform tool (case-action, import-outbox, ...) to completion.
    int runCommand(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr);

    static QString binary();
    static QString certsDir();
    static QString trainingConfig();
    // TLS settings that trust only the test CA (client certificate optional).
    static QSslConfiguration clientTls(bool withClientCertificate = false);

private:
    QString m_dataDir;
    QString m_configPath;
    QProcess m_process;
    QUrl m_baseUrl;
};

// A small blocking HTTP client for tests (bounded by a timeout; never used in the product).
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    [[nodiscard]] QString errorCode() const;
};

class PlatformClient
{
public:
    explicit PlatformClient(QUrl baseUrl, QSslConfiguration tls = PlatformFixture::clientTls());

    HttpResult get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResult post(const QString& path, const QJsonObject& body);
    HttpResult postRaw(const QString& path, const QByteArray& body);
    HttpResult put(const QString& path, const QByteArray& body);
    HttpResult send(const QByteArray& verb, const QString& path, const QByteArray& body, const QByteArray& contentType,
                    const QList<QPair<QByteArray, QByteArray>>& headers = {});

    // Signs in; keeps the access token for the following calls.
    HttpResult signIn(const QString& staffId, const QString& password, const QString& machineId = {});
    void setToken(const QByteArray& token) { m_token = token; }
    [[nodiscard]] QByteArray token() const { return m_token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    QUrl m_baseUrl;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_manager;
    QByteArray m_token;
    int m_timeoutMs = 30000;
};

} // namespace yc::test
