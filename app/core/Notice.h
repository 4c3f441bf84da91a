#pragma once

#include "core/NoticeKind.h"
#include "core/WorkCalendar.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace yc {

// How a material was handed in, as a notice prints it (named apart from the case model's
// MaterialForm, which has no "original and copy": both are used together by the intake workflow).
enum class NoticeMaterialForm
{
    Original,
    Copy,
    OriginalAndCopy, // original seen and returned, copy kept
    Electronic,      // taken from the electronic licence library or uploaded
};

enum class MaterialStatus
{
    Received,  // handed in and complete
    Missing,   // not handed in (correction notice: to be supplied)
    Deficient, // handed in but wrong or incomplete (the reason says what)
    Deferred,  // 容缺: may follow by the committed date
};

struct NoticeMaterial
{
    QString name;
    NoticeMaterialForm form = NoticeMaterialForm::Original;
    int copies = 1;
    MaterialStatus status = MaterialStatus::Received;
    QString reason; // what is wrong or missing; empty for received materials
};

struct NoticePerson
{
    QString name;
    QString idType; // e.g. 居民身份证
    QString idNumber;
    QString phone;
};

struct NoticeData
{
    NoticeKind kind = NoticeKind::Acceptance;
    struct Hall
    {
        QString name;
        QString address;
        QString phone; // consultation phone; may be empty
    } hall;
    QString window; // e.g. "A01 综合受理一号窗"
    QString caseNumber;
    struct Item
    {
        QString name;
        QString code;
        int promisedWorkingDays = 0; // 0: on-the-spot item (即办), no promised date
    } item;
    NoticePerson applicant;
    std::optional<NoticePerson> agent; // who came on the applicant's behalf
    QList<NoticeMaterial> materials;
    QDate acceptedOn; // the day the notice is issued (received, accepted, refused)
    QDate promisedOn; // empty for on-the-spot items; see schedule()
    bool promisedProvisional = false;
    QString clerk;
    // Refusal: why, and the provision it rests on.
    QString reason;
    QString legalBasis;
    // Refusal: where review and suit are brought (may be empty: the notice then names the rule only).
    QString reviewBody;
    QString court;
    // Commitment (容缺): the date by which the deferred materials will be supplied.
    QDate dueDate;
    bool training = false;
    // The text of the verification QR code (see sync/NoticeVerification); empty prints no code.
    QString verification;

    [[nodiscard]] bool onTheSpot() const { return item.promisedWorkingDays <= 0; }
    // Sets promisedOn and promisedProvisional from acceptedOn and the item's promised working
    // days, counted with `calendar` (Art. 82: working days, from the working day after acceptance).
    void schedule(const WorkCalendar& calendar);
    // The materials with the given status, in their order.
    [[nodiscard]] QList<NoticeMaterial> materialsWith(MaterialStatus status) const;
};

} // namespace yc
