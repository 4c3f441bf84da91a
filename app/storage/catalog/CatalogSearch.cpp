#include "storage/catalog/CatalogSearch.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/catalog/Pinyin.h"
#include "core/catalog/Synonyms.h"
#include "storage/Database.h"
#include "storage/catalog/CatalogRepository.h"

#include <QElapsedTimer>

namespace yc::storage {

struct CatalogSearchWorker::State
{
    std::unique_ptr<Database> db;
    catalog::CatalogIndex index;
    catalog::SearchSession session;
    bool built = false;
};

CatalogSearch::CatalogSearch(const QString& databasePath, const Clock* clock, QObject* parent, FirstIndex first)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<yc::catalog::SearchMatch>();
    qRegisterMetaType<yc::catalog::SearchOptions>();
    qRegisterMetaType<QList<yc::catalog::SearchMatch>>();
    m_thread.setObjectName(QStringLiteral("catalog-search"));
    m_worker = new CatalogSearchWorker(databasePath, clock, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CatalogSearchWorker::resultsReady, this, &CatalogSearch::deliver, Qt::QueuedConnection);
    connect(m_worker, &CatalogSearchWorker::indexReady, this, &CatalogSearch::indexReady, Qt::QueuedConnection);
    connect(m_worker, &CatalogSearchWorker::failed, this, &CatalogSearch::failed, Qt::QueuedConnection);
    m_thread.start();
    if (first == FirstIndex::Now)
        reload();
}

CatalogSearch::~CatalogSearch()
{
    m_latest->fetch_add(1); // stops a search in progress
    m_thread.quit();
    m_thread.wait();
}

void CatalogSearch::setHall(const QString& level, const QString& areaCode)
{
    m_options.hallLevel = level;
    m_options.hallAreaCode = areaCode;
}

void CatalogSearch::setWindowCode(const QString& windowCode)
{
    m_windowCode = windowCode;
}

void CatalogSearch::setLimit(int limit)
{
    m_options.limit = limit;
}

quint64 CatalogSearch::search(const QString& query)
{
    const quint64 id = m_latest->fetch_add(1) + 1;
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(quint64, id), Q_ARG(QString, query),
                              Q_ARG(yc::catalog::SearchOptions, m_options), Q_ARG(QString, m_windowCode));
    return id;
}

void CatalogSearch::reload()
{
    QMetaObject::invokeMethod(m_worker, "reload", Qt::QueuedConnection);
}

void CatalogSearch::prepare()
{
    QMetaObject::invokeMethod(m_worker, "prepare", Qt::QueuedConnection);
}

void CatalogSearch::recordUse(const QString& code)
{
    QMetaObject::invokeMethod(m_worker, "recordUse", Qt::QueuedConnection, Q_ARG(QString, m_windowCode),
                              Q_ARG(QString, code));
}

void CatalogSearch::deliver(quint64 id, const QString& query, const QList<catalog::SearchMatch>& matches)
{
    if (id == m_latest->load())
        emit resultsReady(id, query, matches);
}

// ---- worker ----

CatalogSearchWorker::CatalogSearchWorker(QString databasePath, const Clock* clock,
                                         std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(std::move(databasePath))
    , m_clock(clock)
    , m_latest(std::move(latest))
    , m_state(std::make_unique<State>())
{}

CatalogSearchWorker::~CatalogSearchWorker() = default;

bool CatalogSearchWorker::ensureOpen()
{
    if (m_state->db)
        return true;
    auto db = Database::open(m_path);
    if (!db) {
        emit failed(db.error().message);
        return false;
    }
    m_state->db = std::move(db.value());
    return true;
}

void CatalogSearchWorker::prepare()
{
    build();
}

void CatalogSearchWorker::reload()
{
    m_state->built = false;
    build();
}

bool CatalogSearchWorker::build()
{
    if (m_state->built)
        return false;
    if (!ensureOpen())
        return false;
    m_state->built = true;
    QElapsedTimer timer;
    timer.start();
    CatalogRepository repository(*m_state->db);
    auto entries = repository.indexEntries();
    if (!entries) {
        emit failed(entries.error().message);
        return true;
    }
    m_state->index =
        catalog::CatalogIndex(entries.value(), catalog::PinyinTable::builtin(), catalog::Synonyms::builtin());
    m_state->session = {};
    qCInfo(lcCatalog) << "search index built:" << m_state->index.size() << "items in" << timer.elapsed() << "ms";
    emit indexReady(m_state->index.size());
    return true;
}

void CatalogSearchWorker::run(quint64 id, const QString& query, const catalog::SearchOptions& options,
                              const QString& windowCode)
{
    if (id != m_latest->load())
        return; // a newer query is waiting
    if (!ensureOpen())
        return;
    build(); // a search before the first reload() (FirstIndex::OnFirstUse)
    catalog::SearchOptions o = options;
    o.recentCodes = CatalogRepository(*m_state->db).recentCodes(windowCode).valueOr({});
    const auto latest = m_latest;
    auto matches = m_state->index.search(query, o, &m_state->session, [latest, id] { return latest->load() != id; });
    if (id != m_latest->load()) {
        m_state->session = {}; // the search stopped half way; do not narrow from it
        return;
    }
    emit resultsReady(id, query, QList<catalog::SearchMatch>(matches.begin(), matches.end()));
}

void CatalogSearchWorker::recordUse(const QString& windowCode, const QString& code)
{
    if (!ensureOpen())
        return;
    const QDateTime now = (m_clock ? *m_clock : systemClock()).now();
    if (auto recorded = CatalogRepository(*m_state->db).recordUse(windowCode, code, now); !recorded)
        emit failed(recorded.error().message);
}

} // namespace yc::storage
