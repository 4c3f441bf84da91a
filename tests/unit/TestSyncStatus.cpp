// Offline limits from the platform: warn, then block new acceptances, by days without sync and by
// the number of cases waiting.
#include "TestMain.h"
#include "storage/Database.h"
#include "sync/SyncStatus.h"

#include <QSqlQuery>

using yc::storage::Database;
using yc::sync::SyncStatus;

class TestSyncStatus : public QObject
{
    Q_OBJECT

private slots:
    void gateFollowsTheLimits()
    {
        auto db = Database::open(yc::test::TestEnvironment::current()->freshDir(QStringLiteral("status")) +
                                 QStringLiteral("/yichuang.db"));
        QVERIFY(db.ok());
        Database& d = *db.value();
        QVERIFY(d.setMeta(QStringLiteral("sync.limits"),
                          QStringLiteral(
                              R"({"offlineWarnDays":2,"offlineMaxDays":3,"pendingWarnCases":3,"pendingMaxCases":5})"))
                    .ok());
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-28T06:00:00Z"), Qt::ISODate);
        QVERIFY(d.setMeta(QStringLiteral("sync.last_success_at"), QStringLiteral("2026-11-27T06:00:00Z")).ok());
        auto s = SyncStatus::read(d, now);
        QVERIFY(s.ok());
        QCOMPARE(s.value().gate, SyncStatus::Gate::Open);

        QVERIFY(d.setMeta(QStringLiteral("sync.last_success_at"), QStringLiteral("2026-11-25T05:00:00Z")).ok());
        QCOMPARE(SyncStatus::read(d, now).value().gate, SyncStatus::Gate::Warn);
        QVERIFY(d.setMeta(QStringLiteral("sync.last_success_at"), QStringLiteral("2026-11-24T05:00:00Z")).ok());
        auto blocked = SyncStatus::read(d, now);
        QCOMPARE(blocked.value().gate, SyncStatus::Gate::Blocked);
        QVERIFY(!blocked.value().gateMessage.isEmpty());

        // By pending cases.
        QVERIFY(d.setMeta(QStringLiteral("sync.last_success_at"), QStringLiteral("2026-11-28T05:00:00Z")).ok());
        QSqlQuery q(d.connection());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (kind, state, created_at) VALUES ('case', 'queued', "
                                          "'2026-11-28T05:00:00Z')")));
            const auto gate = SyncStatus::read(d, now).value().gate;
            QCOMPARE(gate, i + 1 >= 5   ? SyncStatus::Gate::Blocked
                           : i + 1 >= 3 ? SyncStatus::Gate::Warn
                                        : SyncStatus::Gate::Open);
            // What a screen creating a case is told: nothing, a warning, then a refusal.
            const auto admitted = yc::sync::admitNewCase(d, now);
            QCOMPARE(admitted.ok(), gate != SyncStatus::Gate::Blocked);
            if (admitted.ok())
                QCOMPARE(admitted.value().isEmpty(), gate == SyncStatus::Gate::Open);
            else
                QCOMPARE(admitted.error().code, QStringLiteral("acceptance.blocked"));
        }
        QCOMPARE(SyncStatus::read(d, now).value().pending, 5);
    }

    // Evaluations and supplements are counted apart (pendingOther): the gate's pending-case limit
    // counts cases only, while "failed" counts entries of every kind that wait for a person.
    void otherKindsCountApart()
    {
        auto db = Database::open(yc::test::TestEnvironment::current()->freshDir(QStringLiteral("status-kinds")) +
                                 QStringLiteral("/yichuang.db"));
        QVERIFY(db.ok());
        Database& d = *db.value();
        QVERIFY(
            d.setMeta(QStringLiteral("sync.limits"), QStringLiteral(R"({"pendingWarnCases":2,"pendingMaxCases":3})"))
                .ok());
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-28T06:00:00Z"), Qt::ISODate);
        QVERIFY(d.setMeta(QStringLiteral("sync.last_success_at"), QStringLiteral("2026-11-28T05:00:00Z")).ok());
        QSqlQuery q(d.connection());
        const QString insert = QStringLiteral("INSERT INTO outbox (kind, object_id, state, error_kind, created_at) "
                                              "VALUES ('%1', %2, '%3', '%4', '2026-11-28T05:00:00Z')");
        QVERIFY(q.exec(insert.arg(QStringLiteral("case"), QStringLiteral("NULL"), QStringLiteral("queued"),
                                  QStringLiteral("permanent"))));
        QVERIFY(
            q.exec(insert.arg(QStringLiteral("case"), QStringLiteral("NULL"), QStringLiteral("submitted"), QString())));
        for (int i = 0; i < 5; ++i)
            QVERIFY(q.exec(insert.arg(i % 2 ? QStringLiteral("evaluation") : QStringLiteral("supplement"),
                                      QStringLiteral("'o%1'").arg(i), QStringLiteral("queued"),
                                      i < 2 ? QStringLiteral("permanent") : QStringLiteral("retryable"))));
        QVERIFY(q.exec(
            insert.arg(QStringLiteral("evaluation"), QStringLiteral("'o9'"), QStringLiteral("submitted"), QString())));
        auto s = SyncStatus::read(d, now);
        QVERIFY(s.ok());
        QCOMPARE(s.value().pending, 1);
        QCOMPARE(s.value().pendingOther, 5);
        QCOMPARE(s.value().failed, 3);
        QCOMPARE(s.value().failedCases, 1);
        QCOMPARE(s.value().gate, SyncStatus::Gate::Open); // five other entries do not reach the case limits
        const QJsonObject json = s.value().toJson();
        QCOMPARE(json.value(QLatin1String("pending")).toInteger(), 1);
        QCOMPARE(json.value(QLatin1String("pendingOther")).toInteger(), 5);
        QCOMPARE(json.value(QLatin1String("failed")).toInteger(), 3);
        QCOMPARE(json.value(QLatin1String("failedCases")).toInteger(), 1);
    }
};

YC_TEST_MAIN(TestSyncStatus)
#include "TestSyncStatus.moc"
