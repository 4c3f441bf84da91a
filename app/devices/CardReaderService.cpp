#include "devices/CardReaderService.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/identity/CardDecoder.h"
#include "devices/DeviceManager.h"

namespace yc::devices {

using plugins::idcard::IdCardReader;
using plugins::idcard::RawCard;

CardReaderService::CardReaderService(DeviceManager& devices, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_devices(devices)
    , m_clock(clock)
{
    qRegisterMetaType<RawCard>();
    qRegisterMetaType<identity::IdCard>();
    m_thread.setObjectName(QStringLiteral("idcard-reader"));
    m_thread.start();
}

CardReaderService::~CardReaderService()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

QString CardReaderService::statusName(Status status)
{
    switch (status) {
    case Status::NoReader:
        return tr("no reader");
    case Status::Opening:
        return tr("connecting");
    case Status::Ready:
        return tr("ready");
    case Status::Reading:
        return tr("waiting for a card");
    case Status::CardPresent:
        return tr("card present");
    case Status::Error:
        return tr("error");
    }
    return {};
}

QString CardReaderService::statusText() const
{
    if (m_status == Status::Error && !m_reason.isEmpty())
        return tr("error: %1").arg(m_reason);
    return statusName(m_status);
}

void CardReaderService::setStatus(Status status, const QString& reason)
{
    m_reason = reason;
    m_status = status;
    emit statusChanged(status, statusText());
}

bool CardReaderService::open(const QString& pluginKey, const plugins::idcard::ReaderConfig& config)
{
    close();
    m_pluginKey = pluginKey;
    auto factory = m_devices.readerFactory(pluginKey);
    if (!factory) {
        setStatus(Status::Error, factory.error().message);
        return false;
    }
    // A back-end that is unavailable (e.g. vendor library missing) says why when it opens.
    IdCardReader* reader = factory.value()->create(config);
    if (!reader) {
        setStatus(Status::Error, tr("The reader plugin '%1' could not create a reader.").arg(pluginKey));
        return false;
    }
    reader->moveToThread(&m_thread);
    m_reader = reader;
    connect(reader, &IdCardReader::stateChanged, this, &CardReaderService::onReaderState);
    connect(reader, &IdCardReader::cardRead, this, &CardReaderService::onRawCard);
    connect(reader, &IdCardReader::errorOccurred, this, &CardReaderService::onReaderError);
    connect(reader, &IdCardReader::cardRemoved, this, [this] {
        if (m_status == Status::CardPresent)
            setStatus(Status::Ready);
    });
    setStatus(Status::Opening);
    QMetaObject::invokeMethod(
        reader, [reader] { reader->open(); }, Qt::QueuedConnection);
    qCInfo(lcIdCard) << "opening reader back-end" << pluginKey;
    return true;
}

void CardReaderService::close()
{
    if (m_reader) {
        IdCardReader* reader = m_reader;
        disconnect(reader, nullptr, this, nullptr);
        // Close and destroy the reader in its own thread; wait so nothing outlives the service.
        QMetaObject::invokeMethod(
            reader,
            [reader] {
                reader->close();
                delete reader;
            },
            Qt::BlockingQueuedConnection);
        m_reader = nullptr;
    }
    if (m_status != Status::NoReader)
        setStatus(Status::NoReader);
}

void CardReaderService::readCard(int timeoutMs)
{
    if (!m_reader) {
        emit readFailed(QStringLiteral("no-reader"), tr("No ID card reader is configured."));
        return;
    }
    IdCardReader* reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, timeoutMs] { reader->readCard(timeoutMs); }, Qt::QueuedConnection);
}

void CardReaderService::setContinuous(bool enabled)
{
    if (!m_reader)
        return;
    IdCardReader* reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, enabled] { reader->setContinuous(enabled); }, Qt::QueuedConnection);
}

void CardReaderService::onReaderState(IdCardReader::State state)
{
    switch (state) {
    case IdCardReader::State::Closed:
        setStatus(Status::NoReader);
        break;
    case IdCardReader::State::Opening:
        setStatus(Status::Opening);
        break;
    case IdCardReader::State::Ready:
        setStatus(Status::Ready);
        break;
    case IdCardReader::State::Reading:
        setStatus(Status::Reading);
        break;
    case IdCardReader::State::CardPresent:
        setStatus(Status::CardPresent);
        break;
    case IdCardReader::State::Error:
        setStatus(Status::Error, m_lastError);
        break;
    }
}

void CardReaderService::onRawCard(const RawCard& rawIn)
{
    RawCard raw = rawIn;
    auto card = identity::CardDecoder::decode(raw.text, raw.photo, raw.fingerprint, m_clock);
    raw.wipe();
    if (!card) {
        qCWarning(lcIdCard) << "card data could not be decoded:" << card.error().code;
        emit readFailed(card.error().code, card.error().message);
        return;
    }
    qCInfo(lcIdCard) << "card read, type" << identity::IdCard::typeName(card.value().type);
    emit cardRead(card.value());
}

void CardReaderService::onReaderError(const QString& code, const QString& message)
{
    qCInfo(lcIdCard) << "reader error" << code;
    m_lastError = message;
    emit readFailed(code, message);
}

} // namespace yc::devices
