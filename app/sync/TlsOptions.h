#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace yc {
class Settings;
}

namespace yc::sync {

// How this PC trusts the platform and proves itself: the system trust store or a CA bundle,
// an optional pin of the platform's public key, an optional client certificate. A TLS error
// always means no connection: nothing here can switch verification off.
struct TlsOptions
{
    QString caBundle;       // PEM file; empty: the system trust store
    QString pinSha256;      // base64 (or hex) SHA-256 of the server's SubjectPublicKeyInfo; empty: no pin
    QString clientCertPath; // PEM certificate; empty: none
    QString clientKeyPath;  // PEM private key (unencrypted, readable only by this user)

    // Reads "platform/ca_bundle", "platform/pin_sha256", "platform/client_cert", "platform/client_key".
    [[nodiscard]] static TlsOptions fromSettings(const Settings& settings);

    [[nodiscard]] Result<QSslConfiguration> configuration() const;

    // SHA-256 of a certificate's SubjectPublicKeyInfo (DER), base64 — the pin format.
    [[nodiscard]] static QString spkiPin(const QSslCertificate& certificate);
    // Whether a presented certificate matches pinSha256 (true when no pin is set).
    [[nodiscard]] bool pinMatches(const QSslCertificate& certificate) const;
};

class TlsText
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::TlsText)

public:
    [[nodiscard]] static QString pinMismatch(const QString& expected, const QString& presented);
};

} // namespace yc::sync
