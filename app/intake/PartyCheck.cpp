#include "intake/PartyCheck.h"

#include "core/identity/IdentityValidator.h"

#include <QHash>

namespace yc::intake {

QString PartyCheck::normalisedType(const QString& idType)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("resident"), QStringLiteral("resident")},
        {QStringLiteral("resident-id"), QStringLiteral("resident")},
        {QStringLiteral("permit"), QStringLiteral("permit")},
        {QStringLiteral("hkmo"), QStringLiteral("hkmo")},
        {QStringLiteral("taiwan"), QStringLiteral("taiwan")},
        {QStringLiteral("hkmo-residence"), QStringLiteral("hkmo")},
        {QStringLiteral("tw-residence"), QStringLiteral("taiwan")},
        {QStringLiteral("foreign"), QStringLiteral("foreign")},
        {QStringLiteral("foreign-permanent"), QStringLiteral("foreign")},
        {QStringLiteral("passport"), QStringLiteral("passport")},
        {QStringLiteral("credit-code"), QStringLiteral("credit-code")},
    };
    return types.value(idType.trimmed().toLower());
}

QString PartyCheck::documentName(const QString& idType)
{
    // Names printed on notices: Chinese whatever the screen's language.
    static const QHash<QString, QString> names{
        {QStringLiteral("resident"), QStringLiteral("居民身份证")},
        {QStringLiteral("permit"), QStringLiteral("港澳台居民居住证")},
        {QStringLiteral("hkmo"), QStringLiteral("港澳台居民居住证")},
        {QStringLiteral("taiwan"), QStringLiteral("港澳台居民居住证")},
        {QStringLiteral("foreign"), QStringLiteral("外国人永久居留身份证")},
        {QStringLiteral("passport"), QStringLiteral("护照")},
        {QStringLiteral("credit-code"), QStringLiteral("统一社会信用代码")},
    };
    return names.value(normalisedType(idType), idType);
}

ApplicantKind PartyCheck::kindOf(const Applicant& identity)
{
    return normalisedType(identity.idType) == QLatin1String("credit-code") ? ApplicantKind::Organisation
                                                                           : ApplicantKind::Person;
}

Result<Party> PartyCheck::check(Party party, Role role, const Clock& clock)
{
    Applicant& a = party.identity;
    a.name = a.name.trimmed();
    QString type = normalisedType(a.idType);
    if (party.kind == ApplicantKind::Organisation && a.idType.trimmed().isEmpty())
        type = QStringLiteral("credit-code");
    if (role == Role::Agent && party.kind == ApplicantKind::Organisation)
        return makeError(QStringLiteral("intake.party-kind"),
                         tr("An agent acts with their own identity: a person, not an organisation."));
    if (type.isEmpty())
        return makeError(
            QStringLiteral("intake.party-kind"),
            tr("Unknown document type \"%1\": use resident, permit, foreign, passport or credit-code.").arg(a.idType));
    const bool organisationDocument = type == QLatin1String("credit-code");
    if (organisationDocument != (party.kind == ApplicantKind::Organisation))
        return makeError(QStringLiteral("intake.party-kind"),
                         party.kind == ApplicantKind::Organisation
                             ? tr("An organisation is identified by its unified social credit code.")
                             : tr("A person is identified by a personal document, not a unified social credit code."));
    if (a.name.isEmpty() || a.idNumber.trimmed().isEmpty())
        return makeError(QStringLiteral("intake.party-incomplete"),
                         role == Role::Agent ? tr("The agent needs a name and a document number.")
                                             : tr("The applicant needs a name and a document number."));
    const identity::IdentityValidator validator(clock);
    Result<identity::IdentityCheck> checked = makeError(QString(), QString());
    if (type == QLatin1String("resident"))
        checked = validator.checkResident(a.idNumber);
    else if (type == QLatin1String("permit") || type == QLatin1String("hkmo") || type == QLatin1String("taiwan"))
        checked = validator.checkPermit(a.idNumber);
    else if (type == QLatin1String("foreign"))
        checked = validator.checkForeign(a.idNumber);
    else if (type == QLatin1String("credit-code"))
        checked = validator.checkCreditCode(a.idNumber);
    if (type == QLatin1String("passport")) {
        const QString number = a.idNumber.trimmed().toUpper();
        bool formOk = number.size() >= 5 && number.size() <= 20;
        for (const QChar c : number)
            formOk = formOk && ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                                (c >= QLatin1Char('A') && c <= QLatin1Char('Z')));
        if (!formOk)
            return makeError(QStringLiteral("id.character"),
                             tr("A passport number has 5 to 20 digits and Latin letters."));
        a.idNumber = number;
    } else {
        if (!checked)
            return checked.error();
        a.idNumber = checked.value().number;
    }
    // A residence permit says by its area whose it is (830000: Taiwan), as the platform names it.
    if (type == QLatin1String("permit") || type == QLatin1String("hkmo") || type == QLatin1String("taiwan"))
        type = a.idNumber.startsWith(QLatin1String("83")) ? QStringLiteral("taiwan") : QStringLiteral("hkmo");
    a.idType = type;
    return party;
}

} // namespace yc::intake
