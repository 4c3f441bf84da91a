#include "sync/OfflineQueue.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/MaterialStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace yc::sync {

namespace {
QByteArray payloadAad(const QString& kind, const QString& objectId)
{
    return QByteArrayLiteral("outbox.payload_enc:") + kind.toUtf8() + ':' + objectId.toUtf8();
}
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

OfflineQueue::OfflineQueue(storage::Database& database, const storage::FieldCipher& cipher, QString dataDir)
    : m_database(database)
    , m_cipher(cipher)
    , m_dataDir(std::move(dataDir))
{}

Result<QString> OfflineQueue::enqueueEvaluation(Evaluation e, const QString& caseId, const QString& staffId)
{
    if (e.evaluationId.isEmpty())
        e.evaluationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    if (e.level < 1 || e.level > 5 || (e.caseNumber.isEmpty() && caseId.isEmpty()) || staffId.isEmpty())
        return makeError(QStringLiteral("evaluation.incomplete"),
                         tr("An evaluation needs a level from 1 to 5, its case and the clerk."));
    const QString kind = QStringLiteral("evaluation");
    auto sealed =
        m_cipher.encrypt(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact), payloadAad(kind, e.evaluationId));
    if (!sealed)
        return sealed.error();
    auto done = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(
            QStringLiteral("INSERT OR IGNORE INTO outbox (case_id, kind, object_id, payload_enc, state, staff_id, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)"));
        const QString now = nowText();
        q.addBindValue(storage::nullableText(caseId));
        q.addBindValue(kind);
        q.addBindValue(e.evaluationId);
        q.addBindValue(sealed.value());
        q.addBindValue(staffId);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return storage::sqlError(QStringLiteral("db.query"), tr("The evaluation could not be queued"),
                                     q.lastError().text());
        if (q.numRowsAffected() == 0)
            return {}; // queued already
        return storage::AuditLog(m_database)
            .append(staffId, QStringLiteral("evaluation.queue"), QStringLiteral("evaluation"), e.evaluationId,
                    QStringLiteral("level=%1 channel=%2").arg(e.level).arg(e.channel));
    });
    if (!done)
        return done.error();
    return e.evaluationId;
}

Result<QString> OfflineQueue::enqueueSupplement(NewSupplement s)
{
    if (s.supplementId.isEmpty())
        s.supplementId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (s.caseId.isEmpty() || s.staffId.isEmpty() || s.materials.empty())
        return makeError(QStringLiteral("supplement.incomplete"),
                         tr("A supplement needs its case, the clerk and at least one material."));
    const QString kind = QStringLiteral("supplement");
    {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE kind = ? AND object_id = ?"));
        q.addBindValue(kind);
        q.addBindValue(s.supplementId);
        if (!q.exec())
            return storage::sqlError(QStringLiteral("db.query"), tr("The supplement could not be queued"),
                                     q.lastError().text());
        if (q.next())
            return s.supplementId; // queued already
        q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
        q.addBindValue(s.caseId);
        if (!q.exec() || !q.next())
            return makeError(QStringLiteral("supplement.no-case"),
                             tr("The case of this supplement is not in the local store."));
    }
    const QJsonObject payload{{QStringLiteral("note"), s.note}};
    auto sealed =
        m_cipher.encrypt(QJsonDocument(payload).toJson(QJsonDocument::Compact), payloadAad(kind, s.supplementId));
    if (!sealed)
        return sealed.error();
    auto done = m_database.transaction([&]() -> Status {
        storage::MaterialStore store(m_database, m_cipher, m_dataDir);
        qint64 totalBytes = 0;
        for (const storage::NewCaseMaterial& m : s.materials) {
            storage::MaterialRecord record;
            record.caseId = s.caseId;
            record.catalogMaterialId = m.catalogMaterialId;
            record.name = m.name;
            record.status = m.status.isEmpty() ? QStringLiteral("received") : m.status;
            record.originalFileName = m.originalFileName;
            record.mimeType = m.mimeType;
            auto id = store.add(record, m.content);
            if (!id)
                return id.error();
            totalBytes += m.content.size();
            QSqlQuery h(m_database.connection());
            h.prepare(QStringLiteral("UPDATE materials SET supplement_id = ?, sha256 = ? WHERE id = ?"));
            h.addBindValue(s.supplementId);
            h.addBindValue(m.content.isEmpty()
                               ? QVariant(QMetaType(QMetaType::QString))
                               : QVariant(QString::fromLatin1(
                                     QCryptographicHash::hash(m.content, QCryptographicHash::Sha256).toHex())));
            h.addBindValue(id.value());
            if (!h.exec())
                return storage::sqlError(QStringLiteral("db.query"), tr("The supplement could not be queued"),
                                         h.lastError().text());
        }
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO outbox (case_id, kind, object_id, payload_enc, state, staff_id, "
                                 "created_at, updated_at, bytes_total) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?)"));
        const QString now = nowText();
        q.addBindValue(s.caseId);
        q.addBindValue(kind);
        q.addBindValue(s.supplementId);
        q.addBindValue(sealed.value());
        q.addBindValue(s.staffId);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(totalBytes);
        if (!q.exec())
            return storage::sqlError(QStringLiteral("db.query"), tr("The supplement could not be queued"),
                                     q.lastError().text());
        return storage::AuditLog(m_database)
            .append(s.staffId, QStringLiteral("supplement.queue"), QStringLiteral("case"), s.caseId,
                    QStringLiteral("supplement=%1 materials=%2").arg(s.supplementId).arg(s.materials.size()));
    });
    if (!done)
        return done.error();
    return s.supplementId;
}

Result<Evaluation> OfflineQueue::evaluation(qint64 outboxId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT object_id, payload_enc FROM outbox WHERE id = ? AND kind = 'evaluation'"));
    q.addBindValue(outboxId);
    if (!q.exec() || !q.next())
        return makeError(QStringLiteral("evaluation.missing"), tr("The queued evaluation is missing."));
    auto plain =
        m_cipher.decrypt(q.value(1).toByteArray(), payloadAad(QStringLiteral("evaluation"), q.value(0).toString()));
    if (!plain)
        return plain.error();
    auto e = Evaluation::fromJson(QJsonDocument::fromJson(plain.value()).object());
    if (!e)
        return makeError(QStringLiteral("evaluation.damaged"), tr("The queued evaluation cannot be read."));
    return *e;
}

Result<QString> OfflineQueue::supplementNote(const QString& supplementId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT payload_enc FROM outbox WHERE kind = 'supplement' AND object_id = ?"));
    q.addBindValue(supplementId);
    if (!q.exec() || !q.next())
        return makeError(QStringLiteral("supplement.missing"), tr("The queued supplement is missing."));
    auto plain = m_cipher.decrypt(q.value(0).toByteArray(), payloadAad(QStringLiteral("supplement"), supplementId));
    if (!plain)
        return plain.error();
    return QJsonDocument::fromJson(plain.value()).object().value(QLatin1String("note")).toString();
}

} // namespace yc::sync
