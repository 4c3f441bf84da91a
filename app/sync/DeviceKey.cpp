#include "sync/DeviceKey.h"

#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace yc::sync {

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

Result<DeviceKey> DeviceKey::generate()
{
    EVP_PKEY* pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
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
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, d->key) == 1 &&
              EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(data.data()),
                             static_cast<size_t>(data.size())) == 1;
    if (ok) {
        sig.resize(static_cast<qsizetype>(len));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len,
                            reinterpret_cast<const unsigned char*>(data.data()), static_cast<size_t>(data.size())) == 1;
        sig.resize(static_cast<qsizetype>(len));
    }
    EVP_MD_CTX_free(ctx);
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
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, pkey) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.data()),
                         static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char*>(data.data()),
                         static_cast<size_t>(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    return ok;
}

} // namespace yc::sync
