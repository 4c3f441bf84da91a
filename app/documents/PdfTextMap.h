#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>

namespace yc::documents {

// Makes text copied out of a PDF written by QPdfWriter read back as it was drawn.
//
// Why it is needed: Qt's PDF engine embeds a subset of the font and writes a ToUnicode map that
// gives, for each glyph, the *lowest* code point the font maps to that glyph. Noto CJK (like its
// parent Source Han) maps the Kangxi radicals (U+2F00..U+2FD5) and many CJK radicals supplement
// characters (U+2E80..U+2EF3) to the same glyphs as the unified ideographs, so 人 民 身 户 口 月 日
// were copied out as ⼈ ⺠ ⾝ ⼾ ⼝ ⽉ ⽇, and the space as a tab. Text drawing through QPainter and
// through QTextDocument both go through that map; no font option (hinting, PreferNoShaping) and no
// other Noto CJK file (Serif or Sans, .ttc or .otf) changes it.
//
// The repair: for each such code point, the map here knows the code point the font maps to the
// same glyph that a reader expects (the unified ideograph, U+0020 for the space), and rewrites the
// ToUnicode entries in place. Each entry is four hex digits before and after, so no object moves
// and the cross-reference table stays valid.
class PdfTextMap
{
    Q_DECLARE_TR_FUNCTIONS(yc::documents::PdfTextMap)

public:
    // The fonts the document was drawn with (each weight used).
    explicit PdfTextMap(const QList<QFont>& fonts);

    // The code point a reader should get back for `codePoint`, or `codePoint` itself.
    [[nodiscard]] char16_t preferred(char16_t codePoint) const { return m_replace.value(codePoint, codePoint); }
    [[nodiscard]] qsizetype size() const { return m_replace.size(); }

    // Rewrites every ToUnicode map of `pdf`. Returns the number of entries changed. Error
    // document.text-map when the PDF has fonts but no ToUnicode map this code can read (a Qt that
    // compresses them would need this code changed; the tests would show it).
    [[nodiscard]] Result<int> repair(QByteArray& pdf) const;

private:
    QHash<char16_t, char16_t> m_replace;
};

} // namespace yc::documents
