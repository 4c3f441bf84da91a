#include "../fuzz/FieldCipherFuzzKey.h"
#include "TestMain.h"
#include "storage/FieldCipher.h"

#include <QDir>
#include <QFile>

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
    // The fuzz target's valid-* seeds decrypt under its key, so the fuzzer reaches the successful
    // path; the other seeds do not.
    void fuzzSeedsAreValidCiphertexts()
    {
        const QDir corpus(QStringLiteral(YC_FIELD_CIPHER_CORPUS));
        const FieldCipher cipher(yc::test::fieldCipherFuzzKey(), CipherSuite::Aes256Gcm);
        QMap<char, int> validPerSuite;
        int invalid = 0;
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY2(!files.isEmpty(), qPrintable(corpus.path()));
        for (const QString& name : files) {
            QFile f(corpus.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const auto decrypted = cipher.decrypt(bytes, yc::test::fieldCipherFuzzAssociatedData);
            if (name.startsWith(QLatin1String("valid-"))) {
                QVERIFY2(decrypted.ok(), qPrintable(name + QStringLiteral(" does not decrypt under the fuzz key")));
                ++validPerSuite[bytes.at(1)];
            } else {
                QVERIFY2(!decrypted.ok(), qPrintable(name + QStringLiteral(" decrypts; name it valid-*")));
                ++invalid;
            }
        }
        QVERIFY2(validPerSuite.value(char(CipherSuite::Aes256Gcm)) >= 2, "too few valid AES-256-GCM seeds");
        QVERIFY2(validPerSuite.value(char(CipherSuite::Sm4CtrHmacSm3)) >= 2, "too few valid SM4 seeds");
        QVERIFY(invalid >= 1);
    }
};

YC_TEST_MAIN(TestFieldCipher)
#include "TestFieldCipher.moc"
