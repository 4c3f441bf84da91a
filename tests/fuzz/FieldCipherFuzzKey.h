#pragma once

#include <QByteArray>

namespace yc::test {

// The key and associated data under which the field_cipher fuzz target decrypts. The valid-* seeds
// in corpus/field_cipher are ciphertexts under them (made by make-field-cipher-seeds; the unit test
// field_cipher checks that they still decrypt), so the fuzzer starts from the successful path.
inline QByteArray fieldCipherFuzzKey()
{
    return QByteArray(32, 'f');
}
inline constexpr char fieldCipherFuzzAssociatedData[] = "fuzz";

} // namespace yc::test
