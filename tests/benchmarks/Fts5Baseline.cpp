#include "Fts5Baseline.h"

#include "core/catalog/Pinyin.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace yc::bench {

Fts5Baseline::Fts5Baseline()
    : m_connection(QStringLiteral("fts5-baseline"))
{}

Fts5Baseline::~Fts5Baseline()
{
    m_match.reset();
    m_like.reset();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString Fts5Baseline::spelling(const QString& name, const catalog::PinyinTable& pinyin)
{
    QString full;
    QString initials;
    for (const QChar c : name) {
        const auto readings = pinyin.readings(c.unicode());
        if (!readings.empty()) {
            const std::string& syllable = pinyin.syllable(*readings.begin);
            full += QString::fromLatin1(syllable.data(), static_cast<qsizetype>(syllable.size()));
            initials += QLatin1Char(syllable.front());
        } else if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            full += c.toLower();
            initials += c.toLower();
        }
    }
    return full + QLatin1Char(' ') + initials;
}

bool Fts5Baseline::build(const std::vector<catalog::IndexEntry>& entries, const catalog::PinyinTable& pinyin,
                         QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE items USING fts5(code, name, department, spell, "
                               "tokenize = 'trigram')"))) {
        *error = QStringLiteral("this SQLite has no FTS5 trigram tokenizer (3.34 or later is needed): ") +
                 q.lastError().text();
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO items (code, name, department, spell) VALUES (?, ?, ?, ?)"));
    QHash<QString, QString> spelled; // names repeat across implementing bodies
    for (const catalog::IndexEntry& e : entries) {
        auto it = spelled.find(e.name);
        if (it == spelled.end())
            it = spelled.insert(e.name, spelling(e.name, pinyin));
        q.addBindValue(e.code);
        q.addBindValue(e.name);
        q.addBindValue(e.department);
        q.addBindValue(it.value());
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    m_match = std::make_unique<QSqlQuery>(db);
    m_match->setForwardOnly(true);
    if (!m_match->prepare(QStringLiteral("SELECT code FROM items WHERE items MATCH :q ORDER BY rank LIMIT :limit"))) {
        *error = m_match->lastError().text();
        return false;
    }
    m_like = std::make_unique<QSqlQuery>(db);
    m_like->setForwardOnly(true);
    if (!m_like->prepare(QStringLiteral("SELECT code FROM items WHERE name LIKE :p ESCAPE '\\' OR department LIKE :p "
                                        "ESCAPE '\\' OR code LIKE :p ESCAPE '\\' OR spell LIKE :p ESCAPE '\\' "
                                        "LIMIT :limit"))) {
        *error = m_like->lastError().text();
        return false;
    }
    return true;
}

std::optional<QStringList> Fts5Baseline::search(const QString& query, int limit)
{
    const QString q = catalog::CatalogIndex::normalise(query);
    QStringList codes;
    if (q.isEmpty())
        return codes;
    QSqlQuery* statement = nullptr;
    if (q.size() >= 3) {
        statement = m_match.get();
        QString phrase = q;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        statement->bindValue(QStringLiteral(":q"), QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
    } else {
        statement = m_like.get();
        QString pattern = q;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        statement->bindValue(QStringLiteral(":p"), QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    }
    statement->bindValue(QStringLiteral(":limit"), limit);
    if (!statement->exec()) {
        m_error = statement->lastError().text();
        return std::nullopt;
    }
    while (statement->next())
        codes << statement->value(0).toString();
    statement->finish();
    return codes;
}

qint64 Fts5Baseline::sizeBytes() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace yc::bench
