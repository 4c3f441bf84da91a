#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace yc {

// Overwrites memory that held personal data (card text, photos) so that it does not linger in
// freed heap blocks. The volatile writes cannot be optimised away, unlike a plain memset before free.
inline void secureWipe(void* data, std::size_t size)
{
    auto* p = static_cast<volatile unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
}

// Wipes the bytes of a QByteArray and empties it. Only a sole owner wipes in place (detaching a
// shared buffer would wipe a fresh copy); the last owner of a shared buffer wipes it.
inline void secureWipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

inline void secureWipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        secureWipe(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace yc
