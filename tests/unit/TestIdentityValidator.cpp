// Every identity number validator: published examples, synthetic numbers with valid check
// characters (tests/support/IdNumbers.h), and one failure per rule, each naming what is wrong.
#include "FakeClock.h"
#include "IdNumbers.h"
#include "TestMain.h"
#include "core/identity/CodeTables.h"
#include "core/identity/IdentityValidator.h"

using yc::identity::IdentityValidator;

class TestIdentityValidator : public QObject
{
    Q_OBJECT

    yc::test::FakeClock m_clock; // 2026-03-02
    IdentityValidator m_validator{m_clock};

    void expectError(const yc::Result<yc::identity::IdentityCheck>& r, const char* code, const QString& mentions)
    {
        QVERIFY2(!r.ok(), "expected a failure");
        QCOMPARE(r.error().code, QString::fromLatin1(code));
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

private slots:
    void codeTablesLoad()
    {
        const auto& t = yc::identity::CodeTables::get();
        QVERIFY(t.areaCount() > 4000);
        QCOMPARE(t.ethnicityCount(), 58);
        QVERIFY(t.countryCount() > 240);
        QCOMPARE(t.ethnicity(QStringLiteral("46"))->shortName, QStringLiteral("德昂"));
        QCOMPARE(t.genderName(QStringLiteral("2")), QStringLiteral("女"));
        QCOMPARE(t.countryByNumeric(QStringLiteral("124"))->alpha3, QStringLiteral("CAN"));
        QCOMPARE(t.areaFullName(QStringLiteral("210202")), QStringLiteral("辽宁省大连市中山区"));
    }

    void publishedResidentExample()
    {
        const auto r = m_validator.checkResident(QStringLiteral("11010519491231002X"));
        YC_VERIFY_OK(r);
        QCOMPARE(r.value().type, QStringLiteral("resident"));
        QCOMPARE(r.value().areaCode, QStringLiteral("110105"));
        QCOMPARE(r.value().birthDate, QDate(1949, 12, 31));
        QCOMPARE(r.value().sex, QStringLiteral("female"));
        QVERIFY(m_validator.checkResident(QStringLiteral("11010519491231002x")).ok()); // lower-case x accepted
    }

    void syntheticResidents()
    {
        const QString male = yc::test::residentId(QStringLiteral("210202"), QStringLiteral("19900307"), 1);
        const QString female = yc::test::residentId(QStringLiteral("440305"), QStringLiteral("20000229"), 2);
        QCOMPARE(m_validator.checkResident(male).value().sex, QStringLiteral("male"));
        QCOMPARE(m_validator.checkResident(female).value().sex, QStringLiteral("female"));
        QCOMPARE(m_validator.check(male).value().type, QStringLiteral("resident"));
        QCOMPARE(IdentityValidator::residentCheckCharacter(male.left(17)), male[17]);
        QVERIFY(IdentityValidator::residentCheckCharacter(u"1234").isNull());
    }

    void historicalAreaCodesAccepted()
    {
        // Area codes abolished since the card was issued stay valid on old cards.
        const auto& t = yc::identity::CodeTables::get();
        const auto historical = t.area(QStringLiteral("110103")); // 北京市崇文区, merged in 2010
        QVERIFY(historical.has_value());
        QVERIFY(!historical->current);
        const QString id = yc::test::residentId(QStringLiteral("110103"), QStringLiteral("19800101"), 11);
        QVERIFY(m_validator.checkResident(id).ok());
    }

    // Codes from different revisions, each abolished before the current list (202306): the
    // table must know them, with the revisions that first and last list them, and accept them.
    void historicalAreaCodesFromEveryRevision_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<int>("firstRevision");
        QTest::addColumn<int>("lastRevision");
        QTest::addColumn<QString>("birthDate");
        QTest::newRow("1980 county of the Foshan prefecture")
            << QStringLiteral("442623") << QStringLiteral("广东省佛山地区顺德县") << 198012 << 198212
            << QStringLiteral("19820315");
        QTest::newRow("1985 county of Foshan city") << QStringLiteral("440623") << QStringLiteral("广东省佛山市顺德县")
                                                    << 198312 << 199112 << QStringLiteral("19860704");
        QTest::newRow("1985 city under the province") << QStringLiteral("449002") << QStringLiteral("广东省中山市")
                                                      << 198412 << 199412 << QStringLiteral("19870101");
        QTest::newRow("1990s city") << QStringLiteral("440681") << QStringLiteral("广东省佛山市顺德市") << 199512
                                    << 200112 << QStringLiteral("19950601");
        QTest::newRow("prefecture of Sichuan until 1992")
            << QStringLiteral("512200") << QStringLiteral("四川省万县地区") << 198012 << 199112
            << QStringLiteral("19850101");
        QTest::newRow("prefecture of Hebei until 1993") << QStringLiteral("132100") << QStringLiteral("河北省邯郸地区")
                                                        << 198012 << 199212 << QStringLiteral("19810203");
        QTest::newRow("city under a province, 1988-1994") << QStringLiteral("519001") << QStringLiteral("四川省广汉市")
                                                          << 198812 << 199412 << QStringLiteral("19890707");
        QTest::newRow("district merged in 2010") << QStringLiteral("110103") << QStringLiteral("北京市崇文区") << 198012
                                                 << 200912 << QStringLiteral("19800101");
        QTest::newRow("county made a district in 2015") << QStringLiteral("110228") << QStringLiteral("北京市密云县")
                                                        << 198012 << 201509 << QStringLiteral("20010911");
        QTest::newRow("district merged in 2021") << QStringLiteral("330103") << QStringLiteral("浙江省杭州市下城区")
                                                 << 198012 << 202011 << QStringLiteral("20050505");
    }

    void historicalAreaCodesFromEveryRevision()
    {
        QFETCH(QString, code);
        QFETCH(QString, fullName);
        QFETCH(int, firstRevision);
        QFETCH(int, lastRevision);
        QFETCH(QString, birthDate);
        const auto& t = yc::identity::CodeTables::get();
        const auto area = t.area(code);
        QVERIFY(area.has_value());
        QVERIFY(!area->current);
        QCOMPARE(area->firstRevision, firstRevision);
        QCOMPARE(area->lastRevision, lastRevision);
        QCOMPARE(t.areaFullName(code), fullName);
        const auto r = m_validator.checkResident(yc::test::residentId(code, birthDate, 123));
        YC_VERIFY_OK(r);
        QCOMPARE(r.value().areaCode, code);
        QCOMPARE(r.value().area, fullName);
    }

    void currentAreaCodesKeepTheirRevisions()
    {
        const auto foshan = yc::identity::CodeTables::get().area(QStringLiteral("440600"));
        QVERIFY(foshan.has_value());
        QVERIFY(foshan->current);
        QCOMPARE(foshan->firstRevision, 198012);
        QCOMPARE(foshan->lastRevision, 202306);
    }

    void neverExistingAreaCodesRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("Guangdong, unused county number") << QStringLiteral("442999");
        QTest::newRow("Guangzhou, unused county number") << QStringLiteral("440199");
        QTest::newRow("no such province") << QStringLiteral("660101");
    }

    void neverExistingAreaCodesRefused()
    {
        QFETCH(QString, code);
        QVERIFY(!yc::identity::CodeTables::get().area(code).has_value());
        expectError(m_validator.checkResident(yc::test::residentId(code, QStringLiteral("19820315"), 123)), "id.area",
                    code);
    }

    void residentFailures()
    {
        expectError(m_validator.checkResident(QStringLiteral("11010519491231002")), "id.length", QStringLiteral("17"));
        expectError(m_validator.checkResident(QStringLiteral("11010519A91231002X")), "id.character",
                    QStringLiteral("Character 9 ('A')"));
        expectError(m_validator.checkResident(QStringLiteral("11010519491231002Y")), "id.character",
                    QStringLiteral("Character 18 ('Y')"));
        expectError(
            m_validator.checkResident(yc::test::residentId(QStringLiteral("119999"), QStringLiteral("19900101"), 1)),
            "id.area", QStringLiteral("119999"));
        expectError(
            m_validator.checkResident(yc::test::residentId(QStringLiteral("110105"), QStringLiteral("19900230"), 1)),
            "id.date", QStringLiteral("19900230"));
        expectError(
            m_validator.checkResident(yc::test::residentId(QStringLiteral("110105"), QStringLiteral("20260303"), 1)),
            "id.future", QStringLiteral("20260303")); // the clock says 2026-03-02
        QVERIFY(m_validator.checkResident(yc::test::residentId(QStringLiteral("110105"), QStringLiteral("20260302"), 1))
                    .ok());
        expectError(m_validator.checkResident(QStringLiteral("110105194912310021")), "id.check",
                    QStringLiteral("give X"));
        expectError(
            m_validator.checkResident(yc::test::residentId(QStringLiteral("810000"), QStringLiteral("19900101"), 1)),
            "id.permit-area", QStringLiteral("810000"));
    }

    void permits_data()
    {
        QTest::addColumn<QString>("area");
        QTest::newRow("Hong Kong") << QStringLiteral("810000");
        QTest::newRow("Macao") << QStringLiteral("820000");
        QTest::newRow("Taiwan") << QStringLiteral("830000");
    }

    void permits()
    {
        QFETCH(QString, area);
        const QString id = yc::test::residentId(area, QStringLiteral("19880808"), 35);
        const auto r = m_validator.checkPermit(id);
        QVERIFY(r.ok());
        QCOMPARE(r.value().type, QStringLiteral("permit"));
        QCOMPARE(r.value().sex, QStringLiteral("male"));
        QCOMPARE(m_validator.check(id).value().type, QStringLiteral("permit"));
        expectError(
            m_validator.checkPermit(yc::test::residentId(QStringLiteral("110105"), QStringLiteral("19880808"), 35)),
            "id.permit-area", QStringLiteral("110105"));
        QString wrong = id;
        wrong[17] = wrong[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        expectError(m_validator.checkPermit(wrong), "id.check", QStringLiteral("character 18"));
    }

    void foreign2023OfficialSamples()
    {
        const auto a = m_validator.checkForeign(QStringLiteral("932682198501010017"));
        YC_VERIFY_OK(a);
        QCOMPARE(a.value().version, 2023);
        QCOMPARE(a.value().country, QStringLiteral("SAU"));
        QCOMPARE(a.value().birthDate, QDate(1985, 1, 1));
        const auto b = m_validator.check(QStringLiteral("911124198108030024"));
        QVERIFY(b.ok());
        QCOMPARE(b.value().type, QStringLiteral("foreign"));
        QCOMPARE(b.value().country, QStringLiteral("CAN"));
        QCOMPARE(b.value().sex, QStringLiteral("female"));
    }

    void foreign2023Failures()
    {
        expectError(m_validator.checkForeign(QStringLiteral("932682198501010018")), "id.check",
                    QStringLiteral("character 18"));
        expectError(m_validator.checkForeign(yc::test::withResidentCheck(QStringLiteral("99968219850101001"))),
                    "id.area", QStringLiteral("99"));
        expectError(m_validator.checkForeign(yc::test::withResidentCheck(QStringLiteral("93200019850101001"))),
                    "id.country", QStringLiteral("000"));
        expectError(m_validator.checkForeign(yc::test::withResidentCheck(QStringLiteral("83268219850101001"))),
                    "id.foreign-prefix", QStringLiteral("Character 1"));
    }

    void foreign2017()
    {
        const auto r = m_validator.checkForeign(QStringLiteral("CAN110090030712"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().version, 2017);
        QCOMPARE(r.value().country, QStringLiteral("CAN"));
        QCOMPARE(m_validator.check(QStringLiteral("can110090030712")).value().type, QStringLiteral("foreign"));
        expectError(m_validator.checkForeign(QStringLiteral("XXX110090030712")), "id.country", QStringLiteral("XXX"));
        expectError(m_validator.checkForeign(QStringLiteral("CA1110090030712")), "id.character",
                    QStringLiteral("Character 3 ('1')"));
        expectError(m_validator.checkForeign(QStringLiteral("CAN11009003071A")), "id.character",
                    QStringLiteral("Character 15 ('A')"));
        expectError(m_validator.checkForeign(QStringLiteral("CAN11009")), "id.length", QStringLiteral("8"));
    }

    void creditCodes()
    {
        const auto r = m_validator.checkCreditCode(QStringLiteral("91350100M000100Y43"));
        YC_VERIFY_OK(r);
        QCOMPARE(r.value().areaCode, QStringLiteral("350100"));
        QCOMPARE(m_validator.check(QStringLiteral("91350100M000100Y43")).value().type, QStringLiteral("credit-code"));
        const QString synthetic = yc::test::withCreditCheck(QStringLiteral("12210200MB0000001"));
        QVERIFY(m_validator.check(synthetic).ok());
        expectError(m_validator.checkCreditCode(QStringLiteral("91350100M000100Y44")), "id.check", QStringLiteral("3"));
        expectError(m_validator.checkCreditCode(QStringLiteral("91350100I000100Y43")), "id.character",
                    QStringLiteral("Character 9 ('I')"));
        expectError(m_validator.checkCreditCode(QStringLiteral("91350100M000100Y4")), "id.length",
                    QStringLiteral("17"));
        QCOMPARE(IdentityValidator::creditCodeCheckCharacter(u"91350100M000100Y4"), QLatin1Char('3'));
    }

    void travelDocuments()
    {
        const auto p = m_validator.checkTravelDocument(QStringLiteral("passport"), QStringLiteral("e12345678"),
                                                       QStringLiteral("chn"));
        QVERIFY(p.ok());
        QCOMPARE(p.value().number, QStringLiteral("E12345678"));
        QCOMPARE(p.value().country, QStringLiteral("CHN"));
        QVERIFY(m_validator
                    .checkTravelDocument(QStringLiteral("travel-permit"), QStringLiteral("C12345678"),
                                         QStringLiteral("CHN"))
                    .ok());
        expectError(
            m_validator.checkTravelDocument(QStringLiteral("visa"), QStringLiteral("E12345678"), QStringLiteral("CHN")),
            "id.type", QStringLiteral("visa"));
        expectError(m_validator.checkTravelDocument(QStringLiteral("passport"), QStringLiteral("E1234-678"),
                                                    QStringLiteral("CHN")),
                    "id.character", QStringLiteral("Character 6 ('-')"));
        expectError(
            m_validator.checkTravelDocument(QStringLiteral("passport"), QStringLiteral("E12"), QStringLiteral("CHN")),
            "id.length", QStringLiteral("3"));
        expectError(m_validator.checkTravelDocument(QStringLiteral("passport"), QStringLiteral("E12345678"),
                                                    QStringLiteral("ZZZ")),
                    "id.country", QStringLiteral("ZZZ"));
        expectError(m_validator.checkTravelDocument(QStringLiteral("passport"), QStringLiteral("E12345678"), QString()),
                    "id.country", QStringLiteral("missing"));
    }

    void autoDetection()
    {
        QCOMPARE(IdentityValidator::guessType(QStringLiteral("11010519491231002X")), QStringLiteral("resident"));
        QCOMPARE(IdentityValidator::guessType(QStringLiteral("91350100M000100Y43")), QStringLiteral("credit-code"));
        QCOMPARE(IdentityValidator::guessType(QStringLiteral("932682198501010017")), QStringLiteral("foreign"));
        QCOMPARE(IdentityValidator::guessType(QStringLiteral("12345")), QStringLiteral("unknown"));
        expectError(m_validator.check(QString()), "id.empty", QString());
        expectError(m_validator.check(QStringLiteral("1234567")), "id.length", QStringLiteral("7"));
    }
};

YC_TEST_MAIN(TestIdentityValidator)
#include "TestIdentityValidator.moc"
