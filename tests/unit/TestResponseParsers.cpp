// The strict parsers of the platform's §12–§16 answers: a valid answer is read completely, a
// malformed one becomes a retryable "json.invalid" failure naming what is wrong.
#include "TestMain.h"
#include "sync/ResponseParsers.h"

#include <QTest>

using namespace yc;
using namespace yc::sync;

namespace {
template<typename T>
void expectMalformed(const PlatformResult<T>& r, const QString& naming)
{
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, FailureKind::Retryable);
    QCOMPARE(r.error().code, QStringLiteral("json.invalid"));
    QVERIFY2(r.error().message.contains(naming), qPrintable(r.error().message));
}
const QByteArray ApprovalJson =
    R"({"approvalId":"9a0c2b4e-6d8f-4a1b-8c3d-5e7f9a1b3c5d","kind":"refusal","caseId":"c","itemCode":"i",)"
    R"("reason":"r","deferredMaterials":["m5"],"requestedBy":"c1001","windowNo":"A01","status":"pending",)"
    R"("decidedBy":null,"decidedAt":null,"note":"","requestedAt":"2026-11-28T06:05:00Z"})";
} // namespace

class TestResponseParsers : public QObject
{
    Q_OBJECT

private slots:
    void licences()
    {
        auto ok = ResponseParsers::licences(
            R"({"licences":[{"licenceId":"LIC-1","type":"户口簿","number":"N","holderName":"测试甲","issuer":"I",)"
            R"("issuedOn":"2015-03-01","validTo":null,"status":"valid","extra":1}]})");
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().size(), size_t(1));
        QCOMPARE(ok.value()[0].issuedOn, QDate(2015, 3, 1));
        QVERIFY(!ok.value()[0].validTo.isValid());
        QVERIFY(ResponseParsers::licences(R"({"licences":[]})").value().empty());
        expectMalformed(ResponseParsers::licences(R"({"licence":[]})"), QStringLiteral("\"licences\""));
        expectMalformed(ResponseParsers::licences(R"({"licences":[{"licenceId":"L","type":5}]})"),
                        QStringLiteral("\"type\""));
        expectMalformed(ResponseParsers::licences(R"({"licences":["LIC-1"]})"), QStringLiteral("\"licences\""));
        expectMalformed(ResponseParsers::licences(R"({"licences":[{"licenceId":"L","type":"t","number":"n",)"
                                                  R"("holderName":"h","issuer":"i","issuedOn":"2015-13-01",)"
                                                  R"("status":"valid"}]})"),
                        QStringLiteral("\"issuedOn\""));
        expectMalformed(ResponseParsers::licences(R"({"licences":[{"licenceId")"), QStringLiteral("invalid JSON"));
    }

    void creditAuditEvaluation()
    {
        auto w = ResponseParsers::creditWarnings(
            R"({"warnings":[{"kind":"dishonest-executee","authority":"A","listedOn":"2024-12-01","summary":"S"}]})");
        QVERIFY(w.ok());
        QCOMPARE(w.value()[0].listedOn, QDate(2024, 12, 1));
        expectMalformed(ResponseParsers::creditWarnings(R"({"warnings":[{"kind":"x","authority":"A","summary":1}]})"),
                        QStringLiteral("\"summary\""));

        auto a = ResponseParsers::auditUpload(R"({"accepted":3,"duplicates":1})");
        QVERIFY(a.ok());
        QCOMPARE(a.value().accepted, 3);
        QCOMPARE(a.value().duplicates, 1);
        expectMalformed(ResponseParsers::auditUpload(R"({"accepted":-1,"duplicates":0})"), QStringLiteral("accepted"));
        expectMalformed(ResponseParsers::auditUpload(R"({"accepted":1.5,"duplicates":0})"), QStringLiteral("accepted"));
        expectMalformed(ResponseParsers::auditUpload(R"({"accepted":1})"), QStringLiteral("duplicates"));

        auto e =
            ResponseParsers::evaluation(R"({"evaluation":{"evaluationId":"e1","followUp":true,"duplicate":true}})");
        QVERIFY(e.ok());
        QVERIFY(e.value().followUp);
        QVERIFY(e.value().duplicate);
        expectMalformed(ResponseParsers::evaluation(R"({"evaluation":{"evaluationId":"e1","followUp":"yes"}})"),
                        QStringLiteral("followUp"));
        expectMalformed(ResponseParsers::evaluation(R"({"evaluationId":"e1","followUp":true})"),
                        QStringLiteral("\"evaluation\""));
    }

    void casePage()
    {
        auto p = ResponseParsers::casePage(
            R"({"cases":[{"caseId":"c","caseNumber":"21020001-2026-000001","windowNo":"A01","staffId":"c1001",)"
            R"("itemCode":"i","itemVersion":1,"decision":"accepted","status":"submitted",)"
            R"("acceptedAt":"2026-11-28T06:00:00Z","promisedDate":null,"receivedAt":"2026-11-28T06:00:01Z",)"
            R"("materialCount":2}],"cursor":"","hasMore":false})");
        YC_VERIFY_OK(p);
        QCOMPARE(p.value().cases.size(), size_t(1));
        QCOMPARE(p.value().cases[0].materialCount, 2);
        QVERIFY(!p.value().cases[0].promisedDate.isValid());
        expectMalformed(ResponseParsers::casePage(R"({"cases":[],"hasMore":false})"), QStringLiteral("cursor"));
        expectMalformed(ResponseParsers::casePage(R"({"cases":[{"caseId":"c"}],"cursor":"","hasMore":false})"),
                        QStringLiteral("caseNumber"));
    }

    void approvals()
    {
        auto a = ResponseParsers::approval("{\"approval\":" + ApprovalJson + "}");
        YC_VERIFY_OK(a);
        QCOMPARE(a.value().status, QStringLiteral("pending"));
        QCOMPARE(a.value().deferredMaterials, QStringList{QStringLiteral("m5")});
        QVERIFY(a.value().decidedBy.isEmpty());
        QByteArray unknownStatus = ApprovalJson;
        unknownStatus.replace("\"pending\"", "\"maybe\"");
        expectMalformed(ResponseParsers::approval("{\"approval\":" + unknownStatus + "}"), QStringLiteral("status"));
        QByteArray badList = ApprovalJson;
        badList.replace("[\"m5\"]", "[5]");
        expectMalformed(ResponseParsers::approval("{\"approval\":" + badList + "}"),
                        QStringLiteral("deferredMaterials"));
        auto page =
            ResponseParsers::approvalPage("{\"approvals\":[" + ApprovalJson + "],\"cursor\":\"1\",\"hasMore\":true}");
        QVERIFY(page.ok());
        QVERIFY(page.value().more);
        QCOMPARE(page.value().cursor, QStringLiteral("1"));
        expectMalformed(ResponseParsers::approvalPage(R"({"approvals":{},"cursor":"1","hasMore":true})"),
                        QStringLiteral("approvals"));
    }

    void supplement()
    {
        auto s = ResponseParsers::supplement(
            R"({"supplement":{"supplementId":"s1","caseNumber":"n","receivedAt":"2026-11-29T01:00:00Z","duplicate":false}})");
        QVERIFY(s.ok());
        QCOMPARE(s.value().supplementId, QStringLiteral("s1"));
        expectMalformed(ResponseParsers::supplement(R"({"supplement":{"supplementId":"s1","caseNumber":"n"}})"),
                        QStringLiteral("receivedAt"));
        expectMalformed(ResponseParsers::supplement("[]"), QStringLiteral("not a JSON object"));
    }

    void evaluationBodyIsStable()
    {
        Evaluation e;
        e.evaluationId = QStringLiteral("0b6f3c1e-2a55-4d3c-9c1e-1f0f4b1c2d3e");
        e.caseNumber = QStringLiteral("21020001-2026-000001");
        e.at = QDateTime(QDate(2026, 11, 28), QTime(6, 0, 0, 250), Qt::UTC);
        e.level = 4;
        e.service = 3;
        const QJsonObject body = e.toJson();
        QCOMPARE(body.value(QLatin1String("at")).toString(), QStringLiteral("2026-11-28T06:00:00Z"));
        QCOMPARE(body.value(QLatin1String("indicators")).toObject(), QJsonObject({{QStringLiteral("service"), 3}}));
        auto back = Evaluation::fromJson(body);
        QVERIFY(back.has_value());
        QCOMPARE(back->toJson(), body); // a resend carries the same content
        QVERIFY(!Evaluation::fromJson(QJsonObject{{QStringLiteral("evaluationId"), QStringLiteral("x")}}).has_value());
    }
};

YC_TEST_MAIN(TestResponseParsers)
#include "TestResponseParsers.moc"
