#pragma once

#include "core/import/reader/recordreader.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <span>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace iroi::import {

// Work a RecordPipe does on its reader thread per row (e.g. parsing values), into `bytes` bytes.
struct PipePreparse
{
    std::function<void(std::span<const std::string_view>, void *)> run;
    size_t bytes = 0;
    size_t words() const { return (bytes + sizeof(qint64) - 1) / sizeof(qint64); }
};

// Reads records on a thread of its own and hands them over in batches through a small
// bounded queue, so parsing the file and writing SQLite overlap. Memory stays bounded:
// a few batches of a few thousand rows, recycled.
class RecordPipe
{
public:
    struct Batch
    {
        // Every field's text, back to back. A vector, not a string: moving it between the
        // threads keeps its buffer (no small-string storage), so `fields` stay valid.
        std::vector<char> bytes;
        std::vector<std::string_view> fields;          // into bytes, set once the batch is full
        std::vector<std::pair<qint64, quint32>> rows;  // row number, field count
        std::vector<qint64> preparsed;                 // per row, see Preparse
        qint64 position = 0;                           // reader position after the batch
        void clear()
        {
            bytes.clear();
            fields.clear();
            rows.clear();
            preparsed.clear();
        }
    };
    using Preparse = PipePreparse;

    explicit RecordPipe(RecordReader &reader, int rowsPerBatch = 2048, int queuedBatches = 4,
                        Preparse preparse = {});
    // The preparsed bytes of the i-th row of a batch (nullptr without a Preparse).
    const void *preparsed(const Batch &batch, size_t row) const
    {
        return m_preparse.bytes ? batch.preparsed.data() + row * m_preparse.words() : nullptr;
    }
    ~RecordPipe();
    RecordPipe(const RecordPipe &) = delete;
    RecordPipe &operator=(const RecordPipe &) = delete;

    void start();
    // Blocks for the next batch; false at the end of input (then see RecordReader::error()).
    bool next(Batch &batch);
    // Gives a consumed batch back for reuse.
    void recycle(Batch &&batch);
    // Stops reading early (cancel, failure); safe to call more than once.
    void stop();

private:
    void run();

    RecordReader &m_reader;
    const int m_rowsPerBatch;
    const int m_queuedBatches;
    const Preparse m_preparse;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full;
    std::vector<Batch> m_free;
    bool m_done = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace iroi::import
