#include "core/planning/fitter.h"

#include "core/planning/fitsupport.h"

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

// The joint fit: one shared outcome explained by baseline, trend, season, controls and
// every line's curve (see fitter.h).

namespace iroi {

namespace {

using namespace fitdetail;

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
    std::vector<double> best = bestOfStarts(run, starts, &handle);
    problem.running = nullptr;
    return best;
}

} // namespace

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
