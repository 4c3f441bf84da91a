#pragma once

#include "sync/PlatformConnector.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace yc::supervision {

// The hall's cases from the platform (PROTOCOL.md §15) for the dashboard, fetched page by page on a
// thread of its own (a connector made there by the factory) so the screen never waits; the answer
// arrives by finished() on the caller's thread. The supervisor's own stored token is used (refreshed
// once when it expired); the platform refuses other roles as well (403).
class DashboardHallQuery : public QObject
{
    Q_OBJECT

public:
    using ConnectorFactory = std::function<std::unique_ptr<sync::PlatformConnector>()>;
    static constexpr int PageSize = 500;
    static constexpr int MaxPages = 20;

    explicit DashboardHallQuery(ConnectorFactory factory, QObject* parent = nullptr);
    ~DashboardHallQuery() override; // waits for the call in flight (bounded by the connector's timeout)

    // Starts a query of cases received from..to; false when one is running already.
    bool start(const QString& accessToken, const QString& refreshToken, const QDate& from, const QDate& to);
    [[nodiscard]] bool isBusy() const;

    // The blocking query itself (also for the command line): every page, newest first.
    [[nodiscard]] static sync::PlatformResult<std::vector<sync::CaseSummary>>
    fetchAll(sync::PlatformConnector& connector, const QString& token, const QDate& from, const QDate& to);

signals:
    // ok: cases holds the hall's list; else message says why (translated).
    void finished(bool ok, const std::vector<yc::sync::CaseSummary>& cases, const QString& message,
                  const yc::sync::StaffSession& refreshed);

private:
    ConnectorFactory m_factory;
    QPointer<QThread> m_thread;
};

} // namespace yc::supervision

Q_DECLARE_METATYPE(std::vector<yc::sync::CaseSummary>)
