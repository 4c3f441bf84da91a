#include "documents/NoticeSamples.h"

#include "core/identity/IdentityValidator.h"

namespace yc::documents {

namespace {

QString residentId(const QString& first17)
{
    return first17 + identity::IdentityValidator::residentCheckCharacter(first17);
}

NoticeMaterial material(const char* name, NoticeMaterialForm form, MaterialStatus status, const char* reason = "")
{
    return {QString::fromUtf8(name), form, 1, status, QString::fromUtf8(reason)};
}

} // namespace

NoticeData NoticeSamples::make(NoticeKind kind, const QDate& acceptedOn, const WorkCalendar& calendar)
{
    NoticeData n;
    n.kind = kind;
    n.hall = {QStringLiteral("大连市政务服务中心"), QStringLiteral("大连市培训用地址（城市级政务服务中心）"),
              QStringLiteral("0411-12345")};
    n.window = QStringLiteral("A01 综合受理一号窗");
    n.caseNumber = QStringLiteral("21020001-%1-000123").arg(acceptedOn.year());
    n.applicant = {QStringLiteral("样例甲"), QStringLiteral("居民身份证"),
                   residentId(QStringLiteral("21020219900307123")), QString()};
    n.clerk = QStringLiteral("样例丙");
    n.acceptedOn = acceptedOn;
    n.training = false;
    n.item = {QStringLiteral("食品经营许可（新办）"),
              QStringLiteral("000117003001-210200000000-000-11210200YC000001X0-1-00"), 5};
    using F = NoticeMaterialForm;
    using S = MaterialStatus;
    switch (kind) {
    case NoticeKind::Acceptance:
        n.materials = {material("食品经营许可申请书", F::Original, S::Received),
                       material("营业执照", F::Electronic, S::Received),
                       material("法定代表人（负责人）居民身份证", F::OriginalAndCopy, S::Received),
                       material("经营场所平面图和设备布局、操作流程等文件", F::Original, S::Received),
                       material("网站或者网络平台及其管理信息", F::Original, S::Received)};
        break;
    case NoticeKind::Correction:
        n.materials = {material("食品经营许可申请书", F::Original, S::Deficient, "第3页“经营项目”未填写，申请人未签字"),
                       material("营业执照", F::Electronic, S::Received),
                       material("经营场所平面图和设备布局、操作流程等文件", F::Original, S::Missing,
                                "未提交；须标明专间、操作区域和主要设备的位置"),
                       material("授权委托书", F::Original, S::Deficient, "委托期限已于申请日前届满，须重新出具"),
                       material("受托人居民身份证", F::OriginalAndCopy, S::Missing, "未提交")};
        n.agent = NoticePerson{QStringLiteral("样例乙"), QStringLiteral("居民身份证"),
                               residentId(QStringLiteral("21020319851120246")), QString()};
        break;
    case NoticeKind::Refusal:
        n.reason = QStringLiteral("申请人仅销售预包装食品，该经营活动依法实行备案管理，不需要取得食品经营许可");
        n.legalBasis =
            QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（一）项、《中华人民共和国食品安全法》"
                           "第三十五条第一款");
        n.reviewBody = QStringLiteral("大连市人民政府");
        n.materials = {material("食品经营许可申请书", F::Original, S::Received),
                       material("营业执照", F::Electronic, S::Received)};
        break;
    case NoticeKind::Receipt:
        n.item = {QStringLiteral("个体工商户设立登记"),
                  QStringLiteral("000117002001-210202000000-000-11210202YC0000028W-1-00"), 0};
        n.materials = {material("个体工商户登记（备案）申请书", F::Original, S::Received),
                       material("经营者居民身份证", F::OriginalAndCopy, S::Received),
                       material("经营场所使用证明（不动产权证书）", F::Electronic, S::Received),
                       material("经营场所租赁合同", F::OriginalAndCopy, S::Received)};
        n.materials[3].copies = 2;
        break;
    case NoticeKind::Commitment:
        n.materials = {material("食品经营许可申请书", F::Original, S::Received),
                       material("营业执照", F::Electronic, S::Received),
                       material("食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度"
                                "目录清单",
                                F::Original, S::Deferred, "规章制度正在修订，申请人承诺补交")};
        n.dueDate = calendar.addWorkingDays(acceptedOn, 10).date;
        break;
    }
    n.schedule(calendar);
    return n;
}

} // namespace yc::documents
