#include "PlatformCrypto.h"

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

// A digest-sign/verify context. With SM2 the key context carrying the distinguishing identifier is set
// on the digest context, which does not take ownership of it: it is freed here, after the digest context.
struct DigestContext
{
    Ptr<EVP_PKEY_CTX> keyContext; // declared first: destroyed last
    Ptr<EVP_MD_CTX> md;
};

DigestContext digestContext(const QString& algorithm, EVP_PKEY* key, bool signing)
{
    DigestContext context;
    context.md.reset(EVP_MD_CTX_new());
    if (!context.md)
        return {};
    const EVP_MD* digest = nullptr;
    if (algorithm == u"sm2-sm3"_s) {
        context.keyContext.reset(EVP_PKEY_CTX_new(key, nullptr));
        if (!context.keyContext || EVP_PKEY_CTX_set1_id(context.keyContext.get(), kSm2Id, sizeof kSm2Id - 1) != 1)
            return {};
        EVP_MD_CTX_set_pkey_ctx(context.md.get(), context.keyContext.get());
        digest = EVP_sm3();
    } else if (algorithm == u"ecdsa-p256-sha256"_s) {
        digest = EVP_sha256();
    } else {
        return {};
    }
    const int rc = signing ? EVP_DigestSignInit(context.md.get(), nullptr, digest, nullptr, key)
                           : EVP_DigestVerifyInit(context.md.get(), nullptr, digest, nullptr, key);
    if (rc != 1)
        return {};
    return context;
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
    const DigestContext context = digestContext(algorithm, key.get(), false);
    if (!context.md)
        return false;
    return EVP_DigestVerify(context.md.get(), reinterpret_cast<const unsigned char*>(derSignature.constData()),
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
    const DigestContext context = digestContext(algorithm, key.get(), true);
    if (!context.md)
        return {};
    EVP_MD_CTX* md = context.md.get();
    size_t length = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(data.constData());
    if (EVP_DigestSign(md, nullptr, &length, in, static_cast<size_t>(data.size())) != 1)
        return {};
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(md, reinterpret_cast<unsigned char*>(out.data()), &length, in,
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

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(m_context), EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_context));
}

void Sha256::add(const char* data, qint64 size)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_context), data, static_cast<size_t>(size));
    m_bytes += size;
}

bool Sha256::addDevice(QIODevice* device)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        add(buffer.constData(), n);
    }
}

QByteArray Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(m_context), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex();
}

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray sha256Hex(const QByteArray& data)
{
    Sha256 hash;
    hash.add(data.constData(), data.size());
    return hash.hex();
}

} // namespace yc::platform
