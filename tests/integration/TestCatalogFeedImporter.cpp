// The platform's catalog feed goes through the same limits and refusals as a file import: a
// document over a limit, or one that would empty the catalog, leaves the catalog as it was.
#include "CatalogFixtures.h"
#include "FakeClock.h"
#include "TestMain.h"
#include "core/catalog/CatalogDocument.h"
#include "storage/Database.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/CatalogFeedImporter.h"

#include <QJsonArray>

using yc::catalog::CatalogDocument;
using yc::storage::CatalogRepository;
using yc::storage::Database;
using yc::sync::CatalogFeedImporter;

class TestCatalogFeedImporter : public QObject
{
    Q_OBJECT

    QString m_path;
    yc::test::FakeClock m_clock;

    // What a clerk sees of the catalog: its version, its items in order, and one guide.
    QString snapshot() const
    {
        auto db = Database::open(m_path);
        if (!db)
            return db.error().message;
        CatalogRepository repo(*db.value());
        QString s = QString::number(repo.info().value().version);
        auto entries = repo.indexEntries().value();
        std::sort(entries.begin(), entries.end(), [](const auto& l, const auto& r) { return l.code < r.code; });
        for (const auto& e : entries)
            s += QLatin1Char('\n') + e.code + QLatin1Char('\t') + e.name;
        const auto item = repo.item(QStringLiteral("T-A"));
        return s + QLatin1Char('\n') +
               (item ? item.value().name + item.value().conditions.join(QLatin1Char('|')) : QString());
    }

    static QJsonObject object(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).object(); }

private slots:
    void initTestCase()
    {
        m_path =
            yc::test::TestEnvironment::current()->freshDir(QStringLiteral("feed")) + QStringLiteral("/yichuang.db");
    }

    void refusalsLeaveTheCatalogAsItWas()
    {
        CatalogFeedImporter importer(m_path, m_clock);
        const QJsonObject a = yc::test::makeItem(QStringLiteral("T-A"), QStringLiteral("测试甲事项"));
        const QJsonObject b = yc::test::makeItem(QStringLiteral("T-B"), QStringLiteral("测试乙事项"));
        const auto first = importer.apply(object(yc::test::fullDocument({a, b}, 1)));
        YC_VERIFY_OK(first);
        QVERIFY(importer.takeChanged());
        const QString before = snapshot();
        QVERIFY(before.contains(QStringLiteral("测试乙事项")));

        const auto empty = importer.apply(object(yc::test::fullDocument({}, 2)));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("catalog.empty"));

        QJsonObject longField = a;
        longField.insert(QStringLiteral("name"), QString(CatalogDocument::MaxTextLength + 1, QChar(0x540d)));
        const auto oversized = importer.apply(object(yc::test::fullDocument({longField, b}, 2)));
        QVERIFY(!oversized.ok());
        QCOMPARE(oversized.error().code, QStringLiteral("catalog.invalid"));
        QVERIFY2(oversized.error().message.contains(QStringLiteral("field name: 8001 characters")),
                 qPrintable(oversized.error().message));

        QJsonObject manyMaterials = a;
        QJsonArray materials = a.value(QStringLiteral("materials")).toArray();
        while (materials.size() <= CatalogDocument::MaxMaterials)
            materials.append(materials.first());
        manyMaterials.insert(QStringLiteral("materials"), materials);
        const auto tooMany = importer.apply(object(yc::test::deltaDocument({manyMaterials}, {}, 2, 1)));
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.error().message.contains(QStringLiteral("field materials: 201 entries")),
                 qPrintable(tooMany.error().message));

        const auto removesAll =
            importer.apply(object(yc::test::deltaDocument({}, {QStringLiteral("T-A"), QStringLiteral("T-B")}, 2, 1)));
        QCOMPARE(removesAll.error().code, QStringLiteral("catalog.empty"));

        QVERIFY(!importer.takeChanged());
        QCOMPARE(importer.currentVersion(), 1);
        QCOMPARE(snapshot(), before);

        // The next good document still applies.
        const auto good = importer.apply(object(yc::test::deltaDocument(
            {yc::test::makeItem(QStringLiteral("T-C"), QStringLiteral("测试丙事项"))}, {QStringLiteral("T-B")}, 2, 1)));
        YC_VERIFY_OK(good);
        QVERIFY(importer.takeChanged());
        QVERIFY(snapshot().contains(QStringLiteral("测试丙事项")) &&
                !snapshot().contains(QStringLiteral("测试乙事项")));
    }
};

YC_TEST_MAIN(TestCatalogFeedImporter)
#include "TestCatalogFeedImporter.moc"
