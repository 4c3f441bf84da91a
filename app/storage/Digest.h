#pragma once

#include <QByteArrayView>
#include <QString>

namespace yc::storage {

// SHA-256 of the bytes as 64 lower-case hex digits: the content address of a material (and of
// anything else hashed for the platform). OpenSSL's implementation, several times faster than
// QCryptographicHash's on multi-megabyte scans.
[[nodiscard]] QString sha256Hex(QByteArrayView data);

} // namespace yc::storage
