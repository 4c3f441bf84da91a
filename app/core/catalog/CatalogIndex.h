#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace yc::catalog {

class PinyinTable;
class Synonyms;

// What the search needs of one catalog item (read from the store in one query).
struct IndexEntry
{
    QString code;
    QString name;
    QString department;
    QStringList levels;
    QStringList areaCodes;
};

// How a query matched an item, best first. The ranking rules of the catalog search.
enum class MatchKind
{
    Exact,     // the name (or the code) is the query
    Prefix,    // the name, its full pinyin or the code starts with the query
    Initials,  // the pinyin initials of the name start with the query (sfz -> 身份证…)
    Substring, // the query is inside the name, its pinyin or its initials (jmsfz, sfz -> 居民身份证)
    Other,     // department or inside the code
};

struct SearchOptions
{
    QString hallLevel;       // empty: no hall configured, every item
    QString hallAreaCode;    // GB/T 2260, first six digits used
    QStringList recentCodes; // used recently at this window, most recent first
    int limit = 20;
};

struct SearchMatch
{
    QString code;
    QString name;
    QString department;
    MatchKind kind = MatchKind::Other;
    bool recent = false;
};

// Remembers the previous query's matching names and departments so that the next keystroke (the
// same text plus a character) only re-checks those. One per searching thread.
struct SearchSession
{
    QString query;
    std::vector<int> names;
    std::vector<int> departments;
};

// In-memory search index over the whole catalog: names, full pinyin and initials with every
// reading of polyphonic characters, codes, departments and synonyms. Built once per catalog
// version (about a second for 100,000 items) and then read-only: searching is thread-safe.
class CatalogIndex
{
public:
    CatalogIndex();
    CatalogIndex(const std::vector<IndexEntry>& entries, const PinyinTable& pinyin, const Synonyms& synonyms);
    ~CatalogIndex();
    CatalogIndex(CatalogIndex&&) noexcept;
    CatalogIndex& operator=(CatalogIndex&&) noexcept;

    [[nodiscard]] qsizetype size() const { return static_cast<qsizetype>(m_entries.size()); }

    // Ranked matches: exact, prefix, initials, substring, other; inside each class the items used
    // recently at this window first, then shorter names first. Items this hall does not handle
    // are left out. `cancelled` is polled; a cancelled search returns what it has (unsorted).
    [[nodiscard]] std::vector<SearchMatch> search(const QString& query, const SearchOptions& options,
                                                  SearchSession* session = nullptr,
                                                  const std::function<bool()>& cancelled = {}) const;

    // Normalised form of a query: trimmed, lower case, without spaces and apostrophes (xi'an).
    [[nodiscard]] static QString normalise(const QString& query);

private:
    // Names and departments are kept once each (a four-level catalog repeats the same item name for
    // every implementing body); entries point to them. Entries are sorted by (name length, name,
    // code) when the index is built, so the order of entries is the order inside a rank class.
    struct Name
    {
        QString key;           // normalised (lower case, no spaces)
        quint32 charBegin = 0; // into m_charReadings
        quint16 charCount = 0;
        quint32 firstMask = 0;  // first letters of the readings of the first character
        quint32 anyMask = 0;    // first letters of the readings of every character
        quint32 letterMask = 0; // every letter of every reading (a pinyin query uses only these)
        bool hasLatin = false;  // the name itself holds Latin letters
        // Letter pairs a pinyin query can start with here: the first two letters of a reading, or
        // the first letters of two neighbouring characters (26 x 26 bits).
        std::array<quint64, 11> pairs{};
        std::vector<int> entries;
    };
    struct Department
    {
        QString key;
        std::vector<int> entries;
    };
    struct Entry
    {
        QString code;
        std::string codeKey; // lower case Latin-1
        QString name;
        QString department;
        int nameId = 0;
        quint8 levels = 0; // bit per hall level
        std::vector<int> areas;
    };

    // Names holding a character (each name once), to look up Chinese text without a full scan.
    [[nodiscard]] const std::vector<int>* namesWith(const QString& text) const;

    [[nodiscard]] int classifyName(const Name& n, const QString& q, const std::string& letters,
                                   quint32 letterMask) const;
    [[nodiscard]] bool pinyinFrom(const Name& n, quint32 pos, const std::string& q, size_t k, bool initials) const;

    std::vector<Entry> m_entries;
    std::vector<Name> m_names;
    std::vector<Department> m_departments;
    std::vector<int> m_byCode;
    std::unordered_map<char16_t, std::vector<int>>
        m_namesByChar; // entry indices sorted by codeKey (prefix search on codes)
    // Per character position of every distinct name: readings (syllable ids) and a mask of their
    // first letters.
    std::vector<quint32> m_charReadings; // start of the position's readings in m_readingIds
    std::vector<quint16> m_readingIds;
    std::vector<quint32> m_charMasks;
    std::vector<std::string> m_syllables;
    const Synonyms* m_synonyms = nullptr;
    // Synonym terms by their spelling in full pinyin and in initials (every reading): shebaoka and
    // sbk -> 社保卡, 社会保障卡.
    // Sorted by spelling, so that a spelling being typed (shebaok) finds its terms too.
    std::vector<std::pair<std::string, std::pair<QStringList, quint8>>> m_spelledTerms; // terms, best class
};

} // namespace yc::catalog
