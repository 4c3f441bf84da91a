#pragma once

#include "api/idcard/IdCardReader.h"

#include <QDeadlineTimer>

class QTimer;

namespace yc::plugins::idcard {

class TermbLibrary;

// A reader driven through the vendor's termb library. Port: the library's port number (1..16
// serial, 1001..1016 USB; default 1001). Polls Authenticate() until a card is there, then reads
// it into a private temporary folder and wipes and removes the files the library wrote.
class TermbReader final : public IdCardReader
{
    Q_OBJECT

public:
    TermbReader(const TermbLibrary& library, const ReaderConfig& config, QObject* parent = nullptr);
    ~TermbReader() override;

    void open() override;
    void close() override;
    void readCard(int timeoutMs) override;
    void setContinuous(bool enabled) override;

private:
    void poll();
    bool readFiles(RawCard* card, QString* error);

    const TermbLibrary& m_library;
    ReaderConfig m_config;
    QTimer* m_timer = nullptr;
    bool m_open = false;
    bool m_reading = false;
    bool m_continuous = false;
    bool m_cardOnReader = false;
    int m_readTimeoutMs = 0;
    QDeadlineTimer m_deadline;
};

} // namespace yc::plugins::idcard
