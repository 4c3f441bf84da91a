// The catalog search rules: what matches (name, pinyin with every reading, initials, code,
// department, synonyms), the ranking, the hall filter and the boost of recently used items.
#include "TestMain.h"
#include "core/catalog/CatalogIndex.h"
#include "core/catalog/Pinyin.h"
#include "core/catalog/Synonyms.h"

using namespace yc::catalog;

namespace {

const QStringList allLevels = {QStringLiteral("city"), QStringLiteral("district"), QStringLiteral("street"),
                               QStringLiteral("community")};

IndexEntry entry(const QString& code, const QString& name, const QString& dept = QStringLiteral("大连市测试局"),
                 const QStringList& levels = allLevels, const QStringList& areas = {QStringLiteral("210200")})
{
    return IndexEntry{code, name, dept, levels, areas};
}

QStringList codes(const std::vector<SearchMatch>& matches)
{
    QStringList list;
    for (const auto& m : matches)
        list << m.code;
    return list;
}

} // namespace

class TestCatalogSearch : public QObject
{
    Q_OBJECT

    CatalogIndex m_index;

    std::vector<SearchMatch> find(const QString& q, SearchOptions options = {}) { return m_index.search(q, options); }

private slots:
    void initTestCase()
    {
        QVERIFY(PinyinTable::builtin().characterCount() > 20000);
        QVERIFY(Synonyms::builtin().groupCount() > 50);
        m_index = CatalogIndex(
            {
                entry(QStringLiteral("E-1"), QStringLiteral("身份证")),
                entry(QStringLiteral("P-1"), QStringLiteral("身份证挂失")),
                entry(QStringLiteral("P-2"), QStringLiteral("身份证换领")),
                entry(QStringLiteral("I-1"), QStringLiteral("收费证明开具")),
                entry(QStringLiteral("S-1"), QStringLiteral("居民身份证首次申领"), QStringLiteral("大连市公安局")),
                entry(QStringLiteral("S-2"), QStringLiteral("补领居民身份证"), QStringLiteral("大连市公安局")),
                entry(QStringLiteral("B-1"), QStringLiteral("银行开户证明")),
                entry(QStringLiteral("K-1"), QStringLiteral("社会保障卡申领"),
                      QStringLiteral("大连市人力资源和社会保障局")),
                entry(QStringLiteral("H-CITY"), QStringLiteral("建设工程规划许可"), QStringLiteral("大连市自然资源局"),
                      {QStringLiteral("city")}, {QStringLiteral("210200")}),
                entry(QStringLiteral("H-STREET"), QStringLiteral("高龄津贴申请"),
                      QStringLiteral("中山区桃源街道办事处"), {QStringLiteral("street")}, {QStringLiteral("210202")}),
                entry(QStringLiteral("000118001002-210200000000-000-11210200YC0000036T-1-00"),
                      QStringLiteral("户口迁移"), QStringLiteral("大连市公安局")),
            },
            PinyinTable::builtin(), Synonyms::builtin());
    }

    void polyphonicReadings()
    {
        const QStringList hang = PinyinTable::builtin().readingsOf(QChar(0x884C)); // 行
        QVERIFY(hang.contains(QStringLiteral("xing")));
        QVERIFY(hang.contains(QStringLiteral("hang")));
        for (const QString& q : {QStringLiteral("yh"), QStringLiteral("yx"), QStringLiteral("yinhang"),
                                 QStringLiteral("yinxing"), QStringLiteral("yinhangkaihu")}) {
            const auto m = find(q);
            QVERIFY2(!m.empty() && m.front().code == QStringLiteral("B-1"), qPrintable(q));
        }
    }

    void rankingExactPrefixSubstring()
    {
        // 居民身份证首次申领 starts with 居民身份证, a synonym of 身份证: a prefix match, before the
        // shorter 补领居民身份证 that only holds the word.
        const auto m = find(QStringLiteral("身份证"));
        QCOMPARE(codes(m).mid(0, 5), (QStringList{QStringLiteral("E-1"), QStringLiteral("P-1"), QStringLiteral("P-2"),
                                                  QStringLiteral("S-1"), QStringLiteral("S-2")}));
        QCOMPARE(m[0].kind, MatchKind::Exact);
        QCOMPARE(m[1].kind, MatchKind::Prefix);
        QCOMPARE(m[3].kind, MatchKind::Prefix);
        QCOMPARE(m[4].kind, MatchKind::Substring);
        // Without synonyms involved: prefix before substring, shorter names first within a class.
        const auto g = find(QStringLiteral("领"));
        QCOMPARE(g.front().code, QStringLiteral("P-2"));
        QCOMPARE(g.front().kind, MatchKind::Substring);
        QCOMPARE(find(QStringLiteral("补领")).front().kind, MatchKind::Prefix);
    }

    void rankingPinyinPrefixInitialsSubstring()
    {
        // Full pinyin from the start is a prefix match.
        auto m = find(QStringLiteral("shenfenz"));
        QVERIFY(!m.empty());
        QCOMPARE(m.front().code, QStringLiteral("E-1"));
        QCOMPARE(m.front().kind, MatchKind::Prefix);
        // sfz: initials of 身份证… first, then 收费证明开具 (initials too: shou fei zheng) and
        // 居民身份证首次申领 (its name starts with 居民身份证, a synonym of 身份证), then names with
        // 身份证 inside (补领居民身份证).
        m = find(QStringLiteral("sfz"));
        QStringList c = codes(m);
        QVERIFY2(c.indexOf(QStringLiteral("E-1")) == 0, qPrintable(c.join(u',')));
        QCOMPARE(m[0].kind, MatchKind::Initials);
        QVERIFY(c.indexOf(QStringLiteral("I-1")) < c.indexOf(QStringLiteral("S-2")));
        QCOMPARE(m[static_cast<size_t>(c.indexOf(QStringLiteral("I-1")))].kind, MatchKind::Initials);
        QCOMPARE(m[static_cast<size_t>(c.indexOf(QStringLiteral("S-1")))].kind, MatchKind::Initials);
        QCOMPARE(m[static_cast<size_t>(c.indexOf(QStringLiteral("S-2")))].kind, MatchKind::Substring);
        QCOMPARE(c.constLast(), QStringLiteral("S-2"));
        // Mixed full syllables and initials.
        QVERIFY(codes(find(QStringLiteral("jumsfz"))).contains(QStringLiteral("S-1")));
        // Any part of the name.
        QCOMPARE(codes(find(QStringLiteral("首次申领"))), QStringList{QStringLiteral("S-1")});
        QVERIFY(find(QStringLiteral("zzz")).empty());
    }

    void codeAndDepartment()
    {
        const QString code = QStringLiteral("000118001002-210200000000-000-11210200YC0000036T-1-00");
        auto m = find(code);
        QCOMPARE(m.front().code, code);
        QCOMPARE(m.front().kind, MatchKind::Exact);
        m = find(QStringLiteral("000118"));
        QCOMPARE(m.front().code, code);
        QCOMPARE(m.front().kind, MatchKind::Prefix);
        QCOMPARE(find(QStringLiteral("11210200yc0000036t")).front().code, code); // inside the code, any case
        m = find(QStringLiteral("公安局"));
        QCOMPARE(codes(m).size(), 3);
        QCOMPARE(m.front().kind, MatchKind::Other);
    }

    void synonyms()
    {
        for (const QString& q :
             {QStringLiteral("社保卡"), QStringLiteral("sbk"), QStringLiteral("shebaoka"), QStringLiteral("shebaok")}) {
            const auto m = find(q);
            QVERIFY2(!m.empty() && m.front().code == QStringLiteral("K-1"), qPrintable(q));
        }
        QVERIFY(
            Synonyms::builtin().alternatives(QStringLiteral("社保卡申领")).contains(QStringLiteral("社会保障卡申领")));
    }

    void hallFilter()
    {
        SearchOptions none;
        QVERIFY(codes(find(QStringLiteral("高龄"), none)).contains(QStringLiteral("H-STREET")));
        QVERIFY(codes(find(QStringLiteral("规划"), none)).contains(QStringLiteral("H-CITY")));
        SearchOptions street;
        street.hallLevel = QStringLiteral("street");
        street.hallAreaCode = QStringLiteral("210202003000"); // a street code: its county part is used
        QCOMPARE(codes(find(QStringLiteral("高龄"), street)), QStringList{QStringLiteral("H-STREET")});
        QVERIFY(find(QStringLiteral("规划"), street).empty());
        street.hallAreaCode = QStringLiteral("210203");
        QVERIFY(find(QStringLiteral("高龄"), street).empty());
        SearchOptions city;
        city.hallLevel = QStringLiteral("city");
        city.hallAreaCode = QStringLiteral("210200");
        QCOMPARE(codes(find(QStringLiteral("规划"), city)), QStringList{QStringLiteral("H-CITY")});
        QVERIFY(find(QStringLiteral("高龄"), city).empty());
    }

    void recentItemsBoostedWithinTheirClass()
    {
        SearchOptions options;
        options.recentCodes = {QStringLiteral("P-2"), QStringLiteral("S-1")};
        const auto m = find(QStringLiteral("身份证"), options);
        const QStringList c = codes(m);
        // The exact match stays first; the recent prefix matches (P-2, S-1) come before the other
        // prefix match (P-1), and the substring match stays last.
        QCOMPARE(c.mid(0, 5), (QStringList{QStringLiteral("E-1"), QStringLiteral("P-2"), QStringLiteral("S-1"),
                                           QStringLiteral("P-1"), QStringLiteral("S-2")}));
        QVERIFY(m[1].recent && m[2].recent);
        QVERIFY(!m[3].recent);
        // Recent items of a lower class do not jump over a better class.
        options.recentCodes = {QStringLiteral("S-2")};
        QCOMPARE(codes(find(QStringLiteral("身份证"), options)).constLast(), QStringLiteral("S-2"));
    }

    void typingGivesTheSameAsPasting()
    {
        for (const QString& query :
             {QStringLiteral("shenfenzheng"), QStringLiteral("sfz"), QStringLiteral("yinhang"),
              QStringLiteral("000118001"), QStringLiteral("居民身份证首次"), QStringLiteral("shebaoka")}) {
            SearchSession session;
            SearchOptions options;
            options.limit = 50;
            for (qsizetype n = 1; n <= query.size(); ++n) {
                const auto typed = m_index.search(query.left(n), options, &session);
                const auto pasted = m_index.search(query.left(n), options);
                QCOMPARE(codes(typed), codes(pasted));
            }
        }
    }

    void limitAndCancel()
    {
        SearchOptions options;
        options.limit = 2;
        QCOMPARE(find(QStringLiteral("身份证"), options).size(), size_t(2));
        QVERIFY(m_index.search(QStringLiteral("身份证"), {}, nullptr, [] { return true; }).empty());
        QVERIFY(find(QStringLiteral("   ")).empty());
    }
};

YC_TEST_MAIN(TestCatalogSearch)
#include "TestCatalogSearch.moc"
