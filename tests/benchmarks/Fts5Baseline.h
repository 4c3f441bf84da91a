#pragma once

#include "core/catalog/CatalogIndex.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace yc::catalog {
class PinyinTable;
}

namespace yc::bench {

// The baseline the catalog search is measured against: what a careful developer would build with
// SQLite alone. An in-memory FTS5 table with the trigram tokenizer over the same items: code, name,
// department, and `spell`, the name's full pinyin and its initials ("jumingshenfenzheng jmsfz")
// made with the product's own pinyin table (the most common reading of each character).
//   - A query of 3 characters or more is a trigram MATCH (substring in any column), ranked by
//     bm25 (ORDER BY rank), as the product ranks its matches.
//   - Trigram cannot index 1-2 characters: shorter queries are LIKE '%q%' on the four columns of
//     the same table (a scan that stops at the limit), unranked.
// Queries are normalised as the product normalises them (CatalogIndex::normalise).
class Fts5Baseline
{
public:
    Fts5Baseline();
    ~Fts5Baseline();
    Fts5Baseline(const Fts5Baseline&) = delete;
    Fts5Baseline& operator=(const Fts5Baseline&) = delete;

    [[nodiscard]] bool build(const std::vector<catalog::IndexEntry>& entries, const catalog::PinyinTable& pinyin,
                             QString* error);
    // Codes of the first `limit` matches (-1: every match); nullopt when the query failed (lastError()).
    [[nodiscard]] std::optional<QStringList> search(const QString& query, int limit);
    [[nodiscard]] QString lastError() const { return m_error; }
    [[nodiscard]] qint64 sizeBytes() const;

    // "fullpinyin initials" of a name, most common reading of each character; Latin letters and
    // digits kept (lower case), other characters left out.
    [[nodiscard]] static QString spelling(const QString& name, const catalog::PinyinTable& pinyin);

private:
    QString m_connection;
    std::unique_ptr<QSqlQuery> m_match;
    std::unique_ptr<QSqlQuery> m_like;
    QString m_error;
};

} // namespace yc::bench
