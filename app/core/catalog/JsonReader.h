#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace yc::catalog {

// Reads fields of a catalog document and collects every problem as a message that names the
// item (`where`) and the field (`path`), e.g. `item 3 (0001…-1-00), field materials[2].copies:
// must be an integer from 1 to 1000`. Missing or mistyped fields give empty/zero values.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(yc::catalog::JsonReader)

public:
    enum Mode
    {
        Required,   // present, right type, not empty
        MayBeEmpty, // present, right type, may be empty
        Nullable,   // present, null or right type (arrays: may be empty)
        NonEmpty,   // arrays: present with at least one element
    };

    explicit JsonReader(QString where)
        : m_where(std::move(where))
    {}

    // `path` names the field in messages; `key` is the key in `o` (default: path).
    QString text(const QJsonObject& o, const QString& path, Mode mode = Required, const QString& key = {});
    QStringList texts(const QJsonObject& o, const QString& path, Mode mode = Required, const QString& key = {});
    int integer(const QJsonObject& o, const QString& path, int min, int max, const QString& key = {});
    bool boolean(const QJsonObject& o, const QString& path, const QString& key = {});
    QDate date(const QJsonObject& o, const QString& path, Mode mode, const QString& key = {});
    QJsonObject object(const QJsonObject& o, const QString& path, const QString& key = {});
    QJsonArray array(const QJsonObject& o, const QString& path, const QString& key = {});
    QJsonObject element(const QJsonArray& a, qsizetype index, const QString& path);

    void oneOf(const QString& path, const QString& value, const QStringList& allowed);
    void areaCode(const QString& path, const QString& value);
    void problem(const QString& path, const QString& what);

    [[nodiscard]] const QStringList& problems() const { return m_problems; }

    // Problems are capped so that a hostile document cannot make the message list huge.
    static constexpr qsizetype MaxProblems = 50;

private:
    QJsonValue fetch(const QJsonObject& o, const QString& path, const QString& key);

    QString m_where;
    QStringList m_problems;
};

} // namespace yc::catalog
