#pragma once

#include <QList>
#include <QStringList>

namespace yc::catalog {

// Synonym groups for the catalog search (resources/catalog/synonyms.tsv, compiled in): every term
// of a group counts as the same word, so 社保卡 also finds 社会保障卡.
class Synonyms
{
public:
    [[nodiscard]] static const Synonyms& builtin();
    [[nodiscard]] static Synonyms fromTsv(const QByteArray& tsv);

    // The query with each group term it contains replaced by each other term of that group
    // (the query itself not included). Longer terms win over terms they contain.
    [[nodiscard]] QStringList alternatives(const QString& query) const;
    [[nodiscard]] qsizetype groupCount() const { return m_groups.size(); }
    [[nodiscard]] const QList<QStringList>& groups() const { return m_groups; }

private:
    QList<QStringList> m_groups;
};

} // namespace yc::catalog
