#pragma once

#include "core/catalog/CatalogIndex.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace yc {
class Clock;
}

namespace yc::storage {

class CatalogSearchWorker;

// Search as the clerk types, off the GUI thread: a worker thread with its own database
// connection holds the in-memory CatalogIndex. search() returns at once; the answer comes back by
// resultsReady(). A newer query makes older ones stale: the worker skips them or stops them in
// the middle, and their results are never delivered.
class CatalogSearch : public QObject
{
    Q_OBJECT

public:
    // When the index is first built: at once on the search thread (Now), or by the first reload() or
    // search(), whichever comes first (OnFirstUse; the application builds it once its window is usable,
    // so that start-up does not wait for it).
    enum class FirstIndex
    {
        Now,
        OnFirstUse
    };

    CatalogSearch(const QString& databasePath, const Clock* clock, QObject* parent = nullptr,
                  FirstIndex first = FirstIndex::Now);
    ~CatalogSearch() override;

    // Hall filter (core/Settings keys hall/level and hall/areaCode; empty = every item) and the
    // window whose recent items are boosted.
    void setHall(const QString& level, const QString& areaCode);
    void setWindowCode(const QString& windowCode);
    void setLimit(int limit);

    quint64 search(const QString& query);
    // Rebuilds the index from the store (after an import).
    void reload();
    // Builds the index unless it was built (FirstIndex::OnFirstUse).
    void prepare();
    // The clerk worked with this item at this window: it is boosted in later searches.
    void recordUse(const QString& code);

    [[nodiscard]] quint64 latestRequest() const { return m_latest->load(); }

signals:
    void resultsReady(quint64 id, const QString& query, const QList<yc::catalog::SearchMatch>& matches);
    void indexReady(qint64 items);
    void failed(const QString& message);

private:
    void deliver(quint64 id, const QString& query, const QList<yc::catalog::SearchMatch>& matches);

    QThread m_thread;
    CatalogSearchWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    catalog::SearchOptions m_options;
    QString m_windowCode;
};

// Lives on CatalogSearch's thread. Not for direct use.
class CatalogSearchWorker : public QObject
{
    Q_OBJECT

public:
    CatalogSearchWorker(QString databasePath, const Clock* clock, std::shared_ptr<std::atomic<quint64>> latest);
    ~CatalogSearchWorker() override;

public slots:
    void reload();
    void prepare();
    void run(quint64 id, const QString& query, const yc::catalog::SearchOptions& options, const QString& windowCode);
    void recordUse(const QString& windowCode, const QString& code);

signals:
    void resultsReady(quint64 id, const QString& query, const QList<yc::catalog::SearchMatch>& matches);
    void indexReady(qint64 items);
    void failed(const QString& message);

private:
    struct State;
    bool ensureOpen();
    // Builds the index now (true) unless it was built before (false).
    bool build();

    QString m_path;
    const Clock* m_clock;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<State> m_state;
};

} // namespace yc::storage

Q_DECLARE_METATYPE(yc::catalog::SearchMatch)
Q_DECLARE_METATYPE(yc::catalog::SearchOptions)
