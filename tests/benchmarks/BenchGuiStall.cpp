// Benchmark: the GUI thread's longest stall while a 1 GB sync and a scan run, measured by an
// event-loop watchdog, beside the same watchdog over the idle window. Target (issue "Intake"): under
// 50 ms. The window is the application's main window with the sync status and queue page wired to
// the sync engine as app/main.cpp wires them; the engine runs on its own thread (SyncEngine::start)
// against the reference platform; the simulated scanner runs through ScannerService and its pages
// are packed by ScanAssembler, as the intake page does. Fails when the target is missed, so it is
// not part of the default CTest run (see CMakeLists.txt).
#include "SyncTestSupport.h"
#include "TestMain.h"
#include "devices/DeviceManager.h"
#include "devices/ScannerService.h"
#include "materials/PageEncoder.h"
#include "materials/ScanAssembler.h"
#include "storage/CaseRepository.h"
#include "sync/SyncEngine.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/sync/SyncQueuePage.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace yc;
using namespace yc::test;

namespace {

constexpr double kTargetMs = 50;
constexpr int kTickMs = 5;

// From a thread of its own, samples where the GUI thread is while it has not ticked for 30 ms: the
// system call it is in and the kernel function it sleeps in (/proc/self/task/TID/syscall and wchan),
// so a stall can be traced to its cause.
class StallSampler
{
public:
    StallSampler()
        : m_tid(gettid())
    {
        m_clock.start();
    }
    ~StallSampler() { stop(); }
    void tick() { m_lastTickNs.store(m_clock.nsecsElapsed()); }
    void start()
    {
        tick();
        m_stop = false;
        m_thread = std::thread([this] {
            const QString task = QStringLiteral("/proc/self/task/%1/").arg(m_tid);
            while (!m_stop.load()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                if (m_clock.nsecsElapsed() - m_lastTickNs.load() < 30'000'000)
                    continue;
                QFile syscall(task + QStringLiteral("syscall"));
                QFile wchan(task + QStringLiteral("wchan"));
                if (!syscall.open(QIODevice::ReadOnly) || !wchan.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray call = syscall.readAll().split(' ').value(0).trimmed();
                const QString where = QStringLiteral("syscall %1 in %2")
                                          .arg(QString::fromLatin1(call), QString::fromLatin1(wchan.readAll()));
                const std::lock_guard lock(m_mutex);
                ++m_samples[where];
            }
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    // The most frequent places, "syscall N in function: count", most frequent first.
    [[nodiscard]] QStringList top(int n) const
    {
        const std::lock_guard lock(m_mutex);
        QList<std::pair<int, QString>> all;
        for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it)
            all.append({it.value(), it.key()});
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        QStringList out;
        for (qsizetype i = 0; i < std::min<qsizetype>(n, all.size()); ++i)
            out << QStringLiteral("%1: %2").arg(all[i].second).arg(all[i].first);
        return out;
    }

private:
    pid_t m_tid;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastTickNs{0};
    std::atomic_bool m_stop{false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QHash<QString, int> m_samples;
};

// The GUI thread's time on a processor and waiting for one, in nanoseconds, from the kernel's
// scheduler statistics (/proc/thread-self/schedstat); both 0 where the kernel gives none.
struct SchedTimes
{
    qint64 cpuNs = 0;
    qint64 runQueueNs = 0;
};

SchedTimes schedTimes()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return {};
    return {fields[0].toLongLong(), fields[1].toLongLong()};
}

// A timer on the GUI thread every 5 ms; the largest gap between two ticks is the longest time the
// thread could not run its event loop. On a shared machine part of a gap can be the thread waiting
// for a processor that other processes hold; the scheduler's statistics tell that part apart, so
// the watchdog also reports the longest gap less that wait: the GUI thread's own stall (its own work
// and whatever it waited on, a lock or a file).
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const SchedTimes sched = schedTimes();
            const qint64 gap = now - m_last;
            const qint64 waited = sched.runQueueNs - m_lastSched.runQueueNs;
            if (gap > m_maxGapNs) {
                m_maxGapNs = gap;
                m_maxGapWaitNs = waited;
                m_maxGapCpuNs = sched.cpuNs - m_lastSched.cpuNs;
            }
            m_maxOwnNs = std::max(m_maxOwnNs, gap - waited);
            m_last = now;
            m_lastSched = sched;
            ++m_ticks;
            if (m_sampler)
                m_sampler->tick();
        });
    }
    void start()
    {
        m_maxGapNs = m_maxGapWaitNs = m_maxGapCpuNs = m_maxOwnNs = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_lastSched = schedTimes();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void setSampler(StallSampler* sampler) { m_sampler = sampler; }
    [[nodiscard]] double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    // Of the longest gap: the time the thread waited for a processor, and the time it ran.
    [[nodiscard]] double maxGapWaitMs() const { return double(m_maxGapWaitNs) / 1e6; }
    [[nodiscard]] double maxGapCpuMs() const { return double(m_maxGapCpuNs) / 1e6; }
    // The longest gap less the time the thread waited for a processor in it.
    [[nodiscard]] double maxOwnMs() const { return double(m_maxOwnNs) / 1e6; }
    [[nodiscard]] qint64 ticks() const { return m_ticks; }
    [[nodiscard]] double seconds() const { return double(m_clock.nsecsElapsed()) / 1e9; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    SchedTimes m_lastSched;
    StallSampler* m_sampler = nullptr;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapWaitNs = 0;
    qint64 m_maxGapCpuNs = 0;
    qint64 m_maxOwnNs = 0;
    qint64 m_ticks = 0;
};

} // namespace

class BenchGuiStall : public QObject
{
    Q_OBJECT

private slots:
    void longestStallWhileSyncAndScan()
    {
        const qint64 totalMiB =
            qEnvironmentVariableIntValue("YC_BENCH_MIB") > 0 ? qEnvironmentVariableIntValue("YC_BENCH_MIB") : 1024;
        const qint64 caseMiB = 100; // the platform takes materials up to 512 MiB
        const int caseCount = int((totalMiB + caseMiB - 1) / caseMiB);

        SyncSetup setup(QStringLiteral("stall"));
        YC_VERIFY_OK(setup.start());
        WindowClient& client = setup.client;
        {
            storage::CaseRepository cases(client.store->database(), client.store->cipher(), client.dataDir);
            qint64 left = totalMiB * 1024 * 1024;
            for (int n = 0; n < caseCount; ++n) {
                const qint64 bytes = std::min(left, caseMiB * 1024 * 1024);
                left -= bytes;
                YC_VERIFY_OK(cases.accept(client.makeCase(n, 1, bytes)));
            }
        }
        QCOMPARE(localCount(client, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'")),
                 qint64(caseCount));

        // The window as app/main.cpp builds it for sync.
        sync::SyncEngine engine(client.dataDir, client.store->cipher(), client.clock,
                                sync::SyncConfig::restFactory(*client.settings),
                                sync::SyncConfig::engineOptions(*client.settings));
        AppContext context;
        context.store = client.store.get();
        context.clock = &client.clock;
        context.settings = client.settings.get();
        context.dataDir = client.dataDir;
        context.syncEngine = &engine;
        ui::MainWindow window(context);
        auto* status = new ui::SyncStatusWidget(context, &window);
        window.addStatusWidget(status);
        auto* queue = new ui::SyncQueuePage(context);
        window.addPage(queue, QStringLiteral("Sync queue"));
        window.showPage(queue);
        connect(&engine, &sync::SyncEngine::passFinished, status, &ui::SyncStatusWidget::refresh);
        connect(&engine, &sync::SyncEngine::passFinished, queue, &ui::SyncQueuePage::refresh);
        connect(&engine, &sync::SyncEngine::uploadProgress, queue, &ui::SyncQueuePage::showUploadProgress);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Baseline: the same watchdog over the idle window, in the same process and run.
        Watchdog dog;
        dog.start();
        QTest::qWait(3000);
        dog.stop();
        const double idleGap = dog.maxGapMs();
        const double idleOwn = dog.maxOwnMs();
        const qint64 idleTicks = dog.ticks();

        // The scanner, as the intake page runs it: five colour A4 pages at 200 dpi per run from the
        // feeder, packed off the GUI thread; a new run as soon as one is packed, until the sync is done.
        devices::DeviceManager scanners({}, {QStringLiteral(YC_BIN_DIR "/../plugins/scanner")});
        devices::ScannerService scanner(scanners);
        materials::ScanAssembler assembler;
        plugins::scanner::ScanSettings scan;
        scan.source = plugins::scanner::Source::Adf;
        scan.options.insert(QStringLiteral("pages"), 5);
        bool syncDone = false;
        bool scanFailed = false;
        int scannedPages = 0;
        int packedMaterials = 0;
        plugins::scanner::ScannedPage firstPage;
        connect(&scanner, &devices::ScannerService::pageScanned, &assembler,
                [&](const plugins::scanner::ScannedPage& page, int) {
                    if (firstPage.pixels.isEmpty())
                        firstPage = page;
                    ++scannedPages;
                    assembler.addPage(page);
                });
        connect(&scanner, &devices::ScannerService::finished, &assembler, &materials::ScanAssembler::finish);
        connect(&scanner, &devices::ScannerService::errorOccurred, this, [&] { scanFailed = true; });
        connect(&assembler, &materials::ScanAssembler::packed, this, [&](const QByteArray&, int) {
            ++packedMaterials;
            if (!syncDone) {
                assembler.begin();
                scanner.start(QStringLiteral("simulated"), scan);
            }
        });
        auto pending = [&client] {
            return localCount(client, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'submitted'"));
        };
        connect(&engine, &sync::SyncEngine::passFinished, this, [&] {
            if (pending() == 0)
                syncDone = true;
        });

        StallSampler sampler;
        dog.setSampler(&sampler);
        sampler.start();
        dog.start();
        engine.start();
        assembler.begin();
        QVERIFY(scanner.start(QStringLiteral("simulated"), scan));
        QTRY_VERIFY_WITH_TIMEOUT(syncDone || scanFailed, 1500 * 1000);
        dog.stop();
        sampler.stop();
        QVERIFY2(!scanFailed, "the simulated scanner failed");
        const double busyGap = dog.maxGapMs();
        const double busyOwn = dog.maxOwnMs();
        const double seconds = dog.seconds();
        const qint64 busyTicks = dog.ticks();
        QTRY_VERIFY_WITH_TIMEOUT(!scanner.isScanning(), 60000);
        engine.stop();
        QCOMPARE(pending(), 0);
        QVERIFY(packedMaterials > 0);

        // For comparison: what the GUI thread did per page before the pages were packed off it.
        QElapsedTimer encode;
        encode.start();
        const auto page = materials::PageEncoder::encode(materials::ScanAssembler::toImage(firstPage));
        const double encodeMs = double(encode.nsecsElapsed()) / 1e6;
        QVERIFY(!page.jpeg.isEmpty());

        const QString report =
            QStringLiteral(
                "GUI thread, watchdog every %1 ms; longest gap between ticks (of it: waiting for a processor, "
                "running) and the longest gap less its wait for a processor (the GUI thread's own stall):\n"
                "  idle window (baseline, 3 s, %2 ticks): gap %3 ms; own stall %4 ms\n"
                "  sync of %5 MiB in %6 cases and the scanner (%7 s, %8 ticks, %9 pages scanned, %10 materials "
                "packed): gap %11 ms (%12 waiting, %13 running); own stall %14 ms; target under %15 ms\n"
                "  one %16x%17 page encoded on the calling thread: %18 ms (now done off the GUI thread)\n")
                .arg(kTickMs)
                .arg(idleTicks)
                .arg(idleGap, 0, 'f', 1)
                .arg(idleOwn, 0, 'f', 1)
                .arg(totalMiB)
                .arg(caseCount)
                .arg(seconds, 0, 'f', 1)
                .arg(busyTicks)
                .arg(scannedPages)
                .arg(packedMaterials)
                .arg(busyGap, 0, 'f', 1)
                .arg(dog.maxGapWaitMs(), 0, 'f', 1)
                .arg(dog.maxGapCpuMs(), 0, 'f', 1)
                .arg(busyOwn, 0, 'f', 1)
                .arg(kTargetMs, 0, 'f', 0)
                .arg(firstPage.width)
                .arg(firstPage.height)
                .arg(encodeMs, 0, 'f', 1);
        std::fputs(qPrintable(report), stdout);
        const QStringList stalls = sampler.top(5);
        if (!stalls.isEmpty())
            std::fputs(
                qPrintable(QStringLiteral("  where the GUI thread was after 30 ms without a tick (samples): %1\n")
                               .arg(stalls.join(QStringLiteral("; ")))),
                stdout);
        // Judged on the thread's own stall: on the shared build machine the wait for a processor is
        // other programs' doing. Without scheduler statistics both figures are the raw gap.
        QVERIFY2(busyOwn < kTargetMs, "the GUI thread stalled longer than the target");
    }
};

YC_TEST_MAIN(BenchGuiStall)
#include "BenchGuiStall.moc"
