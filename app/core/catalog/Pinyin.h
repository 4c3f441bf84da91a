#pragma once

#include <QString>

#include <string>
#include <vector>

namespace yc::catalog {

// Toneless pinyin readings of CJK ideographs (every reading of a polyphonic character), read from
// resources/pinyin/pinyin.tsv compiled into the program (Unihan data; source and licence in
// resources/pinyin/README.md). Syllables are numbered; a character maps to a few syllable ids.
class PinyinTable
{
public:
    // The table compiled into the program, loaded on first use (thread-safe).
    [[nodiscard]] static const PinyinTable& builtin();

    // Parses the TSV text (header line, then `U+XXXX<TAB>char<TAB>reading reading ...`).
    [[nodiscard]] static PinyinTable fromTsv(const QByteArray& tsv);

    struct Span
    {
        const quint16* begin = nullptr;
        const quint16* end = nullptr;
        [[nodiscard]] bool empty() const { return begin == end; }
    };
    // Syllable ids of the readings of c, most common first; empty when c has no reading.
    [[nodiscard]] Span readings(char16_t c) const;
    [[nodiscard]] const std::string& syllable(quint16 id) const { return m_syllables[id]; }
    [[nodiscard]] qsizetype syllableCount() const { return static_cast<qsizetype>(m_syllables.size()); }
    // All readings of c as text, e.g. 行 -> {"xing", "hang", "heng"}.
    [[nodiscard]] QStringList readingsOf(QChar c) const;
    [[nodiscard]] qsizetype characterCount() const { return m_characters; }

private:
    static constexpr char16_t First = 0x3400;
    static constexpr char16_t Last = 0x9FFF;

    std::vector<std::string> m_syllables;
    std::vector<quint16> m_ids;     // readings of all characters, concatenated
    std::vector<quint32> m_offsets; // per character (c - First): start in m_ids; size Last-First+2
    qsizetype m_characters = 0;
};

} // namespace yc::catalog
