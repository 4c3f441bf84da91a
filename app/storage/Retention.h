#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace yc::storage {

class Database;
class FieldCipher;

struct RetentionReport
{
    bool dryRun = false;
    int days = 0;
    QStringList caseIds; // the cases purged (or, in a dry run, that would be)
    int materialFiles = 0;
    qint64 materialBytes = 0;
    int notices = 0;
};

// Local retention (DOMAIN.md, personal data): the materials and personal data of cases that are
// completed (department status completed or delivered) and synced (every outbox item of the case
// submitted) are removed from this PC once the case has not changed for `days` days. The case row
// (number, item, dates, states), the rows of its materials and notices without their content, and
// the audit trail stay; each purge is one audit entry "case.purge" with counts only. Each table is
// changed through its own repository; one transaction per case, the files shredded after it.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::Retention)

public:
    Retention(Database& database, const FieldCipher& cipher, QString dataDir, const Clock& clock = systemClock());

    static constexpr int DefaultDays = 180;
    [[nodiscard]] Result<RetentionReport> run(int days, bool dryRun);

private:
    Database& m_database;
    const FieldCipher& m_cipher;
    QString m_dataDir;
    const Clock& m_clock;
};

} // namespace yc::storage
