#include "core/import/recordpipe.h"

namespace iroi::import {

RecordPipe::RecordPipe(RecordReader &reader, int rowsPerBatch, int queuedBatches, Preparse preparse)
    : m_reader(reader), m_rowsPerBatch(rowsPerBatch), m_queuedBatches(queuedBatches), m_preparse(std::move(preparse))
{
}

RecordPipe::~RecordPipe()
{
    stop();
}

void RecordPipe::start()
{
    m_thread = std::thread([this] { run(); });
}

void RecordPipe::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool RecordPipe::next(Batch &batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_done; });
    if (m_full.empty())
        return false;
    batch = std::move(m_full.front());
    m_full.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RecordPipe::recycle(Batch &&batch)
{
    batch.clear();
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
    }
}

void RecordPipe::run()
{
    RecordView view;
    std::vector<size_t> lengths; // of the batch's fields, until their text stops moving
    bool more = true;
    while (more) {
        Batch batch;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
            if (!m_free.empty()) {
                batch = std::move(m_free.back());
                m_free.pop_back();
            }
        }
        // The byte cap keeps memory bounded even for huge records.
        for (int i = 0; i < m_rowsPerBatch && batch.bytes.size() < (size_t(8) << 20); ++i) {
            more = m_reader.next(view);
            if (!more)
                break;
            batch.rows.emplace_back(view.row, static_cast<quint32>(view.fields.size()));
            if (m_preparse.bytes) {
                const size_t at = batch.preparsed.size();
                batch.preparsed.resize(at + m_preparse.words());
                m_preparse.run(view.fields, batch.preparsed.data() + at);
            }
            for (std::string_view f : view.fields) {
                lengths.push_back(f.size());
                batch.bytes.insert(batch.bytes.end(), f.begin(), f.end());
            }
        }
        // `bytes` is complete: now the views into it stay valid.
        const char *text = batch.bytes.data();
        for (const size_t length : lengths) {
            batch.fields.emplace_back(text, length);
            text += length;
        }
        lengths.clear();
        batch.position = m_reader.position();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return int(m_full.size()) < m_queuedBatches || m_stopping; });
        if (m_stopping)
            break;
        if (!batch.rows.empty())
            m_full.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
    }
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

} // namespace iroi::import
