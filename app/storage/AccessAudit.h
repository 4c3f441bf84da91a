#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QString>
#include <QVariant>

#include <functional>

namespace yc::storage {

class Database;
class FieldCipher;

// Audit entries for what a staff member read or changed outside a case's own actions (PROTOCOL.md
// §14): an ID card read, personal data of a case opened on screen, a setting changed. Like every
// audit row, codes only: an ID number appears as the store's keyed hash of it (the blind index the
// applicants table keeps, so the entry can be matched to the applicant on this PC and nowhere
// else), never in clear or masked.
class AccessAudit
{
public:
    AccessAudit(Database& database, const FieldCipher& cipher, const Clock& clock = systemClock());

    // "card.read": object "applicant", the keyed hash of the card's number; detail
    // "card=<card type code> valid=yes|no" (whether the number's check character holds).
    [[nodiscard]] Status cardRead(const QString& staffId, const QString& idType, const QString& idNumber,
                                  const QString& cardType, bool numberValid);
    // "case.view-personal": object "case" (a case or draft id); detail "view=<where>", e.g. view=draft.
    [[nodiscard]] Status personalDataViewed(const QString& staffId, const QString& caseId, const QString& where);
    // "settings.change": object "setting" with the key; detail "old=<v> new=<v>", each value cut to 120
    // characters on one line, "(unset)" when absent, "(secret)" for a secret key (isSecretSetting).
    [[nodiscard]] Status settingChanged(const QString& staffId, const QString& key, const QVariant& oldValue,
                                        const QVariant& newValue);
    // Keys whose values never go into the trail: names ending in password, secret, token, pin or key.
    [[nodiscard]] static bool isSecretSetting(const QString& key);

private:
    Database& m_database;
    const FieldCipher& m_cipher;
    const Clock& m_clock;
};

} // namespace yc::storage

namespace yc {
class Settings;
}

namespace yc::storage {

// Every later change of settings (Settings::setValue / remove) becomes a "settings.change" entry
// (AccessAudit::settingChanged) under the staff member staffId() names at that moment. database,
// cipher and clock must outlive the settings' observer (call settings.setChangeObserver({}) first
// otherwise). A change whose entry cannot be written is kept and logged (by key only).
void auditSettingChanges(Settings& settings, Database& database, const FieldCipher& cipher, const Clock& clock,
                         std::function<QString()> staffId);

} // namespace yc::storage
