#include "core/catalog/CatalogDocument.h"

#include "core/catalog/JsonReader.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace yc::catalog {

QString CatalogDocument::describeItem(qsizetype index, const QString& code)
{
    if (code.isEmpty())
        return tr("item %1").arg(index + 1);
    return tr("item %1 (%2)").arg(index + 1).arg(code);
}

Result<CatalogDocument> CatalogDocument::parse(const QByteArray& bytes, Detail detail)
{
    if (bytes.size() > MaxBytes)
        return makeError(QStringLiteral("catalog.too-large"),
                         tr("The catalog document is larger than %1 MiB.").arg(MaxBytes / (1024 * 1024)));
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("catalog.not-json"),
                         tr("The catalog document is not valid JSON (at byte %1: %2).")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!json.isObject())
        return makeError(QStringLiteral("catalog.not-json"), tr("The catalog document is not a JSON object."));
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
    QStringList problems = r.problems();

    QHash<QString, qsizetype> indexOfCode;
    std::vector<bool> hasMaterials;
    std::vector<qsizetype> position; // of each kept item in the document's items array
    hasMaterials.reserve(static_cast<size_t>(items.size()));
    doc.items.reserve(items.size());
    doc.itemJson.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && problems.size() < JsonReader::MaxProblems; ++i) {
        const QJsonValue v = items.at(i);
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        const QString where = describeItem(i, code);
        if (!v.isObject()) {
            problems << tr("%1: must be an object").arg(where);
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
        doc.itemJson << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
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
