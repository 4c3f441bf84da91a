// Drives the real yichuang-ctl binary as hall IT staff would.
#include "TestMain.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run ctl(const QStringList& args)
{
    QProcess p;
    p.start(yc::test::executable(QStringLiteral("yichuang-ctl")), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCtlDbCheck : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        const Run help = ctl({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("db check")));
        const Run version = ctl({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("yichuang-ctl ")));
        QCOMPARE(ctl({QStringLiteral("no-such-command")}).exitCode, 2);
        QCOMPARE(ctl({}).exitCode, 2);
    }

    void createsOnEmptyDirectory()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("empty"));
        const Run r = ctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("db"),
                           QStringLiteral("check"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(dir + QStringLiteral("/yichuang.db")));
        QVERIFY(r.out.contains(QStringLiteral("(created)")));
        QVERIFY(r.out.contains(QStringLiteral("schema version: %1").arg(yc::storage::Database::latestSchemaVersion())));
        QVERIFY(r.out.contains(QStringLiteral("cases: 0")));
        QVERIFY(r.out.contains(QStringLiteral("pending outbox items: 0")));

        const Run again = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"), dir,
                               QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("cases")).toInt(), 0);
    }

    void usesEnvironmentDataDir()
    {
        const Run r = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("dataDir")).toString(), yc::test::TestEnvironment::current()->dataDir());
    }

    void countsCasesAndPendingOutbox()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("counts"));
        {
            auto db = yc::storage::Database::open(dir + QStringLiteral("/yichuang.db"));
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO applicants (id, id_type, id_number_hmac, id_number_enc, "
                                          "name_enc, created_at, updated_at) VALUES ('a', 'resident', 'h', x'00', "
                                          "x'00', 't', 't')")));
            for (int i = 0; i < 3; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (id, item_code, item_version, applicant_id, state, "
                                              "received_at, created_at, updated_at) VALUES ('c%1', 'I', 1, 'a', "
                                              "'decided', 't', 't', 't')")
                                   .arg(i)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (case_id, kind, state, created_at) VALUES "
                                          "('c0', 'case', 'queued', 't'), ('c1', 'case', 'submitted', 't')")));
        }
        const Run r = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"), dir,
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("cases")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("pendingOutbox")).toInt(), 1);
    }

    void corruptedCopyIsReportedAndUntouched()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("corrupt"));
        QCOMPARE(ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"), dir}).exitCode, 0);
        const QString path = dir + QStringLiteral("/yichuang.db");
        {
            auto db = yc::storage::Database::open(path);
            QSqlQuery q(db.value()->connection());
            for (int i = 0; i < 300; ++i)
                q.exec(QStringLiteral("INSERT INTO audit (at, action, detail) VALUES ('t', 'x', '%1')")
                           .arg(QString(200, QLatin1Char('z'))));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek((f.size() / 4096 - 3) * 4096);
        f.write(QByteArray(3000, '\x5A'));
        f.close();
        const QByteArray before = hashOf(path);
        const Run r = ctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("db"),
                           QStringLiteral("check"), QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")) || r.err.contains(QStringLiteral("integrity")),
                 qPrintable(r.err));
        QCOMPARE(hashOf(path), before);
    }

    void newerSchemaIsReportedAndUntouched()
    {
        const QString dir = yc::test::TestEnvironment::current()->freshDir(QStringLiteral("newer"));
        const QString path = dir + QStringLiteral("/yichuang.db");
        {
            auto db = yc::storage::Database::open(path);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const QByteArray before = hashOf(path);
        const Run r = ctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("db"),
                           QStringLiteral("check"), QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("999")));
        QCOMPARE(hashOf(path), before);
    }
};

YC_TEST_MAIN(TestCtlDbCheck)
#include "TestCtlDbCheck.moc"
