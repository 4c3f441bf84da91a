#pragma once

#include "core/WorkerThreads.h"
#include "intake/IntakeContext.h"
#include "sync/PlatformConnector.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace yc::intake {

// The platform's once-only lookups for the intake screen, off its thread: the credit warnings on
// an applicant (PROTOCOL.md §13) and the electronic licences a holder has (§12). Each asks under
// the clerk's own platform sign-in (their stored token) on a thread of its own; the answer comes
// back on the caller's thread. Neither ever blocks a case: when the platform cannot be asked
// (offline, signed out, refused) lookupFailed() says so and the screen carries on without.
class OnceOnlyLookups : public QObject
{
    Q_OBJECT

public:
    using ConnectorFactory = std::function<std::unique_ptr<sync::PlatformConnector>()>;

    OnceOnlyLookups(IntakeContext context, ConnectorFactory factory, QObject* parent = nullptr);
    // Waits for the calls in flight (each ends within the connector's timeout).
    ~OnceOnlyLookups() override;

    // idType as stored (resident, credit-code, ...); the protocol's spelling is sent.
    void lookupCredit(const QString& staffId, const QString& idType, const QString& idNumber);
    // types: the catalog's licenseType names (all when empty).
    void lookupLicences(const QString& staffId, const QString& idType, const QString& idNumber,
                        const QStringList& types);

    // The protocol's id type for a stored one (PROTOCOL.md §9 spellings).
    [[nodiscard]] static QString protocolIdType(const QString& idType);

signals:
    void creditChecked(const QString& idNumber, const QList<yc::sync::CreditWarning>& warnings);
    void licencesFound(const QString& idNumber, const QList<yc::sync::Licence>& licences);
    void lookupFailed(const QString& idNumber, const QString& message);

private:
    void run(const QString& staffId, const QString& idNumber,
             std::function<QString(sync::PlatformConnector&, const QString& token)> call, std::function<void()> done);

    IntakeContext m_context;
    ConnectorFactory m_factory;
    WorkerThreads m_threads;
};

} // namespace yc::intake
