#pragma once

// A store file that is valid SQLite with a readable header and schema but fails PRAGMA
// integrity_check (header only): the root page of one index is overwritten. The same damage every
// time; nothing at start-up reads that index (the materials of a case, read when a case is shown).
#include "storage/Database.h"

#include <QFile>
#include <QString>

namespace yc::test {

inline const QString DamagedIndex = QStringLiteral("materials_by_case");

// Overwrites the root page of `index` in the closed database file at path, whose schema is at
// `version` (latest when negative). Empty, or what failed.
inline QString damageIndexPage(const QString& path, int version = -1, const QString& index = DamagedIndex)
{
    qint64 root = 0;
    qint64 pageSize = 0;
    {
        auto db = storage::Database::open(path, version);
        if (!db)
            return db.error().message;
        root = db.value()
                   ->count(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND name = '%1'")
                               .arg(index))
                   .valueOr(0);
        pageSize = db.value()->count(QStringLiteral("SELECT page_size FROM pragma_page_size()")).valueOr(0);
    }
    if (root < 2 || pageSize < 512)
        return QStringLiteral("no index %1 in %2").arg(index, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((root - 1) * pageSize))
        return file.errorString();
    if (file.write(QByteArray(int(pageSize), '\xA5')) != pageSize)
        return file.errorString();
    return {};
}

} // namespace yc::test
