#include "sync/TlsOptions.h"

#include "core/Settings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace yc::sync {

TlsOptions TlsOptions::fromSettings(const Settings& settings)
{
    TlsOptions o;
    o.caBundle = settings.value(QStringLiteral("platform/ca_bundle")).toString();
    o.pinSha256 = settings.value(QStringLiteral("platform/pin_sha256")).toString();
    o.clientCertPath = settings.value(QStringLiteral("platform/client_cert")).toString();
    o.clientKeyPath = settings.value(QStringLiteral("platform/client_key")).toString();
    return o;
}

Result<QSslConfiguration> TlsOptions::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caBundle.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caBundle, QSsl::Pem);
        if (cas.isEmpty())
            return makeError(QStringLiteral("tls.ca-bundle"),
                             TlsText::tr("The CA bundle %1 cannot be read or holds no certificate.").arg(caBundle));
        config.setCaCertificates(cas);
    }
    if (!clientCertPath.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(clientCertPath, QSsl::Pem);
        QFile keyFile(clientKeyPath);
        if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("tls.client-cert"),
                             TlsText::tr("The client certificate %1 or its key %2 cannot be read.")
                                 .arg(clientCertPath, clientKeyPath));
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            return makeError(QStringLiteral("tls.client-key"),
                             TlsText::tr("The client key %1 is not a readable PEM key.").arg(clientKeyPath));
        config.setLocalCertificate(certs.constFirst());
        config.setPrivateKey(key);
    }
    return config;
}

QString TlsOptions::spkiPin(const QSslCertificate& certificate)
{
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

bool TlsOptions::pinMatches(const QSslCertificate& certificate) const
{
    if (pinSha256.isEmpty())
        return true;
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return false;
    const QByteArray digest = QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
    QString pin = pinSha256.trimmed();
    if (pin.startsWith(QLatin1String("sha256/")))
        pin = pin.mid(7);
    if (pin.size() == 64 && QByteArray::fromHex(pin.toLatin1()).size() == 32)
        return QByteArray::fromHex(pin.toLatin1()) == digest;
    return QByteArray::fromBase64(pin.toLatin1()) == digest;
}

QString TlsText::pinMismatch(const QString& expected, const QString& presented)
{
    return tr("The platform presented a public key (pin %1) that differs from the pinned key (%2): not "
              "connected. If the platform's key was changed on purpose, update platform/pin_sha256.")
        .arg(presented, expected);
}

} // namespace yc::sync
