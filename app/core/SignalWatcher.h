#pragma once

#include <QObject>

class QSocketNotifier;

namespace yc {

// Turns SIGTERM, SIGINT and SIGHUP into a queued Qt signal, so a session logout or `kill` closes
// the application through its normal path (saving state) instead of dying mid-write.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace yc
