#include "sync/OfflineVerifier.h"

#include "core/SecureWipe.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace yc::sync {

QByteArray OfflineVerifier::derive(const QString& password, const QByteArray& salt, const QString& kdf)
{
    const QStringList parts = kdf.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("scrypt"))
        return {};
    const quint64 n = parts[1].toULongLong();
    const quint64 r = parts[2].toULongLong();
    const quint64 p = parts[3].toULongLong();
    if (n < 2 || n > (1u << 22) || r == 0 || r > 32 || p == 0 || p > 16)
        return {};
    QByteArray pass = password.toUtf8();
    QByteArray out(32, '\0');
    const quint64 maxMem = 128 * n * r * p + (1u << 20) + 128 * r * p;
    const int ok =
        EVP_PBE_scrypt(pass.constData(), static_cast<size_t>(pass.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<size_t>(salt.size()), n, r,
                       p, maxMem, reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()));
    secureWipe(pass);
    return ok == 1 ? out : QByteArray();
}

OfflineVerifier::Record OfflineVerifier::create(const QString& password, const QString& kdf)
{
    Record r;
    r.kdf = kdf;
    r.salt.resize(16);
    RAND_bytes(reinterpret_cast<unsigned char*>(r.salt.data()), static_cast<int>(r.salt.size()));
    r.verifier = derive(password, r.salt, kdf);
    return r;
}

bool OfflineVerifier::check(const QString& password, const Record& record)
{
    QByteArray candidate = derive(password, record.salt, record.kdf);
    const bool same =
        !candidate.isEmpty() && candidate.size() == record.verifier.size() &&
        CRYPTO_memcmp(candidate.constData(), record.verifier.constData(), static_cast<size_t>(candidate.size())) == 0;
    secureWipe(candidate);
    return same;
}

} // namespace yc::sync
