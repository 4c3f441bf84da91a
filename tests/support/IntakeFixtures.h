#pragma once

// Stores for the intake workflow tests (header only; the test links yc_intake): a store with the
// training catalog, staff who signed in here (clerks c1001 and c1002, supervisors s2001 and s2002,
// password IntakePassword), leased case numbers, and synthetic applicants, agents and organisations
// (names 测试甲/样例乙/..., ID numbers and credit codes made with valid check characters, no real
// person or body).
#include "CatalogFixtures.h"
#include "IdNumbers.h"
#include "core/catalog/CatalogDocument.h"
#include "intake/IntakeTypes.h"
#include "storage/CaseNumberLeases.h"
#include "storage/Store.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/StaffCredentials.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace yc::test {

inline const QString IntakePassword = QStringLiteral("correct horse 7");
inline const QString FoodLicenceNew = QStringLiteral("000117003001-210200000000-000-11210200YC000001X0-1-00");
inline const QString SocialSecurityCard = QStringLiteral("000119001001-210200000000-000-11210200YC0000044M-1-00");
inline const QString Unemployment = QStringLiteral("000119003002-210200000000-000-11210200YC0000044M-1-00");

inline sync::StaffSession staffSession(const QString& id, const QString& name, const QString& role)
{
    sync::StaffSession s;
    s.staffId = id;
    s.displayName = name;
    s.roles = {role};
    s.accessToken = QStringLiteral("token-") + id;
    s.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
    s.refreshToken = QStringLiteral("refresh-") + id;
    s.refreshExpiresAt = s.expiresAt;
    s.hallCode = QStringLiteral("21020001");
    return s;
}

// Opens (or creates) the store in dir; with `prepare`, imports the training catalog, signs the
// staff in (as of `now`) and stores case numbers 1-200 of `now`'s year. Null on failure (warned).
inline std::unique_ptr<storage::Store> openIntakeStore(const QString& dir, const QDateTime& now, bool prepare = true)
{
    auto store = storage::Store::open({dir, storage::KeyStoreMode::File, storage::CipherSuite::Aes256Gcm});
    if (!store) {
        qWarning("%s", qPrintable(store.error().message));
        return nullptr;
    }
    if (!prepare)
        return std::move(store.value());
    storage::Database& db = store.value()->database();
    auto document = catalog::CatalogDocument::parse(trainingCatalogBytes());
    if (!document || !storage::CatalogRepository(db).import(document.value(), now)) {
        qWarning("the training catalog could not be imported");
        return nullptr;
    }
    sync::StaffCredentials staff(db, store.value()->cipher());
    const struct
    {
        const char* id;
        const char* name;
        const char* role;
    } people[] = {{"c1001", "测试丙", "clerk"},
                  {"c1002", "测试丁", "clerk"},
                  {"s2001", "测试戊", "supervisor"},
                  {"s2002", "测试己", "supervisor"}};
    for (const auto& p : people) {
        if (!staff.rememberOnlineSignIn(
                staffSession(QString::fromLatin1(p.id), QString::fromUtf8(p.name), QString::fromLatin1(p.role)),
                IntakePassword, now)) {
            qWarning("staff %s could not be stored", p.id);
            return nullptr;
        }
    }
    const int year = now.toTimeZone(QTimeZone(8 * 3600)).date().year();
    if (!storage::CaseNumberLeases(db).store(QStringLiteral("L-%1").arg(year), QStringLiteral("21020001"), year, 1, 200,
                                             now)) {
        qWarning("the case numbers could not be stored");
        return nullptr;
    }
    return std::move(store.value());
}

inline intake::Party person(int n, const QString& name = QStringLiteral("测试甲"))
{
    intake::Party p;
    p.kind = intake::ApplicantKind::Person;
    p.identity.idType = QStringLiteral("resident");
    p.identity.idNumber = residentId(QStringLiteral("210202"), QStringLiteral("19850312"), n);
    p.identity.name = name;
    p.identity.phone = QStringLiteral("13800000000");
    return p;
}

// A synthetic enterprise (91 + Dalian area + "YC" organisation code) with a valid GB 32100 check.
inline intake::Party organisation(int n, const QString& name = QStringLiteral("样例测试有限公司"))
{
    intake::Party p;
    p.kind = intake::ApplicantKind::Organisation;
    p.identity.idType = QStringLiteral("credit-code");
    p.identity.idNumber =
        withCreditCheck(QStringLiteral("91210202YC%1").arg(n, 6, 10, QLatin1Char('0')) + QLatin1Char('1'));
    p.identity.name = name;
    return p;
}

} // namespace yc::test
