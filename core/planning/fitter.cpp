#include "core/planning/fitter.h"

#include "core/planning/fitsupport.h"

#include "core/common/logging.h"

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

using namespace fitdetail;

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

    std::vector<double> best = bestOfStarts(run, starts, &handle);
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

} // namespace iroi
