#pragma once
// Internal to core/planning: what the per-line and the joint fitter share (search bounds,
// the worker pool, the moving-block bootstrap, spend statistics and warnings, BOBYQA).

#include "core/common/progress.h"
#include "core/planning/fitter.h"

#include <nlopt.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace iroi::fitdetail {

constexpr double kThetaMax = 0.9;
constexpr double kShapeMin = 0.5;
constexpr double kShapeMax = 3.0;
// K is searched between 2% and 10x the largest weekly spend: the adstock of a line with
// theta = 0.9 can reach 10x its weekly spend, and a K below 2% of it would mean the line
// is saturated from its first euro, which the data cannot tell from a constant.
constexpr double kKLowFactor = 0.02;
constexpr double kKHighFactor = 10.0;

// Serialises progress calls from worker threads and stops the work on cancel.
class SharedProgress
{
public:
    SharedProgress(ProgressSink &sink, qint64 total) : m_sink(sink), m_total(total) {}
    void step()
    {
        const qint64 done = ++m_done;
        std::lock_guard lock(m_mutex);
        m_sink.progress(done, m_total);
    }
    bool cancelled() const { return m_sink.isCancelled(); }

private:
    ProgressSink &m_sink;
    qint64 m_total;
    std::atomic<qint64> m_done{0};
    std::mutex m_mutex;
};

inline int threadCount(const FitOptions &options, int jobs)
{
    int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
    return std::clamp(threads, 1, std::max(1, jobs));
}

// Runs job(i) for i in [0, count) on `threads` threads; each index runs exactly once.
template<typename Job>
inline void parallelFor(int count, int threads, const Job &job)
{
    if (threads <= 1 || count <= 1) {
        for (int i = 0; i < count; ++i)
            job(i);
        return;
    }
    std::atomic<int> next{0};
    auto worker = [&] {
        for (int i = next++; i < count; i = next++)
            job(i);
    };
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &thread : pool)
        thread.join();
}

// Moving-block residual resample: blocks of consecutive residuals keep the week-to-week
// correlation that an i.i.d. resample would destroy.
inline std::vector<double> blockResample(const std::vector<double> &residuals, int blockLength, std::mt19937_64 &rng)
{
    const int n = static_cast<int>(residuals.size());
    const int block = std::clamp(blockLength, 1, std::max(1, n));
    std::uniform_int_distribution<int> pick(0, n - block);
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(n));
    while (static_cast<int>(out.size()) < n) {
        const int start = pick(rng);
        for (int i = 0; i < block && static_cast<int>(out.size()) < n; ++i)
            out.push_back(residuals[static_cast<std::size_t>(start + i)]);
    }
    return out;
}

inline std::mt19937_64 rngFor(quint64 seed, quint64 stream)
{
    std::seed_seq seq{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                      static_cast<std::uint32_t>(stream), static_cast<std::uint32_t>(stream >> 32)};
    return std::mt19937_64(seq);
}

struct SpendStats
{
    double max = 0.0;
    double meanNonZero = 0.0;
    double total = 0.0;
    double cv = 0.0;
    int nonZero = 0;
};

inline SpendStats spendStats(const std::vector<double> &x)
{
    SpendStats s;
    double sum = 0.0, sumSq = 0.0;
    for (double v : x) {
        s.max = std::max(s.max, v);
        sum += v;
        sumSq += v * v;
        if (v > 0.0)
            ++s.nonZero;
    }
    s.total = sum;
    const double n = static_cast<double>(x.size());
    if (n > 0 && sum > 0) {
        const double mean = sum / n;
        s.cv = std::sqrt(std::max(0.0, sumSq / n - mean * mean)) / mean;
    }
    s.meanNonZero = s.nonZero > 0 ? sum / s.nonZero : 0.0;
    return s;
}

inline QStringList spendWarnings(const SpendStats &s, const FitOptions &options)
{
    QStringList warnings;
    if (s.total <= 0.0)
        warnings << QStringLiteral("no spend in the history: the curve is not identified");
    else if (s.nonZero < options.minNonZeroWeeks)
        warnings << QStringLiteral("only %1 weeks with spend (fewer than %2): the curve is weakly identified")
                        .arg(s.nonZero)
                        .arg(options.minNonZeroWeeks);
    if (s.total > 0.0 && s.cv < options.lowVariationCv)
        warnings << QStringLiteral("spend varies too little (coefficient of variation %1 < %2): saturation "
                                   "cannot be told from the level")
                        .arg(s.cv, 0, 'f', 3)
                        .arg(options.lowVariationCv);
    return warnings;
}

// A joint curve parameter that ends at its search bound was not found by the data but
// stopped by the box: the curve's shape beyond the history is a guess.
inline QStringList boundWarnings(const CurveParams &p, double kScale)
{
    QStringList warnings;
    auto at = [](double value, double bound) { return std::abs(value - bound) <= 1e-3 * std::max(1.0, std::abs(bound)); };
    if (at(p.theta, kThetaMax))
        warnings << QStringLiteral("carry-over (theta) is at its upper bound %1").arg(kThetaMax);
    if (at(p.s, kShapeMin) || at(p.s, kShapeMax))
        warnings << QStringLiteral("shape S is at its bound %1").arg(p.s, 0, 'f', 2);
    if (p.k <= kKLowFactor * kScale * 1.001 || p.k >= kKHighFactor * kScale * 0.999)
        warnings << QStringLiteral("half-saturation K is at its bound %1: the curve beyond the history's spend is a guess")
                        .arg(p.k, 0, 'f', 0);
    return warnings;
}

// Runs BOBYQA on f from x (in place) within [lower, upper]; returns the minimum.
struct NloptRun
{
    nlopt_func f = nullptr;
    void *data = nullptr;
    std::vector<double> lower, upper;
    int maxEval = 1000;
    double xtolRel = 1e-6;
    double ftolRel = 1e-10;
    std::vector<double> initialStep; // empty = NLopt's default (a fraction of the box)
};

inline double runBobyqa(const NloptRun &run, std::vector<double> &x, nlopt_opt *handleOut = nullptr)
{
    const unsigned n = static_cast<unsigned>(x.size());
    nlopt_opt opt = nlopt_create(NLOPT_LN_BOBYQA, n);
    if (handleOut)
        *handleOut = opt;
    nlopt_set_lower_bounds(opt, run.lower.data());
    nlopt_set_upper_bounds(opt, run.upper.data());
    nlopt_set_min_objective(opt, run.f, run.data);
    nlopt_set_xtol_rel(opt, run.xtolRel);
    nlopt_set_ftol_rel(opt, run.ftolRel);
    nlopt_set_maxeval(opt, run.maxEval);
    if (!run.initialStep.empty())
        nlopt_set_initial_step(opt, run.initialStep.data());
    for (unsigned i = 0; i < n; ++i)
        x[i] = std::clamp(x[i], run.lower[i], run.upper[i]);
    double minimum = HUGE_VAL;
    nlopt_optimize(opt, x.data(), &minimum); // a stop at maxeval still leaves the best point in x
    nlopt_destroy(opt);
    if (handleOut)
        *handleOut = nullptr;
    return minimum;
}

// Runs BOBYQA from each start and keeps the lowest minimum. A failed run (NaN, bad step)
// still yields its start, so the result is never empty when starts is not.
inline std::vector<double> bestOfStarts(const NloptRun &run, const std::vector<std::vector<double>> &starts,
                                        nlopt_opt *handleOut)
{
    std::vector<double> best;
    double bestValue = HUGE_VAL;
    for (auto start : starts) {
        const double value = runBobyqa(run, start, handleOut);
        if (best.empty() || value < bestValue) {
            bestValue = value;
            best = start;
        }
    }
    return best;
}

} // namespace iroi::fitdetail
