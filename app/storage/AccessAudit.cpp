#include "storage/AccessAudit.h"

#include "core/Logging.h"
#include "core/Settings.h"

#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/FieldCipher.h"

#include <QStringList>

namespace yc::storage {

namespace {

QString settingText(const QVariant& value)
{
    if (!value.isValid())
        return QStringLiteral("(unset)");
    QString text =
        value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')) : value.toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("...");
    return text.isEmpty() ? QStringLiteral("\"\"") : text;
}

} // namespace

AccessAudit::AccessAudit(Database& database, const FieldCipher& cipher, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
{}

Status AccessAudit::cardRead(const QString& staffId, const QString& idType, const QString& idNumber,
                             const QString& cardType, bool numberValid)
{
    const QString index = ApplicantRepository(m_database, m_cipher).indexOf(idType, idNumber);
    return AuditLog(m_database, m_clock)
        .append(staffId, QStringLiteral("card.read"), QStringLiteral("applicant"), index,
                QStringLiteral("card=%1 valid=%2")
                    .arg(cardType.left(32), numberValid ? QStringLiteral("yes") : QStringLiteral("no")));
}

Status AccessAudit::personalDataViewed(const QString& staffId, const QString& caseId, const QString& where)
{
    return AuditLog(m_database, m_clock)
        .append(staffId, QStringLiteral("case.view-personal"), QStringLiteral("case"), caseId,
                QStringLiteral("view=") + where.left(32));
}

Status AccessAudit::settingChanged(const QString& staffId, const QString& key, const QVariant& oldValue,
                                   const QVariant& newValue)
{
    const bool secret = isSecretSetting(key);
    const QString detail = QStringLiteral("old=%1 new=%2")
                               .arg(secret ? QStringLiteral("(secret)") : settingText(oldValue),
                                    secret ? QStringLiteral("(secret)") : settingText(newValue));
    return AuditLog(m_database, m_clock)
        .append(staffId, QStringLiteral("settings.change"), QStringLiteral("setting"), key.left(128), detail);
}

bool AccessAudit::isSecretSetting(const QString& key)
{
    const QString name = key.section(QLatin1Char('/'), -1).toLower();
    for (const char* s : {"password", "secret", "token", "pin", "key"})
        if (name.endsWith(QLatin1String(s)))
            return true;
    return false;
}

void auditSettingChanges(Settings& settings, Database& database, const FieldCipher& cipher, const Clock& clock,
                         std::function<QString()> staffId)
{
    settings.setChangeObserver([&database, &cipher, &clock, staffId = std::move(staffId)](
                                   const QString& key, const QVariant& oldValue, const QVariant& newValue) {
        const QString staff = staffId ? staffId() : QString();
        if (auto audited = AccessAudit(database, cipher, clock).settingChanged(staff, key, oldValue, newValue);
            !audited)
            qCWarning(lcStorage) << "setting change not audited:" << key << audited.error().code;
    });
}

} // namespace yc::storage
