// Platform: content-addressed, resumable materials (PROTOCOL.md §8).
#include "Platform.h"

#include "Authorisation.h"
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

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace yc::platform {

using namespace internal;

// ---- materials ------------------------------------------------------------------------------------

Reply Platform::queryMaterials(const Session& session, const QByteArray& body)
{
    Q_UNUSED(session)
    ApiError error;
    const auto object = parseObject(body, &error);
    if (!object)
        return error.toReply();
    Fields f(*object);
    const QJsonArray hashes = f.array("sha256", 1000);
    if (!f.ok())
        return f.error().toReply();
    QJsonArray present;
    QJsonArray partial;
    QJsonArray missing;
    for (const QJsonValue& v : hashes) {
        const QString sha = v.toString();
        if (!isSha256(sha))
            return ApiError{400, u"bad-request"_s, u"sha256 entries must be 64 lower-case hex digits"_s, {}}.toReply();
        QSqlQuery q = run(m_db, u"SELECT size, complete FROM materials WHERE sha256 = ?"_s, {sha});
        if (!q.next())
            missing.append(sha);
        else if (q.value(1).toInt() != 0)
            present.append(sha);
        else
            partial.append(QJsonObject{{u"sha256"_s, sha},
                                       {u"size"_s, q.value(0).toLongLong()},
                                       {u"received"_s, QFileInfo(materialPath(sha, true)).size()}});
    }
    return Reply::json(200, {{u"present"_s, present}, {u"partial"_s, partial}, {u"missing"_s, missing}});
}

Reply Platform::putChunk(const Session& session, const QString& sha256, const QUrlQuery& query, const QByteArray& body)
{
    Q_UNUSED(session)
    if (!isSha256(sha256))
        return Reply::error(404, u"not-found"_s, u"Material paths end in a lower-case SHA-256"_s);
    bool okOffset = false;
    bool okSize = false;
    const qint64 offset = query.queryItemValue(u"offset"_s).toLongLong(&okOffset);
    const qint64 size = query.queryItemValue(u"size"_s).toLongLong(&okSize);
    if (!okOffset || !okSize || offset < 0 || size < 0)
        return ApiError{400, u"bad-request"_s, u"offset and size query parameters are required"_s, {}}.toReply();
    const qint64 maxChunk = m_config.limits.value(u"maxChunkBytes"_s).toInteger();
    const qint64 maxMaterial = m_config.limits.value(u"maxMaterialBytes"_s).toInteger();
    if (body.size() > maxChunk || size > maxMaterial)
        return Reply::error(413, u"too-large"_s, u"Chunk or material larger than the limits"_s);
    auto answer = [&](int status, qint64 received, bool complete) {
        return Reply::json(
            status, {{u"sha256"_s, sha256}, {u"size"_s, size}, {u"received"_s, received}, {u"complete"_s, complete}});
    };
    QSqlQuery q = run(m_db, u"SELECT size, complete FROM materials WHERE sha256 = ?"_s, {sha256});
    if (q.next()) {
        if (q.value(1).toInt() != 0)
            return answer(200, q.value(0).toLongLong(), true);
        if (q.value(0).toLongLong() != size)
            return invalid(u"size differs from the size announced with the first chunk"_s);
    } else {
        QFile::remove(materialPath(sha256, true));
        m_partialHashes.remove(sha256);
        if (offset == 0 && body.size() == size) {
            // The whole material in one request: verify and store it in one step.
            if (QString::fromLatin1(sha256Hex(body)) != sha256)
                return Reply::error(422, u"hash-mismatch"_s,
                                    u"The bytes do not hash to the announced SHA-256; start again"_s);
            QSaveFile whole(materialPath(sha256, false));
            if (!whole.open(QIODevice::WriteOnly) ||
                !whole.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                whole.write(body) != body.size() || (m_durable && !whole.flush()) ||
                (m_durable && ::fsync(whole.handle()) != 0) || !whole.commit())
                return Reply::error(500, u"internal"_s, u"Cannot store material"_s, true);
            run(m_db, u"INSERT OR REPLACE INTO materials (sha256, size, complete, completed_at) VALUES (?, ?, 1, ?)"_s,
                {sha256, size, now()});
            return answer(201, size, true);
        }
        run(m_db, u"INSERT INTO materials (sha256, size) VALUES (?, ?)"_s, {sha256, size});
    }
    const QString partPath = materialPath(sha256, true);
    QFile part(partPath);
    if (!part.open(QIODevice::ReadWrite) || !makePrivate(partPath))
        return Reply::error(500, u"internal"_s, u"Cannot write material"_s, true);
    const qint64 received = part.size();
    if (offset != received)
        return Reply::error(409, u"offset-mismatch"_s, u"The platform holds %1 bytes of this material"_s.arg(received),
                            false, {{u"received"_s, received}});
    if (received + body.size() > size)
        return invalid(u"Chunk goes past the announced size"_s);
    part.seek(received);
    if (part.write(body) != body.size() || !part.flush())
        return Reply::error(500, u"internal"_s, u"Cannot write material"_s, true);
    const qint64 total = received + body.size();
    // The hash runs along with the chunks; after a restart it is rebuilt once from the partial file.
    auto& state = m_partialHashes[sha256];
    if (state && state->bytes() == received) {
        state->add(body.constData(), body.size());
    } else {
        state = std::make_shared<Sha256>();
        part.seek(0);
        if (!state->addDevice(&part)) {
            m_partialHashes.remove(sha256);
            return Reply::error(500, u"internal"_s, u"Cannot read material"_s, true);
        }
    }
    if (total < size)
        return answer(200, total, false);
    if (m_durable)
        ::fsync(part.handle());
    part.close();
    const QString digest = QString::fromLatin1(state->hex());
    m_partialHashes.remove(sha256);
    if (digest != sha256) {
        QFile::remove(partPath);
        run(m_db, u"DELETE FROM materials WHERE sha256 = ?"_s, {sha256});
        return Reply::error(422, u"hash-mismatch"_s, u"The bytes do not hash to the announced SHA-256; start again"_s);
    }
    const QString finalPath = materialPath(sha256, false);
    QFile::remove(finalPath);
    if (!QFile::rename(partPath, finalPath))
        return Reply::error(500, u"internal"_s, u"Cannot store material"_s, true);
    run(m_db, u"UPDATE materials SET complete = 1, completed_at = ? WHERE sha256 = ?"_s, {now(), sha256});
    return answer(201, size, true);
}

Reply Platform::getMaterial(const Session& session, const QString& sha256)
{
    if (auto refused = m_authorisation->materialReader(session))
        return *refused;
    QSqlQuery q = run(m_db, u"SELECT complete FROM materials WHERE sha256 = ?"_s, {sha256});
    if (!isSha256(sha256) || !q.next() || q.value(0).toInt() == 0)
        return Reply::error(404, u"not-found"_s, u"No complete material with this hash"_s);
    if (auto refused = m_authorisation->materialInHall(session, sha256))
        return *refused;
    QFile file(materialPath(sha256, false));
    if (!file.open(QIODevice::ReadOnly))
        return Reply::error(500, u"internal"_s, u"Cannot read material"_s, true);
    Reply reply;
    reply.body = file.readAll();
    reply.contentType = "application/octet-stream";
    return reply;
}

QStringList Platform::missingMaterials(const QList<CaseMaterialRef>& refs)
{
    QStringList missing;
    for (const CaseMaterialRef& ref : refs) {
        if (ref.source == u"licence"_s) {
            if (!m_config.hasLicence(ref.licenceId))
                missing.append(ref.licenceId);
            continue;
        }
        QSqlQuery q = run(m_db, u"SELECT size, complete FROM materials WHERE sha256 = ?"_s, {ref.sha256});
        if (!q.next() || q.value(1).toInt() == 0 || q.value(0).toLongLong() != ref.size)
            missing.append(ref.sha256);
    }
    missing.removeDuplicates();
    return missing;
}

} // namespace yc::platform
