// yichuang-ctl case list / case show on a store with a decided case and an open draft: the output,
// JSON and table, names the case and masks the applicant; no name or ID number in clear.
#include "FakeClock.h"
#include "IntakeFixtures.h"
#include "TestMain.h"
#include "intake/CaseDecider.h"
#include "intake/IntakeSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace yc;
using namespace yc::intake;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run ctl(QStringList args)
{
    QProcess p;
    args.prepend(QStringLiteral("en"));
    args.prepend(QStringLiteral("--lang"));
    p.start(test::executable(QStringLiteral("yichuang-ctl")), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Result<QByteArray> stubPdf(const NoticeData&)
{
    return QByteArray("%PDF-stub");
}

} // namespace

class TestCtlCase : public QObject
{
    Q_OBJECT

    QString m_dir;
    QString m_decided;
    QString m_draft;
    QStringList m_secrets; // what must never be printed
    QString m_maskedId;

private slots:
    void initTestCase()
    {
        m_dir = test::TestEnvironment::current()->freshDir(QStringLiteral("ctl-case"));
        test::FakeClock clock(QDateTime(QDate(2026, 9, 30), QTime(10, 0), QTimeZone(8 * 3600)));
        auto store = test::openIntakeStore(m_dir, clock.now());
        QVERIFY(store);
        const IntakeContext context{
            store->database(), store->cipher(), m_dir, clock, WorkCalendar::bundled(), {}, stubPdf, {}};
        IntakeSession session(context);
        const intake::Party applicant = test::person(31, QStringLiteral("样例申请人"));
        const intake::Party agent = test::person(32, QStringLiteral("样例受托人"));
        m_secrets << applicant.identity.name << applicant.identity.idNumber << agent.identity.name
                  << agent.identity.idNumber << applicant.identity.phone;
        m_maskedId =
            applicant.identity.idNumber.left(6) + QString(8, QLatin1Char('*')) + applicant.identity.idNumber.right(4);

        auto id = session.createDraft(QStringLiteral("c1001"), {}, QStringLiteral("A01"));
        QVERIFY(id.ok());
        m_decided = id.value();
        QVERIFY(session.setApplicant(m_decided, applicant).ok());
        QVERIFY(session.setAgent(m_decided, agent).ok());
        QVERIFY(session.setItem(m_decided, test::FoodLicenceNew).ok());
        QVERIFY(session
                    .setSituations(m_decided, {{QStringLiteral("s1"), QStringLiteral("s1a")},
                                               {QStringLiteral("s2"), QStringLiteral("s2a")},
                                               {QStringLiteral("s3"), QStringLiteral("s3b")}})
                    .ok());
        MaterialEvidence scan;
        scan.state = MaterialState::Scanned;
        scan.content = QByteArray("%PDF-1.4 synthetic") + QByteArray(500, 'x');
        scan.mimeType = QStringLiteral("application/pdf");
        MaterialEvidence fromLibrary;
        fromLibrary.state = MaterialState::Licence;
        fromLibrary.licenceId = QStringLiteral("LIC-0007");
        for (const char* m : {"m1", "m4", "m5", "m8"})
            QVERIFY(session.setMaterial(m_decided, QString::fromLatin1(m), scan).ok());
        for (const char* m : {"m2", "m3", "m9"})
            QVERIFY(session.setMaterial(m_decided, QString::fromLatin1(m), fromLibrary).ok());
        auto accepted = CaseDecider(context).accept(m_decided);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));

        auto draft = session.createDraft(QStringLiteral("c1002"), {}, QStringLiteral("A01"));
        QVERIFY(draft.ok());
        m_draft = draft.value();
        QVERIFY(session.setApplicant(m_draft, test::person(33, QStringLiteral("样例第二人"))).ok());
        m_secrets << QStringLiteral("样例第二人") << test::person(33).identity.idNumber;
    }

    void helpNamesTheCommands()
    {
        const Run r = ctl({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("case list [--json] [--state S] [--data-dir DIR]")));
        QVERIFY(r.out.contains(QStringLiteral("case show CASEID [--json] [--data-dir DIR]")));
        QVERIFY(r.out.contains(QStringLiteral("case import FILE.json [--data-dir DIR]")));
    }

    void listJsonIsMaskedOneObjectPerLine()
    {
        const Run r = ctl({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--data-dir"), m_dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QJsonObject decided;
        for (const QString& line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY(!o.isEmpty());
            for (const char* key : {"caseId", "caseNumber", "itemCode", "applicant", "idNumber", "state", "decision",
                                    "receivedAt", "promisedDate", "syncState"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            if (o.value(QLatin1String("caseId")).toString() == m_decided)
                decided = o;
        }
        QCOMPARE(decided.value(QLatin1String("caseNumber")).toString(), QStringLiteral("21020001-2026-000001"));
        QCOMPARE(decided.value(QLatin1String("itemName")).toString(), QStringLiteral("食品经营许可（新办）"));
        QCOMPARE(decided.value(QLatin1String("applicant")).toString(), QStringLiteral("样***人"));
        QCOMPARE(decided.value(QLatin1String("idNumber")).toString(), m_maskedId);
        QCOMPARE(decided.value(QLatin1String("state")).toString(), QStringLiteral("decided"));
        QCOMPARE(decided.value(QLatin1String("decision")).toString(), QStringLiteral("accepted"));
        QCOMPARE(decided.value(QLatin1String("promisedDate")).toString(), QStringLiteral("2026-10-13"));
        QCOMPARE(decided.value(QLatin1String("syncState")).toString(), QStringLiteral("queued"));
        for (const QString& secret : std::as_const(m_secrets))
            QVERIFY2(!r.out.contains(secret), qPrintable(QStringLiteral("in clear: ") + secret));

        const Run drafts =
            ctl({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                 QStringLiteral("draft"), QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(drafts.exitCode, 0);
        const QStringList draftLines = drafts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(draftLines.size(), 1);
        QVERIFY(draftLines.first().contains(m_draft));
    }

    void listTableIsMasked()
    {
        const Run r = ctl({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--data-dir"), m_dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        qInfo("%s", qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Case number")));
        QVERIFY(r.out.contains(QStringLiteral("21020001-2026-000001")));
        QVERIFY(r.out.contains(m_maskedId));
        QVERIFY(r.out.contains(QStringLiteral("2 cases")));
        for (const QString& secret : std::as_const(m_secrets))
            QVERIFY2(!r.out.contains(secret), qPrintable(QStringLiteral("in clear: ") + secret));
    }

    void showListsMaterialsAndHistoryMasked()
    {
        const Run r = ctl({QStringLiteral("case"), QStringLiteral("show"), m_decided, QStringLiteral("--json"),
                           QStringLiteral("--data-dir"), m_dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("caseId")).toString(), m_decided);
        QCOMPARE(o.value(QLatin1String("agent")).toString(), QStringLiteral("样***人"));
        const QJsonArray materials = o.value(QLatin1String("materials")).toArray();
        QCOMPARE(materials.size(), 7); // m1-m5, and the power of attorney with the agent's ID card (m8, m9)
        QJsonObject poa;
        QJsonObject fromLibrary;
        for (const QJsonValue& v : materials) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("materialId")).toString() == QLatin1String("m8"))
                poa = m;
            if (m.value(QLatin1String("materialId")).toString() == QLatin1String("m2"))
                fromLibrary = m;
        }
        QCOMPARE(poa.value(QLatin1String("name")).toString(), QStringLiteral("授权委托书"));
        QCOMPARE(poa.value(QLatin1String("state")).toString(), QStringLiteral("scanned"));
        QCOMPARE(fromLibrary.value(QLatin1String("state")).toString(), QStringLiteral("licence"));
        QCOMPARE(fromLibrary.value(QLatin1String("form")).toString(), QStringLiteral("electronic"));
        QCOMPARE(fromLibrary.value(QLatin1String("source")).toString(), QStringLiteral("licence"));
        QStringList actions;
        for (const QJsonValue& v : o.value(QLatin1String("history")).toArray())
            actions << v.toObject().value(QLatin1String("action")).toString();
        QVERIFY2(actions.contains(QStringLiteral("case.accept")), qPrintable(actions.join(u' ')));
        for (const QString& secret : std::as_const(m_secrets))
            QVERIFY2(!r.out.contains(secret), qPrintable(QStringLiteral("in clear: ") + secret));

        const Run table =
            ctl({QStringLiteral("case"), QStringLiteral("show"), m_decided, QStringLiteral("--data-dir"), m_dir});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        qInfo("%s", qPrintable(table.out));
        QVERIFY(table.out.contains(QStringLiteral("Materials:")));
        QVERIFY(table.out.contains(QStringLiteral("授权委托书")));
        QVERIFY(table.out.contains(m_maskedId));
        for (const QString& secret : std::as_const(m_secrets))
            QVERIFY2(!table.out.contains(secret), qPrintable(QStringLiteral("in clear: ") + secret));
    }

    void showUnknownCase()
    {
        const Run r = ctl({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("no-such-case"),
                           QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no-such-case")));
    }
};

YC_TEST_MAIN(TestCtlCase)
#include "TestCtlCase.moc"
