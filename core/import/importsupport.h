#pragma once

#include "core/common/progress.h"
#include "core/import/fieldvalue.h"
#include "core/import/mapping.h"

#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

// Pieces of importFile() that stand on their own.
namespace iroi::import::detail {

// SHA-256 of the file as lower-case hex; empty when it cannot be read or `stop` is set.
QString hashFile(const QString &path, const std::atomic_bool &stop);

// Decides, per date column, whether its numeric dates are d/m/y or m/d/y from the rows
// sniffed at the start (see guessDayOrder), and says so in a note when that is not obvious.
void decideDayOrders(const Mapping &mapping, const QStringList &header, const std::vector<QStringList> &rows,
                     std::array<DayOrder, kFieldCount> &orders, QStringList &notes);

// Repeats a progress report every `intervalMs` from a thread of its own while the importer
// is busy in one long call (sniffing a big file, waiting for the fingerprint, SQLite's
// commit), so the progress bar never looks stuck. The importer itself makes no calls into
// the sink while one exists.
class Heartbeat
{
public:
    Heartbeat(ProgressSink &sink, qint64 done, qint64 total, qint64 intervalMs);
    ~Heartbeat();
    Heartbeat(const Heartbeat &) = delete;
    Heartbeat &operator=(const Heartbeat &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: starts after the members it uses
};

} // namespace iroi::import::detail
