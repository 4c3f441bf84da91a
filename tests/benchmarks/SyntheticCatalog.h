#pragma once

#include <QByteArray>
#include <QStringList>

namespace yc::bench {

// A synthetic full catalog document of `items` items for benchmarks, deterministic (the same bytes
// for the same count). Names repeat across implementing areas as in a real four-level list: about
// 2,500 basic items (subject x action, e.g. 居民身份证换领, 食品经营许可变更) each implemented by the
// city, the 11 county-level areas of Dalian and invented streets, with their own codes. Every item
// is valid under resources/catalog/README.md (codes and credit codes are synthetic).
// distinctNames: a stress form where no two items share a name (the implementing body and a serial
// number are added to each name), so the index cannot share work between items.
[[nodiscard]] QByteArray syntheticCatalog(int items, int version = 1, bool distinctNames = false);

// Queries a clerk types (each is typed letter by letter in the benchmark).
[[nodiscard]] QStringList realisticQueries();

} // namespace yc::bench
