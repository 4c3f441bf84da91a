// The sync engine's new duties against the real yichuang-platform over loopback TLS: the audit
// trail arrives exactly once (also after a lost confirmation), remote approval decisions reach the
// local approvals table, and evaluations and supplements queued offline arrive once the platform
// is back.
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "storage/ApprovalRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "sync/Enrolment.h"
#include "sync/OfflineQueue.h"
#include "sync/OutboxExport.h"
#include "sync/RestConnector.h"
#include "sync/SyncStatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace yc;
using namespace yc::test;

namespace {
QString fresh(const QString& name)
{
    return TestEnvironment::current()->freshDir(name);
}
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
// `outbox list` lines by outbox id.
QHash<qint64, QJsonObject> outboxList(const QString& dataDir, bool all)
{
    QStringList args{QStringLiteral("outbox"), QStringLiteral("list")};
    if (all)
        args << QStringLiteral("--all");
    QHash<qint64, QJsonObject> result;
    const CtlRun run = runCtl(dataDir, args);
    if (run.exitCode != 0)
        return result;
    for (const QByteArray& line : run.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        result.insert(o.value(QLatin1String("id")).toInteger(), o);
    }
    return result;
}
} // namespace

class TestSyncQueue : public QObject
{
    Q_OBJECT

private slots:
    void auditArrivesExactlyOnce()
    {
        SyncSetup setup(QStringLiteral("audit"));
        YC_VERIFY_OK(setup.start());
        auto& [platform, client] = setup;
        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        for (int n = 0; n < 3; ++n)
            QVERIFY(cases.accept(client.makeCase(n, 1, 2000)).ok());
        // Audit rows written where the actions happened: enrolment, sign-in, three acceptances.
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'machine.enrol'")), 1);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-online'")),
                 1);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'case.accept'")), 3);
        // No personal data in the trail: the synthetic ID numbers and the name appear nowhere.
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE detail LIKE '%110105%' OR detail "
                                                   "LIKE '%测试%' OR object_id LIKE '%110105%'")),
                 0);
        const qint64 rows = localCount(client, QStringLiteral("SELECT count(*) FROM audit"));
        QCOMPARE(rows, 5);
        const QString machine = client.machineId();

        sync::SyncEngineOptions options = sync::SyncConfig::engineOptions(*client.settings);
        options.auditBatchSize = 2; // several batches
        sync::SyncEngine engine(client.dataDir, client.store->cipher(), client.clock,
                                sync::SyncConfig::restFactory(*client.settings), options);
        QVERIFY(engine.open().ok());
        const sync::PassReport report = engine.runUntilIdle(60000, true);
        QVERIFY2(report.lastError.isEmpty(), qPrintable(report.lastError));
        QCOMPARE(report.submitted, 3);
        QCOMPARE(report.auditUploaded, int(rows));
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE uploaded_at IS NULL")), 0);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM audit_entries WHERE machine_id = ?"),
                               {machine}),
                 rows);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM audit_batches")), 3);
        QCOMPARE(platformCount(platform,
                               QStringLiteral("SELECT count(*) FROM audit_entries WHERE machine_id = ? AND "
                                              "CAST(entry AS TEXT) LIKE '%\"action\":\"case.accept\"%'"),
                               {machine}),
                 3);

        // Re-running sends nothing.
        const sync::PassReport again = engine.runPass();
        QCOMPARE(again.auditUploaded, 0);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM audit_batches")), 3);

        // The confirmation of a batch is lost (crash after sending): the same rows go again under the
        // same batch id, the platform answers 200 and stores nothing twice.
        QSqlQuery q(client.store->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit SET uploaded_at = NULL WHERE batch_id = (SELECT batch_id FROM "
                                      "audit ORDER BY id DESC LIMIT 1)")));
        QVERIFY(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE uploaded_at IS NULL")) > 0);
        // A new action meanwhile goes into a later batch, after the pending one.
        QVERIFY(cases.accept(client.makeCase(7, 1, 1000)).ok());
        const sync::PassReport resent = engine.runUntilIdle(30000, true);
        QVERIFY2(resent.lastError.isEmpty(), qPrintable(resent.lastError));
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE uploaded_at IS NULL")), 0);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM audit_entries WHERE machine_id = ?"),
                               {machine}),
                 rows + 1);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM audit_batches")), 4);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM audit_batches WHERE duplicates > 0")), 0);
    }

    void auditWaitsWhileOffline()
    {
        SyncSetup setup(QStringLiteral("audit-off"));
        YC_VERIFY_OK(setup.start());
        auto& [platform, client] = setup;
        const quint16 port = platform.port();
        QCOMPARE(platform.stop(), 0);
        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        QVERIFY(cases.accept(client.makeCase(1, 1, 1000)).ok());
        auto engine = client.engine();
        QVERIFY(engine);
        const sync::PassReport offline = engine->runPass();
        QVERIFY(!offline.reachedPlatform);
        QCOMPARE(offline.auditUploaded, 0);
        const qint64 rows = localCount(client, QStringLiteral("SELECT count(*) FROM audit"));
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE uploaded_at IS NULL")), rows);

        QVERIFY(platform.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
        const sync::PassReport online = engine->runUntilIdle(60000, true);
        QVERIFY2(online.lastError.isEmpty(), qPrintable(online.lastError));
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE uploaded_at IS NULL")), 0);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM audit_entries WHERE machine_id = ?"),
                               {client.machineId()}),
                 rows);
    }

    void approvalDecisionReachesTheWindow()
    {
        SyncSetup setup(QStringLiteral("approval"));
        YC_VERIFY_OK(setup.start());
        WindowClient& client = setup.client;
        const QString machine = client.machineId();
        sync::RestConnector connector(sync::SyncConfig::restOptions(*client.settings));
        auto clerk = connector.signIn(QStringLiteral("c1001"), QStringLiteral("train-c1001"), machine);
        auto supervisor = connector.signIn(QStringLiteral("s1001"), QStringLiteral("train-s1001"), machine);
        QVERIFY(clerk.ok() && supervisor.ok());

        sync::ApprovalRequest request;
        request.approvalId = uuid();
        request.kind = QStringLiteral("refusal");
        request.caseId = uuid();
        request.itemCode = QStringLiteral("000117001001-210200000000-000-11210200YC000001X0-1-00");
        request.reason = QStringLiteral("outside competence");
        QVERIFY(connector.requestApproval(clerk.value().accessToken, request).ok());
        auto engine = client.engine();
        QVERIFY(engine);
        engine->runPass();
        storage::ApprovalRepository approvals(client.store->database());
        auto before = approvals.get(request.approvalId);
        QVERIFY(before.ok());
        QVERIFY2(!before.value(), "a pending request is not in the feed yet");

        auto decided = connector.decideApproval(supervisor.value().accessToken, request.approvalId,
                                                QStringLiteral("rejected"), QStringLiteral("handled at window B"));
        QVERIFY(decided.ok());
        const sync::PassReport report = engine->runPass();
        QVERIFY2(report.lastError.isEmpty(), qPrintable(report.lastError));
        auto after = approvals.get(request.approvalId);
        QVERIFY(after.ok() && after.value());
        const storage::ApprovalRecord& r = *after.value();
        QCOMPARE(r.status, QStringLiteral("rejected"));
        QCOMPARE(r.caseId, request.caseId);
        QCOMPARE(r.kind, QStringLiteral("refusal"));
        QCOMPARE(r.requestedBy, QStringLiteral("c1001"));
        QCOMPARE(r.decidedBy, QStringLiteral("s1001"));
        QCOMPARE(r.note, QStringLiteral("handled at window B"));
        QVERIFY(r.decidedAt.isValid());
        QVERIFY(r.feedSeq > 0);
        auto forCase = approvals.forCase(request.caseId);
        QVERIFY(forCase.ok());
        QCOMPARE(forCase.value().size(), size_t(1));

        // Applying the feed again (cursor lost) changes nothing.
        QVERIFY(client.store->database().setMeta(QStringLiteral("sync.change_cursor"), QStringLiteral("")).ok());
        engine->runPass();
        auto replayed = approvals.list(QStringLiteral("rejected"));
        QVERIFY(replayed.ok());
        QCOMPARE(replayed.value().size(), size_t(1));
        QCOMPARE(replayed.value()[0].feedSeq, r.feedSeq);
    }

    void evaluationAndSupplementQueuedOffline()
    {
        SyncSetup setup(QStringLiteral("offline"));
        YC_VERIFY_OK(setup.start());
        auto& [platform, client] = setup;
        auto engine = client.engine();
        QVERIFY(engine);
        engine->runPass(); // leases
        const quint16 port = platform.port();
        QCOMPARE(platform.stop(), 0);

        // Offline: a case, its evaluation and a supplement of materials handed in later.
        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        auto caseId = cases.accept(client.makeCase(21, 1, 4000));
        QVERIFY(caseId.ok());
        sync::OfflineQueue queue(client.store->database(), client.store->cipher(), client.dataDir, client.clock);
        sync::Evaluation evaluation;
        evaluation.level = 1;
        evaluation.overall = 1;
        evaluation.service = 2;
        evaluation.comment = QStringLiteral("waited long");
        auto evaluationId = queue.enqueueEvaluation(evaluation, caseId.value(), QStringLiteral("c1001"));
        YC_VERIFY_OK(evaluationId);
        sync::NewSupplement supplement;
        supplement.caseId = caseId.value();
        supplement.staffId = QStringLiteral("c1001");
        supplement.note = QStringLiteral("容缺材料补交");
        storage::NewCaseMaterial material;
        material.catalogMaterialId = QStringLiteral("m5");
        material.name = QStringLiteral("营业执照副本");
        material.status = QStringLiteral("received");
        material.mimeType = QStringLiteral("application/pdf");
        material.originalFileName = QStringLiteral("later.pdf");
        material.content = syntheticBytes(2121, 30000);
        supplement.materials.push_back(material);
        auto supplementId = queue.enqueueSupplement(supplement);
        YC_VERIFY_OK(supplementId);
        // Queuing the same ids again changes nothing.
        evaluation.evaluationId = evaluationId.value();
        QCOMPARE(queue.enqueueEvaluation(evaluation, caseId.value(), QStringLiteral("c1001")).valueOr({}),
                 evaluationId.value());
        supplement.supplementId = supplementId.value();
        QCOMPARE(queue.enqueueSupplement(supplement).valueOr({}), supplementId.value());
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM outbox")), 3);
        // The supplement's material is not part of the case.
        auto row = cases.get(caseId.value());
        QVERIFY(row.ok() && row.value());
        QCOMPARE(row.value()->materials.size(), size_t(1));

        const sync::PassReport offline = engine->runPass();
        QVERIFY(!offline.reachedPlatform);
        QCOMPARE(offline.evaluationsSubmitted + offline.supplementsSubmitted + offline.submitted, 0);

        QVERIFY(platform.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
        const sync::PassReport online = engine->runUntilIdle(90000, true);
        QVERIFY2(online.lastError.isEmpty(), qPrintable(online.lastError));
        QCOMPARE(online.submitted, 1);
        QCOMPARE(online.evaluationsSubmitted, 1);
        QCOMPARE(online.supplementsSubmitted, 1);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'")), 0);

        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM evaluations WHERE evaluation_id = ?"),
                               {evaluationId.value()}),
                 1);
        row = cases.get(caseId.value());
        QCOMPARE(platformCount(platform,
                               QStringLiteral("SELECT count(*) FROM evaluations WHERE evaluation_id = ? AND "
                                              "case_number = ? AND follow_up = 1"),
                               {evaluationId.value(), row.value()->caseNumber}),
                 1);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM supplements WHERE supplement_id = ?"),
                               {supplementId.value()}),
                 1);
        PlatformView view(platform.baseUrl());
        QVERIFY(view.ok);
        QCOMPARE(view.material(QString::fromLatin1(
                     QCryptographicHash::hash(material.content, QCryptographicHash::Sha256).toHex())),
                 material.content);

        // Sending again (state cleared) is idempotent by the client-generated ids.
        QSqlQuery q(client.store->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'queued' WHERE kind <> 'case'")));
        const sync::PassReport again = engine->runUntilIdle(30000, true);
        QVERIFY2(again.lastError.isEmpty(), qPrintable(again.lastError));
        QCOMPARE(again.evaluationsSubmitted, 1);
        QCOMPARE(again.supplementsSubmitted, 1);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM evaluations")), 1);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM supplements")), 1);
    }
    void supplementTravelsOnRemovableMedia()
    {
        SyncSetup setup(QStringLiteral("usb"));
        YC_VERIFY_OK(setup.start());
        auto& [platform, client] = setup;
        auto engine = client.engine();
        QVERIFY(engine);
        engine->runPass(); // leases: the case gets its official number at acceptance
        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        auto caseId = cases.accept(client.makeCase(31, 1, 3000));
        QVERIFY(caseId.ok());
        sync::OfflineQueue queue(client.store->database(), client.store->cipher(), client.dataDir, client.clock);
        sync::NewSupplement supplement;
        supplement.caseId = caseId.value();
        supplement.staffId = QStringLiteral("c1001");
        storage::NewCaseMaterial material;
        material.catalogMaterialId = QStringLiteral("m2");
        material.name = QStringLiteral("身份证明");
        material.mimeType = QStringLiteral("image/jpeg");
        material.content = syntheticBytes(3131, 5000);
        supplement.materials.push_back(material);
        auto supplementId = queue.enqueueSupplement(supplement);
        QVERIFY(supplementId.ok());

        const QString passphrase = QStringLiteral("correct horse battery");
        auto exported =
            sync::OutboxExport::exportTo(client.store->database(), client.store->cipher(), client.dataDir,
                                         fresh(QStringLiteral("usb")), passphrase, QDateTime::currentDateTimeUtc());
        YC_VERIFY_OK(exported);
        QCOMPARE(exported.value().cases, 1);
        QCOMPARE(exported.value().supplements, 1);
        QCOMPARE(exported.value().materials, 2);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'outbox.export' AND "
                                                   "detail = 'cases=1 supplements=1 materials=2'")),
                 1);
        const QString unpackedDir = fresh(QStringLiteral("unpacked"));
        auto unpacked = sync::OutboxExport::unpack(exported.value().file, unpackedDir, passphrase);
        YC_VERIFY_OK(unpacked);
        QCOMPARE(unpacked.value().supplements, 1);
        QByteArray out;
        QByteArray err;
        QCOMPARE(platform.runCommand({QStringLiteral("import-outbox"), QStringLiteral("--data"), platform.dataDir(),
                                      QStringLiteral("--config"), platform.configPath(), unpackedDir},
                                     &out, &err),
                 0);
        QCOMPARE(out.count("\"result\":\"stored\""), 2);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM supplements WHERE supplement_id = ?"),
                               {supplementId.value()}),
                 1);

        // Online again, the engine sends both: the platform answers duplicates and stores nothing twice.
        const sync::PassReport online = engine->runUntilIdle(60000, true);
        QVERIFY2(online.lastError.isEmpty(), qPrintable(online.lastError));
        QCOMPARE(online.submitted, 1);
        QCOMPARE(online.supplementsSubmitted, 1);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM supplements")), 1);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM cases")), 1);
    }

    // An evaluation and a supplement refused for good (damaged in the local store) wait for a person:
    // they show in `outbox list` with their kind and in the status, nothing retries them by itself,
    // and once repaired `outbox retry` makes the next pass send them to the platform.
    void refusedEvaluationAndSupplementAreRetried()
    {
        SyncSetup setup(QStringLiteral("retry"));
        YC_VERIFY_OK(setup.start());
        auto& [platform, client] = setup;
        auto engine = client.engine();
        QVERIFY(engine);
        engine->runPass(); // leases: the case gets its official number at acceptance

        storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
        auto caseId = cases.accept(client.makeCase(41, 1, 3000));
        QVERIFY(caseId.ok());
        const QString caseNumber = cases.get(caseId.value()).value()->caseNumber;
        QVERIFY(!caseNumber.isEmpty());
        sync::OfflineQueue queue(client.store->database(), client.store->cipher(), client.dataDir, client.clock);
        sync::Evaluation evaluation;
        evaluation.level = 4;
        evaluation.overall = 4;
        auto evaluationId = queue.enqueueEvaluation(evaluation, caseId.value(), QStringLiteral("c1001"));
        QVERIFY(evaluationId.ok());
        sync::NewSupplement supplement;
        supplement.caseId = caseId.value();
        supplement.staffId = QStringLiteral("c1001");
        storage::NewCaseMaterial material;
        material.catalogMaterialId = QStringLiteral("m3");
        material.name = QStringLiteral("补正材料");
        material.mimeType = QStringLiteral("application/pdf");
        material.content = syntheticBytes(4141, 6000);
        supplement.materials.push_back(material);
        auto supplementId = queue.enqueueSupplement(supplement);
        QVERIFY(supplementId.ok());
        const qint64 caseEntry = localCount(client, QStringLiteral("SELECT id FROM outbox WHERE kind = 'case'"));
        const qint64 evaluationEntry =
            localCount(client, QStringLiteral("SELECT id FROM outbox WHERE kind = 'evaluation'"));
        const qint64 supplementEntry =
            localCount(client, QStringLiteral("SELECT id FROM outbox WHERE kind = 'supplement'"));

        // Damage both in the store: the supplement's material no longer matches its hash, the
        // evaluation's sealed payload cannot be opened. Both are permanent failures.
        QSqlQuery q(client.store->database().connection());
        q.prepare(QStringLiteral("SELECT sha256 FROM materials WHERE supplement_id = ?"));
        q.addBindValue(supplementId.value());
        QVERIFY(q.exec() && q.next());
        const QString goodHash = q.value(0).toString();
        q.finish();
        q.prepare(QStringLiteral("SELECT payload_enc FROM outbox WHERE id = ?"));
        q.addBindValue(evaluationEntry);
        QVERIFY(q.exec() && q.next());
        const QByteArray goodPayload = q.value(0).toByteArray();
        q.finish();
        auto damage = [&](const QString& hash, const QByteArray& payload) {
            QSqlQuery u(client.store->database().connection());
            u.prepare(QStringLiteral("UPDATE materials SET sha256 = ? WHERE supplement_id = ?"));
            u.addBindValue(hash);
            u.addBindValue(supplementId.value());
            QVERIFY(u.exec());
            u.prepare(QStringLiteral("UPDATE outbox SET payload_enc = ? WHERE id = ?"));
            u.addBindValue(payload);
            u.addBindValue(evaluationEntry);
            QVERIFY(u.exec());
        };
        damage(QString(64, QLatin1Char('0')), QByteArray("not a sealed payload"));

        const sync::PassReport first = engine->runUntilIdle(60000, true);
        QCOMPARE(first.submitted, 1);
        QCOMPARE(first.evaluationsSubmitted, 0);
        QCOMPARE(first.supplementsSubmitted, 0);
        QCOMPARE(first.permanentFailures, 2);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM outbox WHERE error_kind = 'permanent'")), 2);

        // The status counts them as waiting for a person; the case gate still counts cases only.
        auto status = sync::SyncStatus::read(client.store->database(), client.clock.now());
        QVERIFY(status.ok());
        QCOMPARE(status.value().pending, 0);
        QCOMPARE(status.value().pendingOther, 2);
        QCOMPARE(status.value().failed, 2);
        QCOMPARE(status.value().failedCases, 0);
        QCOMPARE(status.value().toJson().value(QLatin1String("pendingOther")).toInteger(), 2);

        // `outbox list`: both with their kind, their case's number and the reason; the case (sent)
        // only with --all, its keys unchanged plus "kind".
        auto listed = outboxList(client.dataDir, false);
        QCOMPARE(listed.size(), 2);
        const QJsonObject e = listed.value(evaluationEntry);
        QCOMPARE(e.value(QLatin1String("kind")).toString(), QStringLiteral("evaluation"));
        QCOMPARE(e.value(QLatin1String("objectId")).toString(), evaluationId.value());
        QCOMPARE(e.value(QLatin1String("caseNumber")).toString(), caseNumber);
        QCOMPARE(e.value(QLatin1String("error")).toString(), QStringLiteral("permanent"));
        QCOMPARE(e.value(QLatin1String("attempts")).toInt(), 1);
        QVERIFY(!e.value(QLatin1String("lastError")).toString().isEmpty());
        const QJsonObject sp = listed.value(supplementEntry);
        QCOMPARE(sp.value(QLatin1String("kind")).toString(), QStringLiteral("supplement"));
        QCOMPARE(sp.value(QLatin1String("objectId")).toString(), supplementId.value());
        QCOMPARE(sp.value(QLatin1String("caseId")).toString(), caseId.value());
        QCOMPARE(sp.value(QLatin1String("caseNumber")).toString(), caseNumber);
        QCOMPARE(sp.value(QLatin1String("error")).toString(), QStringLiteral("permanent"));
        QVERIFY(sp.value(QLatin1String("lastError")).toString().contains(QLatin1String("hash")));
        auto everything = outboxList(client.dataDir, true);
        QCOMPARE(everything.size(), 3);
        const QJsonObject c = everything.value(caseEntry);
        QCOMPARE(c.value(QLatin1String("kind")).toString(), QStringLiteral("case"));
        QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("submitted"));
        QStringList keys = c.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("attempts"), QStringLiteral("bytes"), QStringLiteral("bytesSent"),
                                    QStringLiteral("caseId"), QStringLiteral("caseNumber"), QStringLiteral("error"),
                                    QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("lastError"),
                                    QStringLiteral("nextAttemptAt"), QStringLiteral("platformStatus"),
                                    QStringLiteral("staffId"), QStringLiteral("state")}));

        // Repaired, but nothing retries a refused entry by itself.
        damage(goodHash, goodPayload);
        const sync::PassReport waiting = engine->runUntilIdle(10000, true);
        QCOMPARE(waiting.evaluationsSubmitted + waiting.supplementsSubmitted, 0);

        // "Retry now" from the command line; an unknown id is a negative answer.
        QCOMPARE(runCtl(client.dataDir, {QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("999999")})
                     .exitCode,
                 1);
        QCOMPARE(runCtl(client.dataDir,
                        {QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(evaluationEntry)})
                     .exitCode,
                 0);
        QCOMPARE(runCtl(client.dataDir,
                        {QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(supplementEntry)})
                     .exitCode,
                 0);
        listed = outboxList(client.dataDir, false);
        QCOMPARE(listed.value(evaluationEntry).value(QLatin1String("error")).toString(), QString());
        QCOMPARE(listed.value(supplementEntry).value(QLatin1String("error")).toString(), QString());
        const sync::PassReport retried = engine->runUntilIdle(60000, true);
        QVERIFY2(retried.lastError.isEmpty(), qPrintable(retried.lastError));
        QCOMPARE(retried.evaluationsSubmitted, 1);
        QCOMPARE(retried.supplementsSubmitted, 1);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'")), 0);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM evaluations WHERE evaluation_id = ?"),
                               {evaluationId.value()}),
                 1);
        QCOMPARE(platformCount(platform, QStringLiteral("SELECT count(*) FROM supplements WHERE supplement_id = ?"),
                               {supplementId.value()}),
                 1);
        QVERIFY(outboxList(client.dataDir, false).isEmpty());
        status = sync::SyncStatus::read(client.store->database(), client.clock.now());
        QCOMPARE(status.value().failed, 0);
        QCOMPARE(status.value().pendingOther, 0);
    }

    // Refused sign-ins are audited (staff id, mode and reason; never the password), online and
    // offline, and reach the platform with the rest of the trail.
    void failedSignInIsAudited()
    {
        SyncSetup setup(QStringLiteral("signin"));
        YC_VERIFY_OK(setup.start());
        auto& [platform, client] = setup;
        const QByteArray wrong = "Wrong-Secret-4711";
        const QStringList signIn{QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"),
                                 QStringLiteral("c1001")};
        QCOMPARE(runCtl(client.dataDir, signIn, wrong + '\n').exitCode, 1);
        QCOMPARE(runCtl(client.dataDir, signIn + QStringList{QStringLiteral("--offline")}, wrong + '\n').exitCode, 1);
        QCOMPARE(runCtl(client.dataDir,
                        {QStringLiteral("staff"), QStringLiteral("sign-in"), QStringLiteral("--staff"),
                         QStringLiteral("c9999"), QStringLiteral("--offline")},
                        wrong + '\n')
                     .exitCode,
                 1);
        // The right password still works, and is not a failure.
        QCOMPARE(runCtl(client.dataDir, signIn + QStringList{QStringLiteral("--offline")}, "train-c1001\n").exitCode,
                 0);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-failed'")),
                 3);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-failed' "
                                                   "AND staff_id = 'c1001' AND object_id = 'c1001' AND detail = "
                                                   "'mode=online reason=bad-credentials'")),
                 1);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-failed' "
                                                   "AND staff_id = 'c1001' AND detail = "
                                                   "'mode=offline reason=bad-credentials'")),
                 1);
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-failed' "
                                                   "AND staff_id IS NULL AND object_id IS NULL AND detail = "
                                                   "'mode=offline reason=unknown-account account=unknown'")),
                 1);
        QCOMPARE(
            localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'staff.sign-in-offline'")), 1);
        QCOMPARE(
            localCount(client, QStringLiteral("SELECT count(*) FROM audit WHERE detail LIKE '%Wrong-Secret%' OR "
                                              "object_id LIKE '%Wrong-Secret%' OR staff_id LIKE '%Wrong-Secret%' OR "
                                              "detail LIKE '%c9999%' OR object_id LIKE '%c9999%'")),
            0);

        auto engine = client.engine();
        QVERIFY(engine);
        const sync::PassReport report = engine->runUntilIdle(60000, true);
        QVERIFY2(report.lastError.isEmpty(), qPrintable(report.lastError));
        QCOMPARE(platformCount(platform,
                               QStringLiteral("SELECT count(*) FROM audit_entries WHERE machine_id = ? AND "
                                              "CAST(entry AS TEXT) LIKE '%\"action\":\"staff.sign-in-failed\"%'"),
                               {client.machineId()}),
                 3);
    }
};

YC_TEST_MAIN(TestSyncQueue)
#include "TestSyncQueue.moc"
