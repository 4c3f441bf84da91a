// Catalog search benchmark: per-keystroke latency of the search on a synthetic catalog, side by
// side with the raw SQLite query over the same table, plus import time and peak memory.
//
//   test_bench_catalog_search                  full size: 100,000 items
//   test_bench_catalog_search --items N        another size (ctest sets YC_BENCH_ITEMS=10000)
//   test_bench_catalog_search --distinct-names no two items share a name (stress form)
//   test_bench_catalog_search --write FILE     only write the synthetic catalog document to FILE
//
// It prints its figures and never fails on timing.
#include "SyntheticCatalog.h"
#include "TestEnvironment.h"
#include "core/catalog/CatalogDocument.h"
#include "core/catalog/CatalogIndex.h"
#include "core/catalog/Pinyin.h"
#include "core/catalog/Synonyms.h"
#include "storage/Database.h"
#include "storage/catalog/CatalogRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QTextStream out(stdout);

long memoryKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

struct Stats
{
    double median = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.p99 = v[std::min(v.size() - 1, static_cast<size_t>(static_cast<double>(v.size()) * 0.99))];
    s.max = v.back();
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / static_cast<double>(v.size());
    return s;
}

void printStats(const QString& label, const Stats& s, size_t n)
{
    out << QStringLiteral("  %1  keystrokes %2  median %3 ms  p99 %4 ms  max %5 ms  mean %6 ms\n")
               .arg(label, -44)
               .arg(n)
               .arg(s.median, 0, 'f', 3)
               .arg(s.p99, 0, 'f', 3)
               .arg(s.max, 0, 'f', 3)
               .arg(s.mean, 0, 'f', 3);
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    yc::test::TestEnvironment environment;
    QCoreApplication app(argc, argv);
    int items = qEnvironmentVariableIntValue("YC_BENCH_ITEMS");
    if (items <= 0)
        items = 100000;
    QString writeTo;
    bool distinct = false;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--items") && i + 1 < args.size())
            items = args[++i].toInt();
        else if (args[i] == QLatin1String("--write") && i + 1 < args.size())
            writeTo = args[++i];
        else if (args[i] == QLatin1String("--distinct-names"))
            distinct = true;
    }

    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = yc::bench::syntheticCatalog(items, 1, distinct);
    const qint64 generateMs = timer.elapsed();
    if (!writeTo.isEmpty()) {
        QFile f(writeTo);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 3;
        out << "wrote " << items << " items, " << bytes.size() << " bytes to " << writeTo << '\n';
        return 0;
    }
    out << "catalog search benchmark: " << items << " synthetic items" << (distinct ? ", every name distinct" : "")
        << " (" << bytes.size() / (1024 * 1024) << " MiB document, generated in " << generateMs << " ms)\n";
    const long rssBefore = memoryKb("VmHWM:");

    // Import: parse + one transaction into a fresh store.
    const QString dir = environment.freshDir(QStringLiteral("bench"));
    auto db = yc::storage::Database::open(dir + QStringLiteral("/yichuang.db"));
    if (!db) {
        out << "cannot open store: " << db.error().message << '\n';
        return 3;
    }
    timer.restart();
    auto doc = yc::catalog::CatalogDocument::parse(bytes, yc::catalog::CatalogDocument::Detail::ForImport);
    const qint64 parseMs = timer.elapsed();
    if (!doc) {
        out << "synthetic catalog invalid: " << doc.error().message.left(2000) << '\n';
        return 3;
    }
    yc::storage::CatalogRepository repository(*db.value());
    timer.restart();
    auto imported = repository.import(doc.value(), QDateTime::currentDateTimeUtc());
    const qint64 importMs = timer.elapsed();
    if (!imported) {
        out << "import failed: " << imported.error().message << '\n';
        return 3;
    }
    const long rssImport = memoryKb("VmHWM:");
    out << QStringLiteral("import: parse+check %1 ms, store (one transaction) %2 ms, total %3 ms; "
                          "peak RSS %4 MiB (%5 MiB before parsing, document in memory)\n")
               .arg(parseMs)
               .arg(importMs)
               .arg(parseMs + importMs)
               .arg(rssImport / 1024)
               .arg(rssBefore / 1024);
    doc = yc::catalog::CatalogDocument{}; // free the parsed document

    // Index build: the one SQLite query the index is read with, then the in-memory index.
    timer.restart();
    auto entries = repository.indexEntries();
    const qint64 readMs = timer.elapsed();
    const auto& pinyin = yc::catalog::PinyinTable::builtin();
    const auto& synonyms = yc::catalog::Synonyms::builtin();
    timer.restart();
    const yc::catalog::CatalogIndex index(entries.value(), pinyin, synonyms);
    const qint64 buildMs = timer.elapsed();
    out << QStringLiteral("index: read %1 rows %2 ms, build %3 ms; peak RSS now %4 MiB\n")
               .arg(index.size())
               .arg(readMs)
               .arg(buildMs)
               .arg(memoryKb("VmHWM:") / 1024);

    // Per-keystroke latency: every query typed letter by letter (one session per query, as the
    // search box keeps it), with and without a hall filter and with recently used items.
    const QStringList queries = yc::bench::realisticQueries();
    QStringList recent;
    for (size_t i = 0; i < entries.value().size() && recent.size() < 10; i += entries.value().size() / 10 + 1)
        recent << entries.value()[i].code;
    struct Run
    {
        QString label;
        yc::catalog::SearchOptions options;
    };
    yc::catalog::SearchOptions all;
    all.recentCodes = recent;
    yc::catalog::SearchOptions street = all;
    street.hallLevel = QStringLiteral("street");
    street.hallAreaCode = QStringLiteral("210202");
    size_t keystrokes = 0;
    for (const Run& run : {Run{QStringLiteral("search (no hall: all items)"), all},
                           Run{QStringLiteral("search (street hall, 210202)"), street}}) {
        std::vector<double> times;
        std::vector<double> cold;
        std::vector<std::pair<double, QString>> slowest;
        for (const QString& query : queries) {
            yc::catalog::SearchSession session;
            for (qsizetype n = 1; n <= query.size(); ++n) {
                QElapsedTimer t;
                t.start();
                const auto matches = index.search(query.left(n), run.options, &session);
                times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                slowest.emplace_back(times.back(), query.left(n));
                Q_UNUSED(matches);
                // The same keystroke without the previous keystroke's matches (a pasted query).
                t.restart();
                const auto again = index.search(query.left(n), run.options);
                cold.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                Q_UNUSED(again);
            }
        }
        keystrokes = times.size();
        printStats(run.label + QStringLiteral(", typed"), stats(times), times.size());
        printStats(run.label + QStringLiteral(", each from scratch"), stats(cold), cold.size());
        std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        out << "    slowest typed keystrokes:";
        for (size_t i = 0; i < std::min<size_t>(5, slowest.size()); ++i)
            out << QStringLiteral(" \"%1\" %2 ms").arg(slowest[i].second).arg(slowest[i].first, 0, 'f', 2);
        out << '\n';
    }

    // Baseline: the raw SQLite query over the same table for every keystroke: substring of the
    // name, prefix of the code, substring of the department (no pinyin, no ranking, no synonyms).
    {
        QSqlQuery q(db.value()->connection());
        q.prepare(QStringLiteral("SELECT code, name, department FROM catalog_items "
                                 "WHERE name LIKE :sub OR code LIKE :prefix OR department LIKE :sub LIMIT 20"));
        std::vector<double> times;
        for (const QString& query : queries) {
            for (qsizetype n = 1; n <= query.size(); ++n) {
                const QString text = query.left(n);
                QElapsedTimer t;
                t.start();
                q.bindValue(QStringLiteral(":sub"), QString(QStringLiteral("%") + text + QStringLiteral("%")));
                q.bindValue(QStringLiteral(":prefix"), QString(text + QStringLiteral("%")));
                if (!q.exec())
                    out << "baseline query failed\n";
                int rows = 0;
                while (q.next())
                    ++rows;
                times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            }
        }
        printStats(QStringLiteral("baseline: raw SQLite LIKE query, LIMIT 20"), stats(times), times.size());
        // The same query counting every match (what ranking needs: all matches, not the first 20).
        QSqlQuery all(db.value()->connection());
        all.prepare(QStringLiteral("SELECT code, name, department FROM catalog_items "
                                   "WHERE name LIKE :sub OR code LIKE :prefix OR department LIKE :sub"));
        times.clear();
        for (const QString& query : queries) {
            for (qsizetype n = 1; n <= query.size(); ++n) {
                const QString text = query.left(n);
                QElapsedTimer t;
                t.start();
                all.bindValue(QStringLiteral(":sub"), QString(QStringLiteral("%") + text + QStringLiteral("%")));
                all.bindValue(QStringLiteral(":prefix"), QString(text + QStringLiteral("%")));
                if (!all.exec())
                    out << "baseline query failed\n";
                int rows = 0;
                while (all.next())
                    ++rows;
                times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            }
        }
        printStats(QStringLiteral("baseline: raw SQLite LIKE query, all rows"), stats(times), times.size());
    }
    out << "queries: " << queries.size() << " typed letter by letter (" << keystrokes << " keystrokes)\n";
    out << "peak RSS of the whole run: " << memoryKb("VmHWM:") / 1024 << " MiB\n";
    return 0;
}
