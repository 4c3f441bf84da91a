#pragma once

// Catalog documents for tests: the training catalog from resources/, and small full and delta
// documents built from one of its items (synthetic codes, names chosen by the test).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace yc::test {

inline QString trainingCatalogPath()
{
    return QStringLiteral(YC_SOURCE_DIR "/resources/catalog/training-catalog.json");
}

inline QByteArray trainingCatalogBytes()
{
    QFile f(trainingCatalogPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QJsonObject trainingDocument()
{
    return QJsonDocument::fromJson(trainingCatalogBytes()).object();
}

inline QJsonObject trainingItem(const QString& name)
{
    const QJsonArray items = trainingDocument().value(QStringLiteral("items")).toArray();
    for (const QJsonValue& v : items) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

// A valid standalone item with the given code and name (materials and situations of 居民身份证换领).
inline QJsonObject makeItem(const QString& code, const QString& name,
                            const QString& department = QStringLiteral("测试局"),
                            const QStringList& levels = {QStringLiteral("city"), QStringLiteral("district"),
                                                         QStringLiteral("street"), QStringLiteral("community")},
                            const QStringList& areas = {QStringLiteral("210200"), QStringLiteral("210202")},
                            int itemVersion = 1)
{
    QJsonObject item = trainingItem(QStringLiteral("居民身份证换领"));
    item.insert(QStringLiteral("code"), code);
    item.insert(QStringLiteral("name"), name);
    item.insert(QStringLiteral("parentCode"), QJsonValue());
    item.insert(QStringLiteral("variant"), QJsonValue());
    QJsonObject dept = item.value(QStringLiteral("department")).toObject();
    dept.insert(QStringLiteral("name"), department);
    item.insert(QStringLiteral("department"), dept);
    item.insert(QStringLiteral("levels"), QJsonArray::fromStringList(levels));
    item.insert(QStringLiteral("areaCodes"), QJsonArray::fromStringList(areas));
    item.insert(QStringLiteral("itemVersion"), itemVersion);
    return item;
}

inline QByteArray fullDocument(const QJsonArray& items, int version)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("yichuang-catalog")},
                                     {QStringLiteral("formatVersion"), 1},
                                     {QStringLiteral("kind"), QStringLiteral("full")},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("generatedAt"), QStringLiteral("2026-11-01T09:00:00+08:00")},
                                     {QStringLiteral("issuer"), QStringLiteral("测试目录")},
                                     {QStringLiteral("items"), items}})
        .toJson(QJsonDocument::Compact);
}

inline QByteArray deltaDocument(const QJsonArray& items, const QStringList& removed, int version, int baseVersion)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("yichuang-catalog")},
                                     {QStringLiteral("formatVersion"), 1},
                                     {QStringLiteral("kind"), QStringLiteral("delta")},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("baseVersion"), baseVersion},
                                     {QStringLiteral("items"), items},
                                     {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace yc::test
