// Catalog import into the store: full and delta, all or nothing; item versions kept for cases;
// recently used items; the threaded search service.
#include "CatalogFixtures.h"
#include "TestMain.h"
#include "core/catalog/CatalogDocument.h"
#include "storage/Database.h"
#include "storage/catalog/CatalogRepository.h"
#include "storage/catalog/CatalogSearch.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>

using yc::catalog::CatalogDocument;
using yc::storage::CatalogRepository;
using yc::storage::Database;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

CatalogDocument parsed(const QByteArray& bytes)
{
    auto doc = CatalogDocument::parse(bytes);
    if (!doc)
        qFatal("fixture document invalid: %s", qPrintable(doc.error().message));
    return doc.value();
}

// Everything the catalog import may touch, hashed: equal before and after a refused import.
QByteArray catalogState(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db.connection());
    for (const QString& sql :
         {QStringLiteral("SELECT code, item_version, document, catalog_version FROM catalog_items ORDER BY code"),
          QStringLiteral("SELECT code, item_version, document FROM catalog_item_versions ORDER BY code, item_version"),
          QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'catalog.%' ORDER BY key")}) {
        q.exec(sql);
        while (q.next()) {
            for (int i = 0; i < 4; ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + "\x1f"));
        }
    }
    return hash.result();
}

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> open(const QString& name)
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(name);
        auto db = Database::open(dir + QStringLiteral("/yichuang.db"));
        if (!db)
            qFatal("cannot open: %s", qPrintable(db.error().message));
        return std::move(db.value());
    }

private slots:
    void fullImportOfTheTrainingCatalog()
    {
        auto db = open(QStringLiteral("full"));
        CatalogRepository repo(*db);
        QCOMPARE(repo.info().value().version, 0);
        auto summary = repo.import(parsed(yc::test::trainingCatalogBytes()), now);
        YC_VERIFY_OK(summary);
        QCOMPARE(summary.value().total, 78);
        QCOMPARE(summary.value().added, 78);
        const auto info = repo.info().value();
        QCOMPARE(info.version, 1);
        QCOMPARE(info.items, 78);
        QVERIFY(!info.issuer.isEmpty());

        auto entries = repo.indexEntries();
        QCOMPARE(entries.value().size(), size_t(78));
        const QString code = QStringLiteral("000118001002-210200000000-000-11210200YC0000036T-1-00");
        auto item = repo.item(code);
        QVERIFY(item.ok());
        QCOMPARE(item.value().name, QStringLiteral("居民身份证换领"));
        QCOMPARE(repo.item(QStringLiteral("nope")).error().code, QStringLiteral("catalog.unknown-item"));
        // A main item lists its variants.
        const auto subs = repo.subItems(QStringLiteral("000117003000-210200000000-000-11210200YC000001X0-1-00"));
        QCOMPARE(subs.value().size(), 4);
    }

    void deltaAppliesToItsBaseOnly()
    {
        auto db = open(QStringLiteral("delta"));
        CatalogRepository repo(*db);
        const QJsonObject a = yc::test::makeItem(QStringLiteral("T-A"), QStringLiteral("测试甲事项"));
        const QJsonObject b = yc::test::makeItem(QStringLiteral("T-B"), QStringLiteral("测试乙事项"));
        const QJsonObject c = yc::test::makeItem(QStringLiteral("T-C"), QStringLiteral("测试丙事项"));
        QVERIFY(repo.import(parsed(yc::test::fullDocument({a, b}, 4)), now).ok());

        // A delta for another base changes nothing.
        const QByteArray before = catalogState(*db);
        auto wrongBase = repo.import(parsed(yc::test::deltaDocument({c}, {}, 6, 5)), now);
        QVERIFY(!wrongBase.ok());
        QCOMPARE(wrongBase.error().code, QStringLiteral("catalog.delta-base"));
        QVERIFY(wrongBase.error().message.contains(QStringLiteral("5")));
        QCOMPARE(catalogState(*db), before);

        // The right delta: add C, change A (version 2), remove B.
        QJsonObject a2 =
            yc::test::makeItem(QStringLiteral("T-A"), QStringLiteral("测试甲事项（新）"), QStringLiteral("测试局"),
                               {QStringLiteral("city")}, {QStringLiteral("210200")}, 2);
        auto applied = repo.import(parsed(yc::test::deltaDocument({c, a2}, {QStringLiteral("T-B")}, 5, 4)), now);
        YC_VERIFY_OK(applied);
        QCOMPARE(applied.value().added, 1);
        QCOMPARE(applied.value().changed, 1);
        QCOMPARE(applied.value().removed, 1);
        QCOMPARE(applied.value().total, 2);
        QCOMPARE(repo.info().value().version, 5);
        QCOMPARE(repo.item(QStringLiteral("T-A")).value().name, QStringLiteral("测试甲事项（新）"));
        QVERIFY(!repo.item(QStringLiteral("T-B")).ok());

        // Cases accepted under the earlier versions still read their guide.
        QCOMPARE(repo.itemVersion(QStringLiteral("T-A"), 1).value().name, QStringLiteral("测试甲事项"));
        QCOMPARE(repo.itemVersion(QStringLiteral("T-A"), 2).value().name, QStringLiteral("测试甲事项（新）"));
        QCOMPARE(repo.itemVersion(QStringLiteral("T-B"), 1).value().name, QStringLiteral("测试乙事项"));
        QVERIFY(!repo.itemVersion(QStringLiteral("T-A"), 3).ok());

        // The same delta again: the store is at 5 now.
        QCOMPARE(repo.import(parsed(yc::test::deltaDocument({c}, {}, 5, 4)), now).error().code,
                 QStringLiteral("catalog.delta-base"));
    }

    void badDeltaChangesNothing()
    {
        auto db = open(QStringLiteral("bad"));
        CatalogRepository repo(*db);
        const QJsonObject a = yc::test::makeItem(QStringLiteral("T-A"), QStringLiteral("测试甲事项"));
        const QJsonObject b = yc::test::makeItem(QStringLiteral("T-B"), QStringLiteral("测试乙事项"));
        QVERIFY(repo.import(parsed(yc::test::fullDocument({a, b}, 1)), now).ok());
        const QByteArray before = catalogState(*db);

        // Removing a code the base does not hold: refused after the other changes were made.
        const QJsonObject c = yc::test::makeItem(QStringLiteral("T-C"), QStringLiteral("测试丙事项"));
        auto missing = repo.import(parsed(yc::test::deltaDocument({c}, {QStringLiteral("T-Z")}, 2, 1)), now);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("T-Z")));
        QCOMPARE(catalogState(*db), before);

        // A sub-item whose main item the delta removes: found only after applying everything.
        QJsonObject child = yc::test::makeItem(QStringLiteral("T-D"), QStringLiteral("测试丁事项（新办）"));
        child.insert(QStringLiteral("parentCode"), QStringLiteral("T-A"));
        child.insert(QStringLiteral("variant"), QStringLiteral("new"));
        auto orphan = repo.import(parsed(yc::test::deltaDocument({c, child}, {QStringLiteral("T-A")}, 2, 1)), now);
        QVERIFY(!orphan.ok());
        QVERIFY2(orphan.error().message.contains(QStringLiteral("T-D")), qPrintable(orphan.error().message));
        QCOMPARE(catalogState(*db), before);

        // An item version going backwards.
        QJsonObject a2 = a;
        a2.insert(QStringLiteral("itemVersion"), 3);
        QVERIFY(repo.import(parsed(yc::test::deltaDocument({a2}, {}, 2, 1)), now).ok());
        const QByteArray at2 = catalogState(*db);
        auto older = repo.import(parsed(yc::test::deltaDocument({a}, {}, 3, 2)), now);
        QVERIFY(!older.ok());
        QVERIFY(older.error().message.contains(QStringLiteral("itemVersion")));
        QCOMPARE(catalogState(*db), at2);

        // A full catalog replaces everything (and keeps the replaced versions).
        QVERIFY(repo.import(parsed(yc::test::fullDocument({c}, 7)), now).ok());
        QCOMPARE(repo.info().value().items, 1);
        QCOMPARE(repo.itemVersion(QStringLiteral("T-A"), 3).value().name, QStringLiteral("测试甲事项"));
    }

    // A full catalog without items, or a delta that removes every item, is refused before any row
    // is touched, unless emptying is asked for.
    void emptyCatalogIsRefused()
    {
        auto db = open(QStringLiteral("empty"));
        CatalogRepository repo(*db);
        const QJsonObject a = yc::test::makeItem(QStringLiteral("T-A"), QStringLiteral("测试甲事项"));
        const QJsonObject b = yc::test::makeItem(QStringLiteral("T-B"), QStringLiteral("测试乙事项"));
        QVERIFY(repo.import(parsed(yc::test::fullDocument({a, b}, 1)), now).ok());
        const QByteArray before = catalogState(*db);

        auto full = repo.import(parsed(yc::test::fullDocument({}, 2)), now);
        QVERIFY(!full.ok());
        QCOMPARE(full.error().code, QStringLiteral("catalog.empty"));
        QCOMPARE(catalogState(*db), before);
        auto removesAll =
            repo.import(parsed(yc::test::deltaDocument(
                            {}, {QStringLiteral("T-A"), QStringLiteral("T-B"), QStringLiteral("T-A")}, 2, 1)),
                        now);
        QVERIFY(!removesAll.ok());
        QCOMPARE(removesAll.error().code, QStringLiteral("catalog.empty"));
        QCOMPARE(catalogState(*db), before);

        // Removing all but a new item leaves one: applied.
        const QJsonObject c = yc::test::makeItem(QStringLiteral("T-C"), QStringLiteral("测试丙事项"));
        QVERIFY(
            repo.import(parsed(yc::test::deltaDocument({c}, {QStringLiteral("T-A"), QStringLiteral("T-B")}, 2, 1)), now)
                .ok());
        QCOMPARE(repo.info().value().items, 1);

        auto allowed = repo.import(parsed(yc::test::fullDocument({}, 3)), now, CatalogRepository::EmptyCatalog::Allow);
        YC_VERIFY_OK(allowed);
        QCOMPARE(allowed.value().removed, 1);
        QCOMPARE(repo.info().value().items, 0);
        QCOMPARE(repo.info().value().version, 3);
        QCOMPARE(repo.itemVersion(QStringLiteral("T-C"), 1).value().name, QStringLiteral("测试丙事项"));
    }

    // A full catalog deletes every row before it stores the new ones: a failure at its last item
    // (an item version going backwards) must roll the deletion back with the rest.
    void fullImportIsOneTransaction()
    {
        auto db = open(QStringLiteral("full-rollback"));
        CatalogRepository repo(*db);
        QJsonObject a = yc::test::makeItem(QStringLiteral("T-A"), QStringLiteral("测试甲事项"));
        a.insert(QStringLiteral("itemVersion"), 4);
        const QJsonObject b = yc::test::makeItem(QStringLiteral("T-B"), QStringLiteral("测试乙事项"));
        QVERIFY(repo.import(parsed(yc::test::fullDocument({a, b}, 1)), now).ok());
        const QByteArray before = catalogState(*db);
        const QJsonObject c = yc::test::makeItem(QStringLiteral("T-C"), QStringLiteral("测试丙事项"));
        QJsonObject olderA = a;
        olderA.insert(QStringLiteral("itemVersion"), 3);
        auto refused = repo.import(parsed(yc::test::fullDocument({c, b, olderA}, 2)), now);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("itemVersion")), qPrintable(refused.error().message));
        QCOMPARE(catalogState(*db), before);
        QCOMPARE(repo.info().value().items, 2);
        QVERIFY(!repo.item(QStringLiteral("T-C")).ok());
    }

    void recentUse()
    {
        auto db = open(QStringLiteral("recent"));
        CatalogRepository repo(*db);
        QVERIFY(repo.recordUse(QStringLiteral("W1"), QStringLiteral("T-A"), now).ok());
        QVERIFY(repo.recordUse(QStringLiteral("W1"), QStringLiteral("T-B"), now.addSecs(60)).ok());
        QVERIFY(repo.recordUse(QStringLiteral("W2"), QStringLiteral("T-C"), now.addSecs(120)).ok());
        QVERIFY(repo.recordUse(QString(), QStringLiteral("T-D"), now).ok());
        QCOMPARE(repo.recentCodes(QStringLiteral("W1")).value(),
                 (QStringList{QStringLiteral("T-B"), QStringLiteral("T-A")}));
        QVERIFY(repo.recordUse(QStringLiteral("W1"), QStringLiteral("T-A"), now.addSecs(180)).ok());
        QCOMPARE(repo.recentCodes(QStringLiteral("W1")).value().constFirst(), QStringLiteral("T-A"));
        QCOMPARE(repo.recentCodes(QString()).value(), QStringList{QStringLiteral("T-D")});
    }

    void indexBuiltOnFirstUse()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("first-use"));
        const QString path = dir + QStringLiteral("/yichuang.db");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(CatalogRepository(*db.value()).import(parsed(yc::test::trainingCatalogBytes()), now).ok());
        }
        // Deferred: no index until asked; a search before prepare() builds it and finds the item.
        yc::storage::CatalogSearch search(path, nullptr, nullptr, yc::storage::CatalogSearch::FirstIndex::OnFirstUse);
        QSignalSpy ready(&search, &yc::storage::CatalogSearch::indexReady);
        QSignalSpy results(&search, &yc::storage::CatalogSearch::resultsReady);
        QVERIFY(!ready.wait(300));
        search.search(QStringLiteral("sfz"));
        QVERIFY(results.wait(10000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).toLongLong(), 78);
        const auto matches = results.first().at(2).value<QList<yc::catalog::SearchMatch>>();
        QVERIFY(!matches.isEmpty());
        // prepare() after that does not build it again; reload() does.
        search.prepare();
        QVERIFY(!ready.wait(300));
        search.reload();
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.size(), 2);
    }

    void searchOnItsOwnThread()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("thread"));
        const QString path = dir + QStringLiteral("/yichuang.db");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(CatalogRepository(*db.value()).import(parsed(yc::test::trainingCatalogBytes()), now).ok());
        }
        yc::storage::CatalogSearch search(path, nullptr);
        QSignalSpy ready(&search, &yc::storage::CatalogSearch::indexReady);
        QSignalSpy results(&search, &yc::storage::CatalogSearch::resultsReady);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().at(0).toLongLong(), 78);

        // Typed quickly: only the last query's answer is delivered.
        search.search(QStringLiteral("s"));
        search.search(QStringLiteral("sf"));
        const quint64 last = search.search(QStringLiteral("sfz"));
        QVERIFY(results.wait(10000));
        QTest::qWait(100);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().at(0).toULongLong(), last);
        QCOMPARE(results.first().at(1).toString(), QStringLiteral("sfz"));
        const auto matches = results.first().at(2).value<QList<yc::catalog::SearchMatch>>();
        QVERIFY(!matches.isEmpty());
        QVERIFY(matches.first().name.startsWith(QStringLiteral("居民身份证")));

        // Recording a use boosts the item at this window.
        search.setWindowCode(QStringLiteral("W9"));
        const QString used = matches.last().code;
        search.recordUse(used);
        results.clear();
        search.search(QStringLiteral("sfz"));
        QVERIFY(results.wait(10000));
        const auto boosted = results.first().at(2).value<QList<yc::catalog::SearchMatch>>();
        QCOMPARE(boosted.first().code, used);
        QVERIFY(boosted.first().recent);
    }
};

YC_TEST_MAIN(TestCatalogImport)
#include "TestCatalogImport.moc"
