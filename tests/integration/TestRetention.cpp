// yichuang-ctl retention run: the materials and personal data of completed, synced cases leave the PC
// after the retention period; the case stub and the audit trail stay.
#include "IdNumbers.h"
#include "TestEnvironment.h"
#include "TestMain.h"
#include "storage/ApplicantRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Store.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

Run ctl(const QStringList& args)
{
    QProcess p;
    p.start(yc::test::executable(u"yichuang-ctl"_s), QStringList{u"--lang"_s, u"en"_s} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QJsonDocument::fromJson(p.readAllStandardOutput()).object(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

    QString m_dir;
    QHash<QString, QString> m_cases; // label -> case id
    QList<QByteArray> m_secrets;     // what must not stay on disk for purged cases

    std::unique_ptr<yc::storage::Store> open()
    {
        yc::storage::StoreOptions options;
        options.dataDir = m_dir;
        auto store = yc::storage::Store::open(options);
        return store ? std::move(store.value()) : nullptr;
    }

    void exec(yc::storage::Store& store, const QString& sql)
    {
        QSqlQuery q(store.database().connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    int materialFilesOnDisk() const
    {
        int n = 0;
        QDirIterator it(m_dir + u"/materials"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

private slots:
    void init()
    {
        m_dir = yc::test::TestEnvironment::current()->freshDir(u"retention"_s);
        m_cases.clear();
        m_secrets.clear();
        auto store = open();
        QVERIFY(store);
        // The clerk who accepts the cases is known on this PC.
        exec(*store, u"INSERT INTO staff (id, login, display_name, role, updated_at) VALUES ('c1001', 'c1001', "
                     u"'样例丙', 'clerk', '2026-03-02T00:00:00.000Z')"_s);
        yc::storage::CaseRepository cases(store->database(), store->cipher(), m_dir);
        int n = 0;
        for (const QString& label : {u"old-synced"_s, u"old-unsynced"_s, u"recent"_s, u"old-under-review"_s}) {
            yc::storage::NewCase c;
            c.itemCode = u"000117001001-210200000000-000-11210200YC000001X0-1-00"_s;
            c.staffId = u"c1001"_s;
            c.decision = yc::Decision::Accepted;
            c.applicant.idType = u"resident"_s;
            c.applicant.idNumber = yc::test::residentId(u"110105"_s, u"19800101"_s, 40 + n);
            c.applicant.name = u"保留测试%1"_s.arg(QChar(u'甲' + n));
            c.applicant.phone = u"1380000%1"_s.arg(4000 + n);
            yc::storage::NewCaseMaterial m;
            m.name = u"申请书"_s;
            m.status = u"received"_s;
            m.mimeType = u"application/pdf"_s;
            m.originalFileName = u"scan-%1.pdf"_s.arg(label);
            m.content = "%PDF-1.4 retention material " + label.toLatin1() + QByteArray(4000, 'r');
            c.materials.push_back(m);
            auto id = cases.accept(c);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
            m_cases.insert(label, id.value());
            if (label == u"old-synced"_s)
                m_secrets << c.applicant.name.toUtf8() << c.applicant.idNumber.toUtf8() << m.content.left(40);
            ++n;
        }
        // The platform holds them and the department finished them, long ago (but the unsynced one's
        // outbox item is still queued, the recent one changed today, one is still under review).
        exec(*store, u"UPDATE outbox SET state = 'submitted' WHERE case_id <> '%1'"_s.arg(m_cases[u"old-unsynced"_s]));
        exec(*store, u"UPDATE cases SET department_status = 'completed'"_s);
        exec(*store, u"UPDATE cases SET department_status = 'under-review' WHERE id = '%1'"_s.arg(
                         m_cases[u"old-under-review"_s]));
        exec(*store,
             u"UPDATE cases SET updated_at = '%1' WHERE id <> '%2'"_s.arg(
                 QDateTime::currentDateTimeUtc().addDays(-100).toString(Qt::ISODateWithMs), m_cases[u"recent"_s]));
        QCOMPARE(materialFilesOnDisk(), 4);
    }

    void dryRunCountsAndChangesNothing()
    {
        const Run r = ctl({u"retention"_s, u"run"_s, u"--dry-run"_s, u"--days"_s, u"30"_s, u"--data-dir"_s, m_dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(u"dryRun"_s).toBool(), true);
        QCOMPARE(r.json.value(u"cases"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"caseIds"_s).toArray().first().toString(), m_cases[u"old-synced"_s]);
        QCOMPARE(r.json.value(u"materialFiles"_s).toInt(), 1);
        QCOMPARE(materialFilesOnDisk(), 4);
        auto store = open();
        yc::storage::CaseRepository cases(store->database(), store->cipher(), m_dir);
        auto c = cases.get(m_cases[u"old-synced"_s]);
        QVERIFY(c.ok() && c.value().has_value());
        auto a = yc::storage::ApplicantRepository(store->database(), store->cipher()).get(c.value()->applicantId);
        QVERIFY(a.ok() && a.value().has_value());
        QVERIFY(!a.value()->name.isEmpty());
        QCOMPARE(ctl({u"audit"_s, u"verify"_s, u"--data-dir"_s, m_dir}).exitCode, 0);
    }

    void purgesOnlyCompletedSyncedOldCases()
    {
        const Run r = ctl({u"retention"_s, u"run"_s, u"--days"_s, u"30"_s, u"--data-dir"_s, m_dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(u"cases"_s).toInt(), 1);
        QCOMPARE(materialFilesOnDisk(), 3);
        {
            auto store = open();
            yc::storage::CaseRepository cases(store->database(), store->cipher(), m_dir);
            yc::storage::ApplicantRepository applicants(store->database(), store->cipher());
            // The stub stays: number, item, states; the personal data does not.
            auto purged = cases.get(m_cases[u"old-synced"_s]);
            QVERIFY(purged.ok() && purged.value().has_value());
            QCOMPARE(purged.value()->itemCode, u"000117001001-210200000000-000-11210200YC000001X0-1-00"_s);
            auto a = applicants.get(purged.value()->applicantId);
            QVERIFY(a.ok() && a.value().has_value());
            QVERIFY(a.value()->name.isEmpty());
            QVERIFY(a.value()->idNumber.isEmpty());
            for (const QString& kept : {u"old-unsynced"_s, u"recent"_s, u"old-under-review"_s}) {
                auto c = cases.get(m_cases[kept]);
                QVERIFY(c.ok() && c.value().has_value());
                auto k = applicants.get(c.value()->applicantId);
                QVERIFY(k.ok() && k.value().has_value());
                QVERIFY2(!k.value()->name.isEmpty(), qPrintable(kept));
            }
            QSqlQuery q(store->database().connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM audit WHERE action = 'case.purge'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QCOMPARE(ctl({u"audit"_s, u"verify"_s, u"--data-dir"_s, m_dir}).exitCode, 0);
        // Nothing of the purged case is left in any file of the data folder.
        QDirIterator it(m_dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray& secret : std::as_const(m_secrets))
                QVERIFY2(!bytes.contains(secret), qPrintable(f.fileName()));
        }
        // A second run finds nothing more.
        QCOMPARE(ctl({u"retention"_s, u"run"_s, u"--days"_s, u"30"_s, u"--data-dir"_s, m_dir})
                     .json.value(u"cases"_s)
                     .toInt(),
                 0);
    }

    void refusals()
    {
        QCOMPARE(ctl({u"retention"_s, u"run"_s, u"--days"_s, u"0"_s, u"--data-dir"_s, m_dir}).exitCode, 2);
        QCOMPARE(ctl({u"retention"_s, u"run"_s, u"--days"_s, u"soon"_s, u"--data-dir"_s, m_dir}).exitCode, 2);
    }
};

YC_TEST_MAIN(TestRetention)
#include "TestRetention.moc"
