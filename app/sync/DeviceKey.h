#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace yc::sync {

// This PC's signing key pair (ECDSA P-256 with SHA-256, through OpenSSL 3). Created locally at
// enrolment; only the public key leaves the PC. The private key is stored encrypted with the
// store's FieldCipher (see Enrolment).
class DeviceKey
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::DeviceKey)

public:
    DeviceKey();
    ~DeviceKey();
    DeviceKey(DeviceKey&&) noexcept;
    DeviceKey& operator=(DeviceKey&&) noexcept;

    [[nodiscard]] static Result<DeviceKey> generate();
    [[nodiscard]] static Result<DeviceKey> fromPrivateKeyDer(QByteArrayView pkcs8Der);

    [[nodiscard]] bool isNull() const;
    [[nodiscard]] static QString algorithm() { return QStringLiteral("ecdsa-p256-sha256"); }
    [[nodiscard]] QByteArray privateKeyDer() const; // PKCS#8 DER: keep encrypted
    [[nodiscard]] QByteArray publicKeyDer() const;  // SubjectPublicKeyInfo DER
    // ECDSA signature (DER) over SHA-256 of data.
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView data) const;
    // body with "signature": {"algorithm", "value" (base64)} added: the signature over body's compact
    // JSON as given (PROTOCOL.md §10; cases and supplements).
    [[nodiscard]] Result<QJsonObject> signBody(QJsonObject body) const;
    [[nodiscard]] static bool verify(QByteArrayView publicKeyDer, QByteArrayView data, QByteArrayView signature);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace yc::sync
