#pragma once

#include "FaultInjector.h"
#include "PlatformJson.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QSslServer>

namespace yc::platform {

class Platform;

// HTTP front of the platform. It subclasses QAbstractHttpServer rather than using QHttpServer's
// router: handleRequest() gets the request *and its socket*, so the server writes the response bytes
// itself. That is what makes the network faults possible (half a body then a closed connection, a
// reset without any answer, a body cut short) without a TLS front of our own.
class PlatformServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit PlatformServer(Platform* platform, QObject* parent = nullptr);

    // Returns an error text for a bad spec.
    std::optional<QString> setFaults(const QString& spec) { return m_faults.configure(spec); }

    // Called with the first bytes of a request whose body is still arriving (from PlatformTlsServer).
    // Returns true when the connection is to be closed now (fault drop-upload).
    bool dropWhileReceiving(const QByteArray& head);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Reply dispatch(const QHttpServerRequest& request, const QString& path);
    void send(QTcpSocket* socket, const Reply& reply, FaultInjector::Kind fault);

    Platform* m_platform;
    FaultInjector m_faults;
    qint64 m_requests = 0;
    QHash<QString, qint64> m_faultCounts; // kind name -> requests that got it
};

// The TLS listener of the platform. It hands each connection to QAbstractHttpServer like QSslServer
// does, but first watches the socket's incoming bytes, so that the fault drop-upload can close a
// connection while a large request body is still arriving (QHttpServer only hands over complete
// requests). Our readyRead slot is connected before QHttpServer's, so it sees new bytes first.
class PlatformTlsServer : public QSslServer
{
    Q_OBJECT

public:
    PlatformTlsServer(PlatformServer* server, QObject* parent = nullptr);
    QTcpSocket* nextPendingConnection() override;

private:
    PlatformServer* m_server;
};

} // namespace yc::platform
