#pragma once

#include "core/Result.h"
#include "storage/CipherSuite.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace yc::storage {

// Encrypts single fields and whole files with keys derived (HKDF) from the store's data key.
//
// Ciphertext layout (all suites): [format 0x01][suite][nonce/IV][ciphertext][tag]
//   Aes256Gcm:      12-byte nonce, 16-byte GCM tag
//   Sm4CtrHmacSm3:  16-byte IV, 32-byte HMAC-SM3 over format..ciphertext and the associated data
// The associated data (e.g. "applicants.name_enc") binds a ciphertext to its place, so a value
// copied into another column or file does not decrypt.
class FieldCipher
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::FieldCipher)

public:
    static constexpr int DataKeySize = 32;

    // dataKey must be DataKeySize random bytes. suite selects how new data is encrypted; data
    // written under either suite stays readable.
    FieldCipher(const QByteArray& dataKey, CipherSuite suite);
    ~FieldCipher();
    FieldCipher(const FieldCipher&) = delete;
    FieldCipher& operator=(const FieldCipher&) = delete;

    [[nodiscard]] CipherSuite suite() const { return m_suite; }
    [[nodiscard]] Result<QByteArray> encrypt(QByteArrayView plaintext, QByteArrayView associatedData) const;
    [[nodiscard]] Result<QByteArray> decrypt(QByteArrayView ciphertext, QByteArrayView associatedData) const;

    // Keyed hash for finding a record by a personal value without storing it (hex, 64 chars).
    [[nodiscard]] QString blindIndex(QByteArrayView normalizedValue) const;

    // A value stored beside the data that proves the right key was loaded (hex).
    [[nodiscard]] QString keyCheck() const;

    // Whether this OpenSSL offers the algorithms of a suite.
    [[nodiscard]] static bool isAvailable(CipherSuite suite);

private:
    CipherSuite m_suite;
    QByteArray m_aesKey;
    QByteArray m_sm4Key;
    QByteArray m_sm3MacKey;
    QByteArray m_indexKey;
    QByteArray m_checkKey;
};

} // namespace yc::storage
