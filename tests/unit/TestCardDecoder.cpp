// The 256-byte text block of the three card layouts, long-term validity, expiry against the clock,
// and the card JSON with exactly its documented keys. Synthetic cards only.
#include "FakeClock.h"
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
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
        const QJsonObject o = card.value().toJson();
        QCOMPARE(keys(o).join(QLatin1Char(',')),
                 QStringLiteral(
                     "address,birthDate,cardType,ethnicity,expired,gender,idNumber,issuer,name,validFrom,validTo"));
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
                 QStringLiteral("address,birthDate,cardType,ethnicity,expired,gender,idNumber,issueCount,issuer,name,"
                                "passNumber,validFrom,validTo"));
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
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
        const QJsonObject o = card.value().toJson();
        QCOMPARE(o.value(QLatin1String("cardType")).toString(), QStringLiteral("foreign"));
        QCOMPARE(o.value(QLatin1String("englishName")).toString(), QStringLiteral("SAMPLE, TEST"));
        QCOMPARE(o.value(QLatin1String("nationality")).toString(), QStringLiteral("CAN"));
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("样例乙"));
        QCOMPARE(o.value(QLatin1String("idNumber")).toString(), QStringLiteral("CAN110090030712"));
        QCOMPARE(o.value(QLatin1String("birthDate")).toString(), QStringLiteral("1990-03-07"));
        QCOMPARE(o.value(QLatin1String("validTo")).toString(), QStringLiteral("2027-06-01"));
        QCOMPARE(keys(o).join(QLatin1Char(',')),
                 QStringLiteral("address,birthDate,cardType,englishName,ethnicity,expired,gender,idNumber,issuer,name,"
                                "nationality,validFrom,validTo"));
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
