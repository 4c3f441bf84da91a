#include "sync/CaseDocument.h"

#include "storage/ApplicantRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "sync/DeviceKey.h"
#include "sync/Enrolment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace yc::sync {

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Local id types to the protocol's names (PROTOCOL.md §9).
std::pair<QString, QString> applicantKind(const QString& idType)
{
    static const QHash<QString, QString> map{{QStringLiteral("resident"), QStringLiteral("resident-id")},
                                             {QStringLiteral("hkmo"), QStringLiteral("hkmo-residence")},
                                             {QStringLiteral("permit"), QStringLiteral("hkmo-residence")},
                                             {QStringLiteral("taiwan"), QStringLiteral("tw-residence")},
                                             {QStringLiteral("foreign"), QStringLiteral("foreign-permanent")}};
    const QString type = map.value(idType, idType);
    return {type == QLatin1String("credit-code") ? QStringLiteral("organisation") : QStringLiteral("person"), type};
}

QString chinaYear(const QDateTime& now)
{
    return QString::number(now.toTimeZone(QTimeZone(8 * 3600)).date().year());
}

} // namespace

Result<QString> CaseDocument::takeCaseNumber(storage::Database& db, const QString& caseId, const QDateTime& now,
                                             QString* leaseId)
{
    QString number;
    auto done = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT number, lease_id FROM case_number_leases WHERE used_by_case = ?"));
        q.addBindValue(caseId);
        if (!q.exec())
            return storage::sqlError(QStringLiteral("db.query"), tr("No case number could be taken"),
                                     q.lastError().text());
        if (q.next()) {
            number = q.value(0).toString();
            *leaseId = q.value(1).toString();
        } else {
            q.prepare(QStringLiteral("SELECT number, lease_id FROM case_number_leases WHERE used_by_case IS NULL AND "
                                     "number LIKE ? ORDER BY number LIMIT 1"));
            q.addBindValue(QString(QStringLiteral("%-") + chinaYear(now) + QStringLiteral("-%")));
            if (!q.exec())
                return storage::sqlError(QStringLiteral("db.query"), tr("No case number could be taken"),
                                         q.lastError().text());
            if (!q.next())
                return makeError(QStringLiteral("lease.empty"),
                                 tr("No official case number is left on this PC; waiting for a new lease."));
            number = q.value(0).toString();
            *leaseId = q.value(1).toString();
            QSqlQuery u(db.connection());
            u.prepare(QStringLiteral("UPDATE case_number_leases SET used_by_case = ? WHERE number = ?"));
            u.addBindValue(caseId);
            u.addBindValue(number);
            if (!u.exec())
                return storage::sqlError(QStringLiteral("db.query"), tr("No case number could be taken"),
                                         u.lastError().text());
        }
        QSqlQuery c(db.connection());
        c.prepare(QStringLiteral("UPDATE cases SET case_number = ? WHERE id = ?"));
        c.addBindValue(number);
        c.addBindValue(caseId);
        if (!c.exec())
            return storage::sqlError(QStringLiteral("db.query"), tr("No case number could be taken"),
                                     c.lastError().text());
        return {};
    });
    if (!done)
        return done.error();
    return number;
}

Result<QJsonObject> CaseDocument::build(storage::Database& db, const storage::FieldCipher& cipher,
                                        const QString& dataDir, const QString& caseId, const QDateTime& now)
{
    storage::CaseRepository cases(db, cipher, dataDir);
    auto loaded = cases.get(caseId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return makeError(QStringLiteral("case.missing"),
                         tr("The case of this queue entry is missing from the local store."));
    storage::CaseRow row = *loaded.value();
    Enrolment enrolmentStore(db, cipher);
    auto enrolled = enrolmentStore.load();
    if (!enrolled)
        return enrolled.error();
    if (!enrolled.value())
        return makeError(QStringLiteral("enrol.none"), tr("This PC is not enrolled as a window yet."));
    const EnrolmentInfo& enrolment = *enrolled.value();
    QString leaseId;
    if (row.caseNumber.isEmpty()) {
        auto number = takeCaseNumber(db, row.id, now, &leaseId);
        if (!number)
            return number.error();
        row.caseNumber = number.value();
    } else {
        QSqlQuery l(db.connection());
        l.prepare(QStringLiteral("SELECT lease_id FROM case_number_leases WHERE number = ?"));
        l.addBindValue(row.caseNumber);
        if (l.exec() && l.next())
            leaseId = l.value(0).toString();
    }
    storage::ApplicantRepository applicants(db, cipher);
    auto applicant = applicants.get(row.applicantId);
    if (!applicant)
        return applicant.error();
    if (!applicant.value())
        return makeError(QStringLiteral("case.applicant-missing"),
                         tr("The applicant of this case is missing from the local store."));
    const Applicant& a = *applicant.value();
    const auto [kind, idType] = applicantKind(a.idType);
    QJsonObject applicantJson{{QStringLiteral("kind"), kind},
                              {QStringLiteral("idType"), idType},
                              {QStringLiteral("idNumber"), a.idNumber},
                              {QStringLiteral("name"), a.name}};
    if (!a.phone.isEmpty())
        applicantJson.insert(QStringLiteral("phone"), a.phone);
    if (!a.address.isEmpty())
        applicantJson.insert(QStringLiteral("address"), a.address);
    QJsonArray materials;
    for (const auto& m : row.materials) {
        if (m.sha256.isEmpty())
            continue;
        materials.append(
            QJsonObject{{QStringLiteral("materialId"), m.catalogMaterialId.isEmpty() ? m.id : m.catalogMaterialId},
                        {QStringLiteral("name"), m.name},
                        {QStringLiteral("form"), QStringLiteral("copy")},
                        {QStringLiteral("source"), QStringLiteral("upload")},
                        {QStringLiteral("sha256"), m.sha256},
                        {QStringLiteral("size"), m.sizeBytes},
                        {QStringLiteral("mediaType"),
                         m.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : m.mimeType}});
    }
    bool catalogVersionOk = false;
    const qint64 catalogVersion = db.meta(QStringLiteral("catalog_version")).valueOr({}).toLongLong(&catalogVersionOk);
    QJsonObject body{{QStringLiteral("caseId"), row.id},
                     {QStringLiteral("caseNumber"), row.caseNumber},
                     {QStringLiteral("machineId"), enrolment.machineId},
                     {QStringLiteral("hallCode"), enrolment.hallCode},
                     {QStringLiteral("windowNo"), enrolment.windowNo},
                     {QStringLiteral("staffId"), row.staffId},
                     {QStringLiteral("itemCode"), row.itemCode},
                     {QStringLiteral("itemVersion"), row.itemVersion},
                     {QStringLiteral("catalogVersion"), catalogVersionOk ? catalogVersion : 1},
                     {QStringLiteral("decision"), row.decision},
                     {QStringLiteral("acceptedAt"), iso(row.receivedAt)},
                     {QStringLiteral("promisedDate"), row.promisedDate.isValid()
                                                          ? QJsonValue(row.promisedDate.toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("applicant"), applicantJson},
                     {QStringLiteral("materials"), materials},
                     {QStringLiteral("leaseId"), leaseId},
                     {QStringLiteral("situations"), QJsonObject()},
                     {QStringLiteral("notes"), QString()}};
    auto key = enrolmentStore.key();
    if (!key)
        return key.error();
    auto signature = key.value().sign(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!signature)
        return signature.error();
    body.insert(QStringLiteral("signature"),
                QJsonObject{{QStringLiteral("algorithm"), DeviceKey::algorithm()},
                            {QStringLiteral("value"), QString::fromLatin1(signature.value().toBase64())}});
    return body;
}

} // namespace yc::sync
