// Encrypted fields and files are read back from disk, where they may be damaged: decrypt() must
// reject anything that is not a valid ciphertext of this key, without crashing. The valid-* seeds
// are real ciphertexts under this key, so mutations start from inputs that decrypt; whatever
// decrypts must have the size the layout gives and must stop decrypting when one bit changes or
// when it is read for another place.
#include "FieldCipherFuzzKey.h"
#include "storage/FieldCipher.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const yc::storage::FieldCipher aes(yc::test::fieldCipherFuzzKey(), yc::storage::CipherSuite::Aes256Gcm);
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = aes.decrypt(input, yc::test::fieldCipherFuzzAssociatedData);
    if (!result.ok())
        return 0;
    // Header (2) + nonce (12) + GCM tag (16), or header + IV (16) + HMAC-SM3 (32).
    const qsizetype overhead = data[1] == 1 ? 2 + 12 + 16 : 2 + 16 + 32;
    if (input.size() < overhead || result.value().size() != input.size() - overhead)
        __builtin_trap();
    if (aes.decrypt(input, "fuzz-other-place").ok())
        __builtin_trap(); // the associated data is bound to the ciphertext
    QByteArray flipped = input.toByteArray();
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x10);
    if (aes.decrypt(flipped, yc::test::fieldCipherFuzzAssociatedData).ok())
        __builtin_trap(); // authenticated: a changed bit is detected
    return 0;
}
