#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace yc::identity {

// The national code tables bundled in resources/codes (compiled into yc_core as the Qt resource
// ":/codes"): GB/T 2260 areas (current and historical), GB/T 2261.1 sex, GB 3304 ethnic groups,
// GB/T 2659 countries. Loaded on first use, once, safely from any thread; read-only afterwards.
class CodeTables
{
public:
    struct Area
    {
        QString name;
        bool current = false;
        // The oldest and newest dated revision (YYYYMM, e.g. 198012) whose list holds the code;
        // 0 when the sources only give it undated. A current code's last revision is the newest one.
        int firstRevision = 0;
        int lastRevision = 0;
    };
    struct Country
    {
        QString alpha3;
        QString alpha2;
        QString numeric;
        QString nameZh;
        QString nameEn;
    };
    struct Ethnicity
    {
        QString name;      // 汉族
        QString shortName; // 汉 (as on the card)
    };

    // The tables, loaded on first call (thread-safe static initialisation).
    [[nodiscard]] static const CodeTables& get();

    [[nodiscard]] std::optional<Area> area(const QString& code) const;
    // "省 市 县" built from the province, prefecture and county rows; empty when unknown.
    [[nodiscard]] QString areaFullName(const QString& code) const;
    [[nodiscard]] QString genderName(const QString& code) const;
    [[nodiscard]] std::optional<Ethnicity> ethnicity(const QString& code) const;
    [[nodiscard]] std::optional<Country> countryByAlpha3(const QString& alpha3) const;
    [[nodiscard]] std::optional<Country> countryByNumeric(const QString& numeric) const;
    [[nodiscard]] qsizetype areaCount() const { return m_areas.size(); }
    [[nodiscard]] qsizetype countryCount() const { return m_countriesByAlpha3.size(); }
    [[nodiscard]] qsizetype ethnicityCount() const { return m_ethnicities.size(); }

private:
    CodeTables();

    QHash<QString, Area> m_areas;
    QHash<QString, QString> m_genders;
    QHash<QString, Ethnicity> m_ethnicities;
    QHash<QString, Country> m_countriesByAlpha3;
    QHash<QString, QString> m_alpha3ByNumeric;
};

} // namespace yc::identity
