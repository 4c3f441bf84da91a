#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

namespace yc::platform {

// Canonical JSON of PROTOCOL.md §10: the object without its "signature" key, compact, keys sorted.
QByteArray canonicalJson(QJsonObject object);

// Checks that a PEM public key is of the named algorithm (ecdsa-p256-sha256: P-256; sm2-sm3: SM2 curve).
bool publicKeyMatches(const QByteArray& publicKeyPem, const QString& algorithm, QString* error);
bool verifySignature(const QString& algorithm, const QByteArray& publicKeyPem, const QByteArray& data,
                     const QByteArray& derSignature);

// For tests and tools: a new key pair (PEM private key, PEM public key) and a signature with it.
bool generateKeyPair(const QString& algorithm, QByteArray* privateKeyPem, QByteArray* publicKeyPem);
QByteArray sign(const QString& algorithm, const QByteArray& privateKeyPem, const QByteArray& data);

// Staff passwords: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
QString hashPassword(const QString& password, int iterations = 100000);
bool verifyPassword(const QString& password, const QString& encoded);

// Incremental SHA-256 through OpenSSL (several times faster than QCryptographicHash in Qt 6.4).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void add(const char* data, qint64 size);
    // Reads the device to its end; false on a read error.
    bool addDevice(QIODevice* device);
    QByteArray hex(); // finishes the hash
    [[nodiscard]] qint64 bytes() const { return m_bytes; }

private:
    void* m_context;
    qint64 m_bytes = 0;
};

QByteArray randomToken();
QByteArray sha256Hex(const QByteArray& data);

} // namespace yc::platform
