#include "core/import/importsupport.h"

#include <QByteArray>
#include <QFile>

#include <openssl/evp.h>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

namespace iroi::import::detail {

// SHA-256 of the file, computed beside the import so it costs no wall time on big files.
// OpenSSL's digest uses the CPU's SHA extensions (~2 GB/s); QCryptographicHash in Qt 6.4
// is portable C at ~0.1-0.2 GB/s, which on a 2-core machine took a core from the import.
QString hashFile(const QString &path, const std::atomic_bool &stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop.load(std::memory_order_relaxed))
            return {};
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n)) != 1)
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

// Decides, per date column, whether its numeric dates are d/m/y or m/d/y from the rows
// sniffed at the start, and says so in a note when that is not obvious.
void decideDayOrders(const Mapping &mapping, const QStringList &header, const std::vector<QStringList> &rows,
                     std::array<DayOrder, kFieldCount> &orders, QStringList &notes)
{
    for (Field field : {Field::Date, Field::PublishedAt, Field::StartDate, Field::Deadline}) {
        const int column = mapping.column(field);
        if (column < 0)
            continue;
        std::vector<std::string> texts;
        for (const QStringList &row : rows)
            if (column < row.size())
                texts.push_back(row.at(column).toStdString());
        const std::vector<std::string_view> values(texts.begin(), texts.end());
        const DayOrderGuess guess = guessDayOrder(values);
        orders[static_cast<size_t>(field)] = guess.order;
        const QString name = column < header.size() ? header.at(column) : fieldName(field);
        if (guess.ambiguous()) {
            notes << QStringLiteral("column \"%1\": every date in the first %2 row(s) reads as both day/month/year "
                                    "and month/day/year; read as day/month/year")
                         .arg(name)
                         .arg(rows.size());
        } else if (guess.conflicting()) {
            notes << QStringLiteral("column \"%1\" mixes day/month/year (%2) and month/day/year (%3) dates: each "
                                    "date is read by itself, day first when it fits both")
                         .arg(name)
                         .arg(guess.dayFirstVotes)
                         .arg(guess.monthFirstVotes);
        } else if (guess.order == DayOrder::MonthFirst) {
            notes << QStringLiteral("column \"%1\": dates read as month/day/year").arg(name);
        } else if (guess.order == DayOrder::DayFirst) {
            notes << QStringLiteral("column \"%1\": dates read as day/month/year").arg(name);
        }
    }
}

Heartbeat::Heartbeat(ProgressSink &sink, qint64 intervalMs)
    : m_sink(sink), m_thread([this, intervalMs] {
          std::unique_lock lock(m_mutex);
          while (!m_stop) {
              if (m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return m_stop; }))
                  break;
              m_sink.progress(m_done, m_total);
          }
      })
{
}

Heartbeat::~Heartbeat()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void Heartbeat::update(qint64 done, qint64 total)
{
    std::lock_guard lock(m_mutex);
    m_done = done;
    m_total = total;
}

void Heartbeat::reportNow(qint64 done, qint64 total)
{
    std::lock_guard lock(m_mutex);
    m_done = done;
    m_total = total;
    m_sink.progress(done, total);
}

} // namespace iroi::import::detail
