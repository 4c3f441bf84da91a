#include "sync/DeviceKey.h"

#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace yc::sync {

namespace {

// GB/T 35276's default signer id for SM2 signatures; the platform uses the same.
constexpr char Sm2Id[] = "1234567812345678";

bool isSm2(EVP_PKEY* key)
{
    return key && EVP_PKEY_is_a(key, "SM2");
}

// A digest context set up for `key`: SM3 with the signer id for SM2, SHA-256 otherwise. The key
// context belongs to the digest context once set (EVP_MD_CTX_set_pkey_ctx does not take it), so
// both are freed together by the caller through the returned pair.
struct DigestContext
{
    EVP_PKEY_CTX* keyContext = nullptr;
    EVP_MD_CTX* md = nullptr;
    ~DigestContext()
    {
        EVP_MD_CTX_free(md);
        EVP_PKEY_CTX_free(keyContext);
    }
};

bool initDigest(DigestContext& c, EVP_PKEY* key, bool signing)
{
    c.md = EVP_MD_CTX_new();
    if (!c.md)
        return false;
    const EVP_MD* digest = EVP_sha256();
    if (isSm2(key)) {
        c.keyContext = EVP_PKEY_CTX_new(key, nullptr);
        if (!c.keyContext || EVP_PKEY_CTX_set1_id(c.keyContext, Sm2Id, sizeof Sm2Id - 1) != 1)
            return false;
        EVP_MD_CTX_set_pkey_ctx(c.md, c.keyContext);
        digest = EVP_sm3();
    }
    return (signing ? EVP_DigestSignInit(c.md, nullptr, digest, nullptr, key)
                    : EVP_DigestVerifyInit(c.md, nullptr, digest, nullptr, key)) == 1;
}

} // namespace

struct DeviceKey::Impl
{
    EVP_PKEY* key = nullptr;
    ~Impl() { EVP_PKEY_free(key); }
};

DeviceKey::DeviceKey() = default;
DeviceKey::~DeviceKey() = default;
DeviceKey::DeviceKey(DeviceKey&&) noexcept = default;
DeviceKey& DeviceKey::operator=(DeviceKey&&) noexcept = default;

bool DeviceKey::isNull() const
{
    return !d || !d->key;
}

bool DeviceKey::isSupported(const QString& algorithm)
{
    return algorithm == defaultAlgorithm() || algorithm == sm2Algorithm();
}

QString DeviceKey::algorithm() const
{
    if (isNull())
        return {};
    return isSm2(d->key) ? sm2Algorithm() : defaultAlgorithm();
}

Result<DeviceKey> DeviceKey::generate(const QString& algorithm)
{
    if (!isSupported(algorithm))
        return makeError(QStringLiteral("crypto.algorithm"),
                         tr("Unknown key algorithm \"%1\": use ecdsa-p256-sha256 or sm2-sm3.").arg(algorithm));
    EVP_PKEY* pkey = algorithm == sm2Algorithm() ? EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2")
                                                 : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!pkey)
        return makeError(QStringLiteral("crypto.keygen"), tr("The key pair of this PC could not be created."));
    DeviceKey k;
    k.d = std::make_unique<Impl>();
    k.d->key = pkey;
    return k;
}

Result<DeviceKey> DeviceKey::fromPrivateKeyDer(QByteArrayView pkcs8Der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(pkcs8Der.data());
    EVP_PKEY* pkey = d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(pkcs8Der.size()));
    if (!pkey)
        return makeError(QStringLiteral("crypto.key"), tr("The stored key of this PC is unreadable."));
    DeviceKey k;
    k.d = std::make_unique<Impl>();
    k.d->key = pkey;
    return k;
}

QByteArray DeviceKey::privateKeyDer() const
{
    if (isNull())
        return {};
    unsigned char* out = nullptr;
    const int n = i2d_PrivateKey(d->key, &out);
    if (n <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char*>(out), n);
    OPENSSL_clear_free(out, static_cast<size_t>(n));
    return result;
}

QByteArray DeviceKey::publicKeyDer() const
{
    if (isNull())
        return {};
    unsigned char* out = nullptr;
    const int n = i2d_PUBKEY(d->key, &out);
    if (n <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char*>(out), n);
    OPENSSL_free(out);
    return result;
}

Result<QByteArray> DeviceKey::sign(QByteArrayView data) const
{
    if (isNull())
        return makeError(QStringLiteral("crypto.key"), tr("This PC has no signing key; enrol it first."));
    DigestContext ctx;
    size_t len = 0;
    QByteArray sig;
    bool ok = initDigest(ctx, d->key, true) &&
              EVP_DigestSign(ctx.md, nullptr, &len, reinterpret_cast<const unsigned char*>(data.data()),
                             static_cast<size_t>(data.size())) == 1;
    if (ok) {
        sig.resize(static_cast<qsizetype>(len));
        ok = EVP_DigestSign(ctx.md, reinterpret_cast<unsigned char*>(sig.data()), &len,
                            reinterpret_cast<const unsigned char*>(data.data()), static_cast<size_t>(data.size())) == 1;
        sig.resize(static_cast<qsizetype>(len));
    }
    if (!ok)
        return makeError(QStringLiteral("crypto.sign"), tr("The case could not be signed with the key of this PC."));
    return sig;
}

Result<QJsonObject> DeviceKey::signBody(QJsonObject body) const
{
    auto signature = sign(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!signature)
        return signature.error();
    body.insert(QStringLiteral("signature"),
                QJsonObject{{QStringLiteral("algorithm"), algorithm()},
                            {QStringLiteral("value"), QString::fromLatin1(signature.value().toBase64())}});
    return body;
}

bool DeviceKey::verify(QByteArrayView publicKeyDer, QByteArrayView data, QByteArrayView signature)
{
    const auto* p = reinterpret_cast<const unsigned char*>(publicKeyDer.data());
    EVP_PKEY* pkey = d2i_PUBKEY(nullptr, &p, static_cast<long>(publicKeyDer.size()));
    if (!pkey)
        return false;
    bool ok = false;
    {
        DigestContext ctx;
        ok =
            initDigest(ctx, pkey, false) &&
            EVP_DigestVerify(ctx.md, reinterpret_cast<const unsigned char*>(signature.data()),
                             static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char*>(data.data()),
                             static_cast<size_t>(data.size())) == 1;
    }
    EVP_PKEY_free(pkey);
    return ok;
}

} // namespace yc::sync
