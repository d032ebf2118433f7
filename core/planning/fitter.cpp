#include "core/planning/fitter.h"

#include "core/common/logging.h"

#include <Eigen/Dense>
#include <nlopt.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <mutex>
#include <numbers>
#include <numeric>
#include <optional>
#include <random>
#include <thread>

namespace iroi {

namespace {

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

int threadCount(const FitOptions &options, int jobs)
{
    int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
    return std::clamp(threads, 1, std::max(1, jobs));
}

// Runs job(i) for i in [0, count) on `threads` threads; each index runs exactly once.
template<typename Job>
void parallelFor(int count, int threads, const Job &job)
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
std::vector<double> blockResample(const std::vector<double> &residuals, int blockLength, std::mt19937_64 &rng)
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

std::mt19937_64 rngFor(quint64 seed, quint64 stream)
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

SpendStats spendStats(const std::vector<double> &x)
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

QStringList spendWarnings(const SpendStats &s, const FitOptions &options)
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
QStringList boundWarnings(const CurveParams &p, double kScale)
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

double runBobyqa(const NloptRun &run, std::vector<double> &x, nlopt_opt *handleOut = nullptr)
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

// ---- per-line fit -------------------------------------------------------------------

struct LineProblem
{
    std::span<const double> x;
    std::span<const double> y;
    std::vector<double> a;
    std::vector<double> h;
    const SharedProgress *progress = nullptr;
    nlopt_opt *running = nullptr;
    int evals = 0;

    // SSE for (theta, log K, S) with beta projected out (best non-negative beta).
    double sse(const double *v, double *betaOut)
    {
        curve::adstockInto(x, v[0], a);
        const double k = std::exp(v[1]);
        double hh = 0.0, hy = 0.0;
        for (std::size_t t = 0; t < a.size(); ++t) {
            h[t] = curve::hillUnit(a[t], k, v[2]);
            hh += h[t] * h[t];
            hy += h[t] * y[t];
        }
        const double beta = hh > 0.0 ? std::max(0.0, hy / hh) : 0.0;
        double sum = 0.0;
        for (std::size_t t = 0; t < a.size(); ++t) {
            const double e = y[t] - beta * h[t];
            sum += e * e;
        }
        if (betaOut)
            *betaOut = beta;
        return sum;
    }
};

double lineObjective(unsigned, const double *v, double *, void *data)
{
    auto *problem = static_cast<LineProblem *>(data);
    if ((++problem->evals & 63) == 0 && problem->progress && problem->progress->cancelled() && problem->running
        && *problem->running)
        nlopt_force_stop(*problem->running);
    return problem->sse(v, nullptr);
}

CurveParams toParams(const std::vector<double> &v, double beta)
{
    return CurveParams{v[0], std::exp(v[1]), v[2], beta};
}

// Fits (theta, log K, S) to y; `starts` are tried after a coarse grid picks the best few.
CurveParams fitCurve(LineProblem &problem, const SpendStats &stats, const std::vector<double> *startFrom,
                     int maxEval)
{
    const double scale = stats.max > 0.0 ? stats.max : 1.0;
    NloptRun run;
    run.f = lineObjective;
    run.data = &problem;
    run.lower = {0.0, std::log(kKLowFactor * scale), kShapeMin};
    run.upper = {kThetaMax, std::log(kKHighFactor * scale), kShapeMax};
    run.maxEval = maxEval;
    if (startFrom) {
        // A resample's optimum lies near the point estimate: a small first step and a
        // looser tolerance (bands need 3 digits, not 6) make the refit several times cheaper.
        run.initialStep = {0.05, 0.1, 0.1};
        run.xtolRel = 1e-4;
        run.ftolRel = 1e-7;
    }
    nlopt_opt handle = nullptr;
    problem.running = &handle;

    std::vector<std::vector<double>> starts;
    if (startFrom) {
        starts.push_back(*startFrom);
    } else {
        // A coarse grid is cheap (60 evaluations) and keeps BOBYQA out of the flat
        // regions where K and beta trade off; the best three points seed the local fits.
        const double base = stats.meanNonZero > 0.0 ? stats.meanNonZero : scale;
        std::vector<std::pair<double, std::vector<double>>> grid;
        for (double theta : {0.0, 0.3, 0.6, 0.85})
            for (double kf : {0.25, 0.5, 1.0, 2.0, 4.0})
                for (double s : {0.7, 1.2, 2.2}) {
                    std::vector<double> v{theta, std::log(kf * base / (1.0 - theta)), s};
                    for (int i = 0; i < 3; ++i)
                        v[static_cast<std::size_t>(i)] = std::clamp(v[static_cast<std::size_t>(i)],
                                                                    run.lower[static_cast<std::size_t>(i)],
                                                                    run.upper[static_cast<std::size_t>(i)]);
                    grid.emplace_back(problem.sse(v.data(), nullptr), v);
                }
        std::partial_sort(grid.begin(), grid.begin() + 3, grid.end(),
                          [](const auto &l, const auto &r) { return l.first < r.first; });
        for (int i = 0; i < 3; ++i)
            starts.push_back(grid[static_cast<std::size_t>(i)].second);
    }

    std::vector<double> best;
    double bestValue = HUGE_VAL;
    for (auto start : starts) {
        const double value = runBobyqa(run, start, &handle);
        if (best.empty() || value < bestValue) { // a failed run (NaN, bad step) still yields its start
            bestValue = value;
            best = start;
        }
    }
    double beta = 0.0;
    problem.sse(best.data(), &beta);
    return toParams(best, beta);
}

Result<LineFit> fitOneLine(const LineSeries &series, const FitOptions &options, const SharedProgress &progress,
                           quint64 stream)
{
    if (series.spend.size() != series.outcome.size())
        return Error::badInput(QStringLiteral("line %1: %2 weeks of spend but %3 weeks of outcome")
                                   .arg(series.line)
                                   .arg(series.spend.size())
                                   .arg(series.outcome.size()));
    if (series.spend.size() < 4)
        return Error::badInput(QStringLiteral("line %1: %2 weeks of data; at least 4 are needed")
                                   .arg(series.line)
                                   .arg(series.spend.size()));
    for (double v : series.spend)
        if (!std::isfinite(v) || v < 0.0)
            return Error::badInput(QStringLiteral("line %1: spend must be finite and non-negative").arg(series.line));

    LineFit fit;
    fit.line = series.line;
    const SpendStats stats = spendStats(series.spend);
    fit.totalSpend = stats.total;
    fit.maxWeeklySpend = stats.max;
    fit.weeks = static_cast<int>(series.spend.size());
    fit.nonZeroWeeks = stats.nonZero;
    fit.spendCv = stats.cv;
    fit.warnings = spendWarnings(stats, options);
    if (stats.total <= 0.0)
        return fit; // nothing to fit: a zero curve

    const std::size_t n = series.spend.size();
    LineProblem problem{series.spend, series.outcome, std::vector<double>(n), std::vector<double>(n), &progress};
    fit.params = fitCurve(problem, stats, nullptr, 2000);
    if (progress.cancelled())
        return Error::cancelled();

    const std::vector<double> fitted = curve::responseSeries(fit.params, series.spend);
    fit.r2 = fitstats::rSquared(series.outcome, fitted);
    fit.mape = fitstats::mape(series.outcome, fitted);
    const double scale = stats.max;
    if (fit.params.k >= kKHighFactor * scale * 0.999)
        fit.warnings << QStringLiteral("no saturation visible in the history: K is at its upper bound");

    std::vector<double> residuals(n);
    for (std::size_t t = 0; t < n; ++t)
        residuals[t] = series.outcome[t] - fitted[t];
    std::mt19937_64 rng = rngFor(options.seed, stream);
    const std::vector<double> point{fit.params.theta, std::log(fit.params.k), fit.params.s};
    std::vector<double> yStar(n);
    problem.y = yStar;
    fit.draws.reserve(static_cast<std::size_t>(options.bootstrap));
    for (int b = 0; b < options.bootstrap; ++b) {
        if (progress.cancelled())
            return Error::cancelled();
        const std::vector<double> r = blockResample(residuals, options.blockLength, rng);
        for (std::size_t t = 0; t < n; ++t)
            yStar[t] = fitted[t] + r[t];
        fit.draws.push_back(fitCurve(problem, stats, &point, 300));
    }

    const double incremental = std::accumulate(fitted.begin(), fitted.end(), 0.0);
    std::vector<double> incrementals;
    for (const CurveParams &draw : fit.draws) {
        const auto s = curve::responseSeries(draw, series.spend);
        incrementals.push_back(std::accumulate(s.begin(), s.end(), 0.0));
    }
    fit.incremental = {incremental, incrementals.empty() ? incremental : fitstats::quantile(incrementals, options.bandLow),
                       incrementals.empty() ? incremental : fitstats::quantile(incrementals, options.bandHigh)};
    fit.roas = {fit.incremental.value / stats.total, fit.incremental.low / stats.total,
                fit.incremental.high / stats.total};
    return fit;
}

// ---- joint fit ----------------------------------------------------------------------

struct JointProblem
{
    int n = 0;
    int lines = 0;
    int fixedCols = 0; // intercept, trend, seasonality, controls
    Eigen::MatrixXd fixed;  // n x fixedCols
    Eigen::VectorXd y;
    std::vector<std::span<const double>> spend;
    std::vector<double> kScale;
    std::vector<double> meanSpend; // per line, for the carry-over into week 0
    std::vector<double> meanNonZero; // per line, mean spend of the weeks with spend
    int warmup = 0;                  // leading weeks left out of the sum of squares
    // scratch
    Eigen::MatrixXd hill; // n x lines
    std::vector<double> a;
    const SharedProgress *progress = nullptr;
    nlopt_opt *running = nullptr;
    int evals = 0;

    void computeHill(const double *v)
    {
        for (int l = 0; l < lines; ++l) {
            const double theta = v[3 * l], k = std::exp(v[3 * l + 1]), s = v[3 * l + 2];
            // The history starts mid-stream: the carry-over enters at the steady state of the
            // line's mean spend. Starting from zero gave every slow line a ramp over the first
            // weeks that it used to explain anything else that starts up there (in the demo,
            // repeat orders growing from nothing), at a fantastic ROAS.
            const auto &x = spend[static_cast<std::size_t>(l)];
            double carry = theta / (1.0 - theta) * meanSpend[static_cast<std::size_t>(l)];
            for (int t = 0; t < n; ++t) {
                carry = x[static_cast<std::size_t>(t)] + theta * carry;
                hill(t, l) = curve::hillUnit(carry, k, s);
            }
        }
    }

    // Least squares for the linear coefficients with the lines' betas kept >= 0 by a small
    // active set: a negative beta is pinned to 0 and the rest refitted.
    double solve(const Eigen::VectorXd &observed, Eigen::VectorXd *coefOut)
    {
        const int p = fixedCols + lines;
        Eigen::MatrixXd x(n, p);
        x.leftCols(fixedCols) = fixed;
        x.rightCols(lines) = hill;
        // Warm-up weeks are left out of the fit (zero rows): the carry-over from before the
        // history and anything else that starts up with the data (a new shop's repeat
        // orders) are unknown there.
        Eigen::VectorXd masked = observed;
        x.topRows(warmup).setZero();
        masked.head(warmup).setZero();
        std::vector<bool> active(static_cast<std::size_t>(p), true);
        Eigen::VectorXd coef = Eigen::VectorXd::Zero(p);
        for (int round = 0; round <= lines; ++round) {
            std::vector<int> cols;
            for (int c = 0; c < p; ++c)
                if (active[static_cast<std::size_t>(c)])
                    cols.push_back(c);
            Eigen::MatrixXd xa(n, static_cast<Eigen::Index>(cols.size()));
            for (std::size_t i = 0; i < cols.size(); ++i)
                xa.col(static_cast<Eigen::Index>(i)) = x.col(cols[i]);
            Eigen::MatrixXd gram = xa.transpose() * xa;
            // A tiny ridge keeps a line whose curve is all zeros from making the system singular.
            gram.diagonal().array() += 1e-10 * (gram.diagonal().array().abs().maxCoeff() + 1.0);
            const Eigen::VectorXd sol = gram.ldlt().solve(xa.transpose() * masked);
            coef.setZero();
            for (std::size_t i = 0; i < cols.size(); ++i)
                coef(cols[i]) = sol(static_cast<Eigen::Index>(i));
            int worst = -1;
            for (int l = 0; l < lines; ++l)
                if (active[static_cast<std::size_t>(fixedCols + l)] && coef(fixedCols + l) < 0.0
                    && (worst < 0 || coef(fixedCols + l) < coef(fixedCols + worst)))
                    worst = l;
            if (worst < 0)
                break;
            active[static_cast<std::size_t>(fixedCols + worst)] = false;
        }
        for (int l = 0; l < lines; ++l)
            coef(fixedCols + l) = std::max(0.0, coef(fixedCols + l));
        if (coefOut)
            *coefOut = coef;
        return (masked - x * coef).squaredNorm();
    }

    double sse(const double *v, const Eigen::VectorXd &target, Eigen::VectorXd *coefOut)
    {
        computeHill(v);
        return solve(target, coefOut);
    }

    // Weak priors, in SSE units (noise variance x squared z-scores): carry-over near 0.3,
    // shape near 1 and K near the typical adstock. A shared outcome identifies a line only through its week-to-week
    // movement, so a slow (theta 0.9), saturated (S 3) curve turns into a second baseline
    // whose level the intercept cannot tell apart; without the priors the demo's Facebook
    // took such a curve and a ROAS of 15 against a truth of 1.6. 0 = off.
    double priorVariance = 0.0;

    double penalty(const double *v) const
    {
        if (priorVariance <= 0.0)
            return 0.0;
        double z2 = 0.0;
        for (int l = 0; l < lines; ++l) {
            const double theta = (v[3 * l] - 0.3) / 0.25;
            const double shape = std::log(v[3 * l + 2]) / 0.35;
            // K near the typical adstock of a week with spend (within a factor of e): a K far
            // below it makes the curve an on/off switch whose level rivals the intercept.
            const double typical = meanNonZero[static_cast<std::size_t>(l)] / (1.0 - v[3 * l]);
            const double halfSat = typical > 0.0 ? (v[3 * l + 1] - std::log(2.0 * typical)) / 0.7 : 0.0;
            z2 += theta * theta + shape * shape + halfSat * halfSat;
        }
        return priorVariance * z2;
    }

    const Eigen::VectorXd *target = nullptr;
};

double jointObjective(unsigned, const double *v, double *, void *data)
{
    auto *problem = static_cast<JointProblem *>(data);
    if ((++problem->evals & 63) == 0 && problem->progress && problem->progress->cancelled() && problem->running
        && *problem->running)
        nlopt_force_stop(*problem->running);
    return problem->sse(v, *problem->target, nullptr) + problem->penalty(v);
}

std::vector<double> fitJointParams(JointProblem &problem, const std::vector<std::vector<double>> &starts,
                                   int maxEval, bool refit)
{
    NloptRun run;
    run.f = jointObjective;
    run.data = &problem;
    run.maxEval = maxEval;
    if (refit) {
        run.xtolRel = 1e-4;
        run.ftolRel = 1e-7;
        for (int l = 0; l < problem.lines; ++l)
            run.initialStep.insert(run.initialStep.end(), {0.05, 0.1, 0.1});
    }
    for (int l = 0; l < problem.lines; ++l) {
        const double scale = problem.kScale[static_cast<std::size_t>(l)];
        run.lower.insert(run.lower.end(), {0.0, std::log(kKLowFactor * scale), kShapeMin});
        run.upper.insert(run.upper.end(), {kThetaMax, std::log(kKHighFactor * scale), kShapeMax});
    }
    nlopt_opt handle = nullptr;
    problem.running = &handle;
    std::vector<double> best;
    double bestValue = HUGE_VAL;
    for (auto start : starts) {
        const double value = runBobyqa(run, start, &handle);
        if (best.empty() || value < bestValue) { // a failed run (NaN, bad step) still yields its start
            bestValue = value;
            best = start;
        }
    }
    problem.running = nullptr;
    return best;
}

} // namespace

namespace fitstats {

double rSquared(const std::vector<double> &y, const std::vector<double> &fitted)
{
    if (y.empty())
        return 0.0;
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(y.size());
    double sse = 0.0, sst = 0.0;
    for (std::size_t t = 0; t < y.size(); ++t) {
        sse += (y[t] - fitted[t]) * (y[t] - fitted[t]);
        sst += (y[t] - mean) * (y[t] - mean);
    }
    return sst > 0.0 ? 1.0 - sse / sst : 0.0;
}

double mape(const std::vector<double> &y, const std::vector<double> &fitted)
{
    double sum = 0.0;
    int count = 0;
    for (std::size_t t = 0; t < y.size(); ++t) {
        if (y[t] == 0.0)
            continue;
        sum += std::abs((y[t] - fitted[t]) / y[t]);
        ++count;
    }
    return count > 0 ? sum / count : 0.0;
}

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (pos - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

Estimate centredBand(const std::vector<double> &draws, double point, double qLow, double qHigh)
{
    if (draws.empty())
        return {point, point, point};
    const double median = quantile(draws, 0.5);
    const double low = std::min(point, std::max(0.0, point + quantile(draws, qLow) - median));
    const double high = std::max(point, point + quantile(draws, qHigh) - median);
    return {point, low, high};
}

} // namespace fitstats

Result<LineFit> fitLine(const LineSeries &line, const FitOptions &options, ProgressSink &sink)
{
    SharedProgress progress(sink, 1);
    auto fit = fitOneLine(line, options, progress, 0);
    if (fit)
        progress.step();
    return fit;
}

Result<std::vector<LineFit>> fitLines(const std::vector<LineSeries> &lines, const FitOptions &options,
                                      ProgressSink &sink)
{
    const int count = static_cast<int>(lines.size());
    SharedProgress progress(sink, count);
    std::vector<std::optional<Result<LineFit>>> results(lines.size());
    parallelFor(count, threadCount(options, count), [&](int i) {
        const auto index = static_cast<std::size_t>(i);
        results[index].emplace(fitOneLine(lines[index], options, progress, static_cast<quint64>(i)));
        progress.step();
    });
    if (progress.cancelled())
        return Error::cancelled();
    std::vector<LineFit> fits;
    fits.reserve(lines.size());
    for (auto &result : results) {
        if (!result->ok())
            return result->error();
        fits.push_back(std::move(*result).value());
    }
    return fits;
}

Result<JointFit> fitJoint(const JointInput &input, const FitOptions &options, ProgressSink &sink)
{
    const int n = static_cast<int>(input.outcome.size());
    const int lines = static_cast<int>(input.lines.size());
    if (lines == 0)
        return Error::badInput(QStringLiteral("a joint fit needs at least one line with spend"));
    const int harmonics = std::max(0, options.harmonics);
    const int controls = static_cast<int>(input.controls.size());
    const int fixedCols = 2 + 2 * harmonics + controls;
    if (n < fixedCols + 4 * lines + 2)
        return Error::badInput(QStringLiteral("%1 weeks of outcome are too few to fit %2 lines with trend and "
                                              "seasonality (need at least %3)")
                                   .arg(n)
                                   .arg(lines)
                                   .arg(fixedCols + 4 * lines + 2));
    for (const auto &line : input.lines) {
        if (static_cast<int>(line.spend.size()) != n)
            return Error::badInput(QStringLiteral("line %1: %2 weeks of spend but %3 weeks of outcome")
                                       .arg(line.line)
                                       .arg(line.spend.size())
                                       .arg(n));
        for (double v : line.spend)
            if (!std::isfinite(v) || v < 0.0)
                return Error::badInput(QStringLiteral("line %1: spend must be finite and non-negative").arg(line.line));
    }
    for (int c = 0; c < controls; ++c)
        if (static_cast<int>(input.controls[static_cast<std::size_t>(c)].size()) != n)
            return Error::badInput(QStringLiteral("control %1 has the wrong number of weeks")
                                       .arg(c < static_cast<int>(input.controlNames.size())
                                                ? input.controlNames[static_cast<std::size_t>(c)]
                                                : QString::number(c + 1)));

    SharedProgress progress(sink, 1 + options.bootstrap);
    JointProblem problem;
    problem.n = n;
    problem.lines = lines;
    problem.fixedCols = fixedCols;
    problem.fixed.resize(n, fixedCols);
    problem.y = Eigen::Map<const Eigen::VectorXd>(input.outcome.data(), n);
    // Week of the year from the calendar when known, so the season lines up with it.
    const double dayZero = input.firstDay == kNoDay ? 0.0 : static_cast<double>(input.firstDay);
    for (int t = 0; t < n; ++t) {
        problem.fixed(t, 0) = 1.0;
        problem.fixed(t, 1) = static_cast<double>(t) / n; // scaled so the normal equations stay balanced
        const double yearPhase = 2.0 * std::numbers::pi * (dayZero + 7.0 * t) / 365.25;
        for (int h = 0; h < harmonics; ++h) {
            problem.fixed(t, 2 + 2 * h) = std::cos((h + 1) * yearPhase);
            problem.fixed(t, 3 + 2 * h) = std::sin((h + 1) * yearPhase);
        }
        for (int c = 0; c < controls; ++c)
            problem.fixed(t, 2 + 2 * harmonics + c) = input.controls[static_cast<std::size_t>(c)][static_cast<std::size_t>(t)];
    }
    std::vector<SpendStats> stats;
    for (const auto &line : input.lines) {
        problem.spend.emplace_back(line.spend);
        stats.push_back(spendStats(line.spend));
        problem.kScale.push_back(stats.back().max > 0.0 ? stats.back().max : 1.0);
        problem.meanSpend.push_back(n > 0 ? stats.back().total / n : 0.0);
        problem.meanNonZero.push_back(stats.back().meanNonZero);
    }
    // Eight warm-up weeks when the history is long enough to spare them.
    problem.warmup = n >= 4 * (fixedCols + 4 * lines + 2) ? 8 : 0;
    problem.hill.resize(n, lines);
    problem.a.resize(static_cast<std::size_t>(n));
    problem.progress = &progress;
    problem.target = &problem.y;

    // Starts: a sensible default plus a few spread over the box (deterministic).
    std::vector<std::vector<double>> starts;
    const std::array<std::array<double, 3>, 6> pattern = {{{0.3, 1.0, 1.0},
                                                          {0.1, 0.5, 2.0},
                                                          {0.6, 2.0, 0.8},
                                                          {0.0, 1.0, 1.5},
                                                          {0.8, 0.7, 1.2},
                                                          {0.4, 3.0, 2.5}}};
    for (std::size_t s = 0; s < pattern.size(); ++s) {
        std::vector<double> v;
        for (int l = 0; l < lines; ++l) {
            // Lines take the patterns in a rotated order so they do not all move together.
            const auto &p = pattern[(s + static_cast<std::size_t>(l)) % pattern.size()];
            const auto &st = stats[static_cast<std::size_t>(l)];
            const double base = st.meanNonZero > 0.0 ? st.meanNonZero : 1.0;
            v.insert(v.end(), {p[0], std::log(p[1] * base / (1.0 - p[0])), p[2]});
        }
        starts.push_back(std::move(v));
    }
    // First without priors to learn the noise level, then with them (MAP) from the same
    // starts and the unpenalised optimum.
    const std::vector<double> free = fitJointParams(problem, starts, 3000, false);
    if (progress.cancelled())
        return Error::cancelled();
    const int params = fixedCols + 4 * lines;
    problem.priorVariance = problem.sse(free.data(), problem.y, nullptr) / std::max(1, n - params);
    starts.push_back(free);
    const std::vector<double> point = fitJointParams(problem, starts, 3000, false);
    if (progress.cancelled())
        return Error::cancelled();
    progress.step();

    Eigen::VectorXd coef;
    problem.sse(point.data(), problem.y, &coef);
    const Eigen::VectorXd fittedVec = [&] {
        Eigen::MatrixXd x(n, fixedCols + lines);
        x.leftCols(fixedCols) = problem.fixed;
        x.rightCols(lines) = problem.hill;
        return Eigen::VectorXd(x * coef);
    }();

    JointFit fit;
    fit.baseline = coef(0);
    fit.trend = coef(1) / n;
    for (int h = 0; h < 2 * harmonics; ++h)
        fit.seasonal.push_back(coef(2 + h));
    for (int c = 0; c < controls; ++c)
        fit.controlEffects.push_back(coef(2 + 2 * harmonics + c));
    const Eigen::VectorXd base = problem.fixed * coef.head(fixedCols);
    fit.baseSeries.assign(base.data(), base.data() + n);
    fit.fitted.assign(fittedVec.data(), fittedVec.data() + n);
    {
        const auto skip = static_cast<std::ptrdiff_t>(problem.warmup);
        const std::vector<double> yFit(input.outcome.begin() + skip, input.outcome.end());
        const std::vector<double> fFit(fit.fitted.begin() + skip, fit.fitted.end());
        fit.r2 = fitstats::rSquared(yFit, fFit);
        fit.mape = fitstats::mape(yFit, fFit);
    }

    auto paramsOf = [&](const std::vector<double> &v, const Eigen::VectorXd &c, int l) {
        return CurveParams{v[static_cast<std::size_t>(3 * l)], std::exp(v[static_cast<std::size_t>(3 * l + 1)]),
                           v[static_cast<std::size_t>(3 * l + 2)], c(fixedCols + l)};
    };

    // Bootstrap: resample blocks of residuals around the fit and refit from the point
    // estimate; every resample yields one parameter set for all lines at once.
    // Residuals of the fitted weeks only: the warm-up weeks are not explained by the fit.
    std::vector<double> residuals;
    for (int t = problem.warmup; t < n; ++t)
        residuals.push_back(input.outcome[static_cast<std::size_t>(t)] - fittedVec(t));
    const int resamples = std::max(0, options.bootstrap);
    std::vector<std::vector<CurveParams>> draws(static_cast<std::size_t>(resamples));
    const int threads = threadCount(options, resamples);
    parallelFor(resamples, threads, [&](int b) {
        if (progress.cancelled())
            return;
        JointProblem local = problem; // scratch buffers are per thread
        std::mt19937_64 rng = rngFor(options.seed, static_cast<quint64>(b) + 1);
        const std::vector<double> r = blockResample(residuals, options.blockLength, rng);
        Eigen::VectorXd yStar = fittedVec;
        // r covers the fitted weeks only; the warm-up weeks keep the fit (they are masked).
        for (std::size_t i = 0; i < r.size(); ++i)
            yStar(problem.warmup + static_cast<Eigen::Index>(i)) += r[i];
        local.target = &yStar;
        std::vector<double> v = fitJointParams(local, {point}, 600, true);
        Eigen::VectorXd c;
        // A refit that breaks down (non-finite objective) falls back on the point estimate
        // rather than handing garbage to the bands.
        if (!std::isfinite(local.sse(v.data(), yStar, &c)) || !c.allFinite()) {
            v = point;
            c = coef;
        }
        auto &set = draws[static_cast<std::size_t>(b)];
        for (int l = 0; l < lines; ++l)
            set.push_back(paramsOf(v, c, l));
        progress.step();
    });
    if (progress.cancelled())
        return Error::cancelled();

    for (int l = 0; l < lines; ++l) {
        const auto &series = input.lines[static_cast<std::size_t>(l)];
        const auto &st = stats[static_cast<std::size_t>(l)];
        LineFit lf;
        lf.line = series.line;
        lf.params = paramsOf(point, coef, l);
        lf.r2 = fit.r2;
        lf.mape = fit.mape;
        lf.totalSpend = st.total;
        lf.maxWeeklySpend = st.max;
        lf.weeks = n;
        lf.nonZeroWeeks = st.nonZero;
        lf.spendCv = st.cv;
        lf.warnings = spendWarnings(st, options);
        lf.warnings << boundWarnings(lf.params, problem.kScale[static_cast<std::size_t>(l)]);
        std::vector<double> incrementals;
        for (const auto &set : draws) {
            lf.draws.push_back(set[static_cast<std::size_t>(l)]);
            const auto s = curve::responseSeries(set[static_cast<std::size_t>(l)], series.spend);
            incrementals.push_back(std::accumulate(s.begin(), s.end(), 0.0));
        }
        const auto s = curve::responseSeries(lf.params, series.spend);
        const double incremental = std::accumulate(s.begin(), s.end(), 0.0);
        // Each resample's fit is pulled toward the priors once more, so the raw quantiles
        // sit beside the (already shrunk) point rather than around it.
        lf.incremental = fitstats::centredBand(incrementals, incremental, options.bandLow, options.bandHigh);
        if (st.total > 0.0)
            lf.roas = {lf.incremental.value / st.total, lf.incremental.low / st.total, lf.incremental.high / st.total};
        fit.lines.push_back(std::move(lf));
    }
    qCDebug(lcPlanning) << "joint fit of" << lines << "lines over" << n << "weeks, R2" << fit.r2;
    return fit;
}

} // namespace iroi
