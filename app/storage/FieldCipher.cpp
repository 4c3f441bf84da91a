#include "storage/FieldCipher.h"

#include "core/SecureWipe.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace yc::storage {

namespace {

constexpr char FormatVersion = 0x01;
constexpr int GcmNonceSize = 12;
constexpr int GcmTagSize = 16;
constexpr int CtrIvSize = 16;
constexpr int Sm3MacSize = 32;

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
struct CipherFree
{
    void operator()(EVP_CIPHER* c) const { EVP_CIPHER_free(c); }
};
struct MacFree
{
    void operator()(EVP_MAC* m) const { EVP_MAC_free(m); }
};
struct MacCtxFree
{
    void operator()(EVP_MAC_CTX* m) const { EVP_MAC_CTX_free(m); }
};
struct KdfFree
{
    void operator()(EVP_KDF* k) const { EVP_KDF_free(k); }
};
struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX* k) const { EVP_KDF_CTX_free(k); }
};

unsigned char* u(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}
const unsigned char* u(QByteArrayView b)
{
    return reinterpret_cast<const unsigned char*>(b.data());
}

QByteArray hkdf(const QByteArray& key, const char* info, int length)
{
    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf)
        return {};
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf.get()));
    char digest[] = "SHA256";
    char salt[] = "yichuang data key v1";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char*>(key.data()),
                                          static_cast<size_t>(key.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt, sizeof(salt) - 1),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info), strlen(info)),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), u(out), static_cast<size_t>(out.size()), params) != 1)
        return {};
    return out;
}

QByteArray hmac(const char* digestName, const QByteArray& key, std::initializer_list<QByteArrayView> parts)
{
    std::unique_ptr<EVP_MAC, MacFree> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return {};
    std::unique_ptr<EVP_MAC_CTX, MacCtxFree> ctx(EVP_MAC_CTX_new(mac.get()));
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digestName), 0),
        OSSL_PARAM_construct_end(),
    };
    if (!ctx || EVP_MAC_init(ctx.get(), u(QByteArrayView(key)), static_cast<size_t>(key.size()), params) != 1)
        return {};
    for (QByteArrayView part : parts) {
        if (EVP_MAC_update(ctx.get(), u(part), static_cast<size_t>(part.size())) != 1)
            return {};
    }
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t len = 0;
    if (EVP_MAC_final(ctx.get(), u(out), &len, static_cast<size_t>(out.size())) != 1)
        return {};
    out.truncate(static_cast<qsizetype>(len));
    return out;
}

QByteArray lengthPrefix(qsizetype n)
{
    QByteArray b(8, '\0');
    for (int i = 0; i < 8; ++i)
        b[7 - i] = static_cast<char>((static_cast<quint64>(n) >> (8 * i)) & 0xff);
    return b;
}

Error cryptoError(const QString& code, const QString& message)
{
    return makeError(code, message);
}

} // namespace

FieldCipher::FieldCipher(const QByteArray& dataKey, CipherSuite suite)
    : m_suite(suite)
    , m_aesKey(hkdf(dataKey, "yc aes-256-gcm", 32))
    , m_sm4Key(hkdf(dataKey, "yc sm4-ctr", 16))
    , m_sm3MacKey(hkdf(dataKey, "yc hmac-sm3", 32))
    , m_indexKey(hkdf(dataKey, "yc blind index", 32))
    , m_checkKey(hkdf(dataKey, "yc key check", 32))
{}

FieldCipher::~FieldCipher()
{
    secureWipe(m_aesKey);
    secureWipe(m_sm4Key);
    secureWipe(m_sm3MacKey);
    secureWipe(m_indexKey);
    secureWipe(m_checkKey);
}

bool FieldCipher::isAvailable(CipherSuite suite)
{
    const char* name = suite == CipherSuite::Aes256Gcm ? "AES-256-GCM" : "SM4-CTR";
    std::unique_ptr<EVP_CIPHER, CipherFree> cipher(EVP_CIPHER_fetch(nullptr, name, nullptr));
    if (!cipher)
        return false;
    if (suite == CipherSuite::Sm4CtrHmacSm3) {
        EVP_MD* md = EVP_MD_fetch(nullptr, "SM3", nullptr);
        const bool ok = md != nullptr;
        EVP_MD_free(md);
        return ok;
    }
    return true;
}

Result<QByteArray> FieldCipher::encrypt(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    if (m_aesKey.isEmpty())
        return cryptoError(QStringLiteral("crypto.key"), tr("The encryption keys could not be derived."));
    const bool gcm = m_suite == CipherSuite::Aes256Gcm;
    const int ivSize = gcm ? GcmNonceSize : CtrIvSize;
    const int tagSize = gcm ? GcmTagSize : Sm3MacSize;

    std::unique_ptr<EVP_CIPHER, CipherFree> cipher(EVP_CIPHER_fetch(nullptr, gcm ? "AES-256-GCM" : "SM4-CTR", nullptr));
    if (!cipher)
        return cryptoError(QStringLiteral("crypto.unavailable"),
                           tr("This system's OpenSSL does not offer the selected cipher."));

    QByteArray out(2 + ivSize + plaintext.size() + tagSize, Qt::Uninitialized);
    out[0] = FormatVersion;
    out[1] = static_cast<char>(m_suite);
    unsigned char* iv = u(out) + 2;
    if (RAND_bytes(iv, ivSize) != 1)
        return cryptoError(QStringLiteral("crypto.random"), tr("The system could not supply random numbers."));

    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    const QByteArray& key = gcm ? m_aesKey : m_sm4Key;
    int len = 0;
    unsigned char* body = iv + ivSize;
    bool ok = ctx && EVP_EncryptInit_ex2(ctx.get(), cipher.get(), u(QByteArrayView(key)), iv, nullptr) == 1;
    if (ok && gcm && !associatedData.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(associatedData), static_cast<int>(associatedData.size())) ==
             1;
    if (ok && !plaintext.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), body, &len, u(plaintext), static_cast<int>(plaintext.size())) == 1;
    int finalLen = 0;
    if (ok)
        ok = EVP_EncryptFinal_ex(ctx.get(), body + plaintext.size(), &finalLen) == 1;
    unsigned char* tag = body + plaintext.size();
    if (ok && gcm) {
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, GcmTagSize, tag) == 1;
    } else if (ok) {
        const QByteArrayView authenticated(out.constData(), 2 + ivSize + plaintext.size());
        const QByteArray mac =
            hmac("SM3", m_sm3MacKey, {authenticated, lengthPrefix(associatedData.size()), associatedData});
        ok = mac.size() == Sm3MacSize;
        if (ok)
            memcpy(tag, mac.constData(), Sm3MacSize);
    }
    if (!ok)
        return cryptoError(QStringLiteral("crypto.encrypt"), tr("Encryption failed."));
    return out;
}

Result<QByteArray> FieldCipher::decrypt(QByteArrayView ciphertext, QByteArrayView associatedData) const
{
    const Error damaged =
        makeError(QStringLiteral("crypto.auth"), tr("Encrypted data is damaged or was written with another key."));
    if (ciphertext.size() < 2 || ciphertext[0] != FormatVersion)
        return damaged;
    const auto suite = static_cast<CipherSuite>(static_cast<unsigned char>(ciphertext[1]));
    if (suite != CipherSuite::Aes256Gcm && suite != CipherSuite::Sm4CtrHmacSm3)
        return damaged;
    const bool gcm = suite == CipherSuite::Aes256Gcm;
    const int ivSize = gcm ? GcmNonceSize : CtrIvSize;
    const int tagSize = gcm ? GcmTagSize : Sm3MacSize;
    if (ciphertext.size() < 2 + ivSize + tagSize)
        return damaged;
    const qsizetype bodySize = ciphertext.size() - 2 - ivSize - tagSize;
    const unsigned char* iv = u(ciphertext) + 2;
    const unsigned char* body = iv + ivSize;
    const unsigned char* tag = body + bodySize;

    if (!gcm) {
        const QByteArray mac =
            hmac("SM3", m_sm3MacKey,
                 {ciphertext.first(2 + ivSize + bodySize), lengthPrefix(associatedData.size()), associatedData});
        if (mac.size() != Sm3MacSize || CRYPTO_memcmp(mac.constData(), tag, Sm3MacSize) != 0)
            return damaged;
    }

    std::unique_ptr<EVP_CIPHER, CipherFree> cipher(EVP_CIPHER_fetch(nullptr, gcm ? "AES-256-GCM" : "SM4-CTR", nullptr));
    if (!cipher)
        return cryptoError(QStringLiteral("crypto.unavailable"),
                           tr("This system's OpenSSL does not offer the cipher this data was written with."));
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    const QByteArray& key = gcm ? m_aesKey : m_sm4Key;
    QByteArray out(bodySize, Qt::Uninitialized);
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex2(ctx.get(), cipher.get(), u(QByteArrayView(key)), iv, nullptr) == 1;
    if (ok && gcm && !associatedData.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(associatedData), static_cast<int>(associatedData.size())) ==
             1;
    if (ok && bodySize > 0)
        ok = EVP_DecryptUpdate(ctx.get(), u(out), &len, body, static_cast<int>(bodySize)) == 1;
    if (ok && gcm)
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, GcmTagSize, const_cast<unsigned char*>(tag)) == 1;
    int finalLen = 0;
    if (ok)
        ok = EVP_DecryptFinal_ex(ctx.get(), u(out) + bodySize, &finalLen) == 1;
    if (!ok) {
        secureWipe(out);
        return damaged;
    }
    return out;
}

QString FieldCipher::blindIndex(QByteArrayView normalizedValue) const
{
    const char* digest = m_suite == CipherSuite::Sm4CtrHmacSm3 ? "SM3" : "SHA256";
    return QString::fromLatin1(hmac(digest, m_indexKey, {normalizedValue}).toHex());
}

QString FieldCipher::keyCheck() const
{
    return QString::fromLatin1(hmac("SHA256", m_checkKey, {QByteArrayView("yichuang key check")}).toHex());
}

} // namespace yc::storage
