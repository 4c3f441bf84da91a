#pragma once

// Common definitions for every device plugin interface. A plugin's JSON metadata carries
// {"key": "<back-end name>", "apiVersion": <number>}; the host reads it before loading the
// library and refuses a plugin whose apiVersion differs from the one it was built with.

namespace yc::plugins {

inline constexpr const char* MetadataKey = "key";
inline constexpr const char* MetadataApiVersion = "apiVersion";

} // namespace yc::plugins
