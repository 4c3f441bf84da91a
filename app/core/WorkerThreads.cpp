#include "core/WorkerThreads.h"

namespace yc {

void WorkerThreads::start(QThread* thread)
{
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(QPointer<QThread>()); // the finished ones, already deleted
    m_threads << QPointer<QThread>(thread);
    thread->start();
}

void WorkerThreads::waitForAll()
{
    for (const QPointer<QThread>& t : std::as_const(m_threads)) {
        if (t)
            t->wait();
    }
}

bool WorkerThreads::isBusy() const
{
    for (const QPointer<QThread>& t : m_threads) {
        if (t && t->isRunning())
            return true;
    }
    return false;
}

} // namespace yc
