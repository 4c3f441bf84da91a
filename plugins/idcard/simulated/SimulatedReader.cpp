#include "SimulatedReader.h"

#include "api/idcard/CardText.h"
#include "api/idcard/Ga467.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace yc::plugins::idcard {

namespace {

RawCard trainingCard()
{
    CardFields f;
    f.name = QStringLiteral("测试甲");
    f.genderCode = QStringLiteral("1");
    f.ethnicityCode = QStringLiteral("01");
    f.birthDate = QStringLiteral("19900307");
    f.address = QStringLiteral("辽宁省大连市中山区样例路1号");
    f.idNumber = QStringLiteral("210202199003070017");
    f.issuer = QStringLiteral("大连市公安局中山分局");
    f.validFrom = QStringLiteral("20200101");
    f.validTo = QStringLiteral("20400101");
    RawCard card;
    card.text = CardText::encode(f);
    card.photo = QByteArray(1024, '\0');
    return card;
}

std::optional<RawCard> cardFromFrame(const QByteArray& bytes, QString* error)
{
    FrameParser parser;
    parser.feed(bytes);
    while (auto event = parser.next()) {
        if (!event->ok) {
            *error = event->message;
            return std::nullopt;
        }
        if (event->frame.sw3() != sw3::Ok) {
            *error = Ga467::sw3Message(event->frame.sw3());
            return std::nullopt;
        }
        const bool withFingerprint = event->frame.responseData().size() > 4 + 256 + 1024 + 2;
        return Ga467::splitReadReply(event->frame.responseData(), withFingerprint, error);
    }
    *error = SimulatedReader::tr("The file holds no complete reader frame.");
    return std::nullopt;
}

} // namespace

SimulatedReader::SimulatedReader(const ReaderConfig& config, QObject* parent)
    : IdCardReader(parent)
    , m_config(config)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SimulatedReader::serve);
}

SimulatedReader::~SimulatedReader() = default;

QList<RawCard> SimulatedReader::loadSource(const QString& source, QString* error)
{
    QList<RawCard> cards;
    if (source.isEmpty()) {
        cards << trainingCard();
        return cards;
    }
    const QFileInfo info(source);
    QStringList files;
    if (info.isDir()) {
        const QDir dir(source);
        for (const QString& name : dir.entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    } else {
        files << source;
    }
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The card source %1 cannot be read: %2").arg(path, file.errorString());
            return {};
        }
        QByteArray bytes = file.readAll();
        if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
            wipe(bytes);
            if (doc.isNull()) {
                *error = tr("The card file %1 is not valid JSON: %2").arg(path, parseError.errorString());
                return {};
            }
            QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("cards")).toArray();
            if (list.isEmpty() && doc.isObject() && doc.object().contains(QLatin1String("idNumber")))
                list.append(doc.object());
            for (const QJsonValue& value : std::as_const(list)) {
                auto fields = CardText::fromJson(value.toObject(), error);
                if (!fields)
                    return {};
                RawCard card;
                card.text = CardText::encode(*fields);
                card.photo = QByteArray(1024, '\0');
                cards << card;
            }
        } else {
            auto card = cardFromFrame(bytes, error);
            wipe(bytes);
            if (!card) {
                *error = tr("%1: %2").arg(path, *error);
                return {};
            }
            cards << *card;
        }
    }
    if (cards.isEmpty())
        *error = tr("The card source %1 holds no card.").arg(source);
    return cards;
}

void SimulatedReader::open()
{
    setState(State::Opening);
    QString error;
    m_cards = loadSource(m_config.port, &error);
    m_next = 0;
    if (m_cards.isEmpty()) {
        fail(QStringLiteral("source"), error);
        return;
    }
    setState(State::Ready);
    if (m_continuous)
        m_timer->start(m_config.options.value(QStringLiteral("delayMs"), 300).toInt());
}

void SimulatedReader::close()
{
    m_timer->stop();
    for (RawCard& card : m_cards)
        card.wipe();
    m_cards.clear();
    setState(State::Closed);
}

void SimulatedReader::readCard(int /*timeoutMs*/)
{
    if (m_cards.isEmpty()) {
        emit errorOccurred(QStringLiteral("not-open"), tr("The reader is not open."));
        return;
    }
    setState(State::Reading);
    m_timer->start(m_config.options.value(QStringLiteral("delayMs"), 300).toInt());
}

void SimulatedReader::setContinuous(bool enabled)
{
    m_continuous = enabled;
    if (enabled && !m_cards.isEmpty() && state() == State::Ready)
        m_timer->start(m_config.options.value(QStringLiteral("delayMs"), 300).toInt());
}

void SimulatedReader::serve()
{
    if (m_cards.isEmpty())
        return;
    const RawCard card = m_cards.at(m_next);
    m_next = (m_next + 1) % m_cards.size();
    setState(m_continuous ? State::CardPresent : State::Ready);
    emit cardRead(card);
}

} // namespace yc::plugins::idcard
