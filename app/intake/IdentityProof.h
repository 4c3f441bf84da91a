#pragma once

#include "core/catalog/ServiceItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace yc::intake {

// What an expired resident ID card still proves at the window. An expired card is no proof of
// identity (居民身份证法 art. 14 lists the cases that need a valid one), except for the items that
// exist to renew or replace the card itself (居民身份证换领, 补领, 临时居民身份证申领 ...): there the
// expired card is the very thing handed in. For any other item the applicant proves their identity
// with another document.
class IdentityProof
{
    Q_DECLARE_TR_FUNCTIONS(yc::intake::IdentityProof)

public:
    // The item renews or replaces a resident ID card (its name says so).
    [[nodiscard]] static bool renewsIdCard(const catalog::ServiceItem& item);
    // The documents that prove identity instead of an expired card, as the clerk tells the applicant.
    [[nodiscard]] static QStringList alternatives();
    // "" when a card valid to `validTo` (null: long-term) proves identity for `item` on `today`;
    // otherwise what to tell the applicant.
    [[nodiscard]] static QString expiredCardAdvice(const QDate& validTo, const QDate& today,
                                                   const catalog::ServiceItem& item);
    // Shown when the card is read, before the item is known; "" when the card is valid.
    [[nodiscard]] static QString expiredCardNote(const QDate& validTo, const QDate& today);
};

} // namespace yc::intake
