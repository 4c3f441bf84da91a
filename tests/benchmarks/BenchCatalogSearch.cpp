// Catalog search benchmark: per-keystroke latency of the search on a synthetic catalog, side by
// side with a SQLite FTS5 (trigram) baseline over the same items and the same pinyin data (see
// Fts5Baseline.h and README.md), per query class, with the ratio and the recall of both; plus
// import time and peak memory.
//
//   test_bench_catalog_search                  full size: 100,000 items
//   test_bench_catalog_search --items N        another size (or YC_BENCH_ITEMS=N; ctest sets 10000)
//   test_bench_catalog_search --distinct-names no two items share a name (stress form)
//   test_bench_catalog_search --write FILE     only write the synthetic catalog document to FILE
//
// It prints its figures and never fails on timing.
#include "Fts5Baseline.h"
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
#include <QHash>
#include <QSet>
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
    double p95 = 0;
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
    s.p95 = v[std::min(v.size() - 1, static_cast<size_t>(static_cast<double>(v.size()) * 0.95))];
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
    out << QStringLiteral("  %1  keystrokes %2  median %3 ms  p95 %4 ms  p99 %5 ms  max %6 ms  mean %7 ms\n")
               .arg(label, -44)
               .arg(n)
               .arg(s.median, 0, 'f', 3)
               .arg(s.p95, 0, 'f', 3)
               .arg(s.p99, 0, 'f', 3)
               .arg(s.max, 0, 'f', 3)
               .arg(s.mean, 0, 'f', 3);
    out.flush();
}

// What a query is, by its whole text (each of its keystrokes counts in its class).
enum class QueryClass
{
    Chinese,
    FullPinyin,
    Initials,
    Code
};

QString className(QueryClass c)
{
    switch (c) {
    case QueryClass::Chinese:
        return QStringLiteral("Chinese characters");
    case QueryClass::FullPinyin:
        return QStringLiteral("full pinyin");
    case QueryClass::Initials:
        return QStringLiteral("pinyin initials");
    case QueryClass::Code:
        return QStringLiteral("code digits");
    }
    return {};
}

QueryClass queryClass(const QString& query)
{
    bool latin = false;
    bool vowel = false;
    bool digit = false;
    for (const QChar c : query) {
        if (c.unicode() >= 0x3400)
            return QueryClass::Chinese;
        digit = digit || c.isDigit();
        latin = latin || c.isLetter();
        vowel = vowel || QStringLiteral("aeiouv").contains(c.toLower());
    }
    if (digit && !latin)
        return QueryClass::Code;
    // Initials are consonants only (sfz, yyzz, gjjtq); a full syllable has a vowel.
    return vowel ? QueryClass::FullPinyin : QueryClass::Initials;
}

struct Keystroke
{
    QString query; // the whole query being typed
    QString text;  // what is in the box after this keystroke
    QueryClass kind = QueryClass::Chinese;
    double typedMs = 0;   // product, with the previous keystroke's session
    double scratchMs = 0; // product, from scratch
    QSet<QString> productCodes;
    double baselineMs = 0;
    QSet<QString> baselineCodes;
    bool held = false; // a name or department of the catalog holds the text as it is
    // Whole queries only: every match of each side (no limit), and how many both find.
    qsizetype productAll = 0;
    qsizetype baselineAll = 0;
    qsizetype bothAll = 0;
};

// Latency per query class and query length, product against baseline, then what each found.
// false when the baseline is broken (finds nothing for Chinese text that a name or department
// holds as it is): its figures would then mean nothing. Synonyms (社保卡) are not held text.
bool compare(const std::vector<Keystroke>& keystrokes)
{
    out << "product against the FTS5 baseline, the same keystrokes, the same limit (20), "
           "no hall filter; ratio = product / baseline (below 1: the product is faster)\n";
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("class"), -30)
               .arg(QStringLiteral("keys"), 5)
               .arg(QStringLiteral("product typed med/p95"), 23)
               .arg(QStringLiteral("from scratch med/p95"), 23)
               .arg(QStringLiteral("FTS5 med/p95"), 23)
               .arg(QStringLiteral("ratio med"), 10)
               .arg(QStringLiteral("ratio p95"), 10);
    auto row = [](const QString& label, const std::vector<const Keystroke*>& ks) {
        if (ks.empty())
            return;
        std::vector<double> typed, scratch, base;
        for (const Keystroke* k : ks) {
            typed.push_back(k->typedMs);
            scratch.push_back(k->scratchMs);
            base.push_back(k->baselineMs);
        }
        const Stats t = stats(typed), s = stats(scratch), b = stats(base);
        auto pair = [](const Stats& x) {
            return QStringLiteral("%1 / %2 ms").arg(x.median, 0, 'f', 3).arg(x.p95, 0, 'f', 3);
        };
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                   .arg(label, -30)
                   .arg(ks.size(), 5)
                   .arg(pair(t), 23)
                   .arg(pair(s), 23)
                   .arg(pair(b), 23)
                   .arg(s.median / b.median, 10, 'f', 3)
                   .arg(s.p95 / b.p95, 10, 'f', 3);
    };
    std::vector<const Keystroke*> everything;
    for (const QueryClass c : {QueryClass::Chinese, QueryClass::FullPinyin, QueryClass::Initials, QueryClass::Code}) {
        std::vector<const Keystroke*> shortOnes, longOnes;
        for (const Keystroke& k : keystrokes) {
            if (k.kind != c)
                continue;
            (yc::catalog::CatalogIndex::normalise(k.text).size() >= 3 ? longOnes : shortOnes).push_back(&k);
            everything.push_back(&k);
        }
        row(className(c) + QStringLiteral(", 1-2 chars"), shortOnes);
        row(className(c) + QStringLiteral(", 3+ chars"), longOnes);
    }
    row(QStringLiteral("all keystrokes"), everything);
    out << "  (ratio columns compare the product from scratch, without the typed session)\n";

    // What each side found for the whole queries, and keystrokes where only one side found anything.
    out << "results for the whole queries: first 20 (product / FTS5) and every match without a limit "
           "(product / FTS5 / found by both)\n";
    bool sane = true;
    int baselineBlind = 0;
    int productBlind = 0;
    QHash<QueryClass, QPair<int, int>> blindByClass; // keystrokes: baseline found none / all
    for (const Keystroke& k : keystrokes) {
        const bool whole = k.text == k.query;
        const bool productFound = !k.productCodes.isEmpty();
        const bool baselineFound = !k.baselineCodes.isEmpty();
        auto& b = blindByClass[k.kind];
        ++b.second;
        if (productFound && !baselineFound) {
            ++baselineBlind;
            ++b.first;
        }
        if (!productFound && baselineFound)
            ++productBlind;
        if (!whole)
            continue;
        out << QStringLiteral("  %1 %2 %3 / %4   all: %5 / %6 / %7%8\n")
                   .arg(k.query, -18)
                   .arg(className(k.kind), -20)
                   .arg(k.productCodes.size(), 2)
                   .arg(k.baselineCodes.size(), 2)
                   .arg(k.productAll, 6)
                   .arg(k.baselineAll, 6)
                   .arg(k.bothAll, 6)
                   .arg(productFound && !baselineFound ? QStringLiteral("   FTS5 finds nothing")
                        : !productFound                ? QStringLiteral("   product finds nothing")
                                                       : QString());
        if (k.kind == QueryClass::Chinese && k.held && !baselineFound) {
            out << "  the FTS5 baseline finds nothing for Chinese text it holds: \"" << k.query << "\"\n";
            sane = false;
        }
    }
    out << "keystrokes where the product finds items and FTS5 none: " << baselineBlind << " of " << keystrokes.size()
        << " (";
    bool first = true;
    for (const QueryClass c : {QueryClass::Chinese, QueryClass::FullPinyin, QueryClass::Initials, QueryClass::Code}) {
        out << (first ? "" : ", ") << className(c) << ' ' << blindByClass[c].first << '/' << blindByClass[c].second;
        first = false;
    }
    out << "); FTS5 finds items and the product none: " << productBlind << '\n';
    out.flush();
    return sane;
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
    std::vector<Keystroke> keystrokes; // the no-hall run, compared with the baseline below
    for (const Run& run : {Run{QStringLiteral("search (no hall: all items)"), all},
                           Run{QStringLiteral("search (street hall, 210202)"), street}}) {
        const bool compared = keystrokes.empty();
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
                if (compared) {
                    Keystroke k;
                    k.query = query;
                    k.text = query.left(n);
                    k.kind = queryClass(query);
                    k.typedMs = times.back();
                    k.scratchMs = cold.back();
                    for (const auto& m : again)
                        k.productCodes.insert(m.code);
                    keystrokes.push_back(std::move(k));
                }
            }
        }
        printStats(run.label + QStringLiteral(", typed"), stats(times), times.size());
        printStats(run.label + QStringLiteral(", each from scratch"), stats(cold), cold.size());
        std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        out << "    slowest typed keystrokes:";
        for (size_t i = 0; i < std::min<size_t>(5, slowest.size()); ++i)
            out << QStringLiteral(" \"%1\" %2 ms").arg(slowest[i].second).arg(slowest[i].first, 0, 'f', 2);
        out << '\n';
    }

    // Baseline: SQLite FTS5 with the trigram tokenizer over the same items: name, department, code
    // and a column with the name's full pinyin and initials, made with the product's own pinyin
    // table (so the baseline has the same pinyin data to search). See README.md for the details.
    yc::bench::Fts5Baseline baseline;
    QString baselineError;
    timer.restart();
    if (!baseline.build(entries.value(), pinyin, &baselineError)) {
        out << "FTS5 baseline: " << baselineError << '\n';
        return 3;
    }
    out << QStringLiteral("baseline: FTS5 trigram table over %1 items built in %2 ms (%3 MiB in memory)\n")
               .arg(entries.value().size())
               .arg(timer.elapsed())
               .arg(baseline.sizeBytes() / (1024 * 1024));
    for (Keystroke& k : keystrokes) {
        if (k.kind == QueryClass::Chinese && k.text == k.query) {
            k.held = std::any_of(entries.value().cbegin(), entries.value().cend(), [&k](const auto& e) {
                return e.name.contains(k.text) || e.department.contains(k.text);
            });
        }
        QElapsedTimer t;
        t.start();
        const auto codes = baseline.search(k.text, 20);
        k.baselineMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!codes) {
            out << "FTS5 baseline query failed for \"" << k.text << "\": " << baseline.lastError() << '\n';
            return 3;
        }
        k.baselineCodes = QSet<QString>(codes->cbegin(), codes->cend());
    }
    // Recall: every match of each side for the whole queries (not timed).
    yc::catalog::SearchOptions unlimited = all;
    unlimited.limit = 1000000000;
    for (Keystroke& k : keystrokes) {
        if (k.text != k.query)
            continue;
        QSet<QString> productAll;
        for (const auto& m : index.search(k.text, unlimited))
            productAll.insert(m.code);
        const auto baselineAll = baseline.search(k.text, -1);
        if (!baselineAll) {
            out << "FTS5 baseline query failed for \"" << k.text << "\": " << baseline.lastError() << '\n';
            return 3;
        }
        const QSet<QString> baselineSet(baselineAll->cbegin(), baselineAll->cend());
        k.productAll = productAll.size();
        k.baselineAll = baselineSet.size();
        k.bothAll = productAll.intersect(baselineSet).size();
    }
    if (!compare(keystrokes))
        return 3;
    out << "queries: " << queries.size() << " typed letter by letter (" << keystrokes.size() << " keystrokes)\n";
    out << "peak RSS of the whole run: " << memoryKb("VmHWM:") / 1024 << " MiB\n";
    return 0;
}
