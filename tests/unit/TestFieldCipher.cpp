#include "TestMain.h"
#include "storage/FieldCipher.h"

using yc::storage::CipherSuite;
using yc::storage::FieldCipher;

class TestFieldCipher : public QObject
{
    Q_OBJECT

    static QByteArray key(char fill = 'k') { return QByteArray(FieldCipher::DataKeySize, fill); }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("suite");
        QTest::newRow("aes-256-gcm") << int(CipherSuite::Aes256Gcm);
        QTest::newRow("sm4-ctr-hmac-sm3") << int(CipherSuite::Sm4CtrHmacSm3);
    }
    void roundTrip()
    {
        QFETCH(int, suite);
        QVERIFY(FieldCipher::isAvailable(CipherSuite(suite)));
        FieldCipher cipher(key(), CipherSuite(suite));
        const QByteArray plain = QStringLiteral("测试甲 样例路 1 号").toUtf8();
        auto enc = cipher.encrypt(plain, "applicants.name_enc");
        QVERIFY(enc.ok());
        QVERIFY(!enc.value().contains(plain));
        QCOMPARE(enc.value().at(1), char(suite));
        auto dec = cipher.decrypt(enc.value(), "applicants.name_enc");
        QVERIFY(dec.ok());
        QCOMPARE(dec.value(), plain);

        // Empty values round-trip too.
        auto empty = cipher.encrypt(QByteArray(), "x");
        QVERIFY(empty.ok());
        QCOMPARE(cipher.decrypt(empty.value(), "x").value(), QByteArray());

        // Same plaintext twice gives different ciphertexts (random nonce).
        QVERIFY(cipher.encrypt(plain, "a").value() != cipher.encrypt(plain, "a").value());
    }
    void tamperingIsDetected_data() { roundTrip_data(); }
    void tamperingIsDetected()
    {
        QFETCH(int, suite);
        FieldCipher cipher(key(), CipherSuite(suite));
        const QByteArray enc = cipher.encrypt("secret value", "col").value();
        for (qsizetype i = 0; i < enc.size(); ++i) {
            QByteArray bad = enc;
            bad[i] = char(bad[i] ^ 0x01);
            const auto r = cipher.decrypt(bad, "col");
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("flipped byte %1 was not detected").arg(i)));
        }
        QVERIFY(!cipher.decrypt(enc, "other column").ok());
        QVERIFY(!cipher.decrypt(enc.left(enc.size() - 1), "col").ok());
        QVERIFY(!cipher.decrypt(QByteArray(), "col").ok());
        FieldCipher other(key('o'), CipherSuite(suite));
        QCOMPARE(other.decrypt(enc, "col").error().code, QStringLiteral("crypto.auth"));
    }
    void bothSuitesStayReadable()
    {
        FieldCipher aes(key(), CipherSuite::Aes256Gcm);
        FieldCipher sm4(key(), CipherSuite::Sm4CtrHmacSm3);
        QCOMPARE(aes.decrypt(sm4.encrypt("x", "a").value(), "a").value(), QByteArray("x"));
        QCOMPARE(sm4.decrypt(aes.encrypt("y", "a").value(), "a").value(), QByteArray("y"));
    }
    void blindIndex()
    {
        FieldCipher a(key(), CipherSuite::Aes256Gcm);
        FieldCipher b(key('z'), CipherSuite::Aes256Gcm);
        QCOMPARE(a.blindIndex("110105194912310021"), a.blindIndex("110105194912310021"));
        QVERIFY(a.blindIndex("110105194912310021") != a.blindIndex("110105194912310022"));
        QVERIFY(a.blindIndex("110105194912310021") != b.blindIndex("110105194912310021"));
        QCOMPARE(a.blindIndex("v").size(), 64);
        QVERIFY(a.keyCheck() != b.keyCheck());
    }
};

YC_TEST_MAIN(TestFieldCipher)
#include "TestFieldCipher.moc"
