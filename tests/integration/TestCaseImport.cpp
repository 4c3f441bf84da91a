// yichuang-ctl case import reads only what it should, and checks everything before it queues anything
// (app/sync/CASE_IMPORT.md). Each refusal is checked with what the store holds afterwards.
#include "CatalogFixtures.h"
#include "IdNumbers.h"
#include "TestEnvironment.h"
#include "TestMain.h"
#include "storage/ApplicantRepository.h"
#include "storage/CaseNumberLeases.h"
#include "storage/Store.h"
#include "sync/CaseImport.h"
#include "sync/StaffCredentials.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QList<QJsonObject> lines;
};

const QString ItemCode = u"000117001001-210200000000-000-11210200YC000001X0-1-00"_s;

Run ctl(const QStringList& args)
{
    QProcess p;
    p.start(yc::test::executable(u"yichuang-ctl"_s), QStringList{u"--lang"_s, u"en"_s} + args);
    p.waitForFinished(120000);
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
          QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError()),
          {}};
    for (const QString& line : r.out.split(u'\n', Qt::SkipEmptyParts))
        r.lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return r;
}

QJsonObject applicant(const QString& idNumber, const QString& name = u"测试甲"_s,
                      const QString& idType = u"resident-id"_s)
{
    return {{u"idType"_s, idType}, {u"idNumber"_s, idNumber}, {u"name"_s, name}, {u"phone"_s, u"13800000000"_s}};
}

QJsonObject importCase(const QString& sourceId, const QJsonObject& who, const QJsonArray& materials = {})
{
    return {{u"sourceId"_s, sourceId},
            {u"staffId"_s, u"c1001"_s},
            {u"itemCode"_s, ItemCode},
            {u"decision"_s, u"accepted"_s},
            {u"receivedAt"_s, QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate)},
            {u"applicant"_s, who},
            {u"materials"_s, materials}};
}

QJsonObject material(const QString& file)
{
    return {{u"materialId"_s, u"m1"_s}, {u"name"_s, u"申请书"_s}, {u"file"_s, file}};
}

} // namespace

class TestCaseImport : public QObject
{
    Q_OBJECT

    QString m_data;   // the window's data directory
    QString m_import; // the folder of the import files

    QString writeImport(const QString& name, const QJsonArray& cases) const
    {
        const QString path = m_import + u'/' + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(
                    QJsonObject{{u"format"_s, u"yichuang-case-import"_s}, {u"formatVersion"_s, 1}, {u"cases"_s, cases}})
                    .toJson());
        return path;
    }

    void writeFile(const QString& relative, const QByteArray& bytes) const
    {
        QDir(m_import).mkpath(QFileInfo(m_import + u'/' + relative).path());
        QFile f(m_import + u'/' + relative);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    Run import(const QString& path) const { return ctl({u"case"_s, u"import"_s, path, u"--data-dir"_s, m_data}); }

    qint64 count(const QString& sql) const
    {
        yc::storage::StoreOptions options;
        options.dataDir = m_data;
        auto store = yc::storage::Store::open(options);
        if (!store)
            return -1;
        QSqlQuery q(store.value()->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // A refused import: one refused line naming `code`, exit 1, and nothing queued.
    void expectRefused(const Run& r, const QString& code, const QString& messagePart = {})
    {
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        bool found = false;
        for (const QJsonObject& line : r.lines) {
            if (line.value(u"result"_s).toString() == u"refused"_s && line.value(u"code"_s).toString() == code) {
                found = true;
                if (!messagePart.isEmpty())
                    QVERIFY2(line.value(u"message"_s).toString().contains(messagePart),
                             qPrintable(line.value(u"message"_s).toString()));
            }
        }
        QVERIFY2(found, qPrintable(u"no refusal %1 in: "_s.arg(code) + r.out + r.err));
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM cases"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM materials"_s), 0);
    }

private slots:
    void init()
    {
        auto* env = yc::test::TestEnvironment::current();
        m_data = env->freshDir(u"window"_s);
        m_import = env->freshDir(u"import"_s);
        Run r = ctl({u"catalog"_s, u"import"_s, yc::test::trainingCatalogPath(), u"--data-dir"_s, m_data});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        yc::storage::StoreOptions options;
        options.dataDir = m_data;
        auto store = yc::storage::Store::open(options);
        QVERIFY(store.ok());
        yc::sync::StaffSession session;
        session.staffId = u"c1001"_s;
        session.displayName = u"Clerk"_s;
        session.roles = {u"clerk"_s};
        session.hallCode = u"21020001"_s;
        session.accessToken = u"token"_s;
        session.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        session.offlineSignInDays = 7;
        yc::sync::StaffCredentials staff(store.value()->database(), store.value()->cipher());
        QVERIFY(staff.rememberOnlineSignIn(session, u"train-c1001"_s, QDateTime::currentDateTimeUtc()).ok());
        yc::storage::CaseNumberLeases leases(store.value()->database());
        QVERIFY(leases.store(u"lease-1"_s, u"21020001"_s, 2026, 1, 5, QDateTime::currentDateTimeUtc()).ok());
    }

    void aGoodFileIsQueued()
    {
        writeFile(u"scans/a.pdf"_s, "%PDF-1.4 synthetic material\n");
        const Run r = import(writeImport(
            u"ok.json"_s, {importCase(u"OLD-1"_s, applicant(yc::test::residentId(u"110105"_s, u"19800101"_s, 1)),
                                      {material(u"scans/a.pdf"_s)})}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.lines.value(0).value(u"result"_s).toString(), u"queued"_s);
        QCOMPARE(count(u"SELECT count(*) FROM materials"_s), 1);
    }

    // A material's file must be a regular file inside the import file's folder.
    void materialFilesStayInsideTheFolder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("the store's own key, by absolute path") << u"@DATA@/yichuang.key"_s << u"import.file-outside"_s;
        QTest::newRow("the store's own key, by ..") << u"../window/yichuang.key"_s << u"import.file-outside"_s;
        QTest::newRow(".. that comes back inside") << u"scans/../scans/a.pdf"_s << u"import.file-outside"_s;
        QTest::newRow("symbolic link leading outside") << u"link-to-key"_s << u"import.file-outside"_s;
        QTest::newRow("symbolic link to a device") << u"zero"_s << u"import.file-outside"_s;
        QTest::newRow("a FIFO") << u"fifo"_s << u"import.file-kind"_s;
        QTest::newRow("a folder") << u"scans"_s << u"import.file-kind"_s;
        QTest::newRow("over the size limit") << u"huge.pdf"_s << u"import.file-too-large"_s;
        QTest::newRow("absent") << u"nothing-here.pdf"_s << u"import.file-missing"_s;
    }

    void materialFilesStayInsideTheFolder()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        file.replace(u"@DATA@"_s, m_data);
        writeFile(u"scans/a.pdf"_s, "%PDF-1.4 synthetic material\n");
        QVERIFY(QFile::exists(m_data + u"/yichuang.key"_s) || !QFile::exists(m_data + u"/yichuang.db"_s));
        QVERIFY(QFile::link(m_data + u"/yichuang.key"_s, m_import + u"/link-to-key"_s));
        QVERIFY(QFile::link(u"/dev/zero"_s, m_import + u"/zero"_s));
        QCOMPARE(::mkfifo(QFile::encodeName(m_import + u"/fifo"_s).constData(), 0600), 0);
        {
            // Sparse: the limit is checked before anything is read.
            QFile huge(m_import + u"/huge.pdf"_s);
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(yc::sync::CaseImportLimits{}.maxMaterialBytes + 1));
        }
        // A good case first: a bad one later in the file keeps it from being queued.
        const Run r = import(writeImport(
            u"cases.json"_s, {importCase(u"OLD-1"_s, applicant(yc::test::residentId(u"110105"_s, u"19800101"_s, 1)),
                                         {material(u"scans/a.pdf"_s)}),
                              importCase(u"OLD-2"_s, applicant(yc::test::residentId(u"110105"_s, u"19800101"_s, 2)),
                                         {material(file)})}));
        expectRefused(r, code);
        QCOMPARE(r.lines.value(0).value(u"result"_s).toString(), u"not-queued"_s);
    }

    // Every field is checked up front, instead of failing on the platform later.
    void fieldsCheckedBeforeQueueing_data()
    {
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QString>("code");
        const QString good = yc::test::residentId(u"110105"_s, u"19800101"_s, 3);
        QString badCheck = good;
        badCheck[17] = badCheck[17] == u'1' ? u'2' : u'1';
        QTest::newRow("caseId not a UUID") << QJsonObject{{u"caseId"_s, u"../../etc"_s}} << u"import.id"_s;
        QTest::newRow("sourceId with a newline") << QJsonObject{{u"sourceId"_s, u"A\nB"_s}} << u"import.id"_s;
        QTest::newRow("idType not in the list")
            << QJsonObject{{u"applicant"_s, applicant(good, u"测试甲"_s, u"library-card"_s)}} << u"import.id-type"_s;
        QTest::newRow("wrong check character")
            << QJsonObject{{u"applicant"_s, applicant(badCheck)}} << u"import.id-number"_s;
        QTest::newRow("item not in the catalog") << QJsonObject{{u"itemCode"_s, u"NO-SUCH-ITEM"_s}} << u"import.item"_s;
        QTest::newRow("case number outside the lease")
            << QJsonObject{{u"caseNumber"_s, u"21020001-2026-99999999"_s}} << u"import.case-number"_s;
        QTest::newRow("staff never signed in here") << QJsonObject{{u"staffId"_s, u"c9999"_s}} << u"import.staff"_s;
        QTest::newRow("decision unknown") << QJsonObject{{u"decision"_s, u"maybe"_s}} << u"import.decision"_s;
        QTest::newRow("field too long") << QJsonObject{{u"staffId"_s, QString(5000, u'x')}} << u"import.field"_s;
    }

    void fieldsCheckedBeforeQueueing()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QString, code);
        QJsonObject c = importCase(u"OLD-9"_s, applicant(yc::test::residentId(u"110105"_s, u"19800101"_s, 3)));
        for (auto it = changes.begin(); it != changes.end(); ++it)
            c.insert(it.key(), it.value());
        const Run r = import(writeImport(u"fields.json"_s, {c}));
        expectRefused(r, code);
        // The refusal names the rule, never the applicant's number or name.
        QVERIFY(!r.out.contains(u"测试甲"_s));
        QVERIFY(!r.out.contains(u"19800101"_s));
    }

    void aLeasedCaseNumberIsKept()
    {
        QJsonObject c = importCase(u"OLD-N"_s, applicant(yc::test::residentId(u"110105"_s, u"19800101"_s, 4)));
        yc::storage::StoreOptions options;
        options.dataDir = m_data;
        QString number;
        {
            auto store = yc::storage::Store::open(options);
            QVERIFY(store.ok());
            QSqlQuery q(store.value()->database().connection());
            QVERIFY(q.exec(u"SELECT number FROM case_number_leases ORDER BY number DESC LIMIT 1"_s) && q.next());
            number = q.value(0).toString();
        }
        c.insert(u"caseNumber"_s, number);
        const Run r = import(writeImport(u"numbered.json"_s, {c}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(count(u"SELECT count(*) FROM case_number_leases WHERE used_by_case IS NOT NULL"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM cases WHERE case_number = '%1'"_s.arg(number)), 1);
        // The same number for another case is refused.
        QJsonObject other = importCase(u"OLD-M"_s, applicant(yc::test::residentId(u"110105"_s, u"19800101"_s, 5)));
        other.insert(u"caseNumber"_s, number);
        const Run again = import(writeImport(u"numbered2.json"_s, {other}));
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.lines.value(0).value(u"code"_s).toString(), u"import.case-number"_s);
    }

    void theImportFileItselfIsChecked()
    {
        QCOMPARE(::mkfifo(QFile::encodeName(m_import + u"/pipe.json"_s).constData(), 0600), 0);
        Run r = import(m_import + u"/pipe.json"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
        r = ctl({u"case"_s, u"import"_s, u"/dev/zero"_s, u"--data-dir"_s, m_data});
        QCOMPARE(r.exitCode, 1);
        QFile big(m_import + u"/big.json"_s);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(yc::sync::CaseImportLimits{}.maxFileBytes + 1));
        big.close();
        r = import(big.fileName());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"at most"_s), qPrintable(r.err));
        QCOMPARE(count(u"SELECT count(*) FROM cases"_s), 0);
    }

    // A later case of the same person keeps earlier cases' applicant data as it was; the ID
    // number is hashed in one form (upper-case X), so both cases are found as that person's.
    void aCaseNeverChangesAnotherCase()
    {
        QString id = yc::test::residentId(u"110105"_s, u"19800101"_s, 6);
        int seq = 7;
        while (!id.endsWith(u'X'))
            id = yc::test::residentId(u"110105"_s, u"19800101"_s, seq++);
        Run r = import(writeImport(u"first.json"_s, {importCase(u"OLD-A"_s, applicant(id, u"测试甲"_s))}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString firstCase = r.lines.value(0).value(u"caseId"_s).toString();
        // What is sent (or was exported) for the first case comes from its applicant row: it must
        // not change afterwards, or the platform answers 409 case-conflict when the case arrives a
        // second time.
        auto bodyOf = [&](const QString& caseId) -> QByteArray {
            yc::storage::StoreOptions options;
            options.dataDir = m_data;
            auto store = yc::storage::Store::open(options);
            if (!store)
                return QByteArray();
            QSqlQuery q(store.value()->database().connection());
            q.prepare(u"SELECT a.id, a.updated_at, a.name_enc, a.phone_enc FROM cases c JOIN applicants a ON "
                      u"a.id = c.applicant_id WHERE c.id = ?"_s);
            q.addBindValue(caseId);
            if (!q.exec() || !q.next())
                return QByteArray();
            yc::storage::ApplicantRepository applicants(store.value()->database(), store.value()->cipher());
            auto a = applicants.get(q.value(0).toString());
            if (!a || !a.value())
                return QByteArray();
            return (q.value(1).toString() + u'|' + a.value()->name + u'|' + a.value()->phone).toUtf8() +
                   q.value(2).toByteArray().toHex();
        };
        const QByteArray before = bodyOf(firstCase);
        QVERIFY(!before.isEmpty());
        QString lower = id;
        lower[17] = u'x';
        r = import(writeImport(u"second.json"_s, {importCase(u"OLD-B"_s, applicant(lower, u"样例乙"_s))}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(bodyOf(firstCase), before);

        yc::storage::StoreOptions options;
        options.dataDir = m_data;
        auto store = yc::storage::Store::open(options);
        QVERIFY(store.ok());
        QSqlQuery q(store.value()->database().connection());
        QVERIFY(q.exec(u"SELECT applicant_id FROM cases ORDER BY received_at, id"_s));
        QStringList applicantIds;
        while (q.next())
            applicantIds << q.value(0).toString();
        QCOMPARE(applicantIds.size(), 2);
        QVERIFY(applicantIds[0] != applicantIds[1]);
        yc::storage::ApplicantRepository applicants(store.value()->database(), store.value()->cipher());
        QStringList names;
        for (const QString& applicantId : applicantIds) {
            auto a = applicants.get(applicantId);
            QVERIFY(a.ok() && a.value().has_value());
            names << a.value()->name;
            QCOMPARE(a.value()->idNumber, id);
        }
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()), (QSet<QString>{u"测试甲"_s, u"样例乙"_s}));
        QVERIFY(q.exec(u"SELECT count(DISTINCT id_number_hmac) FROM applicants"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        auto found = applicants.findByIdNumber(u"resident-id"_s, lower);
        QVERIFY(found.ok() && found.value().has_value());
    }
};

YC_TEST_MAIN(TestCaseImport)
#include "TestCaseImport.moc"
