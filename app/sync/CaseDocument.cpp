#include "sync/CaseDocument.h"

#include "core/TextForms.h"
#include "storage/ApplicantRepository.h"
#include "storage/CaseNumberLeases.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/IntakeRepository.h"
#include "sync/DeviceKey.h"
#include "sync/Enrolment.h"

#include <QJsonArray>

namespace yc::sync {

namespace {

// The document is built as of one moment: the case number's year and every time it writes.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {}
    [[nodiscard]] QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

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

} // namespace

Result<QString> CaseDocument::takeCaseNumber(storage::Database& db, const QString& caseId, const QDateTime& now,
                                             QString* leaseId)
{
    std::optional<storage::TakenCaseNumber> taken;
    auto done = db.transaction([&]() -> Status {
        auto t = storage::CaseNumberLeases(db).take(caseId, now);
        if (!t)
            return t.error();
        taken = t.value();
        return {};
    });
    if (!done)
        return done.error();
    if (!taken)
        return makeError(QStringLiteral("lease.empty"),
                         tr("No official case number is left on this PC; waiting for a new lease."));
    *leaseId = taken->leaseId;
    return taken->number;
}

Result<QJsonObject> CaseDocument::build(storage::Database& db, const storage::FieldCipher& cipher,
                                        const QString& dataDir, const QString& caseId, const QDateTime& now)
{
    const FixedClock clock(now);
    storage::CaseRepository cases(db, cipher, dataDir, clock);
    auto loaded = cases.get(caseId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return makeError(QStringLiteral("case.missing"),
                         tr("The case of this queue entry is missing from the local store."));
    storage::CaseRow row = *loaded.value();
    if (row.lifecycle != CaseLifecycle::Decided || !row.decision)
        return makeError(QStringLiteral("case.undecided"), tr("Only a decided case is sent to the platform."));
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
        leaseId = storage::CaseNumberLeases(db).leaseOf(row.caseNumber).valueOr({});
    }
    storage::ApplicantRepository applicants(db, cipher, clock);
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
        QJsonObject material{{QStringLiteral("materialId"), m.catalogMaterialId.isEmpty() ? m.id : m.catalogMaterialId},
                             {QStringLiteral("name"), m.name},
                             {QStringLiteral("form"), toString(m.form)},
                             {QStringLiteral("source"), toString(m.source)}};
        if (m.source == MaterialSource::Licence) {
            material.insert(QStringLiteral("licenceId"), m.licenceId);
        } else {
            // Upload and reuse name the bytes by their hash; a material without a file (missing,
            // deferred) is not part of the body.
            if (m.sha256.isEmpty())
                continue;
            material.insert(QStringLiteral("sha256"), m.sha256);
            material.insert(QStringLiteral("size"), m.sizeBytes);
            material.insert(QStringLiteral("mediaType"),
                            m.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : m.mimeType);
        }
        materials.append(material);
    }
    QJsonObject situations;
    for (auto it = row.situations.cbegin(); it != row.situations.cend(); ++it)
        situations.insert(it.key(), it.value());
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
                     {QStringLiteral("decision"), toString(*row.decision)},
                     {QStringLiteral("acceptedAt"), isoUtc(row.receivedAt)},
                     {QStringLiteral("promisedDate"), row.promisedDate.isValid()
                                                          ? QJsonValue(row.promisedDate.toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("applicant"), applicantJson},
                     {QStringLiteral("materials"), materials},
                     {QStringLiteral("leaseId"), leaseId},
                     {QStringLiteral("situations"), situations},
                     {QStringLiteral("notes"), row.notes}};
    // What the intake workflow recorded with the decision: the supervisor approvals it rests on and
    // the materials that follow later (容缺). Cases without them keep the body they always had.
    auto parts = storage::IntakeRepository(db, cipher, dataDir, clock).caseDocumentParts(row.id);
    if (!parts)
        return parts.error();
    if (!parts.value().approvals.empty()) {
        QJsonArray approvals;
        for (const storage::IntakeApproval& a : parts.value().approvals) {
            QJsonObject approval{{QStringLiteral("approvalId"), a.approvalId},
                                 {QStringLiteral("kind"), a.kind},
                                 {QStringLiteral("mode"), a.mode},
                                 {QStringLiteral("decidedAt"), isoUtc(a.decidedAt)}};
            if (a.mode == QLatin1String("local"))
                approval.insert(QStringLiteral("supervisorId"), a.supervisorId);
            approvals.append(approval);
        }
        body.insert(QStringLiteral("approvals"), approvals);
    }
    if (*row.decision == Decision::AcceptedWithMissing && !parts.value().deferred.empty()) {
        QJsonArray deferred;
        for (const auto& [materialId, dueDate] : parts.value().deferred)
            deferred.append(QJsonObject{{QStringLiteral("materialId"), materialId},
                                        {QStringLiteral("dueDate"), dueDate.toString(Qt::ISODate)}});
        body.insert(QStringLiteral("deferredMaterials"), deferred);
    }
    auto key = enrolmentStore.key();
    if (!key)
        return key.error();
    return key.value().signBody(std::move(body));
}

} // namespace yc::sync
