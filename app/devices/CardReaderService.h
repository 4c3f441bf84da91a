#pragma once

#include "api/idcard/IdCardReader.h"
#include "core/identity/IdCard.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace yc {
class Clock;
}

namespace yc::devices {

class DeviceManager;

// The host side of an ID card reader: creates the reader through its plugin, runs it on a worker
// thread of its own (device I/O never on the GUI thread), decodes the raw card with the Clock and
// reports back by queued signals. Used by the GUI and by yichuang-ctl.
class CardReaderService : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        NoReader,
        Opening,
        Ready,
        Reading,
        CardPresent,
        Error
    };
    Q_ENUM(Status)

    CardReaderService(DeviceManager& devices, const Clock& clock, QObject* parent = nullptr);
    ~CardReaderService() override;

    // Opens the reader of back-end `pluginKey`; statusChanged() follows. False (and
    // statusChanged(Error)) when the plugin cannot be used at all.
    bool open(const QString& pluginKey, const plugins::idcard::ReaderConfig& config);
    void close();
    void readCard(int timeoutMs);
    void setContinuous(bool enabled);

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString statusText() const; // translated, includes the reason of an error
    [[nodiscard]] QString pluginKey() const { return m_pluginKey; }
    [[nodiscard]] static QString statusName(Status status); // translated

signals:
    void statusChanged(yc::devices::CardReaderService::Status status, const QString& text);
    void cardRead(const yc::identity::IdCard& card);
    void readFailed(const QString& code, const QString& message);

private:
    void setStatus(Status status, const QString& reason = {});
    void onReaderState(plugins::idcard::IdCardReader::State state);
    void onRawCard(const plugins::idcard::RawCard& raw);
    void onReaderError(const QString& code, const QString& message);

    DeviceManager& m_devices;
    const Clock& m_clock;
    QThread m_thread;
    QPointer<plugins::idcard::IdCardReader> m_reader;
    Status m_status = Status::NoReader;
    QString m_reason;
    QString m_pluginKey;
    QString m_lastError;
};

} // namespace yc::devices
