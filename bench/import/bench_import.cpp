// Times our import of a big generic post-metrics CSV into a fresh, durable workspace
// against the sqlite3 shell's own ".import --csv" into a plain table, and prints both
// times, their ratio and the peak memory of this process.
//
//   bench_import [--rows N] [--dir DIR] [--keep] [--ours-only] [--no-cancel]
//
// It also prints the CPU time of both (the machine may be shared: CPU time is the steadier
// figure), the longest gap between two progress reports of our import, and how long a
// cancel takes: a second import is cancelled from another thread part way through, and
// the time from the cancel request to importFile() returning (rolled back) is printed.
//
// The CSV (deterministic, ~130 MB for 1,000,000 rows) is generated into DIR unless it is
// already there with the same row count in its name.

#include "bench/import/postgenerator.h"
#include "core/common/progress.h"
#include "core/import/importer.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>

using namespace iroi;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Progress callbacks: the longest time between two of them, counting from the start of
// the import and up to its return.
struct GapMeter
{
    QElapsedTimer clock;
    qint64 lastNs = 0;
    qint64 longestNs = 0;
    qint64 longestAt = 0; // progress (bytes) reported at the end of the longest gap
    int calls = 0;
    void start()
    {
        clock.start();
        lastNs = 0;
    }
    void tick(qint64 done = -1)
    {
        const qint64 now = clock.nsecsElapsed();
        if (now - lastNs > longestNs) {
            longestNs = now - lastNs;
            longestAt = done;
        }
        lastNs = now;
        ++calls;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = 1000000;
    QString dir = QDir::tempPath();
    bool keep = false;
    bool oursOnly = false;
    bool cancelRun = true;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = true;
        else if (args.at(i) == QLatin1String("--ours-only"))
            oursOnly = true;
        else if (args.at(i) == QLatin1String("--no-cancel")) // e.g. for a profiler
            cancelRun = false;
        else {
            std::fprintf(stderr, "usage: bench_import [--rows N] [--dir DIR] [--keep] [--ours-only] [--no-cancel]\n");
            return 1;
        }
    }

    const QString csv = QDir(dir).filePath(QStringLiteral("iroi_bench_posts_%1.csv").arg(rows));
    if (!QFileInfo::exists(csv)) {
        QElapsedTimer gen;
        gen.start();
        if (!iroi::bench::writePostMetricsCsv(csv, rows)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
            return 2;
        }
        std::printf("generated %s in %.2f s\n", qPrintable(csv), double(gen.elapsed()) / 1000.0);
    }
    const double megabytes = double(QFileInfo(csv).size()) / 1e6;
    std::printf("input           %s (%lld rows, %.1f MB)\n", qPrintable(csv), static_cast<long long>(rows), megabytes);

    QTemporaryDir work(QDir(dir).filePath(QStringLiteral("iroi_bench_XXXXXX")));
    work.setAutoRemove(!keep);

    // Ours: a fresh workspace with the settings every workspace has (WAL, synchronous=FULL).
    const QString wsPath = work.filePath(QStringLiteral("bench.iroi"));
    double ours = 0;
    double oursCpu = 0;
    {
        auto opened = Workspace::open(wsPath, Workspace::Access::CreateNew);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
            return 2;
        }
        std::optional<Workspace> ws(std::move(opened.value()));
        GapMeter gaps;
        CallbackProgress progress([&gaps](qint64 done, qint64) { gaps.tick(done); });
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        const double writerBefore = cpuSeconds(RUSAGE_THREAD);
        QElapsedTimer timer;
        timer.start();
        gaps.start();
        auto report = import::importFile(*ws, csv, {}, progress);
        gaps.tick();
        ours = double(timer.nsecsElapsed()) / 1e9;
        oursCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        const double writerCpu = cpuSeconds(RUSAGE_THREAD) - writerBefore;
        if (!report) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error().toString()));
            return 2;
        }
        std::printf("ours            %.3f s  (%lld imported, %lld rejected, preset %s)\n", ours,
                    static_cast<long long>(report->imported), static_cast<long long>(report->rejectedCount),
                    qPrintable(report->preset));
        std::printf("ours CPU        %.3f s (all threads); %.3f s on the writing thread, the critical path\n",
                    oursCpu, writerCpu);
        // The import leaves copying the WAL into the database file to the next checkpoint:
        // closing the workspace does it here.
        QElapsedTimer closing;
        closing.start();
        ws.reset();
        std::printf("close           %.3f s (WAL checkpoint into the database file, not in the ratio)\n",
                    double(closing.nsecsElapsed()) / 1e9);
        std::printf("progress        %d reports, longest gap %.1f ms, ending at byte %lld (-1: the return) "
                    "(target <= 100 ms)\n",
                    gaps.calls - 1, double(gaps.longestNs) / 1e6, static_cast<long long>(gaps.longestAt));
    }

    // Cancel: a second import into a fresh workspace, cancelled from another thread part way.
    if (cancelRun) {
        auto ws = Workspace::open(work.filePath(QStringLiteral("cancel.iroi")), Workspace::Access::CreateNew);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
            return 2;
        }
        CallbackProgress progress;
        QElapsedTimer clock;
        std::atomic<qint64> cancelledAtNs{-1};
        const auto delay = std::chrono::milliseconds(qint64(ours * 400)); // 40% of the way
        clock.start();
        std::thread canceller([&] {
            std::this_thread::sleep_for(delay);
            cancelledAtNs = clock.nsecsElapsed();
            progress.cancel();
        });
        auto report = import::importFile(*ws, csv, {}, progress);
        const qint64 returnedNs = clock.nsecsElapsed();
        canceller.join();
        if (report || report.error().kind != Error::Kind::Cancelled) {
            std::printf("cancel          not measured: the import finished before the cancel (%.0f ms)\n",
                        double(returnedNs) / 1e6);
        } else {
            std::printf("cancel          %.1f ms from request to return, rolled back (target <= 200 ms)\n",
                        double(returnedNs - cancelledAtNs) / 1e6);
        }
    }
    if (oursOnly) {
        std::printf("peak RSS        %.1f MB (VmHWM, target <= 256 MB)\n", double(peakRssKb()) / 1024.0);
        return 0;
    }

    // sqlite3's shell: every field as TEXT into one plain table.
    const QString plain = work.filePath(QStringLiteral("plain.db"));
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {plain, QStringLiteral(".import --csv %1 t").arg(csv)});
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 2;
    }
    const double theirs = double(timer.nsecsElapsed()) / 1e9;
    const double theirsCpu = cpuSeconds(RUSAGE_CHILDREN);
    std::printf("sqlite3 .import %.3f s (CPU %.3f s)\n", theirs, theirsCpu);
    std::printf("ratio           %.3f (target <= 0.5); CPU ratio %.3f\n", ours / theirs, oursCpu / theirsCpu);
    std::printf("peak RSS        %.1f MB (VmHWM, target <= 256 MB)\n", double(peakRssKb()) / 1024.0);
    std::printf("throughput      %.1f MB/s, %.0f rows/s\n", megabytes / ours, double(rows) / ours);
    return 0;
}
