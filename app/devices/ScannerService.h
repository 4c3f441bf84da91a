#pragma once

#include "api/scanner/Scanner.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

namespace yc::devices {

class DeviceManager;

// The host side of a scanner: creates the scanner through its plugin and runs it on a worker
// thread of its own (every driver call off the GUI thread); reports back by queued signals. One run
// at a time. Used by the GUI and by yichuang-ctl.
class ScannerService : public QObject
{
    Q_OBJECT

public:
    explicit ScannerService(DeviceManager& devices, QObject* parent = nullptr);
    ~ScannerService() override; // cancels a run and waits for the worker

    // Asks back-end `pluginKey` for its devices: devicesListed() or errorOccurred(). False (and
    // errorOccurred) when the plugin cannot be used.
    bool listDevices(const QString& pluginKey);
    // Starts a run on back-end `pluginKey`: progress() and pageScanned() per page, then finished()
    // or errorOccurred(). False (and errorOccurred) when the plugin cannot be used or a run is going.
    bool start(const QString& pluginKey, const plugins::scanner::ScanSettings& settings);
    // Stops the current run, also in the middle of a page; finished(pages, true) follows.
    void cancel();

    [[nodiscard]] bool isScanning() const { return m_scanning; }

signals:
    void devicesListed(const QString& pluginKey, const QList<yc::plugins::scanner::ScannerDevice>& devices);
    void progress(int page, int percent);
    void pageScanned(const yc::plugins::scanner::ScannedPage& page, int index);
    void finished(int pages, bool cancelled);
    void errorOccurred(const QString& code, const QString& message);

private:
    // The scanner of back-end `pluginKey`, created (and moved to the worker) on first use.
    plugins::scanner::Scanner* scannerFor(const QString& pluginKey);
    // scannerFor() when no scan is running; else nullptr after errorOccurred("busy").
    plugins::scanner::Scanner* idleScanner(const QString& pluginKey);
    void destroyScanner();

    DeviceManager& m_devices;
    QThread m_thread;
    QPointer<plugins::scanner::Scanner> m_scanner;
    QString m_pluginKey;
    bool m_scanning = false;
};

} // namespace yc::devices
