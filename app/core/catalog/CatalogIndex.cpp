#include "core/catalog/CatalogIndex.h"

#include "core/catalog/Pinyin.h"
#include "core/catalog/Synonyms.h"

#include <QHash>

#include <algorithm>
#include <array>

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

    m_entries.reserve(entries.size());
    for (const IndexEntry& in : entries) {
        Entry e;
        e.originalCode = in.code;
        e.code = in.code.toLower();
        e.name = in.name;
        e.nameKey = normalise(in.name);
        e.department = in.department;
        for (const QString& level : in.levels) {
            const int bit = levelBit(level);
            if (bit >= 0)
                e.levels |= static_cast<quint8>(1u << bit);
        }
        for (const QString& area : in.areaCodes)
            e.areas.push_back(areaNumber(area));
        e.charBegin = static_cast<quint32>(m_charMasks.size());
        for (const QChar c : std::as_const(e.nameKey)) {
            quint32 mask = 0;
            const quint32 start = static_cast<quint32>(m_readingIds.size());
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
        e.charCount = static_cast<quint16>(m_charMasks.size() - e.charBegin);
        m_entries.push_back(std::move(e));
    }
    m_charReadings.push_back(static_cast<quint32>(m_readingIds.size()));

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
                for (const std::string& spelled : *spellings) {
                    if (spelled.size() < 2)
                        continue;
                    QStringList& terms = m_spelledTerms[spelled];
                    for (const QString& t : group) {
                        if (!terms.contains(t))
                            terms << t;
                    }
                }
            }
        }
    }
}

bool CatalogIndex::pinyinFrom(const Entry& e, quint32 pos, const std::string& q, size_t k, bool initials) const
{
    if (k == q.size())
        return true;
    if (pos >= e.charCount)
        return false;
    const quint32 gp = e.charBegin + pos;
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
        } else if (q.compare(k, s.size(), s) == 0 && pinyinFrom(e, pos + 1, q, k + s.size(), initials)) {
            return true;
        }
        if (initials && s.size() > 1 && pinyinFrom(e, pos + 1, q, k + 1, initials))
            return true;
    }
    return false;
}

int CatalogIndex::classify(const Entry& e, const QString& q, const std::string& letters) const
{
    int best = NoMatch;
    if (e.code == q)
        return static_cast<int>(MatchKind::Exact);
    const qsizetype at = e.nameKey.indexOf(q);
    if (at == 0)
        return static_cast<int>(q.size() == e.nameKey.size() ? MatchKind::Exact : MatchKind::Prefix);
    if (e.code.startsWith(q))
        return static_cast<int>(MatchKind::Prefix);
    if (!letters.empty() && e.charCount > 0) {
        if (pinyinFrom(e, 0, letters, 0, false))
            return static_cast<int>(MatchKind::Prefix);
        if (pinyinFrom(e, 0, letters, 0, true))
            return static_cast<int>(MatchKind::Initials);
    }
    if (at > 0)
        return static_cast<int>(MatchKind::Substring);
    if (!letters.empty()) {
        for (quint32 pos = 1; pos < e.charCount; ++pos) {
            if (pinyinFrom(e, pos, letters, 0, true))
                return static_cast<int>(MatchKind::Substring);
        }
    }
    if (e.code.contains(q) || e.department.contains(q, Qt::CaseInsensitive))
        best = static_cast<int>(MatchKind::Other);
    return best;
}

std::vector<SearchMatch> CatalogIndex::search(const QString& query, const SearchOptions& options,
                                              SearchSession* session, const std::function<bool()>& cancelled) const
{
    std::vector<SearchMatch> result;
    const QString q = normalise(query);
    if (q.isEmpty() || m_entries.empty()) {
        if (session)
            session->query.clear();
        return result;
    }
    std::string letters;
    if (std::all_of(q.cbegin(), q.cend(), isLetter))
        letters = q.toStdString();

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
    const QString filterKey = QString::number(levelMask) + QLatin1Char('/') + QString::number(area);

    SearchSession local;
    SearchSession& s = session ? *session : local;
    const bool incremental = !s.query.isEmpty() && q.startsWith(s.query) && s.filterKey == filterKey;
    s.kinds.assign(m_entries.size(), NoMatch);
    std::vector<int> matched;
    std::vector<int> touched;

    auto pollCancel = [&](size_t i) {
        return cancelled && (i & 0xFFF) == 0 && cancelled();
    };
    if (incremental) {
        for (size_t i = 0; i < s.matched.size(); ++i) {
            if (pollCancel(i))
                return result;
            const int idx = s.matched[i];
            const int kind = classify(m_entries[static_cast<size_t>(idx)], q, letters);
            if (kind != NoMatch) {
                s.kinds[static_cast<size_t>(idx)] = static_cast<quint8>(kind);
                matched.push_back(idx);
            }
        }
    } else {
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (pollCancel(i))
                return result;
            const Entry& e = m_entries[i];
            if (!handled(e))
                continue;
            const int kind = classify(e, q, letters);
            if (kind != NoMatch) {
                s.kinds[i] = static_cast<quint8>(kind);
                matched.push_back(static_cast<int>(i));
            }
        }
    }
    touched = matched;

    // Synonyms: the query with a term replaced by another term of its group, matched on names.
    QStringList alternatives = m_synonyms ? m_synonyms->alternatives(q) : QStringList();
    if (!letters.empty()) {
        const auto spelled = m_spelledTerms.find(letters);
        if (spelled != m_spelledTerms.end())
            alternatives << spelled->second;
    }
    if (!alternatives.isEmpty()) {
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (pollCancel(i))
                return result;
            const Entry& e = m_entries[i];
            if (!handled(e))
                continue;
            for (const QString& alt : alternatives) {
                const qsizetype at = e.nameKey.indexOf(alt);
                if (at < 0)
                    continue;
                const auto kind = static_cast<quint8>(at > 0                           ? MatchKind::Substring
                                                      : alt.size() == e.nameKey.size() ? MatchKind::Exact
                                                                                       : MatchKind::Prefix);
                if (s.kinds[i] == NoMatch)
                    touched.push_back(static_cast<int>(i));
                s.kinds[i] = std::min(s.kinds[i], kind);
            }
        }
    }

    // Items used recently at this window, resolved to entries.
    std::vector<int> recent;
    if (!options.recentCodes.isEmpty()) {
        QHash<QString, int> wanted;
        for (const QString& code : options.recentCodes)
            wanted.insert(code.toLower(), static_cast<int>(wanted.size()));
        recent.assign(static_cast<size_t>(wanted.size()), -1);
        for (const int idx : touched) {
            const auto it = wanted.constFind(m_entries[static_cast<size_t>(idx)].code);
            if (it != wanted.constEnd())
                recent[static_cast<size_t>(it.value())] = idx;
        }
    }

    std::array<std::vector<int>, KindCount> buckets;
    for (const int idx : touched)
        buckets[s.kinds[static_cast<size_t>(idx)]].push_back(idx);
    const auto limit = static_cast<size_t>(std::max(1, options.limit));
    auto add = [&](int idx, bool isRecent) {
        const Entry& e = m_entries[static_cast<size_t>(idx)];
        result.push_back({e.originalCode, e.name, e.department,
                          static_cast<MatchKind>(s.kinds[static_cast<size_t>(idx)]), isRecent});
    };
    auto less = [this](int a, int b) {
        const Entry& x = m_entries[static_cast<size_t>(a)];
        const Entry& y = m_entries[static_cast<size_t>(b)];
        if (x.name.size() != y.name.size())
            return x.name.size() < y.name.size();
        if (x.name != y.name)
            return x.name < y.name;
        return x.code < y.code;
    };
    for (int kind = 0; kind < KindCount && result.size() < limit; ++kind) {
        std::vector<int>& bucket = buckets[static_cast<size_t>(kind)];
        for (const int idx : recent) {
            if (idx >= 0 && s.kinds[static_cast<size_t>(idx)] == kind && result.size() < limit)
                add(idx, true);
        }
        if (!recent.empty())
            bucket.erase(
                std::remove_if(bucket.begin(), bucket.end(),
                               [&](int idx) { return std::find(recent.begin(), recent.end(), idx) != recent.end(); }),
                bucket.end());
        const size_t take = std::min(bucket.size(), limit - result.size());
        std::partial_sort(bucket.begin(), bucket.begin() + static_cast<std::ptrdiff_t>(take), bucket.end(), less);
        for (size_t i = 0; i < take; ++i)
            add(bucket[i], false);
    }

    s.query = q;
    s.filterKey = filterKey;
    s.matched = std::move(matched);
    return result;
}

} // namespace yc::catalog
