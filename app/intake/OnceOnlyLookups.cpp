#include "intake/OnceOnlyLookups.h"

#include "sync/StaffCredentials.h"

#include <QHash>

namespace yc::intake {

OnceOnlyLookups::OnceOnlyLookups(IntakeContext context, ConnectorFactory factory, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_factory(std::move(factory))
{}

OnceOnlyLookups::~OnceOnlyLookups()
{
    m_threads.waitForAll();
}

QString OnceOnlyLookups::protocolIdType(const QString& idType)
{
    static const QHash<QString, QString> map{{QStringLiteral("resident"), QStringLiteral("resident-id")},
                                             {QStringLiteral("hkmo"), QStringLiteral("hkmo-residence")},
                                             {QStringLiteral("permit"), QStringLiteral("hkmo-residence")},
                                             {QStringLiteral("taiwan"), QStringLiteral("tw-residence")},
                                             {QStringLiteral("foreign"), QStringLiteral("foreign-permanent")}};
    return map.value(idType, idType);
}

void OnceOnlyLookups::lookupCredit(const QString& staffId, const QString& idType, const QString& idNumber)
{
    auto warnings = std::make_shared<QList<sync::CreditWarning>>();
    const QString type = protocolIdType(idType);
    run(
        staffId, idNumber,
        [warnings, type, idNumber](sync::PlatformConnector& connector, const QString& token) -> QString {
            auto found = connector.lookupCredit(token, type, idNumber);
            if (!found)
                return found.error().message.isEmpty() ? found.error().code : found.error().message;
            for (const sync::CreditWarning& w : found.value())
                warnings->append(w);
            return {};
        },
        [this, warnings, idNumber] { emit creditChecked(idNumber, *warnings); });
}

void OnceOnlyLookups::lookupLicences(const QString& staffId, const QString& idType, const QString& idNumber,
                                     const QStringList& types)
{
    auto licences = std::make_shared<QList<sync::Licence>>();
    const QString type = protocolIdType(idType);
    run(
        staffId, idNumber,
        [licences, type, idNumber, types](sync::PlatformConnector& connector, const QString& token) -> QString {
            auto found = connector.lookupLicences(token, type, idNumber, types);
            if (!found)
                return found.error().message.isEmpty() ? found.error().code : found.error().message;
            for (const sync::Licence& l : found.value())
                licences->append(l);
            return {};
        },
        [this, licences, idNumber] { emit licencesFound(idNumber, *licences); });
}

void OnceOnlyLookups::run(const QString& staffId, const QString& idNumber,
                          std::function<QString(sync::PlatformConnector&, const QString&)> call,
                          std::function<void()> done)
{
    // The clerk's stored tokens are read here, on the store's thread; the thread only talks HTTP.
    auto tokens = sync::StaffCredentials(m_context.database, m_context.cipher).tokens(staffId);
    if (!tokens || tokens.value().access.isEmpty()) {
        const QString message = tokens ? QString() : tokens.error().message;
        QMetaObject::invokeMethod(
            this, [this, idNumber, message] { emit lookupFailed(idNumber, message); }, Qt::QueuedConnection);
        return;
    }
    const QString access = tokens.value().access;
    const ConnectorFactory factory = m_factory;
    auto failure = std::make_shared<QString>();
    QThread* thread = QThread::create([factory, call, access, failure] {
        std::unique_ptr<sync::PlatformConnector> connector = factory();
        *failure = connector ? call(*connector, access) : QStringLiteral("no connector");
    });
    connect(thread, &QThread::finished, this, [this, failure, done, idNumber] {
        if (failure->isEmpty())
            done();
        else
            emit lookupFailed(idNumber, *failure);
    });
    m_threads.start(thread);
}

} // namespace yc::intake
