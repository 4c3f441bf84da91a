#include "sync/OutboxExport.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/SecureWipe.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Digest.h"
#include "storage/MaterialStore.h"
#include "storage/OutboxRepository.h"
#include "sync/CaseDocument.h"
#include "sync/Enrolment.h"
#include "sync/SupplementDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace yc::sync {

namespace {

const QByteArray Magic("YCOUTBOX1\n");
constexpr quint64 ScryptN = 1u << 15;
constexpr quint64 ScryptR = 8;
constexpr quint64 ScryptP = 1;

QByteArray deriveKey(const QString& passphrase, const QByteArray& salt)
{
    QByteArray pass = passphrase.toUtf8();
    QByteArray key(32, '\0');
    const int ok =
        EVP_PBE_scrypt(pass.constData(), size_t(pass.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                       size_t(salt.size()), ScryptN, ScryptR, ScryptP, 128 * ScryptN * ScryptR * ScryptP + (1u << 20),
                       reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()));
    secureWipe(pass);
    return ok == 1 ? key : QByteArray();
}

bool gcm(bool encrypt, const QByteArray& key, const QByteArray& nonce, const QByteArray& aad, const QByteArray& in,
         QByteArray* out, QByteArray* tag)
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    out->resize(in.size());
    bool ok = ctx && EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1 &&
              EVP_CipherInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char*>(key.constData()),
                                reinterpret_cast<const unsigned char*>(nonce.constData()), encrypt ? 1 : 0) == 1 &&
              EVP_CipherUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                               int(aad.size())) == 1;
    // In steps, so that inputs beyond 2 GiB of int length stay correct.
    qsizetype done = 0;
    while (ok && done < in.size()) {
        const int step = int(std::min<qsizetype>(in.size() - done, 1 << 30));
        ok = EVP_CipherUpdate(ctx, reinterpret_cast<unsigned char*>(out->data() + done), &len,
                              reinterpret_cast<const unsigned char*>(in.constData() + done), step) == 1;
        done += step;
    }
    if (ok && !encrypt)
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tag->data()) == 1;
    unsigned char final[16];
    if (ok)
        ok = EVP_CipherFinal_ex(ctx, final, &len) == 1;
    if (ok && encrypt) {
        tag->resize(16);
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag->data()) == 1;
    }
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}

void appendEntry(QByteArray& plain, const QString& name, const QByteArray& data)
{
    const QByteArray n = name.toUtf8();
    char len4[4];
    qToBigEndian<quint32>(quint32(n.size()), len4);
    char len8[8];
    qToBigEndian<quint64>(quint64(data.size()), len8);
    plain.append(len4, 4).append(n).append(len8, 8).append(data);
}

} // namespace

Result<ExportSummary> OutboxExport::exportTo(storage::Database& db, const storage::FieldCipher& cipher,
                                             const QString& dataDir, const QString& targetDir,
                                             const QString& passphrase, const QDateTime& now)
{
    if (passphrase.size() < MinimumPassphraseLength)
        return makeError(QStringLiteral("export.passphrase"),
                         tr("The passphrase must have at least %1 characters.").arg(MinimumPassphraseLength));
    Enrolment enrolment(db, cipher);
    auto info = enrolment.load();
    if (!info)
        return info.error();
    if (!info.value())
        return makeError(QStringLiteral("enrol.none"), tr("This PC is not enrolled as a window yet."));

    const SystemClock unused; // reading writes no time
    storage::OutboxRepository outbox(db, unused);
    auto pendingCases = outbox.pendingCaseIds();
    if (!pendingCases)
        return makeError(QStringLiteral("db.query"), tr("The queue cannot be read."));
    const QStringList caseIds = pendingCases.value();
    QByteArray plain;
    QJsonArray manifestCases;
    QJsonArray manifestMaterials;
    QStringList seen;
    storage::MaterialStore store(db, cipher, dataDir);
    ExportSummary summary;
    // The materials of one case or one supplement, each hash once in the whole export,
    // checked against its hash before it leaves the PC.
    auto appendMaterials = [&](bool ofSupplement, const QString& ownerId, const QString& damaged) -> Status {
        auto files = ofSupplement ? store.filesOfSupplement(ownerId) : store.filesOfCase(ownerId);
        if (!files)
            return makeError(QStringLiteral("db.query"), tr("The materials cannot be read."));
        for (const auto& [materialId, sha] : files.value()) {
            if (seen.contains(sha))
                continue;
            auto content = store.content(materialId);
            if (!content)
                return content.error();
            if (storage::sha256Hex(content.value()) != sha)
                return makeError(QStringLiteral("material.damaged"), damaged);
            seen << sha;
            appendEntry(plain, QStringLiteral("materials/") + sha, content.value());
            manifestMaterials.append(
                QJsonObject{{QStringLiteral("sha256"), sha},
                            {QStringLiteral("size"), content.value().size()},
                            {QStringLiteral("file"), QString(QStringLiteral("materials/") + sha)}});
            summary.bytes += content.value().size();
            secureWipe(content.value());
            ++summary.materials;
        }
        return {};
    };
    for (const QString& caseId : caseIds) {
        auto doc = CaseDocument::build(db, cipher, dataDir, caseId, now);
        if (!doc)
            return makeError(doc.error().code, tr("Case %1 cannot be exported: %2").arg(caseId, doc.error().message));
        const QByteArray body = QJsonDocument(doc.value()).toJson(QJsonDocument::Compact);
        const QString file = QStringLiteral("cases/%1.json").arg(caseId);
        appendEntry(plain, file, body);
        manifestCases.append(QJsonObject{{QStringLiteral("caseId"), caseId},
                                         {QStringLiteral("caseNumber"), doc.value().value(QLatin1String("caseNumber"))},
                                         {QStringLiteral("file"), file},
                                         {QStringLiteral("sha256"), storage::sha256Hex(body)}});
        ++summary.cases;
        if (auto added = appendMaterials(false, caseId,
                                         tr("A stored material of case %1 no longer matches its hash.").arg(caseId));
            !added)
            return added.error();
    }
    // Supplements whose case has its official number (PROTOCOL.md §17: {"caseNumber", "body"}), with
    // their materials; the platform imports them after the cases.
    QJsonArray manifestSupplements;
    {
        auto supplements = outbox.pendingSupplementsWithNumber();
        if (!supplements)
            return makeError(QStringLiteral("db.query"), tr("The queue cannot be read."));
        for (const auto& [supplementId, caseNumber] : supplements.value()) {
            auto doc = SupplementDocument::build(db, cipher, supplementId);
            if (!doc)
                return makeError(doc.error().code,
                                 tr("Supplement %1 cannot be exported: %2").arg(supplementId, doc.error().message));
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("caseNumber"), caseNumber},
                                                              {QStringLiteral("body"), doc.value()}})
                                        .toJson(QJsonDocument::Compact);
            const QString file = QStringLiteral("supplements/%1.json").arg(supplementId);
            appendEntry(plain, file, body);
            manifestSupplements.append(QJsonObject{{QStringLiteral("supplementId"), supplementId},
                                                   {QStringLiteral("file"), file},
                                                   {QStringLiteral("sha256"), storage::sha256Hex(body)}});
            ++summary.supplements;
            if (auto added = appendMaterials(
                    true, supplementId,
                    tr("A stored material of supplement %1 no longer matches its hash.").arg(supplementId));
                !added)
                return added.error();
        }
    }
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("yichuang-outbox-export")},
                               {QStringLiteral("formatVersion"), 1},
                               {QStringLiteral("machineId"), info.value()->machineId},
                               {QStringLiteral("hallCode"), info.value()->hallCode},
                               {QStringLiteral("windowNo"), info.value()->windowNo},
                               {QStringLiteral("exportedAt"), now.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("cases"), manifestCases},
                               {QStringLiteral("supplements"), manifestSupplements},
                               {QStringLiteral("materials"), manifestMaterials}};
    appendEntry(plain, QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented));

    QByteArray salt(16, '\0');
    QByteArray nonce(12, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), int(salt.size()));
    RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), int(nonce.size()));
    const QByteArray header =
        QJsonDocument(QJsonObject{{QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                                  {QStringLiteral("kdf"),
                                   QStringLiteral("scrypt$%1$%2$%3").arg(ScryptN).arg(ScryptR).arg(ScryptP)},
                                  {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                                  {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                                  {QStringLiteral("machineId"), info.value()->machineId}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    QByteArray key = deriveKey(passphrase, salt);
    QByteArray sealed;
    QByteArray tag;
    const bool ok = !key.isEmpty() && gcm(true, key, nonce, header, plain, &sealed, &tag);
    secureWipe(key);
    secureWipe(plain);
    if (!ok)
        return makeError(QStringLiteral("export.crypto"), tr("The export could not be encrypted."));
    if (!QDir().mkpath(targetDir))
        return makeError(QStringLiteral("export.unwritable"), tr("The folder %1 cannot be created.").arg(targetDir));
    summary.file = QDir(targetDir).filePath(
        QStringLiteral("outbox-%1-%2.ycx")
            .arg(info.value()->windowNo, now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QSaveFile out(summary.file);
    if (!out.open(QIODevice::WriteOnly) || out.write(Magic) != Magic.size() || out.write(header) != header.size() ||
        out.write(sealed) != sealed.size() || out.write(tag) != tag.size() || !out.commit())
        return makeError(QStringLiteral("export.unwritable"),
                         tr("The export could not be written to %1 (full or read-only medium?).").arg(targetDir));
    // Counts only; the target path may name a person's folder, so it stays out of the trail.
    if (auto audited = storage::AuditLog(db).append({}, QStringLiteral("outbox.export"), QStringLiteral("outbox"), {},
                                                    QStringLiteral("cases=%1 supplements=%2 materials=%3")
                                                        .arg(summary.cases)
                                                        .arg(summary.supplements)
                                                        .arg(summary.materials),
                                                    now);
        !audited)
        qCWarning(lcSync) << "outbox export not audited:" << audited.error().code;
    return summary;
}

Result<ExportSummary> OutboxExport::unpack(const QString& bundle, const QString& targetDir, const QString& passphrase)
{
    QFile in(bundle);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("export.unreadable"), tr("%1 cannot be read.").arg(bundle));
    const QByteArray all = in.readAll();
    const qsizetype headerEnd = all.indexOf('\n', Magic.size());
    if (!all.startsWith(Magic) || headerEnd < 0 || all.size() < headerEnd + 1 + 16)
        return makeError(QStringLiteral("export.format"), tr("%1 is not an outbox export.").arg(bundle));
    const QByteArray header = all.mid(Magic.size(), headerEnd + 1 - Magic.size());
    const QJsonObject h = QJsonDocument::fromJson(header).object();
    const QByteArray salt = QByteArray::fromBase64(h.value(QLatin1String("salt")).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(h.value(QLatin1String("nonce")).toString().toLatin1());
    if (h.value(QLatin1String("cipher")).toString() != QLatin1String("aes-256-gcm") || salt.size() != 16 ||
        nonce.size() != 12 ||
        h.value(QLatin1String("kdf")).toString() !=
            QStringLiteral("scrypt$%1$%2$%3").arg(ScryptN).arg(ScryptR).arg(ScryptP))
        return makeError(QStringLiteral("export.format"), tr("%1 uses an unknown protection.").arg(bundle));
    const QByteArray sealed = all.mid(headerEnd + 1, all.size() - headerEnd - 1 - 16);
    QByteArray tag = all.right(16);
    QByteArray key = deriveKey(passphrase, salt);
    QByteArray plain;
    const bool ok = !key.isEmpty() && gcm(false, key, nonce, header, sealed, &plain, &tag);
    secureWipe(key);
    if (!ok)
        return makeError(QStringLiteral("export.passphrase"),
                         tr("Wrong passphrase, or the export was damaged or altered."));
    ExportSummary summary;
    const QDir dir(targetDir);
    qsizetype pos = 0;
    QByteArray manifest;
    while (pos < plain.size()) {
        if (plain.size() - pos < 4)
            return makeError(QStringLiteral("export.format"), tr("The export is damaged."));
        const quint32 nameLen = qFromBigEndian<quint32>(plain.constData() + pos);
        pos += 4;
        if (nameLen == 0 || nameLen > 512 || plain.size() - pos < qsizetype(nameLen) + 8)
            return makeError(QStringLiteral("export.format"), tr("The export is damaged."));
        const QString name = QString::fromUtf8(plain.mid(pos, nameLen));
        pos += nameLen;
        const quint64 size = qFromBigEndian<quint64>(plain.constData() + pos);
        pos += 8;
        if (size > quint64(plain.size() - pos))
            return makeError(QStringLiteral("export.format"), tr("The export is damaged."));
        const QByteArray data = plain.mid(pos, qsizetype(size));
        pos += qsizetype(size);
        const bool safe = name == QLatin1String("manifest.json") ||
                          ((name.startsWith(QLatin1String("cases/")) || name.startsWith(QLatin1String("materials/")) ||
                            name.startsWith(QLatin1String("supplements/"))) &&
                           !name.contains(QLatin1String("..")) && name.count(QLatin1Char('/')) == 1);
        if (!safe)
            return makeError(QStringLiteral("export.format"), tr("The export names an unexpected file."));
        if (name == QLatin1String("manifest.json")) {
            manifest = data;
            continue;
        }
        dir.mkpath(name.section(QLatin1Char('/'), 0, 0));
        QSaveFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return makeError(QStringLiteral("export.unwritable"), tr("%1 cannot be written.").arg(dir.filePath(name)));
        if (name.startsWith(QLatin1String("cases/")))
            ++summary.cases;
        else if (name.startsWith(QLatin1String("supplements/")))
            ++summary.supplements;
        else
            ++summary.materials;
        summary.bytes += data.size();
    }
    secureWipe(plain);
    if (manifest.isEmpty())
        return makeError(QStringLiteral("export.format"), tr("The export has no manifest."));
    // The manifest last, so an interrupted unpack is recognisably incomplete (PROTOCOL.md §17).
    QSaveFile f(dir.filePath(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::WriteOnly) || f.write(manifest) != manifest.size() || !f.commit())
        return makeError(QStringLiteral("export.unwritable"), tr("The manifest cannot be written."));
    summary.file = dir.filePath(QStringLiteral("manifest.json"));
    return summary;
}

} // namespace yc::sync
