#include "intake/IdentityProof.h"

#include <QLocale>

namespace yc::intake {

bool IdentityProof::renewsIdCard(const catalog::ServiceItem& item)
{
    const QString& name = item.name;
    if (!name.contains(QStringLiteral("身份证")))
        return false;
    for (const char* word : {"换领", "补领", "换证", "补证", "到期", "临时"}) {
        if (name.contains(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

QStringList IdentityProof::alternatives()
{
    return {tr("a temporary resident ID card still valid"), tr("the household register with the applicant's page"),
            tr("a passport still valid")};
}

QString IdentityProof::expiredCardNote(const QDate& validTo, const QDate& today)
{
    if (!validTo.isValid() || validTo >= today)
        return {};
    return tr("The ID card expired on %1: it proves identity only for renewing or replacing the card.")
        .arg(QLocale().toString(validTo, QLocale::ShortFormat));
}

QString IdentityProof::expiredCardAdvice(const QDate& validTo, const QDate& today, const catalog::ServiceItem& item)
{
    if (!validTo.isValid() || validTo >= today || renewsIdCard(item))
        return {};
    return tr("The ID card expired on %1 and does not prove identity for %2. Ask the applicant for one of: %3.")
        .arg(QLocale().toString(validTo, QLocale::ShortFormat), item.name, alternatives().join(tr("; ")));
}

} // namespace yc::intake
