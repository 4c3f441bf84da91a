#include "TestMain.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

using yc::storage::Database;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString freshDb(const QString& name)
{
    return yc::test::TestEnvironment::current()->freshDir(name) + QStringLiteral("/yichuang.db");
}

// A store at the latest version with rows in it, closed cleanly (WAL checkpointed).
QString populatedDb(const QString& name)
{
    const QString path = freshDb(name);
    auto db = Database::open(path);
    if (!db)
        return {};
    QSqlQuery q(db.value()->connection());
    for (int i = 0; i < 200; ++i) {
        q.prepare(QStringLiteral("INSERT INTO audit (at, action, detail) VALUES (?, 'test', ?)"));
        q.addBindValue(QStringLiteral("2026-01-01T00:00:00"));
        q.addBindValue(QString(300, QLatin1Char('a' + i % 26)));
        q.exec();
    }
    return path;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void createsLatest()
    {
        const QString path = freshDb(QStringLiteral("create"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion().value(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QVERIFY(db.value()->integrityCheck().ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char* table :
             {"staff", "halls", "catalog_items", "cases", "applicants", "materials", "notices", "outbox", "audit"}) {
            QVERIFY2(db.value()->count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).ok(), table);
        }
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from-%d", v) << v;
    }
    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = freshDb(QStringLiteral("upgrade"));
        {
            auto old = Database::open(path, from);
            QVERIFY(old.ok());
            QCOMPARE(old.value()->schemaVersion().value(), from);
            if (from >= 1)
                QVERIFY(old.value()->setMeta(QStringLiteral("marker"), QStringLiteral("kept")).ok());
        }
        auto inspected = Database::inspect(path);
        QVERIFY(inspected.ok());
        QCOMPARE(inspected.value().version, from);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion().value(), Database::latestSchemaVersion());
        QVERIFY(db.value()->integrityCheck().ok());
        if (from >= 1)
            QCOMPARE(db.value()->meta(QStringLiteral("marker")).value(), QStringLiteral("kept"));
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString path = populatedDb(QStringLiteral("newer"));
        QVERIFY(!path.isEmpty());
        {
            auto db = Database::open(path);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        }
        const QByteArray before = fileHash(path);
        auto inspected = Database::inspect(path);
        QVERIFY(!inspected.ok());
        QCOMPARE(inspected.error().code, QStringLiteral("db.newer-schema"));
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("db.newer-schema"));
        QCOMPARE(fileHash(path), before);
    }

    void corruptFileIsRefusedUntouched()
    {
        const QString path = populatedDb(QStringLiteral("corrupt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 16384);
        // Overwrite one of the audit table's pages near the end of the file, header included.
        f.seek((f.size() / 4096 - 3) * 4096);
        f.write(QByteArray(2000, '\xA5'));
        f.close();
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("db.corrupt"));
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void nonDatabaseIsRefusedUntouched()
    {
        const QString path = freshDb(QStringLiteral("garbage"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is a text file, not a database\n").repeated(200));
        f.close();
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("db.not-a-database"));
        QCOMPARE(fileHash(path), before);
    }

    void failedTransactionRollsBack()
    {
        auto db = Database::open(freshDb(QStringLiteral("tx")));
        QVERIFY(db.ok());
        auto r = db.value()->transaction([&]() -> yc::Status {
            if (auto s = db.value()->setMeta(QStringLiteral("half"), QStringLiteral("written")); !s)
                return s;
            return yc::makeError(QStringLiteral("test.fail"), QStringLiteral("fail on purpose"));
        });
        QVERIFY(!r.ok());
        QCOMPARE(db.value()->meta(QStringLiteral("half")).value(), QString());
    }
};

YC_TEST_MAIN(TestMigrations)
#include "TestMigrations.moc"
