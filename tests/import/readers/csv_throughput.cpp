// Throughput of CsvReader on a generated 1,000,000-row (~130 MB) CSV; prints MB/s and
// the peak resident memory. Not a test (no pass/fail): run by hand.
//   csv_throughput [rows] [--quoted]
#include "core/import/reader/csvreader.h"
#include "core/import/reader/values.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <ctime>
#include <cstring>
#include <string>

using namespace iroi::import;

namespace {

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void generate(const QString &path, long rows, bool quoted)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    std::string out;
    out.reserve(1 << 21);
    out += "date,campaign,creator,channel,impressions,clicks,spend,orders,revenue,currency,country,notes\n";
    char line[512];
    for (long i = 0; i < rows; ++i) {
        const int day = int(i % 365);
        std::snprintf(line, sizeof line,
                      quoted ? "2025-%02d-%02d,\"Spring launch %03ld, wave %ld\",creator_%05ld,instagram,%ld,%ld,%ld.%02ld,%ld,%ld.%02ld,EUR,NL,\"said \"\"hi\"\"\"\n"
                             : "2025-%02d-%02d,Spring launch %03ld wave %ld,creator_%05ld,instagram,%ld,%ld,%ld.%02ld,%ld,%ld.%02ld,EUR,NL,organic post with link in bio, 2 stories\n",
                      1 + day / 31 % 12, 1 + day % 28, i % 500, i % 7, i % 20000, 10000 + i * 7 % 90000,
                      100 + i % 900, i % 5000, i % 100, i % 40, i % 9000, i % 100);
        out += line;
        if (out.size() > (1 << 20)) {
            file.write(out.data(), qint64(out.size()));
            out.clear();
        }
    }
    file.write(out.data(), qint64(out.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const long rows = args.size() > 1 && args.at(1).toLong() > 0 ? args.at(1).toLong() : 1000000;
    const bool quoted = args.contains(QStringLiteral("--quoted"));
    const QString path = QDir::tempPath() + (quoted ? QStringLiteral("/iroi_csv_throughput_quoted.csv")
                                                    : QStringLiteral("/iroi_csv_throughput.csv"));
    generate(path, rows, quoted);
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    const long rssBefore = peakRssKiB();

    // Wall time suffers when other jobs share the cores; CPU time is reported alongside.
    double best = 0;
    double bestCpu = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto reader = CsvReader::open(path);
        if (!reader) {
            std::fprintf(stderr, "%s\n", qPrintable(reader.error().toString()));
            return 2;
        }
        RecordView record;
        qint64 records = 0;
        std::size_t bytes = 0;
        while ((*reader)->next(record)) {
            ++records;
            for (const auto &field : record.fields)
                bytes += field.size();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        best = std::max(best, megabytes / seconds);
        bestCpu = std::max(bestCpu, megabytes / cpuSeconds);
        std::printf("run %d: %lld records, %zu field bytes, %.1f MB in %.3f s = %.0f MB/s (CPU %.3f s = %.0f MB/s)\n",
                    run, static_cast<long long>(records), bytes, megabytes, seconds, megabytes / seconds, cpuSeconds,
                    megabytes / cpuSeconds);
    }
    // Value parsing on the same data: 5 numeric columns and the ISO date per record.
    {
        auto reader = CsvReader::open(path);
        if (!reader)
            return 2;
        RecordView record;
        double sum = 0;
        qint64 values = 0;
        qint64 days = 0;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        while ((*reader)->next(record)) {
            if (record.fields.size() < 9)
                continue;
            for (std::size_t i = 4; i <= 8; ++i) {
                if (const auto value = parseNumber(record.fields[i], NumberStyle::DecimalPoint)) {
                    sum += *value;
                    ++values;
                }
            }
            if (const auto date = parseDate(record.fields[0], DateOrder::Iso))
                days += date->day;
        }
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        std::printf("read + parse 5 numbers and 1 date per record: %.3f s wall, %.3f s CPU (%lld numbers, checksum %.0f/%lld)\n",
                    double(timer.nsecsElapsed()) / 1e9, cpuSeconds, static_cast<long long>(values), sum,
                    static_cast<long long>(days));
    }
    std::printf("best: %.0f MB/s wall, %.0f MB/s CPU (%s); peak RSS %ld KiB (before reading: %ld KiB)\n", best, bestCpu,
                quoted ? "every row has 2 quoted fields" : "unquoted", peakRssKiB(), rssBefore);
    QFile::remove(path);
    return 0;
}
