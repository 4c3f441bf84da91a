#pragma once

#include "FaultInjector.h"
#include "PlatformJson.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

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

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Reply dispatch(const QHttpServerRequest& request, const QString& path);
    void send(QTcpSocket* socket, const Reply& reply, FaultInjector::Kind fault);

    Platform* m_platform;
    FaultInjector m_faults;
};

} // namespace yc::platform
