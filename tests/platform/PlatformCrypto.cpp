#include "PlatformCrypto.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace yc::platform {

namespace {
struct Free
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
template<typename T>
using Ptr = std::unique_ptr<T, Free>;

const char kSm2Id[] = "1234567812345678";

Ptr<EVP_PKEY> readPublic(const QByteArray& pem)
{
    Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return {};
    return Ptr<EVP_PKEY>(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
}

Ptr<EVP_PKEY> readPrivate(const QByteArray& pem)
{
    Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return {};
    return Ptr<EVP_PKEY>(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QString groupName(EVP_PKEY* key)
{
    char name[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length) != 1)
        return {};
    return QString::fromLatin1(name, static_cast<qsizetype>(length));
}

// Sets up a digest-sign/verify context for the algorithm (SM2 needs its distinguishing identifier).
Ptr<EVP_MD_CTX> digestContext(const QString& algorithm, EVP_PKEY* key, bool signing)
{
    Ptr<EVP_MD_CTX> md(EVP_MD_CTX_new());
    if (!md)
        return {};
    if (algorithm == u"sm2-sm3"_s) {
        EVP_PKEY_CTX* pctx = EVP_PKEY_CTX_new(key, nullptr);
        if (!pctx)
            return {};
        if (EVP_PKEY_CTX_set1_id(pctx, kSm2Id, sizeof kSm2Id - 1) != 1) {
            EVP_PKEY_CTX_free(pctx);
            return {};
        }
        EVP_MD_CTX_set_pkey_ctx(md.get(), pctx); // md now owns pctx
        const int rc = signing ? EVP_DigestSignInit(md.get(), nullptr, EVP_sm3(), nullptr, key)
                               : EVP_DigestVerifyInit(md.get(), nullptr, EVP_sm3(), nullptr, key);
        return rc == 1 ? std::move(md) : Ptr<EVP_MD_CTX>();
    }
    if (algorithm == u"ecdsa-p256-sha256"_s) {
        const int rc = signing ? EVP_DigestSignInit(md.get(), nullptr, EVP_sha256(), nullptr, key)
                               : EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, key);
        return rc == 1 ? std::move(md) : Ptr<EVP_MD_CTX>();
    }
    return {};
}

QByteArray pbkdf2(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), static_cast<int>(out.size()),
                          reinterpret_cast<unsigned char*>(out.data())) != 1)
        return {};
    return out;
}
} // namespace

QByteArray canonicalJson(QJsonObject object)
{
    object.remove(u"signature"_s);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool publicKeyMatches(const QByteArray& publicKeyPem, const QString& algorithm, QString* error)
{
    const Ptr<EVP_PKEY> key = readPublic(publicKeyPem);
    if (!key) {
        *error = u"publicKey is not a PEM SubjectPublicKeyInfo"_s;
        return false;
    }
    const QString group = groupName(key.get());
    if (algorithm == u"ecdsa-p256-sha256"_s && group == u"prime256v1"_s)
        return true;
    if (algorithm == u"sm2-sm3"_s && group.compare(u"SM2"_s, Qt::CaseInsensitive) == 0)
        return true;
    *error = u"publicKey (curve \"%1\") does not match keyAlgorithm %2"_s.arg(group, algorithm);
    return false;
}

bool verifySignature(const QString& algorithm, const QByteArray& publicKeyPem, const QByteArray& data,
                     const QByteArray& derSignature)
{
    const Ptr<EVP_PKEY> key = readPublic(publicKeyPem);
    if (!key)
        return false;
    const Ptr<EVP_MD_CTX> md = digestContext(algorithm, key.get(), false);
    if (!md)
        return false;
    return EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char*>(derSignature.constData()),
                            static_cast<size_t>(derSignature.size()),
                            reinterpret_cast<const unsigned char*>(data.constData()),
                            static_cast<size_t>(data.size())) == 1;
}

bool generateKeyPair(const QString& algorithm, QByteArray* privateKeyPem, QByteArray* publicKeyPem)
{
    const char* curve = algorithm == u"sm2-sm3"_s ? "SM2" : "P-256";
    Ptr<EVP_PKEY> key(algorithm == u"sm2-sm3"_s ? EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2")
                                                : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
    if (!key)
        return false;
    Ptr<BIO> priv(BIO_new(BIO_s_mem()));
    Ptr<BIO> pub(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(priv.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_PUBKEY(pub.get(), key.get()) != 1)
        return false;
    char* p = nullptr;
    long n = BIO_get_mem_data(priv.get(), &p);
    *privateKeyPem = QByteArray(p, n);
    n = BIO_get_mem_data(pub.get(), &p);
    *publicKeyPem = QByteArray(p, n);
    return true;
}

QByteArray sign(const QString& algorithm, const QByteArray& privateKeyPem, const QByteArray& data)
{
    const Ptr<EVP_PKEY> key = readPrivate(privateKeyPem);
    if (!key)
        return {};
    const Ptr<EVP_MD_CTX> md = digestContext(algorithm, key.get(), true);
    if (!md)
        return {};
    size_t length = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(data.constData());
    if (EVP_DigestSign(md.get(), nullptr, &length, in, static_cast<size_t>(data.size())) != 1)
        return {};
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(out.data()), &length, in,
                       static_cast<size_t>(data.size())) != 1)
        return {};
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

QString hashPassword(const QString& password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), static_cast<int>(salt.size()));
    const QByteArray hash = pbkdf2(password, salt, iterations);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verifyPassword(const QString& password, const QString& encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256"_s)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = pbkdf2(password, salt, iterations);
    return !actual.isEmpty() && actual.size() == expected.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), static_cast<size_t>(actual.size())) == 0;
}

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace yc::platform
