// Encrypted fields and files are read back from disk, where they may be damaged: decrypt() must
// reject anything that is not a valid ciphertext of this key, without crashing.
#include "storage/FieldCipher.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const yc::storage::FieldCipher aes(QByteArray(32, 'f'), yc::storage::CipherSuite::Aes256Gcm);
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = aes.decrypt(input, "fuzz");
    if (result.ok() && size < 2 + 12 + 16)
        __builtin_trap(); // a valid ciphertext cannot be shorter than header + nonce + tag
    return 0;
}
