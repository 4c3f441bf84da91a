#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace yc {

// Overwrites memory that held secrets or personal data (keys, passwords, card text, photos) so that
// it does not linger in freed heap blocks. The volatile writes cannot be optimised away, unlike a
// plain memset before free.
inline void secureWipe(void* data, std::size_t size)
{
    auto* p = static_cast<volatile unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
}

// Wipes the buffer of a QByteArray and empties it: the one way this code base wipes a secret.
//
// QByteArray and QString share their buffers implicitly. fill('\0') or data() on a shared array
// first detaches it: the zeros land in a fresh copy, and the secret stays in the buffer the other
// holders keep (and later free unwiped). So only a sole owner wipes, and in place (data_ptr() never
// detaches); it wipes the whole allocation, including what was chopped or removed from either end.
// A shared buffer is left to its other holders, which are still using the secret: this array only
// drops its reference. Whoever holds a secret keeps it unshared and wipes it here when done.
// Arrays over foreign memory (fromRawData) count as shared and are never written.
inline void secureWipe(QByteArray& bytes)
{
    if (bytes.isDetached()) {
        auto& d = bytes.data_ptr();
        if (d.data() && d.constAllocatedCapacity() > 0)
            secureWipe(d.data() - d.freeSpaceAtBegin(), static_cast<std::size_t>(d.constAllocatedCapacity()));
    }
    bytes.clear();
}

inline void secureWipe(QString& text)
{
    if (text.isDetached()) {
        auto& d = text.data_ptr();
        if (d.data() && d.constAllocatedCapacity() > 0)
            secureWipe(d.data() - d.freeSpaceAtBegin(),
                       static_cast<std::size_t>(d.constAllocatedCapacity()) * sizeof(char16_t));
    }
    text.clear();
}

} // namespace yc
