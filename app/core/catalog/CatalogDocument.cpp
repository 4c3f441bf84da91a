#include "core/catalog/CatalogDocument.h"

#include "core/catalog/JsonReader.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace yc::catalog {

namespace {

// Splits a well-formed document into its top level with an empty items array and the byte ranges
// of the item objects, so that each item is parsed on its own: a whole 100,000-item document
// parsed at once takes several times its size in memory. Returns false for anything unusual
// (the caller then parses the whole document, which reports the error precisely).
class Splitter
{
public:
    explicit Splitter(const QByteArray& bytes)
        : m_b(bytes)
    {}

    // A key found twice at the top level (the JSON parser would keep only one of the two values
    // silently, e.g. an empty second items array) is set in *duplicateKey.
    bool split(QByteArray* header, QList<QPair<qsizetype, qsizetype>>* items, QByteArray* duplicateKey)
    {
        QSet<QByteArrayView> keys;
        ws();
        if (!eat('{'))
            return false;
        qsizetype arrayBegin = -1;
        qsizetype arrayEnd = -1;
        ws();
        if (peek() == '}')
            return false;
        for (;;) {
            ws();
            const qsizetype keyBegin = m_i;
            if (!string())
                return false;
            const QByteArrayView key(m_b.constData() + keyBegin, m_i - keyBegin);
            if (keys.contains(key)) {
                *duplicateKey = key.sliced(1, key.size() - 2).toByteArray();
                return false;
            }
            keys.insert(key);
            ws();
            if (!eat(':'))
                return false;
            ws();
            if (key == "\"items\"") {
                if (peek() != '[')
                    return false;
                arrayBegin = m_i;
                ++m_i;
                ws();
                if (peek() == ']') {
                    ++m_i;
                } else {
                    for (;;) {
                        ws();
                        if (peek() != '{')
                            return false;
                        const qsizetype begin = m_i;
                        if (!value())
                            return false;
                        items->append(qMakePair(begin, m_i - begin));
                        ws();
                        if (eat(','))
                            continue;
                        if (eat(']'))
                            break;
                        return false;
                    }
                }
                arrayEnd = m_i;
            } else if (!value()) {
                return false;
            }
            ws();
            if (eat(','))
                continue;
            if (eat('}'))
                break;
            return false;
        }
        if (arrayBegin < 0)
            return false;
        *header = m_b.left(arrayBegin) + "[]" + m_b.mid(arrayEnd);
        return true;
    }

private:
    char peek() const { return m_i < m_b.size() ? m_b.at(m_i) : '\0'; }
    bool eat(char c)
    {
        if (peek() != c)
            return false;
        ++m_i;
        return true;
    }
    void ws()
    {
        while (m_i < m_b.size() &&
               (m_b.at(m_i) == ' ' || m_b.at(m_i) == '\n' || m_b.at(m_i) == '\r' || m_b.at(m_i) == '\t'))
            ++m_i;
    }
    bool string()
    {
        if (!eat('"'))
            return false;
        while (m_i < m_b.size()) {
            const char c = m_b.at(m_i++);
            if (c == '\\')
                ++m_i;
            else if (c == '"')
                return true;
        }
        return false;
    }
    // Skips one value; nesting is followed, the contents are checked later by the JSON parser.
    bool value()
    {
        int depth = 0;
        do {
            const char c = peek();
            if (c == '\0')
                return false;
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                if (++depth > 256)
                    return false;
            } else if (c == '}' || c == ']') {
                if (--depth < 0)
                    return false;
            } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                return true;
            }
            ++m_i;
        } while (depth > 0 || (peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n' &&
                               peek() != '\r' && peek() != '\t' && peek() != '"' && peek() != '{' && peek() != '['));
        return true;
    }

    const QByteArray& m_b;
    qsizetype m_i = 0;
};

// A key as it is named in a message: cut when it is long.
QString fieldName(const QString& key)
{
    return key.size() > 64 ? key.left(64) + QStringLiteral("…") : key;
}

// Reports every string (or key) longer than MaxTextLength and every list longer than `listLimit`
// (nested lists: MaxListLength) in `value`, naming the field by its path (materials[2].notes).
// Unknown keys are checked too: they are stored as received.
void checkLimits(const QJsonValue& value, const QString& path, qsizetype listLimit, JsonReader& reader)
{
    if (value.isString()) {
        const qsizetype length = value.toString().size();
        if (length > CatalogDocument::MaxTextLength)
            reader.problem(path, CatalogDocument::tr("%1 characters, more than the limit of %2")
                                     .arg(length)
                                     .arg(CatalogDocument::MaxTextLength));
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.size() > listLimit) {
            reader.problem(path,
                           CatalogDocument::tr("%1 entries, more than the limit of %2").arg(a.size()).arg(listLimit));
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i)
            checkLimits(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), CatalogDocument::MaxListLength, reader);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString child = path.isEmpty() ? fieldName(it.key()) : path + QLatin1Char('.') + fieldName(it.key());
            if (it.key().size() > CatalogDocument::MaxTextLength)
                reader.problem(child, CatalogDocument::tr("the key has %1 characters, more than the limit of %2")
                                          .arg(it.key().size())
                                          .arg(CatalogDocument::MaxTextLength));
            // An item's own materials list has its own limit.
            const qsizetype limit = path.isEmpty() && it.key() == QLatin1String("materials")
                                        ? CatalogDocument::MaxMaterials
                                        : CatalogDocument::MaxListLength;
            checkLimits(it.value(), child, limit, reader);
        }
    }
}

} // namespace

QString CatalogDocument::describeItem(qsizetype index, const QString& code)
{
    if (code.isEmpty())
        return tr("item %1").arg(index + 1);
    // A code is short; a damaged one is cut so that every message about the item stays short.
    return tr("item %1 (%2)").arg(index + 1).arg(code.size() > 80 ? code.left(80) + QStringLiteral("…") : code);
}

Result<CatalogDocument> CatalogDocument::parse(const QByteArray& bytes, Detail detail)
{
    if (bytes.size() > MaxBytes)
        return makeError(QStringLiteral("catalog.too-large"),
                         tr("The catalog document is larger than %1 MiB.").arg(MaxBytes / (1024 * 1024)));
    QByteArray header;
    QList<QPair<qsizetype, qsizetype>> spans;
    QByteArray duplicateKey;
    bool split = Splitter(bytes).split(&header, &spans, &duplicateKey);
    QJsonParseError parseError{};
    QJsonDocument json = QJsonDocument::fromJson(split ? header : bytes, &parseError);
    if (split && parseError.error != QJsonParseError::NoError) {
        split = false; // parse the whole document for an exact error position
        json = QJsonDocument::fromJson(bytes, &parseError);
    }
    header.clear();
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("catalog.not-json"),
                         tr("The catalog document is not valid JSON (at byte %1: %2).")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!json.isObject())
        return makeError(QStringLiteral("catalog.not-json"), tr("The catalog document is not a JSON object."));
    if (!duplicateKey.isEmpty())
        return makeError(QStringLiteral("catalog.invalid"),
                         tr("The catalog document has the key \"%1\" twice at its top level.")
                             .arg(QString::fromUtf8(duplicateKey.left(64))));
    const QJsonObject root = json.object();

    JsonReader r(tr("catalog document"));
    CatalogDocument doc;
    const QString format = r.text(root, QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("yichuang-catalog"))
        return makeError(QStringLiteral("catalog.format"),
                         tr("This is not a Yichuang catalog document (format \"%1\").").arg(format));
    const QJsonValue fv = root.value(QStringLiteral("formatVersion"));
    if (fv.isDouble() && fv.toDouble() > FormatVersion)
        return makeError(QStringLiteral("catalog.format"),
                         tr("The catalog document has format version %1; this program reads version %2. Install a "
                            "newer Yichuang.")
                             .arg(fv.toDouble())
                             .arg(FormatVersion));
    doc.formatVersion = r.integer(root, QStringLiteral("formatVersion"), 1, FormatVersion);
    const QString kind = r.text(root, QStringLiteral("kind"));
    r.oneOf(QStringLiteral("kind"), kind, {QStringLiteral("full"), QStringLiteral("delta")});
    doc.kind = kind == QLatin1String("delta") ? Kind::Delta : Kind::Full;
    doc.version = r.integer(root, QStringLiteral("version"), 1, 2000000000);
    if (doc.kind == Kind::Full) {
        doc.generatedAt = r.text(root, QStringLiteral("generatedAt"));
        doc.issuer = r.text(root, QStringLiteral("issuer"));
    } else {
        doc.baseVersion = r.integer(root, QStringLiteral("baseVersion"), 1, 2000000000);
        if (doc.baseVersion >= doc.version)
            r.problem(QStringLiteral("baseVersion"), tr("must be lower than version"));
        if (root.contains(QStringLiteral("generatedAt")))
            doc.generatedAt = r.text(root, QStringLiteral("generatedAt"), JsonReader::Nullable);
        if (root.contains(QStringLiteral("issuer")))
            doc.issuer = r.text(root, QStringLiteral("issuer"), JsonReader::Nullable);
        doc.removed = r.texts(root, QStringLiteral("removed"));
    }
    const QJsonArray items = r.array(root, QStringLiteral("items"));
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("items"))
            continue; // counted below, each item checked on its own
        if (it.key().size() > MaxTextLength)
            r.problem(
                fieldName(it.key()),
                tr("the key has %1 characters, more than the limit of %2").arg(it.key().size()).arg(MaxTextLength));
        checkLimits(it.value(), fieldName(it.key()), it.key() == QLatin1String("removed") ? MaxItems : MaxListLength,
                    r);
    }
    QStringList problems = r.problems();

    QHash<QString, qsizetype> indexOfCode;
    std::vector<bool> hasMaterials;
    std::vector<qsizetype> position; // of each kept item in the document's items array
    hasMaterials.reserve(static_cast<size_t>(items.size()));
    const qsizetype count = split ? spans.size() : items.size();
    if (count > MaxItems)
        return makeError(QStringLiteral("catalog.too-large"),
                         tr("The catalog document has %1 items; at most %2 are accepted.").arg(count).arg(MaxItems));
    doc.items.reserve(count);
    doc.itemJson.reserve(count);
    for (qsizetype i = 0; i < count && problems.size() < JsonReader::MaxProblems; ++i) {
        QJsonValue v;
        if (split) {
            const auto [begin, length] = spans.at(i);
            QJsonParseError itemError{};
            const QJsonDocument one = QJsonDocument::fromJson(bytes.mid(begin, length), &itemError);
            if (itemError.error != QJsonParseError::NoError)
                return makeError(QStringLiteral("catalog.not-json"),
                                 tr("The catalog document is not valid JSON (at byte %1: %2).")
                                     .arg(begin + itemError.offset)
                                     .arg(itemError.errorString()));
            v = one.object();
        } else {
            v = items.at(i);
        }
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        const QString where = describeItem(i, code);
        if (!v.isObject()) {
            problems << tr("%1: must be an object").arg(where);
            continue;
        }
        QByteArray compact = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        if (compact.size() > MaxItemBytes) {
            problems << tr("%1: %2 bytes, more than the limit of %3 for one item")
                            .arg(where)
                            .arg(compact.size())
                            .arg(MaxItemBytes);
            continue;
        }
        JsonReader limits(where);
        checkLimits(v, QString(), MaxListLength, limits);
        if (!limits.problems().isEmpty()) {
            problems << limits.problems();
            continue;
        }
        auto item = ServiceItem::fromJson(v.toObject(), where, &problems);
        if (!item)
            continue;
        if (indexOfCode.contains(item.value().code)) {
            problems << tr("%1, field code: the code is already used by item %2")
                            .arg(where)
                            .arg(position[static_cast<size_t>(indexOfCode.value(item.value().code))] + 1);
            continue;
        }
        indexOfCode.insert(item.value().code, doc.items.size());
        hasMaterials.push_back(!item.value().materials.isEmpty());
        position.push_back(i);
        if (detail == Detail::ForImport) {
            ServiceItem& lean = item.value();
            lean.legalBasis.clear();
            lean.conditions.clear();
            lean.situations.clear();
            lean.materials.clear();
            lean.fees.clear();
            lean.steps.clear();
            lean.specialSteps.clear();
            lean.place.clear();
            lean.hours.clear();
            lean.consultPhone.clear();
            lean.complaintPhone.clear();
        }
        doc.items << std::move(item).value();
        doc.itemJson << std::move(compact);
    }
    if (doc.kind == Kind::Delta) {
        for (const QString& code : std::as_const(doc.removed)) {
            if (indexOfCode.contains(code))
                problems << tr("removed code %1 is also in items").arg(code);
        }
    }
    if (doc.kind == Kind::Full && problems.isEmpty()) {
        // Main items and sub-items must hold together inside a full catalog.
        QSet<QString> parents;
        for (qsizetype i = 0; i < doc.items.size(); ++i) {
            const ServiceItem& item = doc.items.at(i);
            if (item.parentCode.isEmpty())
                continue;
            parents.insert(item.parentCode);
            const qsizetype p = indexOfCode.value(item.parentCode, -1);
            if (p < 0)
                problems << tr("%1, field parentCode: no item with code %2 in the catalog")
                                .arg(describeItem(i, item.code), item.parentCode);
            else if (!doc.items.at(p).parentCode.isEmpty())
                problems << tr("%1, field parentCode: %2 is itself a sub-item")
                                .arg(describeItem(i, item.code), item.parentCode);
        }
        for (qsizetype i = 0; i < doc.items.size(); ++i) {
            const ServiceItem& item = doc.items.at(i);
            if (!hasMaterials[static_cast<size_t>(i)] && !parents.contains(item.code))
                problems << tr("%1, field materials: an item without materials must be a main item with sub-items")
                                .arg(describeItem(i, item.code));
        }
    }
    if (!problems.isEmpty())
        return makeError(QStringLiteral("catalog.invalid"),
                         problems.mid(0, JsonReader::MaxProblems).join(QLatin1Char('\n')));
    return doc;
}

} // namespace yc::catalog
