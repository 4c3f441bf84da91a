// The audit trail is a hash chain: yichuang-ctl audit verify finds an edited, deleted, inserted or
// reordered entry, names the first bad one and exits 1 (PROTOCOL.md §14.1).
#include "TestEnvironment.h"
#include "TestMain.h"
#include "core/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json;
};

Run verify(const QString& dir)
{
    QProcess p;
    p.start(yc::test::executable(u"yichuang-ctl"_s),
            {u"--lang"_s, u"en"_s, u"audit"_s, u"verify"_s, u"--data-dir"_s, dir, u"--json"_s});
    p.waitForFinished(60000);
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
          QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError()),
          {}};
    r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return r;
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

    QString m_dir;

    QString dbPath() const { return m_dir + u"/yichuang.db"_s; }

    // Six entries, as the application writes them.
    void writeEntries(int targetVersion = -1)
    {
        auto db = yc::storage::Database::open(dbPath(), targetVersion);
        QVERIFY(db.ok());
        if (targetVersion > 0) {
            // Before the chain existed: plain rows.
            for (int i = 1; i <= 6; ++i) {
                QSqlQuery q(db.value()->connection());
                QVERIFY(q.exec(u"INSERT INTO audit (at, staff_id, action, detail) VALUES "
                               u"('2026-11-2%1T08:00:00.000Z', 'c1001', 'case.accept', 'materials=%1')"_s.arg(i)));
            }
            return;
        }
        yc::storage::AuditLog log(*db.value());
        for (int i = 1; i <= 6; ++i)
            QVERIFY(log.append(u"c1001"_s, i % 2 ? u"case.accept"_s : u"staff.sign-in-online"_s, u"case"_s,
                               u"case-%1"_s.arg(i), u"materials=%1"_s.arg(i))
                        .ok());
    }

    void tamper(const QStringList& statements)
    {
        auto db = yc::storage::Database::open(dbPath());
        QVERIFY(db.ok());
        for (const QString& sql : statements) {
            QSqlQuery q(db.value()->connection());
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
    }

private slots:
    void init() { m_dir = yc::test::TestEnvironment::current()->freshDir(u"audit"_s); }

    void anIntactChainVerifies()
    {
        writeEntries();
        const Run r = verify(m_dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json.value(u"entries"_s).toInt(), 6);
        QVERIFY(yc::auditchain::isHash(r.json.value(u"headHash"_s).toString()));
    }

    // Every kind of tampering, and the entry named as the first bad one.
    void tamperingIsFound_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<int>("firstBad");
        QTest::newRow("edited detail") << QStringList{u"UPDATE audit SET detail = 'materials=9' WHERE id = 3"_s} << 3;
        QTest::newRow("edited staff") << QStringList{u"UPDATE audit SET staff_id = 'c2002' WHERE id = 2"_s} << 2;
        QTest::newRow("edited time") << QStringList{u"UPDATE audit SET at = '2026-01-01T00:00:00.000Z' WHERE id = 5"_s}
                                     << 5;
        QTest::newRow("edited and rehashed")
            << QStringList{u"UPDATE audit SET detail = 'x', hash = '%1' WHERE id = 4"_s.arg(QString(64, u'a'))} << 4;
        QTest::newRow("deleted in the middle") << QStringList{u"DELETE FROM audit WHERE id = 3"_s} << 4;
        QTest::newRow("deleted at the end") << QStringList{u"DELETE FROM audit WHERE id = 6"_s} << 6;
        QTest::newRow("deleted first") << QStringList{u"DELETE FROM audit WHERE id = 1"_s} << 2;
        QTest::newRow("inserted at the end")
            << QStringList{u"INSERT INTO audit (id, at, action, prev_hash, hash) VALUES (7, "
                           u"'2026-11-30T00:00:00.000Z', 'case.accept', '%1', '%1')"_s.arg(QString(64, u'b'))}
            << 7;
        QTest::newRow("inserted between, ids moved")
            << QStringList{u"UPDATE audit SET id = id + 100 WHERE id >= 4"_s,
                           u"UPDATE audit SET id = id - 99 WHERE id >= 104"_s,
                           u"INSERT INTO audit (id, at, action, prev_hash, hash) SELECT 4, at, action, prev_hash, hash "
                           u"FROM audit WHERE id = 3"_s}
            << 4;
        QTest::newRow("two entries swapped")
            << QStringList{u"UPDATE audit SET id = 100 WHERE id = 2"_s, u"UPDATE audit SET id = 2 WHERE id = 3"_s,
                           u"UPDATE audit SET id = 3 WHERE id = 100"_s}
            << 2;
        QTest::newRow("hashes removed") << QStringList{u"UPDATE audit SET hash = NULL, prev_hash = NULL"_s} << 1;
    }

    void tamperingIsFound()
    {
        QFETCH(QStringList, statements);
        QFETCH(int, firstBad);
        writeEntries();
        tamper(statements);
        const Run r = verify(m_dir);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QCOMPARE(r.json.value(u"ok"_s).toBool(), false);
        QCOMPARE(r.json.value(u"firstBad"_s).toInt(), firstBad);
        QVERIFY(!r.json.value(u"problem"_s).toString().isEmpty());

        // The same in words for a person.
        QProcess p;
        p.start(yc::test::executable(u"yichuang-ctl"_s),
                {u"--lang"_s, u"en"_s, u"audit"_s, u"verify"_s, u"--data-dir"_s, m_dir});
        p.waitForFinished(60000);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"entry %1 does not hold"_s.arg(firstBad)));
    }

    // Rows written before the chain are chained by the migration, in id order, and the chain goes on.
    void rowsFromBeforeTheChainAreSealed()
    {
        writeEntries(yc::storage::AuditLog::ChainSchemaVersion - 1);
        {
            auto db = yc::storage::Database::open(dbPath());
            QVERIFY(db.ok());
            QVERIFY(yc::storage::AuditLog(*db.value()).append(u"c1001"_s, u"staff.sign-out"_s, {}, {}, {}).ok());
        }
        const Run r = verify(m_dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json.value(u"entries"_s).toInt(), 7);
    }

    // The hash is the one PROTOCOL.md §14.1 defines, so the platform can recompute it.
    void hashFollowsTheProtocol()
    {
        yc::auditchain::Entry e;
        e.seq = 1;
        e.at = u"2026-11-28T06:01:00.000Z"_s;
        e.staffId = u"c1001"_s;
        e.windowNo = u"A01"_s;
        e.action = u"case.accept"_s;
        e.prevHash = yc::auditchain::genesis();
        const QByteArray canonical =
            "[\"" + QByteArray(64, '0') +
            "\",1,\"2026-11-28T06:01:00.000Z\",\"c1001\",\"A01\",\"case.accept\",\"\",\"\",\"\"]";
        QCOMPARE(yc::auditchain::hashOf(e),
                 QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    }
};

YC_TEST_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
