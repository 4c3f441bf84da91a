#include "storage/Digest.h"

#include <openssl/evp.h>

namespace yc::storage {

QString sha256Hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available from OpenSSL");
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

} // namespace yc::storage
