#include "core/identity/CodeTables.h"

#include "core/Logging.h"

#include <QFile>

namespace yc::identity {

namespace {

// Reads a UTF-8 TSV resource with one header line into rows of columns.
QList<QStringList> readTsv(const QString& path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCore) << "code table missing from the resources:" << path;
        return rows;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows << lines[i].split(QLatin1Char('\t'));
    return rows;
}

} // namespace

const CodeTables& CodeTables::get()
{
    static const CodeTables tables;
    return tables;
}

CodeTables::CodeTables()
{
    for (const QStringList& row : readTsv(QStringLiteral(":/codes/gbt2260_areas.tsv"))) {
        // code, name, status, first, last (the two revision columns may be absent or empty).
        if (row.size() >= 3) {
            Area area{row[1], row[2].trimmed() == QLatin1String("current")};
            if (row.size() >= 5) {
                area.firstRevision = row[3].trimmed().toInt();
                area.lastRevision = row[4].trimmed().toInt();
            }
            m_areas.insert(row[0], area);
        }
    }
    for (const QStringList& row : readTsv(QStringLiteral(":/codes/gbt2261_gender.tsv"))) {
        if (row.size() >= 2)
            m_genders.insert(row[0], row[1].trimmed());
    }
    for (const QStringList& row : readTsv(QStringLiteral(":/codes/gb3304_ethnicity.tsv"))) {
        if (row.size() >= 4)
            m_ethnicities.insert(row[0], Ethnicity{row[1], row[3].trimmed()});
    }
    for (const QStringList& row : readTsv(QStringLiteral(":/codes/gbt2659_countries.tsv"))) {
        if (row.size() >= 5) {
            m_countriesByAlpha3.insert(row[0], Country{row[0], row[1], row[2], row[3], row[4].trimmed()});
            m_alpha3ByNumeric.insert(row[2], row[0]);
        }
    }
    qCDebug(lcCore) << "code tables loaded:" << m_areas.size() << "areas," << m_ethnicities.size() << "ethnic groups,"
                    << m_countriesByAlpha3.size() << "countries";
}

std::optional<CodeTables::Area> CodeTables::area(const QString& code) const
{
    const auto it = m_areas.constFind(code);
    if (it == m_areas.constEnd())
        return std::nullopt;
    return *it;
}

QString CodeTables::areaFullName(const QString& code) const
{
    if (code.size() != 6 || !m_areas.contains(code))
        return {};
    QStringList parts;
    const QString province = code.left(2) + QStringLiteral("0000");
    const QString prefecture = code.left(4) + QStringLiteral("00");
    for (const QString& c : {province, prefecture, code}) {
        const auto it = m_areas.constFind(c);
        if (it != m_areas.constEnd() && !parts.contains(it->name) && it->name != QStringLiteral("市辖区") &&
            it->name != QStringLiteral("县"))
            parts << it->name;
    }
    return parts.join(QString());
}

QString CodeTables::genderName(const QString& code) const
{
    return m_genders.value(code);
}

std::optional<CodeTables::Ethnicity> CodeTables::ethnicity(const QString& code) const
{
    const auto it = m_ethnicities.constFind(code);
    if (it == m_ethnicities.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<CodeTables::Country> CodeTables::countryByAlpha3(const QString& alpha3) const
{
    const auto it = m_countriesByAlpha3.constFind(alpha3);
    if (it == m_countriesByAlpha3.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<CodeTables::Country> CodeTables::countryByNumeric(const QString& numeric) const
{
    const auto it = m_alpha3ByNumeric.constFind(numeric);
    if (it == m_alpha3ByNumeric.constEnd())
        return std::nullopt;
    return countryByAlpha3(*it);
}

} // namespace yc::identity
