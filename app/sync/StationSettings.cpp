#include "sync/StationSettings.h"

#include "core/DataLocation.h"
#include "core/Settings.h"
#include "core/catalog/ServiceItem.h"
#include "core/identity/CodeTables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

namespace yc::sync {

namespace {

QString text(const Settings& s, const char* key)
{
    return s.value(QLatin1String(key)).toString().trimmed();
}

bool isLoopback(const QString& host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Reads a PEM file the settings name; an empty string when it is fine, else what is wrong.
QString readable(const QString& path, QByteArray* contents)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return StationSettings::tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path));
    if (!file.open(QIODevice::ReadOnly))
        return StationSettings::tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    *contents = file.read(1024 * 1024);
    return {};
}

} // namespace

StationSettings StationSettings::load(const Settings& s)
{
    StationSettings o;
    o.platformUrl = text(s, "platform/url");
    o.caBundle = text(s, "platform/ca_bundle");
    o.pinSha256 = text(s, "platform/pin_sha256");
    o.clientCert = text(s, "platform/client_cert");
    o.clientKey = text(s, "platform/client_key");
    o.scannerPlugin = text(s, "scanner/plugin");
    o.scannerDevice = text(s, "scanner/device");
    o.printer = text(s, "printing/printer");
    o.hallName = text(s, "hall/name");
    o.hallLevel = text(s, "hall/level");
    o.hallAreaCode = text(s, "hall/areaCode");
    o.windowCode = text(s, "hall/windowCode");
    o.language = text(s, "ui/language");
    bool ok = false;
    const int minutes = s.value(QStringLiteral("session/idle_lock_minutes")).toInt(&ok);
    o.idleLockMinutes = ok ? minutes : DefaultIdleLockMinutes;
    o.dataLocation = DataLocation::configuredDir();
    return o;
}

QList<StationSettings::Problem> StationSettings::validate() const
{
    QList<Problem> problems;
    auto problem = [&problems](const char* field, const QString& message) {
        problems.append({QLatin1String(field), message});
    };

    // ---- platform ------------------------------------------------------------------------------
    if (!platformUrl.isEmpty()) {
        const QUrl url(platformUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
            problem("platform/url", tr("The platform address \"%1\" is not a valid address such as "
                                       "https://platform.example.gov.cn/api.")
                                        .arg(platformUrl));
        else if (url.scheme() != QLatin1String("https") &&
                 !(url.scheme() == QLatin1String("http") && isLoopback(url.host())))
            problem("platform/url",
                    tr("The platform address must start with https:// (plain http only for this PC itself)."));
    }
    if (!caBundle.isEmpty()) {
        QByteArray pem;
        const QString error = readable(caBundle, &pem);
        if (!error.isEmpty())
            problem("platform/ca_bundle", tr("CA certificates: %1").arg(error));
        else if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            problem("platform/ca_bundle",
                    tr("CA certificates: %1 holds no PEM certificate.").arg(QDir::toNativeSeparators(caBundle)));
    }
    if (!pinSha256.isEmpty()) {
        QString pin = pinSha256;
        if (pin.startsWith(QLatin1String("sha256/")))
            pin = pin.mid(7);
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]{43}=$"));
        if (!hex.match(pin).hasMatch() && !base64.match(pin).hasMatch())
            problem("platform/pin_sha256",
                    tr("The key pin must be the SHA-256 of the platform's public key: 44 characters of base64 "
                       "ending in \"=\", or 64 hexadecimal digits (yichuang-ctl platform check shows it)."));
    }
    if (clientCert.isEmpty() != clientKey.isEmpty())
        problem(clientCert.isEmpty() ? "platform/client_cert" : "platform/client_key",
                tr("A client certificate needs its private key, and a key its certificate: give both or neither."));
    if (!clientCert.isEmpty()) {
        QByteArray pem;
        const QString error = readable(clientCert, &pem);
        if (!error.isEmpty())
            problem("platform/client_cert", tr("Client certificate: %1").arg(error));
        else if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            problem("platform/client_cert",
                    tr("Client certificate: %1 holds no PEM certificate.").arg(QDir::toNativeSeparators(clientCert)));
    }
    if (!clientKey.isEmpty()) {
        QByteArray pem;
        const QString error = readable(clientKey, &pem);
        if (!error.isEmpty()) {
            problem("platform/client_key", tr("Client key: %1").arg(error));
        } else {
            const bool ok = !QSslKey(pem, QSsl::Ec, QSsl::Pem).isNull() || !QSslKey(pem, QSsl::Rsa, QSsl::Pem).isNull();
            if (!ok)
                problem("platform/client_key", tr("Client key: %1 holds no unencrypted PEM private key.")
                                                   .arg(QDir::toNativeSeparators(clientKey)));
        }
    }

    // ---- hall and window ---------------------------------------------------------------------------
    if (!hallLevel.isEmpty() && !catalog::CatalogLabels::levels().contains(hallLevel))
        problem("hall/level", tr("Unknown hall level \"%1\".").arg(hallLevel));
    if (!hallAreaCode.isEmpty()) {
        static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
        const auto area = identity::CodeTables::get().area(hallAreaCode);
        if (!sixDigits.match(hallAreaCode).hasMatch())
            problem("hall/areaCode", tr("The area code must be six digits (GB/T 2260), e.g. 210202."));
        else if (!area || !area->current)
            problem("hall/areaCode", tr("%1 is not a current administrative area code (GB/T 2260).").arg(hallAreaCode));
    }
    if (hallAreaCode.isEmpty() != hallLevel.isEmpty())
        problem("hall/areaCode", tr("Give the hall's level together with its area code, or neither."));
    static const QRegularExpression windowPattern(QStringLiteral("^[A-Za-z0-9-]{1,16}$"));
    if (!windowCode.isEmpty() && !windowPattern.match(windowCode).hasMatch())
        problem("hall/windowCode", tr("The window number may hold only letters, digits and \"-\" (at most 16)."));

    // ---- language, lock, data ----------------------------------------------------------------------
    if (!languages().contains(language))
        problem("ui/language", tr("Unknown language \"%1\".").arg(language));
    if (idleLockMinutes < 0 || idleLockMinutes > MaxIdleLockMinutes)
        problem(
            "session/idle_lock_minutes",
            tr("The screen lock must come after 1 to %1 minutes without use, or never (0).").arg(MaxIdleLockMinutes));
    if (!dataLocation.isEmpty()) {
        const QFileInfo dir(dataLocation);
        if (!QDir::isAbsolutePath(dataLocation))
            problem("data/location", tr("The data folder must be a full path, e.g. /srv/yichuang."));
        else if (dir.exists() && !dir.isDir())
            problem("data/location", tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(dataLocation)));
        else if (dir.exists() && !dir.isWritable())
            problem(
                "data/location",
                tr("The data folder %1 cannot be written by this user.").arg(QDir::toNativeSeparators(dataLocation)));
        else if (!dir.exists() && !QFileInfo(dir.absolutePath()).isWritable())
            problem("data/location", tr("The data folder %1 does not exist and cannot be made here.")
                                         .arg(QDir::toNativeSeparators(dataLocation)));
    }
    return problems;
}

bool StationSettings::save(Settings& s) const
{
    auto put = [&s](const char* key, const QString& value) {
        if (value.isEmpty())
            s.remove(QLatin1String(key));
        else
            s.setValue(QLatin1String(key), value);
    };
    put("platform/url", platformUrl);
    put("platform/ca_bundle", caBundle);
    put("platform/pin_sha256", pinSha256);
    put("platform/client_cert", clientCert);
    put("platform/client_key", clientKey);
    put("scanner/plugin", scannerPlugin);
    put("scanner/device", scannerDevice);
    put("printing/printer", printer);
    put("hall/name", hallName);
    put("hall/level", hallLevel);
    put("hall/areaCode", hallAreaCode);
    put("hall/windowCode", windowCode);
    put("ui/language", language);
    s.setValue(QStringLiteral("session/idle_lock_minutes"), idleLockMinutes);
    const bool written = s.sync();
    return DataLocation::setConfiguredDir(dataLocation) && written;
}

} // namespace yc::sync
