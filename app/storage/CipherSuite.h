#pragma once

#include <QString>

#include <optional>

namespace yc::storage {

// Authenticated encryption for personal data at rest.
//  - Aes256Gcm: the portable default.
//  - Sm4CtrHmacSm3: for platforms assessed against the commercial-cryptography (商用密码)
//    standards. OpenSSL 3.0 has no SM4-GCM, so SM4-CTR is authenticated with HMAC-SM3,
//    encrypt-then-MAC.
// The numeric values are written into every ciphertext; never renumber them.
enum class CipherSuite : unsigned char
{
    Aes256Gcm = 1,
    Sm4CtrHmacSm3 = 2,
};

[[nodiscard]] inline QString cipherSuiteName(CipherSuite suite)
{
    return suite == CipherSuite::Sm4CtrHmacSm3 ? QStringLiteral("sm4") : QStringLiteral("aes");
}

[[nodiscard]] inline std::optional<CipherSuite> cipherSuiteFromName(const QString& name)
{
    if (name == QLatin1String("aes") || name == QLatin1String("aes-256-gcm"))
        return CipherSuite::Aes256Gcm;
    if (name == QLatin1String("sm4") || name == QLatin1String("sm4-ctr-hmac-sm3"))
        return CipherSuite::Sm4CtrHmacSm3;
    return std::nullopt;
}

} // namespace yc::storage
