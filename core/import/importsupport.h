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

// Reports the import's progress to the sink every `intervalMs` from a thread of its own,
// so the report comes on time even while the importer is inside one long call (sniffing a
// big file, a SQLite write that waits for the disk, rebuilding indexes, the commit). The
// importer only says how far it is; every call into the sink is made under one lock, so
// the sink never sees two at once.
class Heartbeat
{
public:
    // Reports "started, size unknown" (0 of 0) until the first update().
    Heartbeat(ProgressSink &sink, qint64 intervalMs);
    ~Heartbeat();
    Heartbeat(const Heartbeat &) = delete;
    Heartbeat &operator=(const Heartbeat &) = delete;

    // What the next beat reports.
    void update(qint64 done, qint64 total);
    // Updates and reports at once, on the caller's thread (the first and the last report).
    void reportNow(qint64 done, qint64 total);

private:
    ProgressSink &m_sink;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_stop = false;
    std::thread m_thread; // last: starts after the members it uses
};

} // namespace iroi::import::detail
