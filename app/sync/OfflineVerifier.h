#pragma once

#include <QByteArray>
#include <QString>

namespace yc::sync {

// The offline sign-in verifier kept from a staff member's last online sign-in: scrypt (memory
// hard) over the password with a random salt. The KDF description ("scrypt$N$r$p") is stored
// beside it, so stronger parameters can be adopted later without invalidating old verifiers.
class OfflineVerifier
{
public:
    struct Record
    {
        QString kdf;
        QByteArray salt;
        QByteArray verifier;
    };

    // N = 2^15, r = 8, p = 1: 32 MiB and roughly a tenth of a second per guess.
    [[nodiscard]] static Record create(const QString& password, const QString& kdf = defaultKdf());
    [[nodiscard]] static bool check(const QString& password, const Record& record);
    [[nodiscard]] static QString defaultKdf() { return QStringLiteral("scrypt$32768$8$1"); }

private:
    [[nodiscard]] static QByteArray derive(const QString& password, const QByteArray& salt, const QString& kdf);
};

} // namespace yc::sync
