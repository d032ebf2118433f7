#include "core/planning/optimiser.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace iroi {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The request with its weights normalised and each line's feasible interval settled.
struct Problem
{
    const PlanRequest &request;
    std::vector<double> weights; // normalised; empty = equal weeks
    std::vector<double> lo, hi;  // per line; frozen lines have lo == hi
    std::vector<double> concaveFrom; // spend beyond which the line's curve is concave
    double frozenTotal = 0.0;
    double freeLo = 0.0, freeHi = 0.0;

    explicit Problem(const PlanRequest &r) : request(r)
    {
        if (!r.flighting.empty()) {
            const double sum = std::accumulate(r.flighting.begin(), r.flighting.end(), 0.0);
            for (double w : r.flighting)
                weights.push_back(w / sum);
        }
        double wMin = 1.0 / std::max(1, r.weeks);
        if (!weights.empty()) {
            wMin = 1.0;
            for (double w : weights)
                if (w > 0.0)
                    wMin = std::min(wMin, w);
        }
        for (const PlanLine &line : r.lines) {
            if (line.frozen) {
                const double fixed = line.frozenSpend >= 0.0 ? line.frozenSpend : line.currentSpend;
                lo.push_back(fixed);
                hi.push_back(fixed);
                frozenTotal += fixed;
            } else {
                lo.push_back(std::max(0.0, line.minSpend));
                hi.push_back(std::max(lo.back(), line.maxSpend));
                freeLo += lo.back();
                freeHi += hi.back();
            }
            // A Hill curve with S > 1 is convex below a* = K ((S-1)/(S+1))^(1/S); each week's
            // piece is concave once T w / (1 - theta) passes a*, so all are past T = a* (1-theta) / w_min.
            const CurveParams &p = line.params;
            double from = 0.0;
            if (p.s > 1.0)
                from = p.k * std::pow((p.s - 1.0) / (p.s + 1.0), 1.0 / p.s) * (1.0 - p.theta) / wMin;
            concaveFrom.push_back(from);
        }
    }

    int weeks() const { return request.weeks; }
    double response(const CurveParams &p, double x) const { return curve::periodResponse(p, x, weights, weeks()); }
    double marginal(const CurveParams &p, double x) const { return curve::periodMarginal(p, x, weights, weeks()); }
    bool fixedLine(std::size_t l) const { return hi[l] <= lo[l]; }

    // argmax over [lo, hi] of R(x) - lambda x.
    double best(std::size_t l, double lambda) const
    {
        const CurveParams &p = request.lines[l].params;
        const double a = lo[l], b = hi[l];
        if (b <= a)
            return a;
        const double start = std::clamp(concaveFrom[l], a, b);
        double x;
        if (marginal(p, start) <= lambda) {
            x = start;
        } else if (std::isfinite(b) && marginal(p, b) >= lambda) {
            x = b;
        } else {
            // R' is decreasing past `start`: bisect R'(x) = lambda. An infinite upper bound
            // is replaced by doubling until the slope falls below lambda.
            double left = start, right = std::isfinite(b) ? b : std::max(1.0, 2.0 * start);
            while (!std::isfinite(b) && marginal(p, right) > lambda && right < 1e15)
                right *= 2.0;
            for (int i = 0; i < 60 && right - left > 1e-9 * (1.0 + right); ++i) {
                const double mid = 0.5 * (left + right);
                (marginal(p, mid) > lambda ? left : right) = mid;
            }
            x = 0.5 * (left + right);
        }
        if (start > a && response(p, a) - lambda * a >= response(p, x) - lambda * x)
            return a; // an S-shaped line whose hump does not pay for itself at this lambda
        return x;
    }

    std::vector<double> allocationAt(double lambda) const
    {
        std::vector<double> x(lo.size());
        for (std::size_t l = 0; l < lo.size(); ++l)
            x[l] = best(l, lambda);
        return x;
    }

    static double sum(const std::vector<double> &x) { return std::accumulate(x.begin(), x.end(), 0.0); }

    double outcome(const std::vector<double> &x) const
    {
        double total = 0.0;
        for (std::size_t l = 0; l < x.size(); ++l)
            total += response(request.lines[l].params, x[l]);
        return total;
    }

    bool hasSShaped() const
    {
        for (std::size_t l = 0; l < lo.size(); ++l)
            if (!fixedLine(l) && request.lines[l].params.s > 1.0 && request.lines[l].params.beta > 0.0)
                return true;
        return false;
    }

    // Optimal allocation of `total` (frozen lines included). Assumes feasibility.
    std::vector<double> allocate(double total) const
    {
        const double freeBudget = total - frozenTotal;
        if (freeBudget <= freeLo)
            return lo;
        if (freeBudget >= freeHi)
            return hi;
        // The multiplier lambda is the common marginal return; bisect it in log space
        // because slopes span many decades (near zero spend a concave Hill is very steep).
        double lambdaMax = 1e-300;
        for (std::size_t l = 0; l < lo.size(); ++l)
            if (!fixedLine(l)) {
                const CurveParams &p = request.lines[l].params;
                lambdaMax = std::max(lambdaMax, marginal(p, std::clamp(concaveFrom[l], lo[l], hi[l])));
                lambdaMax = std::max(lambdaMax, marginal(p, lo[l]));
            }
        double logHigh = std::log(lambdaMax) + 1.0; // everyone at lo: sum <= budget
        double logLow = logHigh - 80.0;              // everyone near hi: sum >= budget
        std::vector<double> under = allocationAt(std::exp(logHigh));
        std::vector<double> over = allocationAt(std::exp(logLow));
        for (int i = 0; i < 100; ++i) {
            const double mid = 0.5 * (logLow + logHigh);
            std::vector<double> x = allocationAt(std::exp(mid));
            const double s = sum(x);
            if (s > total) {
                logLow = mid;
                over = std::move(x);
            } else {
                logHigh = mid;
                under = std::move(x);
            }
            if (logHigh - logLow < 1e-13)
                break;
        }
        // Blend the two sides so the budget is spent exactly; for concave curves they
        // differ by a rounding error, for S-shaped ones the polish below repairs the blend.
        const double sUnder = sum(under), sOver = sum(over);
        const double alpha = sOver > sUnder ? (total - sUnder) / (sOver - sUnder) : 0.0;
        std::vector<double> x(lo.size());
        for (std::size_t l = 0; l < x.size(); ++l)
            x[l] = std::clamp(under[l] + alpha * (over[l] - under[l]), lo[l], hi[l]);
        if (hasSShaped())
            polish(x, total);
        return x;
    }

    // S-shaped curves make the problem non-concave: water-filling gives a good start and
    // SLSQP (gradient, one equality constraint, bounds) finishes it. Variables are scaled
    // by the free budget so SLSQP sees numbers near 1.
    void polish(std::vector<double> &x, double total) const
    {
        std::vector<std::size_t> freeIdx;
        for (std::size_t l = 0; l < x.size(); ++l)
            if (!fixedLine(l))
                freeIdx.push_back(l);
        const double scale = std::max(1e-9, total - frozenTotal);
        struct Ctx
        {
            const Problem *problem;
            const std::vector<std::size_t> *idx;
            double scale;
            double budget;
        } ctx{this, &freeIdx, scale, (total - frozenTotal) / scale};
        auto objective = [](unsigned n, const double *v, double *grad, void *data) -> double {
            const auto *c = static_cast<const Ctx *>(data);
            double value = 0.0;
            for (unsigned i = 0; i < n; ++i) {
                const CurveParams &p = c->problem->request.lines[(*c->idx)[i]].params;
                value -= c->problem->response(p, v[i] * c->scale);
                if (grad)
                    grad[i] = -c->problem->marginal(p, v[i] * c->scale) * c->scale;
            }
            return value;
        };
        auto constraint = [](unsigned n, const double *v, double *grad, void *data) -> double {
            const auto *c = static_cast<const Ctx *>(data);
            double s = 0.0;
            for (unsigned i = 0; i < n; ++i) {
                s += v[i];
                if (grad)
                    grad[i] = 1.0;
            }
            return s - c->budget;
        };
        const unsigned n = static_cast<unsigned>(freeIdx.size());
        std::vector<double> v(n), lower(n), upper(n);
        for (unsigned i = 0; i < n; ++i) {
            v[i] = x[freeIdx[i]] / scale;
            lower[i] = lo[freeIdx[i]] / scale;
            upper[i] = std::min(hi[freeIdx[i]] / scale, 1.0 + lower[i]);
        }
        nlopt_opt opt = nlopt_create(NLOPT_LD_SLSQP, n);
        nlopt_set_lower_bounds(opt, lower.data());
        nlopt_set_upper_bounds(opt, upper.data());
        nlopt_set_min_objective(opt, objective, &ctx);
        nlopt_add_equality_constraint(opt, constraint, &ctx, 1e-10);
        nlopt_set_xtol_rel(opt, 1e-10);
        nlopt_set_ftol_rel(opt, 1e-12);
        nlopt_set_maxeval(opt, 400);
        double minimum = 0.0;
        const nlopt_result code = nlopt_optimize(opt, v.data(), &minimum);
        nlopt_destroy(opt);
        if (code < 0)
            return;
        std::vector<double> candidate = x;
        double s = 0.0;
        for (unsigned i = 0; i < n; ++i) {
            candidate[freeIdx[i]] = std::clamp(v[i] * scale, lo[freeIdx[i]], hi[freeIdx[i]]);
            s += candidate[freeIdx[i]];
        }
        if (std::abs(s + frozenTotal - total) > 1e-6 * (1.0 + total))
            return; // SLSQP did not meet the budget; keep the water-filling answer
        if (outcome(candidate) > outcome(x))
            x = std::move(candidate);
    }
};

using fitstats::centredBand;

Estimate band(const std::vector<CurveParams> &draws, const Problem &problem, double x, double point, double qLow,
              double qHigh, std::vector<double> &scratch)
{
    scratch.clear();
    for (const CurveParams &d : draws)
        scratch.push_back(problem.response(d, x));
    return centredBand(scratch, point, qLow, qHigh);
}

Plan buildPlan(const Problem &problem, std::span<const double> allocation)
{
    const PlanRequest &r = problem.request;
    Plan plan;
    plan.objective = r.objective;
    std::size_t draws = std::numeric_limits<std::size_t>::max();
    for (const PlanLine &line : r.lines)
        draws = std::min(draws, line.draws.size());
    if (r.lines.empty())
        draws = 0;
    std::vector<double> totalDraws(draws, 0.0), currentDraws(draws, 0.0), scratch;
    for (std::size_t l = 0; l < r.lines.size(); ++l) {
        const PlanLine &line = r.lines[l];
        LinePlan lp;
        lp.line = line.line;
        lp.currentSpend = line.currentSpend;
        lp.proposedSpend = l < allocation.size() ? allocation[l] : 0.0;
        lp.delta = lp.proposedSpend - lp.currentSpend;
        const double tol = 1e-6 * (1.0 + lp.proposedSpend);
        if (line.frozen)
            lp.atBound = Bound::Frozen;
        else if (lp.proposedSpend <= problem.lo[l] + tol)
            lp.atBound = Bound::Lower;
        else if (lp.proposedSpend >= problem.hi[l] - tol)
            lp.atBound = Bound::Upper;
        lp.predicted = band(line.draws, problem, lp.proposedSpend, problem.response(line.params, lp.proposedSpend),
                            r.bandLow, r.bandHigh, scratch);
        lp.currentPredicted = band(line.draws, problem, lp.currentSpend,
                                   problem.response(line.params, lp.currentSpend), r.bandLow, r.bandHigh, scratch);
        for (std::size_t d = 0; d < draws; ++d) {
            totalDraws[d] += problem.response(line.draws[d], lp.proposedSpend);
            currentDraws[d] += problem.response(line.draws[d], lp.currentSpend);
        }
        lp.roas = lp.proposedSpend > 0.0 ? lp.predicted.value / lp.proposedSpend : 0.0;
        lp.marginalRoas = problem.marginal(line.params, lp.proposedSpend);
        lp.roi = r.outcomeIsMoney && lp.proposedSpend > 0.0 ? lp.roas - 1.0 : kNaN;
        lp.marginalRoi = r.outcomeIsMoney ? lp.marginalRoas - 1.0 : kNaN;
        plan.totalSpend += lp.proposedSpend;
        plan.currentTotalSpend += lp.currentSpend;
        plan.totalPredicted.value += lp.predicted.value;
        plan.currentTotalPredicted.value += lp.currentPredicted.value;
        plan.lines.push_back(std::move(lp));
    }
    // Summing per resample keeps the lines' co-movement (index-aligned draws in joint mode).
    plan.totalPredicted = centredBand(totalDraws, plan.totalPredicted.value, r.bandLow, r.bandHigh);
    plan.currentTotalPredicted = centredBand(currentDraws, plan.currentTotalPredicted.value, r.bandLow, r.bandHigh);
    plan.roas = plan.totalSpend > 0.0 ? plan.totalPredicted.value / plan.totalSpend : 0.0;
    plan.roi = r.outcomeIsMoney && plan.totalSpend > 0.0 ? plan.roas - 1.0 : kNaN;
    return plan;
}

// Total spend range the bounds allow, within the budget cap.
std::pair<double, double> totalRange(const Problem &problem, double cap)
{
    const double low = problem.frozenTotal + problem.freeLo;
    const double high = std::min(cap, problem.frozenTotal + problem.freeHi);
    return {low, std::max(low, high)};
}

} // namespace

Status validate(const PlanRequest &request)
{
    if (request.lines.empty())
        return Error::badInput(QStringLiteral("no lines to plan"));
    if (request.weeks <= 0)
        return Error::usage(QStringLiteral("the plan period must have at least one week"));
    if (!request.flighting.empty()) {
        if (static_cast<int>(request.flighting.size()) != request.weeks)
            return Error::usage(QStringLiteral("%1 flighting weights for %2 weeks")
                                    .arg(request.flighting.size())
                                    .arg(request.weeks));
        double sum = 0.0;
        for (double w : request.flighting) {
            if (!std::isfinite(w) || w < 0.0)
                return Error::usage(QStringLiteral("flighting weights must be non-negative"));
            sum += w;
        }
        if (sum <= 0.0)
            return Error::usage(QStringLiteral("flighting weights are all zero"));
    }
    if (!std::isfinite(request.budget) || request.budget < 0.0)
        return Error::usage(QStringLiteral("the budget must be a non-negative amount"));
    for (const PlanLine &line : request.lines) {
        if (line.minSpend > line.maxSpend)
            return Error::usage(QStringLiteral("line %1: minimum %2 is above maximum %3")
                                    .arg(line.line)
                                    .arg(line.minSpend)
                                    .arg(line.maxSpend));
        if (line.params.theta < 0.0 || line.params.theta >= 1.0 || line.params.k <= 0.0 || line.params.s <= 0.0)
            return Error::badInput(QStringLiteral("line %1 has no usable response curve").arg(line.line));
    }
    if (request.objective == Objective::TargetRoas || request.objective == Objective::TargetOutcome) {
        if (!(request.target > 0.0))
            return Error::usage(QStringLiteral("this objective needs a positive target"));
    }
    return success();
}

Result<Plan> optimise(const PlanRequest &request)
{
    if (Status s = validate(request); !s)
        return s.error();
    const Problem problem(request);
    const double needed = problem.frozenTotal + problem.freeLo;
    if (request.objective == Objective::MaximiseOutcome && needed > request.budget * (1.0 + 1e-12) + 1e-9)
        return Error::badInput(QStringLiteral("the frozen lines and minimums need %1, more than the budget %2")
                                   .arg(needed, 0, 'f', 2)
                                   .arg(request.budget, 0, 'f', 2));

    auto planFor = [&](double total) {
        const std::vector<double> x = problem.allocate(total);
        return buildPlan(problem, x);
    };
    auto roasAt = [&](double total, double *outcome = nullptr) {
        const std::vector<double> x = problem.allocate(total);
        const double value = problem.outcome(x);
        if (outcome)
            *outcome = value;
        const double spent = Problem::sum(x);
        return spent > 0.0 ? value / spent : 0.0;
    };

    const double cap = request.budget > 0.0 ? request.budget : problem.frozenTotal + problem.freeHi;
    if (!std::isfinite(cap))
        return Error::usage(QStringLiteral("this objective needs a budget or a maximum on every line"));
    const auto [low, high] = totalRange(problem, cap);

    switch (request.objective) {
    case Objective::MaximiseOutcome: {
        Plan plan = planFor(request.budget);
        if (plan.totalSpend < request.budget * (1.0 - 1e-9))
            plan.note = QStringLiteral("every line is at its maximum; %1 of the budget is left unspent")
                            .arg(request.budget - plan.totalSpend, 0, 'f', 2);
        return plan;
    }
    case Objective::MaximiseRoi: {
        // Outcome per spend over the total: a scan then a golden-section refinement around
        // the best grid point (the curve of totals need not be unimodal with S-shapes).
        const double from = std::max(low, std::min(high, request.minTotal));
        constexpr int kGrid = 16;
        double bestT = from, bestValue = -1.0;
        for (int i = 0; i <= kGrid; ++i) {
            const double t = from + (high - from) * i / kGrid;
            const double v = roasAt(t);
            if (v > bestValue) {
                bestValue = v;
                bestT = t;
            }
        }
        const double step = (high - from) / kGrid;
        double a = std::max(from, bestT - step), b = std::min(high, bestT + step);
        const double g = (std::sqrt(5.0) - 1.0) / 2.0;
        for (int i = 0; i < 30 && b - a > 1e-9 * (1.0 + b); ++i) {
            const double c = b - g * (b - a), d = a + g * (b - a);
            if (roasAt(c) >= roasAt(d))
                b = d;
            else
                a = c;
        }
        const double t = roasAt(0.5 * (a + b)) > bestValue ? 0.5 * (a + b) : bestT;
        return planFor(t);
    }
    case Objective::TargetRoas: {
        // The largest total that still returns the target per unit spent (what the peers call
        // target efficiency): for concave curves ROAS falls as the total rises, so the
        // "least budget" for a ROAS is trivially tiny; the useful answer is how far one can
        // scale before the return drops to the target.
        if (roasAt(high) >= request.target)
            return planFor(high);
        constexpr int kGrid = 32;
        double lastOk = -1.0;
        double bestT = low, bestValue = -1.0;
        for (int i = kGrid; i >= 0; --i) {
            const double t = low + (high - low) * i / kGrid;
            const double v = roasAt(t);
            if (v > bestValue) {
                bestValue = v;
                bestT = t;
            }
            if (v >= request.target) {
                lastOk = t;
                break;
            }
        }
        if (lastOk < 0.0) {
            Plan plan = planFor(bestT);
            plan.targetReached = false;
            plan.note = QStringLiteral("no total within the bounds reaches a return of %1 per unit; the best is %2")
                            .arg(request.target)
                            .arg(bestValue);
            return plan;
        }
        double a = lastOk, b = std::min(high, lastOk + (high - low) / kGrid);
        for (int i = 0; i < 50 && b - a > 1e-9 * (1.0 + b); ++i) {
            const double mid = 0.5 * (a + b);
            (roasAt(mid) >= request.target ? a : b) = mid;
        }
        return planFor(a);
    }
    case Objective::TargetOutcome: {
        double reached = 0.0;
        roasAt(high, &reached);
        if (reached < request.target) {
            Plan plan = planFor(high);
            plan.targetReached = false;
            plan.note = QStringLiteral("the bounds and budget reach at most %1 of the target %2")
                            .arg(reached)
                            .arg(request.target);
            return plan;
        }
        // The optimal outcome never falls when the total rises, so bisection finds the least total.
        double a = low, b = high;
        for (int i = 0; i < 60 && b - a > 1e-9 * (1.0 + b); ++i) {
            const double mid = 0.5 * (a + b);
            double value = 0.0;
            roasAt(mid, &value);
            (value >= request.target ? b : a) = mid;
        }
        return planFor(b);
    }
    }
    return Error::usage(QStringLiteral("unknown objective"));
}

Plan evaluate(const PlanRequest &request, std::span<const double> allocation)
{
    const Problem problem(request);
    return buildPlan(problem, allocation);
}

double historyCap(double maxWeeklySpend, int weeks)
{
    if (!(maxWeeklySpend > 0.0) || weeks <= 0)
        return std::numeric_limits<double>::infinity();
    return kHistoryCapFactor * maxWeeklySpend * weeks;
}

} // namespace iroi
