// Platform: outbox import from removable media (PROTOCOL.md §17).
#include "Platform.h"

#include "PlatformCrypto.h"
#include "PlatformInternal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace yc::platform {

using namespace internal;

// ---- outbox import --------------------------------------------------------------------------------

int Platform::importOutbox(const QString& exportDir, QTextStream& out, QTextStream& err)
{
    const QDir dir(exportDir);
    QFile manifestFile(dir.filePath(u"manifest.json"_s));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        err << "import-outbox: " << exportDir << " has no manifest.json (incomplete export?)\n";
        return 3;
    }
    ApiError error;
    const auto manifest = parseObject(manifestFile.readAll(), &error);
    if (!manifest || manifest->value(u"format"_s).toString() != u"yichuang-outbox-export"_s ||
        manifest->value(u"formatVersion"_s).toInt() != 1) {
        err << "import-outbox: manifest.json is not a yichuang-outbox-export of formatVersion 1\n";
        return 3;
    }
    const QString machineId = manifest->value(u"machineId"_s).toString();
    if (!machineRow(machineId)) {
        err << "import-outbox: machine " << machineId << " is not enrolled on this platform\n";
        return 3;
    }
    auto safeFile = [&](const QString& relative, const QString& folder) {
        // Only plain files inside the export's own sub-folder are read.
        return relative.startsWith(folder + u'/') && !relative.contains(u".."_s) && !relative.contains(u'\\') &&
               relative.count(u'/') == 1;
    };
    // Materials first: each file must hash to its name; stored complete.
    for (const QJsonValue& v : manifest->value(u"materials"_s).toArray()) {
        const QJsonObject m = v.toObject();
        const QString sha = m.value(u"sha256"_s).toString();
        const QString file = m.value(u"file"_s).toString();
        if (!isSha256(sha) || !safeFile(file, u"materials"_s)) {
            err << "import-outbox: bad material entry in manifest\n";
            return 3;
        }
        QSqlQuery q = run(m_db, u"SELECT complete FROM materials WHERE sha256 = ?"_s, {sha});
        if (q.next() && q.value(0).toInt() != 0)
            continue;
        QFile source(dir.filePath(file));
        if (!source.open(QIODevice::ReadOnly)) {
            err << "import-outbox: cannot read " << file << "\n";
            return 3;
        }
        Sha256 hash;
        if (!hash.addDevice(&source) || QString::fromLatin1(hash.hex()) != sha) {
            err << "import-outbox: " << file << " does not hash to its name; skipped\n";
            continue;
        }
        const QString target = materialPath(sha, false);
        QFile::remove(materialPath(sha, true));
        QFile::remove(target);
        // QFile::copy keeps the export's permissions: the stored copy is made private first.
        if (!QFile::copy(source.fileName(), materialPath(sha, true)) || !makePrivate(materialPath(sha, true)) ||
            !QFile::rename(materialPath(sha, true), target)) {
            err << "import-outbox: cannot store " << file << "\n";
            return 3;
        }
        run(m_db, u"INSERT OR REPLACE INTO materials (sha256, size, complete, completed_at) VALUES (?, ?, 1, ?)"_s,
            {sha, source.size(), now()});
    }
    int refused = 0;
    auto readChecked = [&](const QJsonObject& entry, const QString& folder, QByteArray* bytes) -> QString {
        const QString file = entry.value(u"file"_s).toString();
        if (!safeFile(file, folder))
            return u"bad-request"_s;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return u"not-found"_s;
        *bytes = f.readAll();
        if (QString::fromLatin1(sha256Hex(*bytes)) != entry.value(u"sha256"_s).toString())
            return u"hash-mismatch"_s;
        return {};
    };
    for (const QJsonValue& v : manifest->value(u"cases"_s).toArray()) {
        const QJsonObject entry = v.toObject();
        QJsonObject line{{u"caseId"_s, entry.value(u"caseId"_s)}, {u"caseNumber"_s, entry.value(u"caseNumber"_s)}};
        QByteArray bytes;
        QString code = readChecked(entry, u"cases"_s, &bytes);
        if (code.isEmpty()) {
            ApiError parseError;
            const auto body = parseObject(bytes, &parseError);
            Reply reply = body ? storeCase(machineId, *body) : parseError.toReply();
            if (reply.isError())
                code = toObject(reply.body).value(u"error"_s).toObject().value(u"code"_s).toString();
            else
                line.insert(u"result"_s, reply.status == 201 ? u"stored"_s : u"duplicate"_s);
        }
        if (!code.isEmpty()) {
            line.insert(u"result"_s, u"refused"_s);
            line.insert(u"code"_s, code);
            ++refused;
        }
        out << compact(line) << '\n';
    }
    for (const QJsonValue& v : manifest->value(u"supplements"_s).toArray()) {
        const QJsonObject entry = v.toObject();
        QJsonObject line{{u"supplementId"_s, entry.value(u"supplementId"_s)}};
        QByteArray bytes;
        QString code = readChecked(entry, u"supplements"_s, &bytes);
        if (code.isEmpty()) {
            const QJsonObject wrapper = toObject(bytes);
            Reply reply = storeSupplement(machineId, wrapper.value(u"caseNumber"_s).toString(),
                                          wrapper.value(u"body"_s).toObject());
            if (reply.isError())
                code = toObject(reply.body).value(u"error"_s).toObject().value(u"code"_s).toString();
            else
                line.insert(u"result"_s, reply.status == 201 ? u"stored"_s : u"duplicate"_s);
        }
        if (!code.isEmpty()) {
            line.insert(u"result"_s, u"refused"_s);
            line.insert(u"code"_s, code);
            ++refused;
        }
        out << compact(line) << '\n';
    }
    out.flush();
    return refused > 0 ? 1 : 0;
}

} // namespace yc::platform
