#include "core/catalog/CatalogIndex.h"

#include "core/catalog/Pinyin.h"
#include "core/catalog/Synonyms.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <map>

namespace yc::catalog {

namespace {

constexpr quint8 NoMatch = 255;
constexpr int KindCount = 5;

int levelBit(const QString& level)
{
    static const QStringList levels = {QStringLiteral("city"), QStringLiteral("district"), QStringLiteral("street"),
                                       QStringLiteral("community")};
    return static_cast<int>(levels.indexOf(level));
}

int areaNumber(const QString& code)
{
    if (code.size() < 6)
        return 0;
    bool ok = false;
    const int n = code.left(6).toInt(&ok);
    return ok ? n : 0;
}

bool isLetter(QChar c)
{
    return c.unicode() >= 'a' && c.unicode() <= 'z';
}

} // namespace

CatalogIndex::CatalogIndex() = default;
CatalogIndex::~CatalogIndex() = default;
CatalogIndex::CatalogIndex(CatalogIndex&&) noexcept = default;
CatalogIndex& CatalogIndex::operator=(CatalogIndex&&) noexcept = default;

QString CatalogIndex::normalise(const QString& query)
{
    QString q;
    q.reserve(query.size());
    for (const QChar c : query) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QChar(0x2019))
            continue;
        q += c.toLower();
    }
    return q;
}

CatalogIndex::CatalogIndex(const std::vector<IndexEntry>& entries, const PinyinTable& pinyin, const Synonyms& synonyms)
    : m_synonyms(&synonyms)
{
    const auto letterBase = static_cast<quint16>(pinyin.syllableCount());
    m_syllables.reserve(static_cast<size_t>(pinyin.syllableCount()) + 26);
    for (qsizetype i = 0; i < pinyin.syllableCount(); ++i)
        m_syllables.push_back(pinyin.syllable(static_cast<quint16>(i)));
    for (char c = 'a'; c <= 'z'; ++c)
        m_syllables.emplace_back(1, c);

    // Entries in the order of the tie-break: shorter names first, then by name, then by code.
    std::vector<const IndexEntry*> sorted;
    sorted.reserve(entries.size());
    for (const IndexEntry& in : entries)
        sorted.push_back(&in);
    std::sort(sorted.begin(), sorted.end(), [](const IndexEntry* x, const IndexEntry* y) {
        if (x->name.size() != y->name.size())
            return x->name.size() < y->name.size();
        if (x->name != y->name)
            return x->name < y->name;
        return x->code < y->code;
    });

    QHash<QString, int> nameIds;
    QHash<QString, int> departmentIds;
    m_entries.reserve(entries.size());
    for (const IndexEntry* in : sorted) {
        const int entryIndex = static_cast<int>(m_entries.size());
        Entry e;
        e.code = in->code;
        e.codeKey = in->code.toLower().toStdString();
        e.name = in->name;
        e.department = in->department;
        for (const QString& level : in->levels) {
            const int bit = levelBit(level);
            if (bit >= 0)
                e.levels |= static_cast<quint8>(1u << bit);
        }
        for (const QString& area : in->areaCodes)
            e.areas.push_back(areaNumber(area));

        const QString deptKey = normalise(in->department);
        auto dept = departmentIds.constFind(deptKey);
        if (dept == departmentIds.constEnd()) {
            dept = departmentIds.insert(deptKey, static_cast<int>(m_departments.size()));
            m_departments.push_back({deptKey, {}});
        }
        m_departments[static_cast<size_t>(dept.value())].entries.push_back(entryIndex);

        const QString nameKey = normalise(in->name);
        auto name = nameIds.constFind(nameKey);
        if (name == nameIds.constEnd()) {
            name = nameIds.insert(nameKey, static_cast<int>(m_names.size()));
            Name n;
            n.key = nameKey;
            n.charBegin = static_cast<quint32>(m_charMasks.size());
            for (const QChar c : nameKey) {
                quint32 mask = 0;
                const auto start = static_cast<quint32>(m_readingIds.size());
                if (isLetter(c)) {
                    m_readingIds.push_back(static_cast<quint16>(letterBase + (c.unicode() - 'a')));
                    mask = 1u << (c.unicode() - 'a');
                } else {
                    const PinyinTable::Span span = pinyin.readings(c.unicode());
                    for (const quint16* p = span.begin; p != span.end; ++p) {
                        m_readingIds.push_back(*p);
                        const char first = pinyin.syllable(*p).front();
                        if (first >= 'a' && first <= 'z')
                            mask |= 1u << (first - 'a');
                    }
                }
                if (mask == 0)
                    continue; // punctuation and digits take no place in the pinyin of the name
                m_charReadings.push_back(start);
                m_charMasks.push_back(mask);
            }
            n.charCount = static_cast<quint16>(m_charMasks.size() - n.charBegin);
            for (quint32 pos = 0; pos < n.charCount; ++pos)
                n.anyMask |= m_charMasks[n.charBegin + pos];
            auto setPair = [&n](int a, int b) {
                const int bitIndex = a * 26 + b;
                n.pairs[static_cast<size_t>(bitIndex / 64)] |= quint64(1) << (bitIndex % 64);
            };
            for (quint32 pos = 0; pos < n.charCount; ++pos) {
                const quint32 gp = n.charBegin + pos;
                const quint32 end =
                    pos + 1 < n.charCount ? m_charReadings[gp + 1] : static_cast<quint32>(m_readingIds.size());
                for (quint32 r = m_charReadings[gp]; r < end; ++r) {
                    const std::string& syllable = m_syllables[m_readingIds[r]];
                    if (syllable.size() >= 2 && syllable[1] >= 'a' && syllable[1] <= 'z')
                        setPair(syllable[0] - 'a', syllable[1] - 'a');
                }
                if (pos + 1 < n.charCount) {
                    for (int a = 0; a < 26; ++a) {
                        if (!(m_charMasks[gp] & (1u << a)))
                            continue;
                        for (int b = 0; b < 26; ++b) {
                            if (m_charMasks[gp + 1] & (1u << b))
                                setPair(a, b);
                        }
                    }
                }
            }
            // Every letter of every reading (the readings of this name are the last ones added).
            for (size_t r = m_charReadings.empty() || n.charCount == 0 ? m_readingIds.size()
                                                                       : m_charReadings[n.charBegin];
                 r < m_readingIds.size(); ++r) {
                for (const char c : m_syllables[m_readingIds[r]]) {
                    if (c >= 'a' && c <= 'z')
                        n.letterMask |= 1u << (c - 'a');
                }
            }
            n.firstMask = n.charCount > 0 ? m_charMasks[n.charBegin] : 0;
            const int nameId = static_cast<int>(m_names.size());
            for (const QChar c : nameKey) {
                n.hasLatin = n.hasLatin || isLetter(c);
                std::vector<int>& list = m_namesByChar[c.unicode()];
                if (list.empty() || list.back() != nameId)
                    list.push_back(nameId);
            }
            m_names.push_back(std::move(n));
        }
        e.nameId = name.value();
        m_names[static_cast<size_t>(name.value())].entries.push_back(entryIndex);
        m_entries.push_back(std::move(e));
    }
    m_byCode.resize(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_byCode[i] = static_cast<int>(i);
    std::sort(m_byCode.begin(), m_byCode.end(), [this](int x, int y) {
        return m_entries[static_cast<size_t>(x)].codeKey < m_entries[static_cast<size_t>(y)].codeKey;
    });
    m_charReadings.push_back(static_cast<quint32>(m_readingIds.size()));

    std::map<std::string, std::pair<QStringList, quint8>> spelledTerms;
    for (const QStringList& group : synonyms.groups()) {
        for (const QString& term : group) {
            std::vector<std::string> full{std::string()};
            std::vector<std::string> initials{std::string()};
            for (const QChar c : term) {
                const PinyinTable::Span span = pinyin.readings(c.unicode());
                if (span.empty())
                    continue;
                std::vector<std::string> nextFull;
                std::vector<std::string> nextInitials;
                for (const quint16* p = span.begin; p != span.end; ++p) {
                    const std::string& syllable = pinyin.syllable(*p);
                    for (const std::string& f : full) {
                        if (nextFull.size() < 64)
                            nextFull.push_back(f + syllable);
                    }
                    for (const std::string& i : initials) {
                        if (nextInitials.size() < 64 && std::find(nextInitials.begin(), nextInitials.end(),
                                                                  i + syllable.front()) == nextInitials.end())
                            nextInitials.push_back(i + syllable.front());
                    }
                }
                full = std::move(nextFull);
                initials = std::move(nextInitials);
            }
            for (const auto* spellings : {&full, &initials}) {
                // Pinyin ranks as pinyin does on names: full spelling as a prefix match, initials as one.
                const auto floor = static_cast<quint8>(spellings == &full ? MatchKind::Prefix : MatchKind::Initials);
                for (const std::string& spelled : *spellings) {
                    if (spelled.size() < 2)
                        continue;
                    auto& [terms, best] = spelledTerms.try_emplace(spelled, QStringList(), floor).first->second;
                    best = std::min(best, floor);
                    for (const QString& t : group) {
                        if (!terms.contains(t))
                            terms << t;
                    }
                }
            }
        }
    }
    m_spelledTerms.assign(spelledTerms.begin(), spelledTerms.end());
}

bool CatalogIndex::pinyinFrom(const Name& n, quint32 pos, const std::string& q, size_t k, bool initials) const
{
    if (k == q.size())
        return true;
    if (pos >= n.charCount)
        return false;
    const quint32 gp = n.charBegin + pos;
    const char c = q[k];
    if (!(m_charMasks[gp] & (1u << (c - 'a'))))
        return false;
    const size_t rest = q.size() - k;
    for (quint32 r = m_charReadings[gp]; r < m_charReadings[gp + 1]; ++r) {
        const std::string& s = m_syllables[m_readingIds[r]];
        if (s.front() != c)
            continue;
        if (rest <= s.size()) {
            // The query ends inside (or at the end of) this syllable.
            if (s.compare(0, rest, q, k, rest) == 0)
                return true;
        } else if (q.compare(k, s.size(), s) == 0 && pinyinFrom(n, pos + 1, q, k + s.size(), initials)) {
            return true;
        }
        if (initials && s.size() > 1 && pinyinFrom(n, pos + 1, q, k + 1, initials))
            return true;
    }
    return false;
}

const std::vector<int>* CatalogIndex::namesWith(const QString& text) const
{
    // The rarest character of the text: every name holding the text is in its list.
    const std::vector<int>* best = nullptr;
    static const std::vector<int> none;
    for (const QChar c : text) {
        const auto it = m_namesByChar.find(c.unicode());
        if (it == m_namesByChar.end())
            return &none;
        if (!best || it->second.size() < best->size())
            best = &it->second;
    }
    return best;
}

int CatalogIndex::classifyName(const Name& n, const QString& q, const std::string& letters, quint32 letterMask) const
{
    if (!letters.empty()) {
        const quint32 bit = 1u << (letters.front() - 'a');
        if (!(n.anyMask & bit) || (letterMask & ~n.letterMask))
            return NoMatch; // no reading starts with the first letter, or a letter is in no reading
        if (letters.size() >= 2) {
            const int bitIndex = (letters[0] - 'a') * 26 + (letters[1] - 'a');
            if (!(n.pairs[static_cast<size_t>(bitIndex / 64)] & (quint64(1) << (bitIndex % 64))))
                return NoMatch; // no match can start with these two letters
        }
        if (letters.size() == 1 && !n.hasLatin) // one letter: only the first letters matter
            return static_cast<int>((n.firstMask & bit) ? MatchKind::Prefix : MatchKind::Substring);
    }
    const qsizetype at = (letters.empty() || n.hasLatin) ? n.key.indexOf(q) : -1;
    if (at == 0)
        return static_cast<int>(q.size() == n.key.size() ? MatchKind::Exact : MatchKind::Prefix);
    if (!letters.empty() && n.charCount > 0) {
        if (pinyinFrom(n, 0, letters, 0, false))
            return static_cast<int>(MatchKind::Prefix);
        if (pinyinFrom(n, 0, letters, 0, true))
            return static_cast<int>(MatchKind::Initials);
    }
    if (at > 0)
        return static_cast<int>(MatchKind::Substring);
    if (!letters.empty()) {
        for (quint32 pos = 1; pos < n.charCount; ++pos) {
            if (pinyinFrom(n, pos, letters, 0, true))
                return static_cast<int>(MatchKind::Substring);
        }
    }
    return NoMatch;
}

std::vector<SearchMatch> CatalogIndex::search(const QString& query, const SearchOptions& options,
                                              SearchSession* session, const std::function<bool()>& cancelled) const
{
    std::vector<SearchMatch> result;
    const QString q = normalise(query);
    if (q.isEmpty() || m_entries.empty()) {
        if (session)
            *session = {};
        return result;
    }
    std::string letters;
    if (std::all_of(q.cbegin(), q.cend(), isLetter))
        letters = q.toStdString();
    quint32 letterMask = 0;
    for (const char c : letters)
        letterMask |= 1u << (c - 'a');
    const bool codeLike =
        std::any_of(q.cbegin(), q.cend(), [](QChar c) { return c.isDigit() || c == QLatin1Char('-'); });

    const int bit = levelBit(options.hallLevel);
    const quint8 levelMask = bit >= 0 ? static_cast<quint8>(1u << bit) : 0;
    const int area = levelMask ? areaNumber(options.hallAreaCode) : 0;
    auto handled = [&](const Entry& e) {
        if (!levelMask)
            return true;
        if (!(e.levels & levelMask))
            return false;
        return area == 0 || std::find(e.areas.begin(), e.areas.end(), area) != e.areas.end();
    };

    SearchSession local;
    SearchSession& s = session ? *session : local;
    const bool incremental = !s.query.isEmpty() && q.startsWith(s.query);
    auto stop = [&](size_t i) {
        return cancelled && (i & 0x3FF) == 0 && cancelled();
    };

    // 1. Names: the query itself (narrowing the previous keystroke's names), then synonyms.
    std::vector<quint8> nameKind(m_names.size(), NoMatch);
    std::vector<int> names;
    // Text that is not all letters can only match names holding its characters.
    const std::vector<int>* candidates = incremental ? &s.names : letters.empty() ? namesWith(q) : nullptr;
    const size_t nameCount = candidates ? candidates->size() : m_names.size();
    for (size_t i = 0; i < nameCount; ++i) {
        if (stop(i))
            return result;
        const int id = candidates ? (*candidates)[i] : static_cast<int>(i);
        const int kind = classifyName(m_names[static_cast<size_t>(id)], q, letters, letterMask);
        if (kind != NoMatch) {
            nameKind[static_cast<size_t>(id)] = static_cast<quint8>(kind);
            names.push_back(id);
        }
    }
    // Alternatives from synonyms, each with the best class it may give: a synonym term spelled out
    // only in part (shebaok for 社保卡) gives at best a prefix match.
    std::vector<std::pair<QString, quint8>> alternatives;
    if (m_synonyms) {
        const QStringList terms = m_synonyms->alternatives(q);
        for (const QString& alt : terms)
            alternatives.emplace_back(alt, static_cast<quint8>(MatchKind::Exact));
    }
    if (letters.size() >= 2) {
        // Synonym terms spelled in pinyin: exactly (sbk), or being typed out (shebaok, 4 letters on).
        auto it = std::lower_bound(m_spelledTerms.begin(), m_spelledTerms.end(), letters,
                                   [](const auto& entry, const std::string& key) { return entry.first < key; });
        for (int groups = 0; it != m_spelledTerms.end() && groups < 8; ++it, ++groups) {
            const bool exact = it->first == letters;
            if (it->first.compare(0, letters.size(), letters) != 0 || (!exact && letters.size() < 4))
                break;
            const auto floor = std::max(it->second.second, static_cast<quint8>(MatchKind::Prefix));
            for (const QString& term : it->second.first)
                alternatives.emplace_back(term, exact ? it->second.second : floor);
        }
    }
    std::vector<int> synonymNames;
    for (const auto& [alt, floor] : alternatives) {
        const std::vector<int>* holding = namesWith(alt);
        if (!holding)
            continue;
        for (size_t j = 0; j < holding->size(); ++j) {
            if (stop(j))
                return result;
            const auto i = static_cast<size_t>((*holding)[j]);
            const qsizetype at = m_names[i].key.indexOf(alt);
            if (at < 0)
                continue;
            const auto kind =
                std::max(floor, static_cast<quint8>(at > 0                                ? MatchKind::Substring
                                                    : alt.size() == m_names[i].key.size() ? MatchKind::Exact
                                                                                          : MatchKind::Prefix));
            if (nameKind[i] == NoMatch)
                synonymNames.push_back(static_cast<int>(i));
            nameKind[i] = std::min(nameKind[i], kind);
        }
    }

    // 2. Departments (narrowed the same way).
    std::vector<int> departments;
    const size_t deptCount = incremental ? s.departments.size() : m_departments.size();
    for (size_t i = 0; i < deptCount; ++i) {
        const int id = incremental ? s.departments[i] : static_cast<int>(i);
        if (m_departments[static_cast<size_t>(id)].key.contains(q))
            departments.push_back(id);
    }

    // 3. Entries of the matching names and departments, and codes, each entry with its best class.
    std::vector<quint8> kinds(m_entries.size(), NoMatch);
    std::vector<int> touched;
    auto offer = [&](int idx, quint8 kind) {
        const Entry& e = m_entries[static_cast<size_t>(idx)];
        if (!handled(e))
            return;
        quint8& k = kinds[static_cast<size_t>(idx)];
        if (k == NoMatch)
            touched.push_back(idx);
        k = std::min(k, kind);
    };
    for (const auto* list : {&names, &synonymNames}) {
        for (const int id : *list) {
            const quint8 kind = nameKind[static_cast<size_t>(id)];
            for (const int idx : m_names[static_cast<size_t>(id)].entries)
                offer(idx, kind);
        }
    }
    for (const int id : departments) {
        for (const int idx : m_departments[static_cast<size_t>(id)].entries)
            offer(idx, static_cast<quint8>(MatchKind::Other));
    }
    if (codeLike) {
        const std::string key = q.toLower().toStdString();
        auto first = std::lower_bound(m_byCode.begin(), m_byCode.end(), key, [this](int idx, const std::string& k) {
            return m_entries[static_cast<size_t>(idx)].codeKey < k;
        });
        for (auto it = first; it != m_byCode.end(); ++it) {
            const std::string& code = m_entries[static_cast<size_t>(*it)].codeKey;
            if (code.compare(0, key.size(), key) != 0)
                break;
            offer(*it, static_cast<quint8>(code.size() == key.size() ? MatchKind::Exact : MatchKind::Prefix));
        }
        // Matches inside a code rank last: look for them only while the better ones do not fill the list.
        if (key.size() >= 3 && touched.size() < static_cast<size_t>(std::max(1, options.limit))) {
            for (size_t i = 0; i < m_entries.size(); ++i) {
                if (stop(i))
                    return result;
                if (kinds[i] == NoMatch && m_entries[i].codeKey.find(key) != std::string::npos)
                    offer(static_cast<int>(i), static_cast<quint8>(MatchKind::Other));
            }
        }
    }

    // 4. Rank: class, then recently used at this window, then the entry order (name length, name, code).
    std::vector<int> recent; // entries used recently that match, most recent first
    for (const QString& code : options.recentCodes) {
        const std::string key = code.toLower().toStdString();
        const auto it = std::lower_bound(m_byCode.begin(), m_byCode.end(), key, [this](int idx, const std::string& k) {
            return m_entries[static_cast<size_t>(idx)].codeKey < k;
        });
        if (it != m_byCode.end() && m_entries[static_cast<size_t>(*it)].code == code &&
            kinds[static_cast<size_t>(*it)] != NoMatch && std::find(recent.begin(), recent.end(), *it) == recent.end())
            recent.push_back(*it);
    }
    std::array<std::vector<int>, KindCount> buckets;
    for (const int idx : touched)
        buckets[kinds[static_cast<size_t>(idx)]].push_back(idx);
    const auto limit = static_cast<size_t>(std::max(1, options.limit));
    auto add = [&](int idx, bool isRecent) {
        const Entry& e = m_entries[static_cast<size_t>(idx)];
        result.push_back(
            {e.code, e.name, e.department, static_cast<MatchKind>(kinds[static_cast<size_t>(idx)]), isRecent});
    };
    for (int kind = 0; kind < KindCount && result.size() < limit; ++kind) {
        std::vector<int>& bucket = buckets[static_cast<size_t>(kind)];
        for (const int idx : recent) {
            if (kinds[static_cast<size_t>(idx)] == kind && result.size() < limit)
                add(idx, true);
        }
        if (!recent.empty())
            bucket.erase(
                std::remove_if(bucket.begin(), bucket.end(),
                               [&](int idx) { return std::find(recent.begin(), recent.end(), idx) != recent.end(); }),
                bucket.end());
        const size_t take = std::min(bucket.size(), limit - result.size());
        std::partial_sort(bucket.begin(), bucket.begin() + static_cast<std::ptrdiff_t>(take), bucket.end());
        for (size_t i = 0; i < take; ++i)
            add(bucket[i], false);
    }

    s.query = q;
    s.names = std::move(names);
    s.departments = std::move(departments);
    return result;
}

} // namespace yc::catalog
