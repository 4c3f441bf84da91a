#pragma once

#include <QByteArray>

#include <cstddef>

namespace yc::plugins::idcard {

// Overwrites memory that held card data; volatile writes are not optimised away.
inline void wipe(void* data, std::size_t size)
{
    auto* p = static_cast<volatile unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
}

// Wipes a buffer this code owns alone (a shared one is wiped by its last owner) and empties it.
inline void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        wipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace yc::plugins::idcard
