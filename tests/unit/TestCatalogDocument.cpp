// The catalog document reader: the training catalog reads; bad documents are refused with
// messages that name the item and the field.
#include "CatalogFixtures.h"
#include "TestMain.h"
#include "core/catalog/CatalogDocument.h"

using yc::catalog::CatalogDocument;

class TestCatalogDocument : public QObject
{
    Q_OBJECT

    static QString errorOf(const QByteArray& bytes)
    {
        auto doc = CatalogDocument::parse(bytes);
        return doc ? QString() : doc.error().code + QLatin1Char('|') + doc.error().message;
    }

private slots:
    void trainingCatalogReads()
    {
        auto doc = CatalogDocument::parse(yc::test::trainingCatalogBytes());
        YC_VERIFY_OK(doc);
        QCOMPARE(doc.value().kind, CatalogDocument::Kind::Full);
        QVERIFY(doc.value().items.size() >= 60);
        QCOMPARE(doc.value().items.size(), doc.value().itemJson.size());
        QSet<QString> departments;
        QSet<QString> levels;
        for (const auto& item : doc.value().items) {
            departments.insert(item.department.name);
            for (const QString& level : item.levels)
                levels.insert(level);
        }
        QVERIFY(departments.size() >= 10);
        QCOMPARE(levels.size(), 4);

        // Every guide field is read.
        const auto& items = doc.value().items;
        auto it = std::find_if(items.begin(), items.end(),
                               [](const auto& i) { return i.name == QStringLiteral("居民身份证换领"); });
        QVERIFY(it != items.end());
        QVERIFY(!it->legalBasis.isEmpty());
        QVERIFY(!it->conditions.isEmpty());
        QVERIFY(!it->situations.isEmpty());
        QVERIFY(it->situations.first().options.size() >= 2);
        QVERIFY(it->materials.size() >= 3);
        QVERIFY(!it->fees.isEmpty());
        QVERIFY(!it->steps.isEmpty());
        QCOMPARE(it->timeLimit.legalDays, 60);
        QVERIFY(it->effectiveFrom.isValid());
        QVERIFY(!it->effectiveTo.isValid());
        QVERIFY(!it->place.isEmpty() && !it->hours.isEmpty() && !it->consultPhone.isEmpty());
        const auto* book = it->material(QStringLiteral("m3"));
        QVERIFY(book);
        QCOMPARE(book->licenseType, QStringLiteral("户口簿"));
    }

    void refusesWhatIsNotACatalog()
    {
        QVERIFY(errorOf("not json").startsWith(QStringLiteral("catalog.not-json|")));
        QVERIFY(errorOf("[1,2]").startsWith(QStringLiteral("catalog.not-json|")));
        QVERIFY(errorOf(R"({"format":"other","formatVersion":1,"kind":"full","version":1,"items":[]})")
                    .startsWith(QStringLiteral("catalog.format|")));
        const QString newer =
            errorOf(R"({"format":"yichuang-catalog","formatVersion":2,"kind":"full","version":1,"items":[]})");
        QVERIFY2(newer.startsWith(QStringLiteral("catalog.format|")) && newer.contains(QStringLiteral("2")),
                 qPrintable(newer));
        const QString noKind = errorOf(R"({"format":"yichuang-catalog","formatVersion":1,"version":1,"items":[]})");
        QVERIFY2(noKind.contains(QStringLiteral("kind")), qPrintable(noKind));
    }

    void namesItemAndField()
    {
        QJsonObject bad = yc::test::makeItem(QStringLiteral("T-1"), QStringLiteral("测试事项"));
        QJsonArray materials = bad.value(QStringLiteral("materials")).toArray();
        QJsonObject m = materials[1].toObject();
        m.insert(QStringLiteral("copies"), 0);
        materials[1] = m;
        bad.insert(QStringLiteral("materials"), materials);
        bad.insert(QStringLiteral("type"), QStringLiteral("licence"));
        bad.remove(QStringLiteral("place"));
        const QJsonObject good = yc::test::makeItem(QStringLiteral("T-0"), QStringLiteral("正常事项"));
        const QString error = errorOf(yc::test::fullDocument({good, bad}, 1));
        QVERIFY2(error.startsWith(QStringLiteral("catalog.invalid|")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("item 2 (T-1), field materials[1].copies")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("item 2 (T-1), field type: unknown value \"licence\"")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("item 2 (T-1), field place: missing")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("T-0")));
    }

    void checksReferencesInsideTheItem()
    {
        QJsonObject item = yc::test::makeItem(QStringLiteral("T-1"), QStringLiteral("测试事项"));
        QJsonArray situations = item.value(QStringLiteral("situations")).toArray();
        QJsonObject s = situations[0].toObject();
        QJsonArray options = s.value(QStringLiteral("options")).toArray();
        QJsonObject o = options[0].toObject();
        o.insert(QStringLiteral("addMaterials"), QJsonArray{QStringLiteral("m99")});
        options[0] = o;
        s.insert(QStringLiteral("options"), options);
        situations[0] = s;
        item.insert(QStringLiteral("situations"), situations);
        const QString error = errorOf(yc::test::fullDocument({item}, 1));
        QVERIFY2(error.contains(QStringLiteral("situations[0].options[0]")) && error.contains(QStringLiteral("m99")),
                 qPrintable(error));
    }

    void duplicateCodesAndMainItems()
    {
        const QJsonObject a = yc::test::makeItem(QStringLiteral("T-1"), QStringLiteral("甲"));
        const QString dup = errorOf(yc::test::fullDocument({a, a}, 1));
        QVERIFY2(dup.contains(QStringLiteral("item 2 (T-1), field code")), qPrintable(dup));

        QJsonObject child = yc::test::makeItem(QStringLiteral("T-2"), QStringLiteral("乙（新办）"));
        child.insert(QStringLiteral("parentCode"), QStringLiteral("T-MISSING"));
        child.insert(QStringLiteral("variant"), QStringLiteral("new"));
        const QString orphan = errorOf(yc::test::fullDocument({a, child}, 1));
        QVERIFY2(orphan.contains(QStringLiteral("field parentCode")) && orphan.contains(QStringLiteral("T-MISSING")),
                 qPrintable(orphan));

        QJsonObject empty = yc::test::makeItem(QStringLiteral("T-3"), QStringLiteral("丙"));
        empty.insert(QStringLiteral("materials"), QJsonArray());
        empty.insert(QStringLiteral("situations"), QJsonArray());
        const QString noMaterials = errorOf(yc::test::fullDocument({empty}, 1));
        QVERIFY2(noMaterials.contains(QStringLiteral("item 1 (T-3), field materials")), qPrintable(noMaterials));
    }

    void itemsReadOneAtATime()
    {
        // Items are cut out of the document and parsed one by one; the result must not depend on
        // the layout, on brackets and quotes inside strings, or on the order of the keys.
        QJsonObject tricky = yc::test::makeItem(QStringLiteral("T-1"), QStringLiteral("甲\"}],{[事项"));
        tricky.insert(QStringLiteral("place"), QStringLiteral("\\ \" ] } , {"));
        const QJsonObject plain = yc::test::makeItem(QStringLiteral("T-2"), QStringLiteral("乙事项"));
        const QByteArray compact = yc::test::fullDocument({tricky, plain}, 1);
        const QByteArray indented = QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented);
        QByteArray itemsFirst = compact;
        const qsizetype at = itemsFirst.indexOf("\"items\":");
        const QByteArray items = itemsFirst.mid(at, itemsFirst.size() - 1 - at);
        itemsFirst = "{" + items + "," + itemsFirst.mid(1, at - 2) + "}";
        for (const QByteArray& bytes : {compact, indented, itemsFirst}) {
            auto doc = CatalogDocument::parse(bytes);
            QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message + QString::fromUtf8(bytes.left(80))));
            QCOMPARE(doc.value().items.size(), 2);
            QCOMPARE(doc.value().items[0].name, QStringLiteral("甲\"}],{[事项"));
            QCOMPARE(doc.value().items[0].place, QStringLiteral("\\ \" ] } , {"));
            QCOMPARE(doc.value().items[1].code, QStringLiteral("T-2"));
            QCOMPARE(QJsonDocument::fromJson(doc.value().itemJson[0]).object(), tricky);
        }
        // Broken JSON inside an item: refused, with the position in the whole document.
        QByteArray broken = compact;
        const qsizetype second = broken.indexOf("\"code\":\"T-2\"");
        broken.insert(second, "x");
        const QString error = errorOf(broken);
        QVERIFY2(error.startsWith(QStringLiteral("catalog.not-json|")), qPrintable(error));
        // Two items arrays: refused. The JSON parser would keep the second (empty) one silently, and a
        // full catalog without its items would empty the hall's catalog.
        QByteArray twice = compact;
        twice.insert(twice.size() - 1, ",\"items\":[]");
        const QString duplicate = errorOf(twice);
        QVERIFY2(duplicate.startsWith(QStringLiteral("catalog.invalid|")), qPrintable(duplicate));
        QVERIFY2(duplicate.contains(QStringLiteral("\"items\"")), qPrintable(duplicate));
        // The same for any other key given twice, in either layout.
        QByteArray version = compact;
        version.insert(version.size() - 1, ",\"version\":2");
        QVERIFY(errorOf(version).contains(QStringLiteral("\"version\"")));
        QVERIFY(
            errorOf(QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented).insert(1, "\"kind\":\"delta\",\n"))
                .startsWith(QStringLiteral("catalog.invalid|")));
        // Trailing garbage after the document.
        QVERIFY(errorOf(compact + "x").startsWith(QStringLiteral("catalog.not-json|")));
        QVERIFY(CatalogDocument::parse(compact + "\n  ").ok());
    }

    // Limits of resources/catalog/README.md: a field, a list, an item or a document over them is
    // refused naming the item and the field; a document exactly at them is read.
    void limits()
    {
        const QString code = QStringLiteral("T-A");
        const auto item = [&] {
            return yc::test::makeItem(code, QStringLiteral("测试甲事项"));
        };
        QJsonObject atLimit = item();
        atLimit.insert(QStringLiteral("place"), QString(CatalogDocument::MaxTextLength, QChar(0x5385)));
        QJsonArray materials = atLimit.value(QStringLiteral("materials")).toArray();
        const QJsonObject material = materials.first().toObject();
        while (materials.size() < CatalogDocument::MaxMaterials) {
            QJsonObject m = material;
            m.insert(QStringLiteral("id"), QStringLiteral("x%1").arg(materials.size()));
            m.insert(QStringLiteral("required"), true);
            materials.append(m);
        }
        atLimit.insert(QStringLiteral("materials"), materials);
        QJsonArray conditions;
        for (qsizetype i = 0; i < CatalogDocument::MaxListLength; ++i)
            conditions.append(QStringLiteral("条件%1").arg(i));
        atLimit.insert(QStringLiteral("conditions"), conditions);
        const auto read = CatalogDocument::parse(yc::test::fullDocument({atLimit}, 1));
        YC_VERIFY_OK(read);
        QCOMPARE(read.value().items.first().materials.size(), CatalogDocument::MaxMaterials);

        // One character, one material, one condition too many; a long unknown key's value too.
        QJsonObject longName = item();
        longName.insert(QStringLiteral("name"), QString(CatalogDocument::MaxTextLength + 1, QChar(0x540d)));
        QString e = errorOf(yc::test::fullDocument({longName}, 1));
        QVERIFY2(e.startsWith(QStringLiteral("catalog.invalid|item 1 (T-A), field name: 8001 characters, more than "
                                             "the limit of 8000")),
                 qPrintable(e));
        QJsonObject tooMany = atLimit;
        materials.append(material);
        tooMany.insert(QStringLiteral("materials"), materials);
        e = errorOf(yc::test::fullDocument({tooMany}, 1));
        QVERIFY2(e.contains(QStringLiteral("item 1 (T-A), field materials: 201 entries, more than the limit of 200")),
                 qPrintable(e));
        QJsonObject longList = atLimit;
        conditions.append(QStringLiteral("多一条"));
        longList.insert(QStringLiteral("conditions"), conditions);
        e = errorOf(yc::test::fullDocument({longList}, 1));
        QVERIFY2(e.contains(QStringLiteral("field conditions: 501 entries")), qPrintable(e));
        QJsonObject nested = item();
        QJsonArray nestedMaterials = nested.value(QStringLiteral("materials")).toArray();
        QJsonObject notes = nestedMaterials.at(1).toObject();
        notes.insert(QStringLiteral("notes"), QString(CatalogDocument::MaxTextLength + 1, QLatin1Char('n')));
        nestedMaterials.replace(1, notes);
        nested.insert(QStringLiteral("materials"), nestedMaterials);
        e = errorOf(yc::test::fullDocument({nested}, 1));
        QVERIFY2(e.contains(QStringLiteral("field materials[1].notes: 8001 characters")), qPrintable(e));
        QJsonObject unknown = item();
        unknown.insert(QStringLiteral("vendorRemarks"), QString(CatalogDocument::MaxTextLength + 1, QLatin1Char('v')));
        e = errorOf(yc::test::fullDocument({unknown}, 1));
        QVERIFY2(e.contains(QStringLiteral("field vendorRemarks: 8001 characters")), qPrintable(e));

        // A whole item over its byte limit, built from fields each within theirs.
        QJsonObject huge = item();
        QJsonArray extra;
        for (qsizetype i = 0; i < CatalogDocument::MaxListLength; ++i)
            extra.append(QString(CatalogDocument::MaxTextLength / 2, QLatin1Char('h')));
        huge.insert(QStringLiteral("conditions"), extra);
        e = errorOf(yc::test::fullDocument({huge}, 1));
        QVERIFY2(e.contains(QStringLiteral("item 1 (T-A): ")) &&
                     e.contains(QStringLiteral("bytes, more than the limit of 1048576 for one item")),
                 qPrintable(e));

        // Document level: the issuer, and a code so long that messages cut it.
        QJsonObject doc = QJsonDocument::fromJson(yc::test::fullDocument({item()}, 1)).object();
        doc.insert(QStringLiteral("issuer"), QString(CatalogDocument::MaxTextLength + 1, QChar(0x5c40)));
        e = errorOf(QJsonDocument(doc).toJson());
        QVERIFY2(e.contains(QStringLiteral("field issuer: 8001 characters")), qPrintable(e));
        QJsonObject longCode = item();
        longCode.insert(QStringLiteral("code"), QString(100000, QLatin1Char('C')));
        e = errorOf(yc::test::fullDocument({longCode}, 1));
        QVERIFY2(e.contains(QStringLiteral("field code: 100000 characters")) && e.size() < 400, qPrintable(e));
    }

    void itemCountLimit()
    {
        // MaxItems + 1 items, refused by their count before any of them is read.
        QByteArray bytes = R"({"format":"yichuang-catalog","formatVersion":1,"kind":"full","version":1,)"
                           R"("generatedAt":"2026-11-01T09:00:00+08:00","issuer":"x","items":[)";
        for (qsizetype i = 0; i <= CatalogDocument::MaxItems; ++i)
            bytes += i ? ",{}" : "{}";
        bytes += "]}";
        QString e = errorOf(bytes);
        QVERIFY2(e.startsWith(QStringLiteral("catalog.too-large|The catalog document has 250001 items; at most "
                                             "250000 are accepted.")),
                 qPrintable(e.left(300)));

        QStringList removed;
        for (qsizetype i = 0; i <= CatalogDocument::MaxItems; ++i)
            removed << QStringLiteral("R-%1").arg(i);
        e = errorOf(yc::test::deltaDocument({}, removed, 2, 1));
        QVERIFY2(e.contains(QStringLiteral("field removed: 250001 entries, more than the limit of 250000")),
                 qPrintable(e.left(300)));
        removed.removeLast();
        const auto delta = CatalogDocument::parse(yc::test::deltaDocument({}, removed, 2, 1));
        QVERIFY2(delta.ok(), delta.ok() ? "" : qPrintable(delta.error().message.left(300)));
        QCOMPARE(delta.value().removed.size(), CatalogDocument::MaxItems);
    }

    void deltaForm()
    {
        const QJsonObject a = yc::test::makeItem(QStringLiteral("T-1"), QStringLiteral("甲"));
        auto delta = CatalogDocument::parse(yc::test::deltaDocument({a}, {QStringLiteral("T-9")}, 3, 2));
        QVERIFY(delta.ok());
        QCOMPARE(delta.value().kind, CatalogDocument::Kind::Delta);
        QCOMPARE(delta.value().baseVersion, 2);
        QCOMPARE(delta.value().removed, QStringList{QStringLiteral("T-9")});
        QVERIFY(errorOf(yc::test::deltaDocument({a}, {}, 2, 2)).contains(QStringLiteral("baseVersion")));
        QVERIFY(errorOf(yc::test::deltaDocument({a}, {QStringLiteral("T-1")}, 3, 2))
                    .contains(QStringLiteral("removed code T-1")));
    }
};

YC_TEST_MAIN(TestCatalogDocument)
#include "TestCatalogDocument.moc"
