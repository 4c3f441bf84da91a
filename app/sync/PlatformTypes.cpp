#include "sync/PlatformConnector.h"

namespace yc::sync {

PlatformFailure makeFailure(FailureKind kind, QString code, QString message)
{
    PlatformFailure f;
    f.kind = kind;
    f.code = std::move(code);
    f.message = std::move(message);
    return f;
}

PlatformFailure localFailure(const Error& error)
{
    return makeFailure(FailureKind::Retryable, error.code, error.message);
}

namespace {
constexpr const char* IndicatorKeys[] = {"overall", "efficiency", "service", "attitude"};
} // namespace

QJsonObject Evaluation::toJson() const
{
    QJsonObject indicators;
    const int values[] = {overall, efficiency, service, attitude};
    for (int i = 0; i < 4; ++i)
        if (values[i] > 0)
            indicators.insert(QLatin1String(IndicatorKeys[i]), values[i]);
    QJsonObject body{{QStringLiteral("evaluationId"), evaluationId},
                     {QStringLiteral("caseNumber"), caseNumber},
                     {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("channel"), channel},
                     {QStringLiteral("level"), level},
                     {QStringLiteral("comment"), comment}};
    if (!indicators.isEmpty())
        body.insert(QStringLiteral("indicators"), indicators);
    return body;
}

QJsonObject EvaluationFollowUp::toJson() const
{
    return {{QStringLiteral("rectification"), rectification},
            {QStringLiteral("callback"), callback},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
}

QJsonObject EvaluationFollowUp::toPayload() const
{
    QJsonObject payload = toJson();
    payload.insert(QStringLiteral("evaluationId"), evaluationId);
    return payload;
}

std::optional<EvaluationFollowUp> EvaluationFollowUp::fromPayload(const QJsonObject& payload)
{
    EvaluationFollowUp f;
    f.evaluationId = payload.value(QLatin1String("evaluationId")).toString();
    f.rectification = payload.value(QLatin1String("rectification")).toString();
    f.callback = payload.value(QLatin1String("callback")).toString();
    f.at = QDateTime::fromString(payload.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    if (f.evaluationId.isEmpty() || f.rectification.isEmpty() || f.callback.isEmpty() || !f.at.isValid())
        return std::nullopt;
    return f;
}

std::optional<Evaluation> Evaluation::fromJson(const QJsonObject& body)
{
    Evaluation e;
    e.evaluationId = body.value(QLatin1String("evaluationId")).toString();
    e.caseNumber = body.value(QLatin1String("caseNumber")).toString();
    e.at = QDateTime::fromString(body.value(QLatin1String("at")).toString(), Qt::ISODate);
    e.channel = body.value(QLatin1String("channel")).toString();
    e.level = body.value(QLatin1String("level")).toInt();
    e.comment = body.value(QLatin1String("comment")).toString();
    const QJsonObject indicators = body.value(QLatin1String("indicators")).toObject();
    int* targets[] = {&e.overall, &e.efficiency, &e.service, &e.attitude};
    for (int i = 0; i < 4; ++i)
        *targets[i] = indicators.value(QLatin1String(IndicatorKeys[i])).toInt();
    if (e.evaluationId.isEmpty() || !e.at.isValid() || e.channel.isEmpty() || e.level < 1 || e.level > 5)
        return std::nullopt;
    return e;
}

} // namespace yc::sync
