#include "core/catalog/JsonReader.h"

#include <cmath>

namespace yc::catalog {

void JsonReader::problem(const QString& path, const QString& what)
{
    if (m_problems.size() >= MaxProblems)
        return;
    if (path.isEmpty())
        m_problems << tr("%1: %2").arg(m_where, what);
    else
        m_problems << tr("%1, field %2: %3").arg(m_where, path, what);
}

QJsonValue JsonReader::fetch(const QJsonObject& o, const QString& path, const QString& key)
{
    const QJsonValue v = o.value(key.isEmpty() ? path : key);
    if (v.isUndefined())
        problem(path, tr("missing"));
    return v;
}

QString JsonReader::text(const QJsonObject& o, const QString& path, Mode mode, const QString& key)
{
    const QJsonValue v = fetch(o, path, key);
    if (v.isUndefined())
        return {};
    if (v.isNull() && mode == Nullable)
        return {};
    if (!v.isString()) {
        problem(path, mode == Nullable ? tr("must be a string or null") : tr("must be a string"));
        return {};
    }
    const QString s = v.toString();
    if (s.trimmed().isEmpty() && (mode == Required || mode == NonEmpty))
        problem(path, tr("must not be empty"));
    return s;
}

QStringList JsonReader::texts(const QJsonObject& o, const QString& path, Mode mode, const QString& key)
{
    const QJsonValue v = fetch(o, path, key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        problem(path, tr("must be an array of strings"));
        return {};
    }
    QStringList result;
    const QJsonArray a = v.toArray();
    for (const QJsonValue& e : a) {
        if (!e.isString() || e.toString().trimmed().isEmpty()) {
            problem(path, tr("must be an array of non-empty strings"));
            return {};
        }
        result << e.toString();
    }
    if (mode == NonEmpty && result.isEmpty())
        problem(path, tr("must not be empty"));
    return result;
}

int JsonReader::integer(const QJsonObject& o, const QString& path, int min, int max, const QString& key)
{
    const QJsonValue v = fetch(o, path, key);
    if (v.isUndefined())
        return min;
    const double d = v.toDouble(-1e300);
    // Range first: converting a double outside the integer range is undefined.
    if (!v.isDouble() || !(d >= min && d <= max) || d != std::trunc(d)) {
        problem(path, tr("must be an integer from %1 to %2").arg(min).arg(max));
        return min;
    }
    return static_cast<int>(d);
}

bool JsonReader::boolean(const QJsonObject& o, const QString& path, const QString& key)
{
    const QJsonValue v = fetch(o, path, key);
    if (v.isUndefined())
        return false;
    if (!v.isBool()) {
        problem(path, tr("must be true or false"));
        return false;
    }
    return v.toBool();
}

QDate JsonReader::date(const QJsonObject& o, const QString& path, Mode mode, const QString& key)
{
    const QJsonValue v = fetch(o, path, key);
    if (v.isUndefined() || (v.isNull() && mode == Nullable))
        return {};
    const QDate d = QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd"));
    if (!v.isString() || !d.isValid()) {
        problem(path, tr("must be a date written YYYY-MM-DD"));
        return {};
    }
    return d;
}

QJsonObject JsonReader::object(const QJsonObject& o, const QString& path, const QString& key)
{
    const QJsonValue v = fetch(o, path, key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        problem(path, tr("must be an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QJsonObject& o, const QString& path, const QString& key)
{
    const QJsonValue v = fetch(o, path, key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        problem(path, tr("must be an array"));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::element(const QJsonArray& a, qsizetype index, const QString& path)
{
    const QJsonValue v = a.at(index);
    if (!v.isObject()) {
        problem(path, tr("must be an object"));
        return {};
    }
    return v.toObject();
}

void JsonReader::oneOf(const QString& path, const QString& value, const QStringList& allowed)
{
    if (!value.isEmpty() && !allowed.contains(value))
        problem(path, tr("unknown value \"%1\" (expected one of: %2)").arg(value, allowed.join(QStringLiteral(", "))));
}

void JsonReader::areaCode(const QString& path, const QString& value)
{
    bool digits = value.size() == 6;
    for (const QChar c : value)
        digits = digits && c.isDigit() && c.unicode() < 128;
    if (!digits)
        problem(path, tr("\"%1\" is not a 6-digit area code").arg(value));
}

} // namespace yc::catalog
