#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace iroi {

// How long-running core work reports progress and learns that it should stop. Core
// functions take one by reference; the UI implements it over a QFutureWatcher, the
// command line over stderr, tests over counters. Calls may come from a worker thread.
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    // done and total are in the work's own units (bytes, rows, lines); total may be 0 if unknown.
    virtual void progress(qint64 done, qint64 total) = 0;
    virtual bool isCancelled() const = 0;
};

// A sink that ignores progress and is never cancelled, for callers that do not care.
class NullProgress final : public ProgressSink
{
public:
    void progress(qint64, qint64) override {}
    bool isCancelled() const override { return false; }
};

// A sink driven by callbacks and an atomic cancel flag that any thread may set.
class CallbackProgress final : public ProgressSink
{
public:
    explicit CallbackProgress(std::function<void(qint64, qint64)> onProgress = {})
        : m_onProgress(std::move(onProgress))
    {
    }
    void progress(qint64 done, qint64 total) override
    {
        if (m_onProgress)
            m_onProgress(done, total);
    }
    bool isCancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::function<void(qint64, qint64)> m_onProgress;
    std::atomic_bool m_cancelled{false};
};

} // namespace iroi
