// The window's signing key, the offline sign-in verifier and the mapping of platform answers to
// retryable and permanent failures.
#include "TestMain.h"
#include "sync/DeviceKey.h"
#include "sync/OfflineVerifier.h"
#include "sync/ResponseParsers.h"
#include "sync/RetryPolicy.h"

using namespace yc::sync;

class TestSyncCrypto : public QObject
{
    Q_OBJECT

private slots:
    void deviceKeySignsAndSurvivesStorage()
    {
        auto key = DeviceKey::generate();
        QVERIFY(key.ok());
        const QByteArray data("{\"caseId\":\"x\"}");
        auto sig = key.value().sign(data);
        QVERIFY(sig.ok());
        QVERIFY(DeviceKey::verify(key.value().publicKeyDer(), data, sig.value()));
        QVERIFY(!DeviceKey::verify(key.value().publicKeyDer(), QByteArray(data + " "), sig.value()));
        auto restored = DeviceKey::fromPrivateKeyDer(key.value().privateKeyDer());
        QVERIFY(restored.ok());
        QCOMPARE(restored.value().publicKeyDer(), key.value().publicKeyDer());
        QVERIFY(!DeviceKey::fromPrivateKeyDer("garbage").ok());
    }

    // SM2 with SM3 (sm2-sm3): signs, verifies, survives storage and keeps its algorithm.
    void sm2KeySignsAndSurvivesStorage()
    {
        auto key = DeviceKey::generate(DeviceKey::sm2Algorithm());
        QVERIFY(key.ok());
        QCOMPARE(key.value().algorithm(), QStringLiteral("sm2-sm3"));
        const QByteArray data("{\"caseId\":\"x\"}");
        auto sig = key.value().sign(data);
        QVERIFY(sig.ok());
        QVERIFY(DeviceKey::verify(key.value().publicKeyDer(), data, sig.value()));
        QVERIFY(!DeviceKey::verify(key.value().publicKeyDer(), QByteArray(data + " "), sig.value()));
        auto restored = DeviceKey::fromPrivateKeyDer(key.value().privateKeyDer());
        QVERIFY(restored.ok());
        QCOMPARE(restored.value().algorithm(), QStringLiteral("sm2-sm3"));
        QVERIFY(DeviceKey::verify(key.value().publicKeyDer(), data, restored.value().sign(data).value()));
        // An ECDSA key does not verify an SM2 signature, nor the other way round.
        auto ecdsa = DeviceKey::generate();
        QVERIFY(ecdsa.ok());
        QCOMPARE(ecdsa.value().algorithm(), QStringLiteral("ecdsa-p256-sha256"));
        QVERIFY(!DeviceKey::verify(ecdsa.value().publicKeyDer(), data, sig.value()));
        QVERIFY(!DeviceKey::verify(key.value().publicKeyDer(), data, ecdsa.value().sign(data).value()));
        QCOMPARE(DeviceKey::generate(QStringLiteral("rsa")).error().code, QStringLiteral("crypto.algorithm"));
    }

    void offlineVerifier()
    {
        const auto record = OfflineVerifier::create(QStringLiteral("train-c1001"));
        QCOMPARE(record.verifier.size(), 32);
        QCOMPARE(record.salt.size(), 16);
        QVERIFY(OfflineVerifier::check(QStringLiteral("train-c1001"), record));
        QVERIFY(!OfflineVerifier::check(QStringLiteral("train-c1002"), record));
        // Salted: the same password gives another verifier.
        QVERIFY(OfflineVerifier::create(QStringLiteral("train-c1001")).verifier != record.verifier);
        // Unknown or absurd parameters never verify.
        auto bad = record;
        bad.kdf = QStringLiteral("scrypt$1$1$1");
        QVERIFY(!OfflineVerifier::check(QStringLiteral("train-c1001"), bad));
    }

    void failuresAreClassified()
    {
        auto f = ResponseParsers::httpFailure(
            503, std::chrono::seconds(7), R"({"error":{"code":"unavailable","retryable":true,"retryAfterSeconds":2}})");
        QCOMPARE(f.kind, FailureKind::Retryable);
        QCOMPARE(f.retryAfter->count(), 7);
        f = ResponseParsers::httpFailure(401, {}, R"({"error":{"code":"token-expired"}})");
        QCOMPARE(f.kind, FailureKind::Auth);
        f = ResponseParsers::httpFailure(422, {}, R"({"error":{"code":"bad-signature","message":"nope"}})");
        QCOMPARE(f.kind, FailureKind::Permanent);
        QVERIFY(f.message.contains(QStringLiteral("nope")));
        f = ResponseParsers::httpFailure(500, {}, "<html>");
        QCOMPARE(f.kind, FailureKind::Retryable);
        auto cut = ResponseParsers::changes(R"({"changes":[{"seq":4)");
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().kind, FailureKind::Retryable);
        QCOMPARE(cut.error().code, QStringLiteral("json.invalid"));
        // Retry-After wins over a shorter backoff.
        RetryPolicy policy;
        policy.firstDelay = std::chrono::seconds(1);
        QCOMPARE(policy.delayAfter(1, std::chrono::seconds(30)).count(), 30);
    }
};

YC_TEST_MAIN(TestSyncCrypto)
#include "TestSyncCrypto.moc"
