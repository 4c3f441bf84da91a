// The 256-byte text block of the three card layouts, long-term validity, expiry against the clock,
// and the card JSON with exactly its documented keys. Synthetic cards only.
// The fixed* cases decode text blocks that the product did not write: reply frames in
// tests/support/data/ga467, made from the standard's layout by a separate script, with every
// expected value written out here. The encoder is then checked against the same bytes.
#include "FakeClock.h"
#include "HexFixture.h"
#include "TestMain.h"
#include "api/idcard/CardText.h"
#include "core/identity/CardDecoder.h"

#include <QJsonObject>

using namespace yc::plugins::idcard;
using yc::identity::CardDecoder;
using yc::identity::IdCard;

namespace {
CardFields resident()
{
    CardFields f;
    f.name = QStringLiteral("测试甲");
    f.genderCode = QStringLiteral("1");
    f.ethnicityCode = QStringLiteral("03");
    f.birthDate = QStringLiteral("19900307");
    f.address = QStringLiteral("辽宁省大连市中山区样例路1号");
    f.idNumber = QStringLiteral("210202199003070017");
    f.issuer = QStringLiteral("大连市公安局中山分局");
    f.validFrom = QStringLiteral("20160101");
    f.validTo = QStringLiteral("20360101");
    return f;
}
// The text block of a fixed read reply, cut at the standard's offsets: preamble (5), LEN (2),
// SW1-SW3 (3), text and photo lengths (2 + 2), then 256 bytes of text. Empty if the frame is not
// the 1,295 bytes of a text+photo reply.
QByteArray fixedText(const char* name)
{
    const QByteArray frame = yc::test::ga467Frame(QLatin1String(name));
    if (frame.size() != 7 + 1288)
        return {};
    return frame.mid(14, 256);
}
QStringList keys(const QJsonObject& o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}
} // namespace

class TestCardDecoder : public QObject
{
    Q_OBJECT

    yc::test::FakeClock m_clock; // 2026-03-02

private slots:
    void residentCard()
    {
        const QByteArray text = CardText::encode(resident());
        QCOMPARE(text.size(), 256);
        const auto card = CardDecoder::decodeText(text, m_clock);
        YC_VERIFY_OK(card);
        const QJsonObject o = card.value().toJson();
        QCOMPARE(keys(o).join(QLatin1Char(',')),
                 QStringLiteral(
                     "address,birthDate,cardType,error,ethnicity,expired,gender,idNumber,issuer,name,valid,validFrom,"
                     "validTo"));
        QCOMPARE(o.value(QLatin1String("cardType")).toString(), QStringLiteral("resident"));
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("测试甲"));
        QCOMPARE(o.value(QLatin1String("gender")).toString(), QStringLiteral("男"));
        QCOMPARE(o.value(QLatin1String("ethnicity")).toString(), QStringLiteral("回"));
        QCOMPARE(o.value(QLatin1String("birthDate")).toString(), QStringLiteral("1990-03-07"));
        QCOMPARE(o.value(QLatin1String("address")).toString(), QStringLiteral("辽宁省大连市中山区样例路1号"));
        QCOMPARE(o.value(QLatin1String("idNumber")).toString(), QStringLiteral("210202199003070017"));
        QCOMPARE(o.value(QLatin1String("issuer")).toString(), QStringLiteral("大连市公安局中山分局"));
        QCOMPARE(o.value(QLatin1String("validFrom")).toString(), QStringLiteral("2016-01-01"));
        QCOMPARE(o.value(QLatin1String("validTo")).toString(), QStringLiteral("2036-01-01"));
        QCOMPARE(o.value(QLatin1String("expired")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("valid")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("error")).toString(), QString());
    }

    void fixedResidentCard()
    {
        const QByteArray text = fixedText("read-resident");
        QCOMPARE(text.size(), 256);
        const auto decoded = CardDecoder::decodeText(text, m_clock);
        YC_VERIFY_OK(decoded);
        const IdCard& card = decoded.value();
        QCOMPARE(card.type, IdCard::Type::Resident);
        QCOMPARE(card.name, QStringLiteral("测试甲"));
        QCOMPARE(card.genderCode, QStringLiteral("1"));
        QCOMPARE(card.gender, QStringLiteral("男"));
        QCOMPARE(card.ethnicityCode, QStringLiteral("01"));
        QCOMPARE(card.ethnicity, QStringLiteral("汉"));
        QCOMPARE(card.birthDate, QDate(1990, 3, 7));
        QCOMPARE(card.address, QStringLiteral("辽宁省大连市中山区样例路1号"));
        QCOMPARE(card.idNumber, QStringLiteral("210202199003070017"));
        QCOMPARE(card.issuer, QStringLiteral("大连市公安局中山分局"));
        QCOMPARE(card.validFrom, QDate(2020, 1, 1));
        QCOMPARE(card.validTo, QDate(2040, 1, 1));
        QVERIFY(!card.longTerm);
        QVERIFY(!card.expired);
        QVERIFY(card.passNumber.isEmpty());
        QVERIFY(card.issueCount.isEmpty());
        QVERIFY(card.englishName.isEmpty());
        QVERIFY2(card.numberValid, qPrintable(card.numberError));
    }

    void fixedLongTermCard()
    {
        const QByteArray text = fixedText("read-resident-long-term");
        QCOMPARE(text.size(), 256);
        const auto decoded = CardDecoder::decodeText(text, m_clock);
        YC_VERIFY_OK(decoded);
        const IdCard& card = decoded.value();
        QCOMPARE(card.type, IdCard::Type::Resident);
        QCOMPARE(card.name, QStringLiteral("样例丙"));
        QCOMPARE(card.gender, QStringLiteral("女"));
        QCOMPARE(card.ethnicityCode, QStringLiteral("08"));
        QCOMPARE(card.ethnicity, QStringLiteral("壮"));
        QCOMPARE(card.birthDate, QDate(1958, 6, 12));
        QCOMPARE(card.address, QStringLiteral("辽宁省大连市金州区样例街2号"));
        QCOMPARE(card.idNumber, QStringLiteral("210213195806120023"));
        QCOMPARE(card.issuer, QStringLiteral("大连市公安局金州分局"));
        QCOMPARE(card.validFrom, QDate(2010, 3, 1));
        QVERIFY(card.longTerm);
        QVERIFY(card.validTo.isNull());
        QVERIFY(!card.expired);
        QCOMPARE(card.toJson().value(QLatin1String("validTo")).toString(), QStringLiteral("long-term"));
    }

    void fixedPermitCard()
    {
        const QByteArray text = fixedText("read-permit");
        QCOMPARE(text.size(), 256);
        const auto decoded = CardDecoder::decodeText(text, m_clock);
        YC_VERIFY_OK(decoded);
        const IdCard& card = decoded.value();
        QCOMPARE(card.type, IdCard::Type::Permit);
        QCOMPARE(card.name, QStringLiteral("测试甲"));
        QCOMPARE(card.gender, QStringLiteral("男"));
        QVERIFY(card.ethnicityCode.isEmpty());
        QCOMPARE(card.birthDate, QDate(1990, 3, 7));
        QCOMPARE(card.address, QStringLiteral("辽宁省大连市中山区样例路1号"));
        QCOMPARE(card.idNumber, QStringLiteral("810000199003070015"));
        QCOMPARE(card.issuer, QStringLiteral("大连市公安局中山分局"));
        QCOMPARE(card.validFrom, QDate(2020, 1, 1));
        QCOMPARE(card.validTo, QDate(2040, 1, 1));
        QCOMPARE(card.passNumber, QStringLiteral("H00000001"));
        QCOMPARE(card.issueCount, QStringLiteral("01"));
        QVERIFY2(card.numberValid, qPrintable(card.numberError));
    }

    void fixedForeignCard()
    {
        const QByteArray text = fixedText("read-foreign");
        QCOMPARE(text.size(), 256);
        const auto decoded = CardDecoder::decodeText(text, m_clock);
        YC_VERIFY_OK(decoded);
        const IdCard& card = decoded.value();
        QCOMPARE(card.type, IdCard::Type::Foreign);
        QCOMPARE(card.englishName, QStringLiteral("SAMPLE, TEST"));
        QCOMPARE(card.gender, QStringLiteral("男"));
        QCOMPARE(card.idNumber, QStringLiteral("CAN110090030712"));
        QCOMPARE(card.nationality, QStringLiteral("CAN"));
        QCOMPARE(card.name, QStringLiteral("样例乙"));
        QCOMPARE(card.validFrom, QDate(2020, 1, 1));
        QCOMPARE(card.validTo, QDate(2040, 1, 1));
        QCOMPARE(card.birthDate, QDate(1990, 3, 7));
        QCOMPARE(card.cardVersion, QStringLiteral("17"));
        QCOMPARE(card.issuer, QStringLiteral("1500"));
        QVERIFY(card.address.isEmpty());
        QVERIFY2(card.numberValid, qPrintable(card.numberError));
    }

    // The encoder (used by the simulated reader for cards described in JSON) writes the same bytes
    // as the fixed blocks, field by field.
    void encoderMatchesTheFixedBlocks()
    {
        CardFields f;
        f.name = QStringLiteral("测试甲");
        f.genderCode = QStringLiteral("1");
        f.ethnicityCode = QStringLiteral("01");
        f.birthDate = QStringLiteral("19900307");
        f.address = QStringLiteral("辽宁省大连市中山区样例路1号");
        f.idNumber = QStringLiteral("210202199003070017");
        f.issuer = QStringLiteral("大连市公安局中山分局");
        f.validFrom = QStringLiteral("20200101");
        f.validTo = QStringLiteral("20400101");
        QCOMPARE(CardText::encode(f).toHex(' '), fixedText("read-resident").toHex(' '));

        CardFields permit = f;
        permit.cardType = QStringLiteral("permit");
        permit.ethnicityCode.clear();
        permit.idNumber = QStringLiteral("810000199003070015");
        permit.passNumber = QStringLiteral("H00000001");
        permit.issueCount = QStringLiteral("01");
        QCOMPARE(CardText::encode(permit).toHex(' '), fixedText("read-permit").toHex(' '));

        CardFields longTerm;
        longTerm.name = QStringLiteral("样例丙");
        longTerm.genderCode = QStringLiteral("2");
        longTerm.ethnicityCode = QStringLiteral("08");
        longTerm.birthDate = QStringLiteral("19580612");
        longTerm.address = QStringLiteral("辽宁省大连市金州区样例街2号");
        longTerm.idNumber = QStringLiteral("210213195806120023");
        longTerm.issuer = QStringLiteral("大连市公安局金州分局");
        longTerm.validFrom = QStringLiteral("20100301");
        longTerm.validTo = QStringLiteral("长期");
        QCOMPARE(CardText::encode(longTerm).toHex(' '), fixedText("read-resident-long-term").toHex(' '));

        CardFields foreign;
        foreign.cardType = QStringLiteral("foreign");
        foreign.englishName = QStringLiteral("SAMPLE, TEST");
        foreign.genderCode = QStringLiteral("1");
        foreign.idNumber = QStringLiteral("CAN110090030712");
        foreign.nationality = QStringLiteral("CAN");
        foreign.name = QStringLiteral("样例乙");
        foreign.validFrom = QStringLiteral("20200101");
        foreign.validTo = QStringLiteral("20400101");
        foreign.birthDate = QStringLiteral("19900307");
        foreign.cardVersion = QStringLiteral("17");
        foreign.issuer = QStringLiteral("1500");
        QCOMPARE(CardText::encode(foreign).toHex(' '), fixedText("read-foreign").toHex(' '));
    }

    void longTermAndExpiry()
    {
        CardFields f = resident();
        f.validTo = QStringLiteral("长期");
        auto card = CardDecoder::decodeText(CardText::encode(f), m_clock);
        QVERIFY(card.ok());
        QVERIFY(card.value().longTerm);
        QCOMPARE(card.value().toJson().value(QLatin1String("validTo")).toString(), QStringLiteral("long-term"));
        QCOMPARE(card.value().toJson().value(QLatin1String("expired")).toBool(), false);

        f.validTo = QStringLiteral("20260301"); // the day before the clock's today
        card = CardDecoder::decodeText(CardText::encode(f), m_clock);
        QVERIFY(card.value().expired);
        QCOMPARE(card.value().toJson().value(QLatin1String("expired")).toBool(), true);
        f.validTo = QStringLiteral("20260302"); // valid through its last day
        QVERIFY(!CardDecoder::decodeText(CardText::encode(f), m_clock).value().expired);
    }

    void permitCard()
    {
        CardFields f = resident();
        f.cardType = QStringLiteral("permit");
        f.ethnicityCode.clear();
        f.genderCode = QStringLiteral("2");
        f.idNumber = QStringLiteral("810000199003070015");
        f.passNumber = QStringLiteral("H00000001");
        f.issueCount = QStringLiteral("02");
        const auto card = CardDecoder::decodeText(CardText::encode(f), m_clock);
        QVERIFY(card.ok());
        const QJsonObject o = card.value().toJson();
        QCOMPARE(o.value(QLatin1String("cardType")).toString(), QStringLiteral("permit"));
        QCOMPARE(o.value(QLatin1String("gender")).toString(), QStringLiteral("女"));
        QCOMPARE(o.value(QLatin1String("passNumber")).toString(), QStringLiteral("H00000001"));
        QCOMPARE(o.value(QLatin1String("issueCount")).toString(), QStringLiteral("02"));
        QCOMPARE(keys(o).join(QLatin1Char(',')),
                 QStringLiteral("address,birthDate,cardType,error,ethnicity,expired,gender,idNumber,issueCount,issuer,"
                                "name,passNumber,valid,validFrom,validTo"));
    }

    void foreignCard()
    {
        CardFields f;
        f.cardType = QStringLiteral("foreign");
        f.name = QStringLiteral("样例乙");
        f.englishName = QStringLiteral("SAMPLE, TEST");
        f.genderCode = QStringLiteral("2");
        f.idNumber = QStringLiteral("CAN110090030712");
        f.nationality = QStringLiteral("CAN");
        f.birthDate = QStringLiteral("19900307");
        f.validFrom = QStringLiteral("20170601");
        f.validTo = QStringLiteral("20270601");
        f.issuer = QStringLiteral("1500");
        const QByteArray text = CardText::encode(f);
        QCOMPARE(text.mid(248, 2), QByteArray("I\0", 2));
        const auto card = CardDecoder::decodeText(text, m_clock);
        YC_VERIFY_OK(card);
        const QJsonObject o = card.value().toJson();
        QCOMPARE(o.value(QLatin1String("cardType")).toString(), QStringLiteral("foreign"));
        QCOMPARE(o.value(QLatin1String("englishName")).toString(), QStringLiteral("SAMPLE, TEST"));
        QCOMPARE(o.value(QLatin1String("nationality")).toString(), QStringLiteral("CAN"));
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("样例乙"));
        QCOMPARE(o.value(QLatin1String("idNumber")).toString(), QStringLiteral("CAN110090030712"));
        QCOMPARE(o.value(QLatin1String("birthDate")).toString(), QStringLiteral("1990-03-07"));
        QCOMPARE(o.value(QLatin1String("validTo")).toString(), QStringLiteral("2027-06-01"));
        QCOMPARE(keys(o).join(QLatin1Char(',')),
                 QStringLiteral("address,birthDate,cardType,englishName,error,ethnicity,expired,gender,idNumber,issuer,"
                                "name,nationality,valid,validFrom,validTo"));
    }

    void damagedBlocks()
    {
        QCOMPARE(CardDecoder::decodeText(QByteArray(100, ' '), m_clock).error().code, QStringLiteral("card.text-size"));
        QByteArray text = CardText::encode(resident());
        text[248] = 'Q';
        QCOMPARE(CardDecoder::decodeText(text, m_clock).error().code, QStringLiteral("card.type"));
        CardFields f = resident();
        f.birthDate = QStringLiteral("19901399");
        const auto bad = CardDecoder::decodeText(CardText::encode(f), m_clock);
        QCOMPARE(bad.error().code, QStringLiteral("card.date"));
        QVERIFY(bad.error().message.contains(QStringLiteral("birth date")));
        f = resident();
        f.validTo = QStringLiteral("never");
        QVERIFY(
            CardDecoder::decodeText(CardText::encode(f), m_clock).error().message.contains(QStringLiteral("end of")));
        QCOMPARE(CardDecoder::decodeText(QByteArray(256, '\0'), m_clock).error().code, QStringLiteral("card.date"));
    }

    // A text block damaged inside the ID number still decodes (every other field may be fine), but
    // the card says its number is not valid and why, for each card type's own rule.
    void damagedNumberIsFlagged_data()
    {
        QTest::addColumn<QString>("cardType");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("why");
        QTest::newRow("resident check character")
            << QString() << QStringLiteral("210202199003070018") << QStringLiteral("check character");
        QTest::newRow("resident digit lost")
            << QString() << QStringLiteral("21020219900307001") << QStringLiteral("18");
        QTest::newRow("resident unreadable")
            << QString() << QStringLiteral("2102021990030?0017") << QStringLiteral("Character 14");
        QTest::newRow("permit with a resident area")
            << QStringLiteral("permit") << QStringLiteral("210202199003070017") << QStringLiteral("810000");
        QTest::newRow("permit check character")
            << QStringLiteral("permit") << QStringLiteral("810000199003070016") << QStringLiteral("check character");
        QTest::newRow("foreign country") << QStringLiteral("foreign") << QStringLiteral("QQQ110090030712")
                                         << QStringLiteral("GB/T 2659");
    }

    void damagedNumberIsFlagged()
    {
        QFETCH(QString, cardType);
        QFETCH(QString, number);
        QFETCH(QString, why);
        CardFields f = resident();
        if (!cardType.isEmpty()) {
            f.cardType = cardType;
            f.ethnicityCode.clear();
        }
        if (cardType == QLatin1String("foreign")) {
            f.englishName = QStringLiteral("SAMPLE, TEST");
            f.nationality = QStringLiteral("CAN");
            f.issuer = QStringLiteral("1500");
        }
        f.idNumber = number;
        const auto card = CardDecoder::decodeText(CardText::encode(f), m_clock);
        YC_VERIFY_OK(card);
        QCOMPARE(card.value().idNumber, number);
        QVERIFY(!card.value().numberValid);
        QVERIFY2(card.value().numberError.startsWith(QStringLiteral("The card's ID number is not valid: ")) &&
                     card.value().numberError.contains(why),
                 qPrintable(card.value().numberError));
        const QJsonObject o = card.value().toJson();
        QCOMPARE(o.value(QLatin1String("valid")).toBool(true), false);
        QCOMPARE(o.value(QLatin1String("error")).toString(), card.value().numberError);
        QCOMPARE(o.value(QLatin1String("idNumber")).toString(), number);

        // The same card with its number intact passes.
        f.idNumber = cardType.isEmpty()                    ? QStringLiteral("210202199003070017")
                     : cardType == QLatin1String("permit") ? QStringLiteral("810000199003070015")
                                                           : QStringLiteral("CAN110090030712");
        const auto intact = CardDecoder::decodeText(CardText::encode(f), m_clock);
        QVERIFY2(intact.value().numberValid, qPrintable(intact.value().numberError));
        QVERIFY(intact.value().numberError.isEmpty());
    }

    void photoKeptOpaqueAndWiped()
    {
        IdCard card = CardDecoder::decode(CardText::encode(resident()), QByteArray(1024, 'W'), {}, m_clock).value();
        QCOMPARE(card.photo, QByteArray(1024, 'W'));
        card.wipe();
        QVERIFY(card.name.isEmpty());
        QVERIFY(card.photo.isEmpty());
        QVERIFY(card.idNumber.isEmpty());
    }

    void jsonCardsForTheSimulatedReader()
    {
        QJsonObject o{{QStringLiteral("cardType"), QStringLiteral("resident")},
                      {QStringLiteral("name"), QStringLiteral("测试甲")},
                      {QStringLiteral("gender"), QStringLiteral("女")},
                      {QStringLiteral("ethnicity"), QStringLiteral("01")},
                      {QStringLiteral("birthDate"), QStringLiteral("1990-03-07")},
                      {QStringLiteral("idNumber"), QStringLiteral("210202199003070017")},
                      {QStringLiteral("validFrom"), QStringLiteral("2020-01-01")},
                      {QStringLiteral("validTo"), QStringLiteral("long-term")}};
        const auto fields = CardText::fromJson(o);
        QVERIFY(fields);
        const auto card = CardDecoder::decodeText(CardText::encode(*fields), m_clock);
        QVERIFY(card.ok());
        QCOMPARE(card.value().gender, QStringLiteral("女"));
        QVERIFY(card.value().longTerm);
        QString error;
        o.insert(QStringLiteral("cardType"), QStringLiteral("library"));
        QVERIFY(!CardText::fromJson(o, &error));
        QVERIFY(error.contains(QStringLiteral("library")));
    }
};

YC_TEST_MAIN(TestCardDecoder)
#include "TestCardDecoder.moc"
