#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace yc::test {

// Looks for personal values in bytes (files, logs), in every form they could take there: UTF-8,
// UTF-16LE/BE, GB18030, JSON \uXXXX escapes (lower and upper case hex), hex of the UTF-8, and
// base64 (standard and URL-safe) of the UTF-8 at each of the three alignments, so the value is
// found inside a larger base64 blob too.
class PlaintextScanner
{
public:
    struct Hit
    {
        QString where;
        QString what; // the label of the value, never the value itself
        QString form;
    };

    // False when this Qt cannot encode GB18030 (no ICU): the scan would miss that form.
    [[nodiscard]] static bool gb18030Available();
    [[nodiscard]] static QByteArray gb18030(const QString& text);
    // The runs of characters that every base64 text of a blob holding bytes at offset % 3 == shift
    // contains (the characters that depend on those bytes only), without padding.
    [[nodiscard]] static QByteArray base64Core(const QByteArray& bytes, int shift, bool urlSafe);
    // Each character above U+007F as \uXXXX (UTF-16 code units), the rest as is.
    [[nodiscard]] static QByteArray jsonEscaped(const QString& text, bool upperHex);

    // Adds a value under a label (the label is what reports show). Values shorter than 6 bytes are
    // refused: they would match by chance.
    bool add(const QString& what, const QString& value);
    // Adds bytes that are not text (e.g. a run of a scanned material's compressed image): as they
    // are, in hex and in base64 (standard and URL-safe, each alignment). Shorter than 16: refused.
    bool addBytes(const QString& what, const QByteArray& bytes);

    // The hits in bytes; where names the source in the hits.
    QList<Hit> scan(const QString& where, const QByteArray& bytes);
    // Every file under dir (hidden ones too, recursively) except the excluded files and folders.
    QList<Hit> scanTree(const QString& dir, const QStringList& excluded = {});

    [[nodiscard]] int values() const { return m_values; }
    [[nodiscard]] int needles() const { return static_cast<int>(m_needles.size()); }
    [[nodiscard]] QStringList forms() const;
    [[nodiscard]] int filesScanned() const { return m_files; }
    [[nodiscard]] qint64 bytesScanned() const { return m_bytes; }
    [[nodiscard]] int sourcesScanned() const { return m_sources; }

private:
    struct Needle
    {
        QString what;
        QString form;
        QByteArray bytes;
        QByteArrayMatcher matcher;
    };
    void addForm(const QString& what, const QString& form, const QByteArray& bytes);

    std::vector<Needle> m_needles;
    int m_values = 0;
    int m_files = 0;
    int m_sources = 0;
    qint64 m_bytes = 0;
};

QString describe(const QList<PlaintextScanner::Hit>& hits);

} // namespace yc::test
