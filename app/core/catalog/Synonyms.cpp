#include "core/catalog/Synonyms.h"

#include "core/Logging.h"

#include <QFile>

namespace yc::catalog {

const Synonyms& Synonyms::builtin()
{
    static const Synonyms synonyms = [] {
        QFile f(QStringLiteral(":/yc/catalog/synonyms.tsv"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcCatalog) << "synonym table missing from the program resources";
            return Synonyms{};
        }
        return Synonyms::fromTsv(f.readAll());
    }();
    return synonyms;
}

Synonyms Synonyms::fromTsv(const QByteArray& tsv)
{
    Synonyms s;
    const QList<QByteArray> lines = tsv.split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList terms;
        const QStringList parts = line.split(QLatin1Char('\t'));
        for (const QString& part : parts) {
            if (!part.trimmed().isEmpty())
                terms << part.trimmed();
        }
        if (terms.size() >= 2)
            s.m_groups << terms;
    }
    return s;
}

QStringList Synonyms::alternatives(const QString& query) const
{
    QStringList result;
    if (query.size() < 2)
        return result;
    for (const QStringList& group : m_groups) {
        // The longest term of the group found in the query.
        QString found;
        for (const QString& term : group) {
            if (term.size() > found.size() && query.contains(term))
                found = term;
        }
        if (found.isEmpty())
            continue;
        for (const QString& other : group) {
            if (other == found)
                continue;
            QString alt = query;
            alt.replace(found, other);
            if (alt != query && !result.contains(alt))
                result << alt;
        }
        if (result.size() > 32)
            break;
    }
    return result;
}

} // namespace yc::catalog
