#include "supervision/DashboardHallQuery.h"

namespace yc::supervision {

DashboardHallQuery::DashboardHallQuery(ConnectorFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{}

DashboardHallQuery::~DashboardHallQuery()
{
    if (m_thread)
        m_thread->wait();
}

bool DashboardHallQuery::isBusy() const
{
    return m_thread && m_thread->isRunning();
}

sync::PlatformResult<std::vector<sync::CaseSummary>> DashboardHallQuery::fetchAll(sync::PlatformConnector& connector,
                                                                                  const QString& token,
                                                                                  const QDate& from, const QDate& to)
{
    std::vector<sync::CaseSummary> all;
    sync::CaseFilter filter;
    filter.from = from;
    filter.to = to;
    filter.limit = PageSize;
    for (int page = 0; page < MaxPages; ++page) {
        auto result = connector.hallCases(token, filter);
        if (!result)
            return result.error();
        for (sync::CaseSummary& c : result.value().cases)
            all.push_back(std::move(c));
        if (!result.value().more || result.value().cursor.isEmpty())
            break;
        filter.cursor = result.value().cursor;
    }
    return all;
}

bool DashboardHallQuery::start(const QString& accessToken, const QString& refreshToken, const QDate& from,
                               const QDate& to)
{
    if (isBusy())
        return false;
    const ConnectorFactory factory = m_factory;
    QThread* thread = QThread::create([this, factory, accessToken, refreshToken, from, to]() {
        std::unique_ptr<sync::PlatformConnector> connector = factory ? factory() : nullptr;
        bool ok = false;
        std::vector<sync::CaseSummary> cases;
        QString message;
        sync::StaffSession refreshed;
        if (!connector) {
            message = tr("This PC is not enrolled with the platform.");
        } else {
            auto result = fetchAll(*connector, accessToken, from, to);
            if (!result && result.error().kind == sync::FailureKind::Auth && !refreshToken.isEmpty()) {
                auto session = connector->refresh(refreshToken);
                if (session) {
                    refreshed = session.value();
                    result = fetchAll(*connector, session.value().accessToken, from, to);
                }
            }
            if (result) {
                ok = true;
                cases = std::move(result).value();
            } else {
                message = result.error().message.isEmpty() ? result.error().code : result.error().message;
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, cases = std::move(cases), message, refreshed]() {
                emit finished(ok, cases, message, refreshed);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
    return true;
}

} // namespace yc::supervision
