#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace yc::sync {

// This PC's signing key pair, through OpenSSL 3: ECDSA P-256 with SHA-256 ("ecdsa-p256-sha256"), or
// SM2 with SM3 ("sm2-sm3", GB/T 32918 / GB/T 32905, signer id 1234567812345678 as GB/T 35276
// recommends). Created locally at enrolment; only the public key leaves the PC. The private key is
// stored encrypted with the store's FieldCipher (see Enrolment).
class DeviceKey
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::DeviceKey)

public:
    DeviceKey();
    ~DeviceKey();
    DeviceKey(DeviceKey&&) noexcept;
    DeviceKey& operator=(DeviceKey&&) noexcept;

    [[nodiscard]] static Result<DeviceKey> generate(const QString& algorithm = defaultAlgorithm());
    [[nodiscard]] static Result<DeviceKey> fromPrivateKeyDer(QByteArrayView pkcs8Der);

    [[nodiscard]] bool isNull() const;
    [[nodiscard]] static QString defaultAlgorithm() { return QStringLiteral("ecdsa-p256-sha256"); }
    [[nodiscard]] static QString sm2Algorithm() { return QStringLiteral("sm2-sm3"); }
    [[nodiscard]] static bool isSupported(const QString& algorithm);
    // The algorithm of this key, read from the key itself.
    [[nodiscard]] QString algorithm() const;
    [[nodiscard]] QByteArray privateKeyDer() const; // PKCS#8 DER: keep encrypted
    [[nodiscard]] QByteArray publicKeyDer() const;  // SubjectPublicKeyInfo DER
    // The signature (DER) of data: ECDSA over SHA-256, or SM2 over SM3 (with the signer id).
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView data) const;
    // Verifies with the algorithm of the public key.
    // body with "signature": {"algorithm", "value" (base64)} added: the signature over body's compact
    // JSON as given (PROTOCOL.md §10; cases and supplements).
    [[nodiscard]] Result<QJsonObject> signBody(QJsonObject body) const;
    [[nodiscard]] static bool verify(QByteArrayView publicKeyDer, QByteArrayView data, QByteArrayView signature);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace yc::sync
