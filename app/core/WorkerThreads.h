#pragma once

#include <QList>
#include <QPointer>
#include <QThread>

namespace yc {

// The worker threads an object starts for calls that may block (platform requests), so the screen's
// thread never waits: each thread deletes itself when it ends; the owner asks whether any still runs
// and, before it goes, waits for them (call waitForAll() first thing in the owner's destructor, as
// the threads post their results to it).
class WorkerThreads
{
public:
    WorkerThreads() = default;
    WorkerThreads(const WorkerThreads&) = delete;
    WorkerThreads& operator=(const WorkerThreads&) = delete;
    ~WorkerThreads() { waitForAll(); }

    // Keeps the thread, has it deleted when it finishes, and starts it.
    void start(QThread* thread);
    void waitForAll();
    [[nodiscard]] bool isBusy() const;

private:
    QList<QPointer<QThread>> m_threads;
};

} // namespace yc
