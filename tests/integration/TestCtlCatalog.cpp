// yichuang-ctl catalog import / search / show, end to end, as hall IT staff use them.
#include "CatalogFixtures.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run ctl(QStringList args)
{
    QProcess p;
    args.prepend(QStringLiteral("en"));
    args.prepend(QStringLiteral("--lang"));
    p.start(yc::test::executable(QStringLiteral("yichuang-ctl")), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

} // namespace

class TestCtlCatalog : public QObject
{
    Q_OBJECT

    QString m_dir;

private slots:
    void initTestCase()
    {
        m_dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("ctl"));
        const Run r = ctl({QStringLiteral("catalog"), QStringLiteral("import"), yc::test::trainingCatalogPath(),
                           QStringLiteral("--data-dir"), m_dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Imported full catalog version 1.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Items: 78 (added 78, changed 0, removed 0).")));
    }

    void helpListsTheCommands()
    {
        const Run r = ctl({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("catalog import FILE [--allow-empty] [--data-dir DIR]")));
        const Run help = ctl({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("--allow-empty")), qPrintable(help.out));
        QVERIFY(r.out.contains(QStringLiteral("catalog search QUERY [--limit N] [--data-dir DIR]")));
        QVERIFY(r.out.contains(QStringLiteral("catalog show CODE")));
    }

    void searchSfzRanksAResidentIdItemFirst()
    {
        const Run r = ctl({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("sfz"),
                           QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        const QStringList first = lines.first().split(QLatin1Char('\t'));
        QCOMPARE(first.size(), 3); // code, name, department
        QVERIFY2(first[1].contains(QStringLiteral("居民身份证")), qPrintable(lines.first()));
        QCOMPARE(first[2], QStringLiteral("大连市公安局"));
        QVERIFY(first[0].startsWith(QStringLiteral("000118001")));
    }

    void searchLimitAndNoMatch()
    {
        Run r = ctl({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("登记"),
                     QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
        r = ctl({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("qqqqxx"),
                 QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(ctl({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("x"),
                      QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir})
                     .exitCode,
                 2);
        QCOMPARE(
            ctl({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--data-dir"), m_dir}).exitCode,
            2);
    }

    void searchFollowsTheHallSettings()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("hall"));
        QVERIFY(ctl({QStringLiteral("catalog"), QStringLiteral("import"), yc::test::trainingCatalogPath(),
                     QStringLiteral("--data-dir"), dir})
                    .exitCode == 0);
        // 建设工程规划许可 is a city and district item; a community hall does not offer it.
        const QStringList search = {QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("jsgcghxk"),
                                    QStringLiteral("--data-dir"), dir};
        QVERIFY(ctl(search).out.contains(QStringLiteral("建设工程规划许可")));
        {
            QSettings ini(dir + QStringLiteral("/yichuang.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("hall/level"), QStringLiteral("community"));
            ini.setValue(QStringLiteral("hall/areaCode"), QStringLiteral("210202"));
        }
        const Run r = ctl(search);
        QVERIFY2(!r.out.contains(QStringLiteral("建设工程规划许可")), qPrintable(r.out));
        QVERIFY(ctl({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("sbk"),
                     QStringLiteral("--data-dir"), dir})
                    .out.contains(QStringLiteral("社会保障卡申领")));
    }

    void showPrintsTheWholeGuide()
    {
        const Run r = ctl({QStringLiteral("catalog"), QStringLiteral("show"),
                           QStringLiteral("000118001002-210200000000-000-11210200YC0000036T-1-00"),
                           QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(r.exitCode, 0);
        for (const QString& part :
             {QStringLiteral("居民身份证换领"), QStringLiteral("Implementation code"), QStringLiteral("Legal basis"),
              QStringLiteral("Acceptance conditions"), QStringLiteral("Materials"), QStringLiteral("Situations"),
              QStringLiteral("Fees"), QStringLiteral("Process"), QStringLiteral("Time limit"),
              QStringLiteral("Consultation phone"), QStringLiteral("electronic licence: 户口簿")})
            QVERIFY2(r.out.contains(part), qPrintable(part));
        const Run missing = ctl({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("NOPE"),
                                 QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("NOPE")));
    }

    // Each refusal leaves the working catalog exactly as it was: the same search answer and the
    // same guide, byte for byte, before and after.
    void oversizedAndEmptyDocumentsChangeNothing()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("limits"));
        QCOMPARE(ctl({QStringLiteral("catalog"), QStringLiteral("import"), yc::test::trainingCatalogPath(),
                      QStringLiteral("--data-dir"), dir})
                     .exitCode,
                 0);
        const QJsonObject training = yc::test::trainingDocument();
        const QJsonArray items = training.value(QStringLiteral("items")).toArray();
        const QString code = items.at(1).toObject().value(QStringLiteral("code")).toString();
        const QStringList search{QStringLiteral("catalog"),
                                 QStringLiteral("search"),
                                 QStringLiteral("证"),
                                 QStringLiteral("--limit"),
                                 QStringLiteral("100"),
                                 QStringLiteral("--data-dir"),
                                 dir};
        const QStringList show{QStringLiteral("catalog"), QStringLiteral("show"), code, QStringLiteral("--data-dir"),
                               dir};
        const Run searchBefore = ctl(search);
        const Run showBefore = ctl(show);
        QCOMPARE(searchBefore.exitCode, 0);
        QCOMPARE(showBefore.exitCode, 0);
        QVERIFY(searchBefore.out.count(QLatin1Char('\n')) > 5);

        auto withItems = [&](const QJsonArray& newItems) {
            QJsonObject doc = training;
            doc.insert(QStringLiteral("version"), 2);
            doc.insert(QStringLiteral("items"), newItems);
            return QJsonDocument(doc).toJson(QJsonDocument::Compact);
        };
        auto changed = [&](qsizetype index, const QString& key, const QJsonValue& value) {
            QJsonArray copy = items;
            QJsonObject item = copy.at(index).toObject();
            item.insert(key, value);
            copy.replace(index, item);
            return withItems(copy);
        };
        QJsonArray materials = items.at(1).toObject().value(QStringLiteral("materials")).toArray();
        const QJsonObject material = materials.first().toObject();
        while (materials.size() <= 200) {
            QJsonObject m = material;
            m.insert(QStringLiteral("id"), QStringLiteral("x%1").arg(materials.size()));
            materials.append(m);
        }
        QByteArray tooManyItems = R"({"format":"yichuang-catalog","formatVersion":1,"kind":"full","version":2,)"
                                  R"("generatedAt":"2026-11-01T09:00:00+08:00","issuer":"x","items":[)";
        for (int i = 0; i <= 250000; ++i)
            tooManyItems += i ? ",{}" : "{}";
        tooManyItems += "]}";

        struct Case
        {
            QString name;
            QByteArray bytes;
            QString message;
        };
        const QList<Case> cases{
            {QStringLiteral("empty.json"), withItems({}),
             QStringLiteral("The full catalog has no items: importing it would leave the catalog empty.\nTo empty the "
                            "catalog on purpose, import the document with --allow-empty.")},
            {QStringLiteral("long-name.json"), changed(1, QStringLiteral("name"), QString(8001, QChar(0x540d))),
             QStringLiteral("item 2 (%1), field name: 8001 characters, more than the limit of 8000").arg(code)},
            {QStringLiteral("long-unknown.json"),
             changed(1, QStringLiteral("remarks"), QString(8001, QLatin1Char('r'))),
             QStringLiteral("field remarks: 8001 characters")},
            {QStringLiteral("many-materials.json"), changed(1, QStringLiteral("materials"), materials),
             QStringLiteral("item 2 (%1), field materials: 201 entries, more than the limit of 200").arg(code)},
            {QStringLiteral("many-items.json"), tooManyItems,
             QStringLiteral("The catalog document has 250001 items; at most 250000 are accepted.")},
            {QStringLiteral("empty-delta.json"),
             yc::test::deltaDocument(
                 {},
                 [&] {
                     QStringList all;
                     for (const QJsonValue& v : items)
                         all << v.toObject().value(QStringLiteral("code")).toString();
                     return all;
                 }(),
                 2, 1),
             QStringLiteral("The delta removes every item: the catalog would be left empty.")},
        };
        for (const Case& c : cases) {
            const Run r = ctl({QStringLiteral("catalog"), QStringLiteral("import"), writeFile(dir, c.name, c.bytes),
                               QStringLiteral("--data-dir"), dir});
            QVERIFY2(r.exitCode == 1, qPrintable(c.name + QLatin1Char(' ') + r.out + r.err));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
            QVERIFY2(r.err.contains(c.message), qPrintable(c.name + QLatin1Char(' ') + r.err));
            const Run searchAfter = ctl(search);
            QCOMPARE(searchAfter.exitCode, 0);
            QCOMPARE(searchAfter.out, searchBefore.out);
            QCOMPARE(ctl(show).out, showBefore.out);
        }

        // Emptying on purpose.
        const Run emptied =
            ctl({QStringLiteral("catalog"), QStringLiteral("import"), dir + QStringLiteral("/empty.json"),
                 QStringLiteral("--allow-empty"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(emptied.exitCode == 0, qPrintable(emptied.err));
        QVERIFY2(emptied.out.contains(QStringLiteral("Imported full catalog version 2. Items: 0 (added 0, changed 0, "
                                                     "removed 78).")),
                 qPrintable(emptied.out));
        const Run searchEmpty = ctl(search);
        QCOMPARE(searchEmpty.exitCode, 1);
        QVERIFY(searchEmpty.out.isEmpty());
    }

    void badDocumentsChangeNothing()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("bad"));
        const QJsonObject a = yc::test::makeItem(QStringLiteral("T-A"), QStringLiteral("测试甲事项"));
        QCOMPARE(ctl({QStringLiteral("catalog"), QStringLiteral("import"),
                      writeFile(dir, QStringLiteral("full.json"), yc::test::fullDocument({a}, 3)),
                      QStringLiteral("--data-dir"), dir})
                     .exitCode,
                 0);
        QJsonObject bad = yc::test::makeItem(QStringLiteral("T-B"), QStringLiteral("测试乙事项"));
        bad.insert(QStringLiteral("onlineDepth"), 9);
        Run r = ctl({QStringLiteral("catalog"), QStringLiteral("import"),
                     writeFile(dir, QStringLiteral("bad.json"), yc::test::deltaDocument({bad}, {}, 4, 3)),
                     QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("item 1 (T-B), field onlineDepth")), qPrintable(r.err));
        r = ctl({QStringLiteral("catalog"), QStringLiteral("import"),
                 writeFile(dir, QStringLiteral("base.json"),
                           yc::test::deltaDocument(
                               {yc::test::makeItem(QStringLiteral("T-C"), QStringLiteral("测试丙事项"))}, {}, 9, 8)),
                 QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("version 8")) && r.err.contains(QStringLiteral("version 3")),
                 qPrintable(r.err));
        QCOMPARE(ctl({QStringLiteral("catalog"), QStringLiteral("import"), dir + QStringLiteral("/absent.json"),
                      QStringLiteral("--data-dir"), dir})
                     .exitCode,
                 3);
        // Still version 3 with its one item.
        r = ctl({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("测试"),
                 QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
        // A good delta applies.
        r = ctl({QStringLiteral("catalog"), QStringLiteral("import"),
                 writeFile(
                     dir, QStringLiteral("good.json"),
                     yc::test::deltaDocument({yc::test::makeItem(QStringLiteral("T-C"), QStringLiteral("测试丙事项"))},
                                             {QStringLiteral("T-A")}, 4, 3)),
                 QStringLiteral("--data-dir"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Applied delta 3 -> 4.")));
        r = ctl({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("测试"),
                 QStringLiteral("--data-dir"), dir});
        QVERIFY(r.out.contains(QStringLiteral("测试丙事项")) && !r.out.contains(QStringLiteral("测试甲事项")));
        // The removed item's guide stays readable at its version (cases accepted under it).
        r = ctl({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("T-A"),
                 QStringLiteral("--item-version"), QStringLiteral("1"), QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("测试甲事项")));
    }
};

YC_TEST_MAIN(TestCtlCatalog)
#include "TestCtlCatalog.moc"
