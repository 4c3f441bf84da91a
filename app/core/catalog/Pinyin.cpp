#include "core/catalog/Pinyin.h"

#include "core/Logging.h"

#include <QFile>
#include <QHash>
#include <QList>

namespace yc::catalog {

const PinyinTable& PinyinTable::builtin()
{
    static const PinyinTable table = [] {
        QFile f(QStringLiteral(":/yc/pinyin/pinyin.tsv"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcCatalog) << "pinyin table missing from the program resources";
            return PinyinTable::fromTsv({});
        }
        return PinyinTable::fromTsv(f.readAll());
    }();
    return table;
}

PinyinTable PinyinTable::fromTsv(const QByteArray& tsv)
{
    PinyinTable t;
    const qsizetype slotCount = Last - First + 1;
    std::vector<std::vector<quint16>> perChar(static_cast<size_t>(slotCount));
    QHash<QByteArray, quint16> ids;
    const QList<QByteArray> lines = tsv.split('\n');
    for (const QByteArray& line : lines) {
        if (!line.startsWith("U+"))
            continue;
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() < 3)
            continue;
        bool ok = false;
        const uint cp = cols[0].mid(2).toUInt(&ok, 16);
        if (!ok || cp < First || cp > Last)
            continue;
        auto& list = perChar[cp - First];
        const QList<QByteArray> readings = cols[2].trimmed().split(' ');
        for (const QByteArray& reading : readings) {
            if (reading.isEmpty())
                continue;
            auto it = ids.constFind(reading);
            quint16 id = 0;
            if (it == ids.constEnd()) {
                id = static_cast<quint16>(t.m_syllables.size());
                t.m_syllables.emplace_back(reading.constData(), static_cast<size_t>(reading.size()));
                ids.insert(reading, id);
            } else {
                id = it.value();
            }
            if (std::find(list.begin(), list.end(), id) == list.end())
                list.push_back(id);
        }
        if (!list.empty())
            ++t.m_characters;
    }
    t.m_offsets.reserve(static_cast<size_t>(slotCount) + 1);
    for (const auto& list : perChar) {
        t.m_offsets.push_back(static_cast<quint32>(t.m_ids.size()));
        t.m_ids.insert(t.m_ids.end(), list.begin(), list.end());
    }
    t.m_offsets.push_back(static_cast<quint32>(t.m_ids.size()));
    return t;
}

PinyinTable::Span PinyinTable::readings(char16_t c) const
{
    if (c < First || c > Last || m_offsets.empty())
        return {};
    const size_t i = c - First;
    return {m_ids.data() + m_offsets[i], m_ids.data() + m_offsets[i + 1]};
}

QStringList PinyinTable::readingsOf(QChar c) const
{
    QStringList result;
    const Span span = readings(c.unicode());
    for (const quint16* p = span.begin; p != span.end; ++p)
        result << QString::fromLatin1(m_syllables[*p].c_str());
    return result;
}

} // namespace yc::catalog
