// Times our import of a big generic post-metrics CSV into a fresh, durable workspace
// against the sqlite3 shell's own ".import --csv" into a plain table, and prints both
// times, their ratio and the peak memory of this process.
//
//   bench_import [--rows N] [--dir DIR] [--keep]
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

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = 1000000;
    QString dir = QDir::tempPath();
    bool keep = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = true;
        else {
            std::fprintf(stderr, "usage: bench_import [--rows N] [--dir DIR] [--keep]\n");
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
    {
        auto ws = Workspace::open(wsPath, Workspace::Access::CreateNew);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
            return 2;
        }
        NullProgress progress;
        QElapsedTimer timer;
        timer.start();
        auto report = import::importFile(*ws, csv, {}, progress);
        ours = double(timer.nsecsElapsed()) / 1e9;
        if (!report) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error().toString()));
            return 2;
        }
        std::printf("ours            %.3f s  (%lld imported, %lld rejected, preset %s)\n", ours,
                    static_cast<long long>(report->imported), static_cast<long long>(report->rejectedCount),
                    qPrintable(report->preset));
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
    std::printf("sqlite3 .import %.3f s\n", theirs);
    std::printf("ratio           %.3f (target <= 0.5)\n", ours / theirs);
    std::printf("peak RSS        %.1f MB (VmHWM, target <= 256 MB)\n", double(peakRssKb()) / 1024.0);
    std::printf("throughput      %.1f MB/s, %.0f rows/s\n", megabytes / ours, double(rows) / ours);
    return 0;
}
