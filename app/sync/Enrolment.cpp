#include "sync/Enrolment.h"

#include "core/SecureWipe.h"
#include "core/TextForms.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FieldCipher.h"
#include "storage/SqlQuery.h"
#include "sync/LeaseRequester.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace yc::sync {

namespace {
constexpr QByteArrayView KeyAad("device_enrolment.private_key_enc");
}

Enrolment::Enrolment(storage::Database& database, const storage::FieldCipher& cipher, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
{}

QString Enrolment::publicKeyPem(const QByteArray& der)
{
    QString pem = QStringLiteral("-----BEGIN PUBLIC KEY-----\n");
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += QString::fromLatin1(b64.mid(i, 64)) + QLatin1Char('\n');
    pem += QStringLiteral("-----END PUBLIC KEY-----\n");
    return pem;
}

Result<std::optional<EnrolmentInfo>> Enrolment::load() const
{
    storage::SqlQuery q(m_database, QStringLiteral("SELECT device_id, hall_code, hall_name, window_code, platform_url, "
                                                   "algorithm, public_key_der FROM device_enrolment WHERE id = 1"));
    if (!q.exec())
        return q.error(tr("The enrolment of this PC could not be read"));
    if (!q.next())
        return std::optional<EnrolmentInfo>();
    EnrolmentInfo e;
    e.machineId = q.value(0).toString();
    e.hallCode = q.value(1).toString();
    e.hallName = q.value(2).toString();
    e.windowNo = q.value(3).toString();
    e.platformUrl = q.value(4).toString();
    e.algorithm = q.value(5).toString();
    e.publicKeyDer = q.value(6).toByteArray();
    return std::optional<EnrolmentInfo>(e);
}

Result<DeviceKey> Enrolment::key() const
{
    storage::SqlQuery q(m_database, QStringLiteral("SELECT private_key_enc FROM device_enrolment WHERE id = 1"));
    if (!q.exec())
        return q.error(tr("The key of this PC could not be read"));
    if (!q.next())
        return makeError(QStringLiteral("enrol.none"), tr("This PC is not enrolled as a window yet."));
    auto der = m_cipher.decrypt(q.value(0).toByteArray(), KeyAad);
    if (!der)
        return der.error();
    auto key = DeviceKey::fromPrivateKeyDer(der.value());
    secureWipe(der.value());
    return key;
}

Result<EnrolmentInfo> Enrolment::enrol(PlatformConnector& connector, const QString& adminToken,
                                       const QString& adminStaffId, const QString& hallCode, const QString& windowNo,
                                       const QString& platformUrl, const QString& keyAlgorithm)
{
    auto existing = load();
    if (!existing)
        return existing.error();
    QString machineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    DeviceKey key;
    bool replace = false;
    if (existing.value()) {
        // Enrolled before: keep the machine id and key (the platform answers 200 for the same key).
        machineId = existing.value()->machineId;
        auto k = this->key();
        if (!k)
            return k.error();
        key = std::move(k.value());
        replace = existing.value()->hallCode != hallCode || existing.value()->windowNo != windowNo;
    } else {
        auto k = DeviceKey::generate(keyAlgorithm);
        if (!k)
            return k.error();
        key = std::move(k.value());
    }
    QJsonObject body{{QStringLiteral("machineId"), machineId},
                     {QStringLiteral("hallCode"), hallCode},
                     {QStringLiteral("windowNo"), windowNo},
                     {QStringLiteral("label"), QString(windowNo + QStringLiteral("-PC"))},
                     {QStringLiteral("keyAlgorithm"), key.algorithm()},
                     {QStringLiteral("publicKey"), publicKeyPem(key.publicKeyDer())}};
    if (replace)
        body.insert(QStringLiteral("replace"), true);
    auto answer = connector.enrol(adminToken, body);
    if (!answer)
        return makeError(QStringLiteral("enrol.refused"), answer.error().message);

    auto privateEnc = m_cipher.encrypt(key.privateKeyDer(), KeyAad);
    if (!privateEnc)
        return privateEnc.error();
    EnrolmentInfo info;
    info.machineId = machineId;
    info.hallCode = hallCode;
    info.windowNo = windowNo;
    info.hallName = answer.value().value(QLatin1String("hall")).toObject().value(QLatin1String("name")).toString();
    info.platformUrl = platformUrl;
    info.algorithm = key.algorithm();
    info.publicKeyDer = key.publicKeyDer();
    const QDateTime now = m_clock.now();
    auto saved = m_database.transaction([&]() -> Status {
        if (auto stored = storage::execute(
                m_database,
                QStringLiteral("INSERT OR REPLACE INTO device_enrolment (id, device_id, hall_name, hall_code, "
                               "window_code, platform_url, algorithm, public_key_der, private_key_enc, enrolled_at, "
                               "enrolled_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {info.machineId, info.hallName, info.hallCode, info.windowNo, info.platformUrl, info.algorithm,
                 info.publicKeyDer, privateEnc.value(), isoUtc(now), adminStaffId},
                tr("The enrolment could not be stored"));
            !stored)
            return stored;
        if (auto audited =
                storage::AuditLog(m_database, m_clock)
                    .append(adminStaffId, QStringLiteral("machine.enrol"), QStringLiteral("machine"), info.machineId,
                            QStringLiteral("hall=%1 window=%2").arg(info.hallCode, info.windowNo), now);
            !audited)
            return audited;
        if (auto stored = storeMachineDocument(answer.value()); !stored)
            return stored;
        // The first lease of case numbers: its request id is stored with the enrolment, before any
        // request, so whoever sends it first (the first clerk's sign-in, else the engine's refill)
        // asks for the same block (PROTOCOL.md §7: leases go to clerks and supervisors, not admins).
        auto prepared = LeaseRequester(m_database).prepareRequest(now);
        if (!prepared)
            return prepared.error();
        return {};
    });
    if (!saved)
        return saved.error();
    return info;
}

Status Enrolment::storeMachineDocument(const QJsonObject& machine)
{
    const QJsonObject limits = machine.value(QLatin1String("limits")).toObject();
    if (!limits.isEmpty()) {
        if (auto s = m_database.setMeta(QStringLiteral("sync.limits"),
                                        QString::fromUtf8(QJsonDocument(limits).toJson(QJsonDocument::Compact)));
            !s)
            return s;
    }
    const QString hallName = machine.value(QLatin1String("hall")).toObject().value(QLatin1String("name")).toString();
    if (!hallName.isEmpty()) {
        return storage::execute(m_database, QStringLiteral("UPDATE device_enrolment SET hall_name = ? WHERE id = 1"),
                                {hallName}, tr("The enrolment could not be stored"));
    }
    return {};
}

} // namespace yc::sync
