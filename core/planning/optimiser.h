#pragma once

#include "core/common/result.h"
#include "core/planning/fitter.h"
#include "core/planning/responsecurve.h"

#include <QString>

#include <limits>
#include <span>
#include <vector>

namespace iroi {

// A fitted line as the planner sees it, with the spend bounds the user set.
struct PlanLine
{
    QString line;
    CurveParams params;
    std::vector<CurveParams> draws; // bootstrap parameter sets, for the bands
    double currentSpend = 0.0;      // over a period as long as the plan's (the reference)
    double minSpend = 0.0;
    double maxSpend = std::numeric_limits<double>::infinity();
    bool frozen = false; // spend stays at frozenSpend (or currentSpend when that is negative)
    double frozenSpend = -1.0;
};

enum class Objective {
    MaximiseOutcome, // revenue, conversions, ... whatever the lines were fitted on
    MaximiseRoi,     // highest outcome per spend, spending at least minTotal
    TargetRoas,      // the largest total whose optimal allocation still returns `target` per unit spent
    TargetOutcome,   // the least total whose optimal allocation reaches `target` outcome
};

struct PlanRequest
{
    std::vector<PlanLine> lines;
    int weeks = 13;
    std::vector<double> flighting; // relative weight per week (normalised); empty = equal weeks
    double budget = 0.0;           // total for the period, frozen lines included; a cap for the targets
    Objective objective = Objective::MaximiseOutcome;
    double minTotal = 0.0; // MaximiseRoi: spend at least this much
    double target = 0.0;   // TargetRoas: outcome per unit spend; TargetOutcome: outcome
    bool outcomeIsMoney = true; // ROI = (outcome - spend) / spend only makes sense for money
    double bandLow = 0.10;
    double bandHigh = 0.90;
};

enum class Bound { None, Lower, Upper, Frozen };

struct LinePlan
{
    QString line;
    double currentSpend = 0.0;
    double proposedSpend = 0.0;
    double delta = 0.0;
    Bound atBound = Bound::None;
    Estimate predicted;        // outcome over the period at the proposed spend, with 80% band
    Estimate currentPredicted; // ... at the current spend
    double roas = 0.0;         // predicted / proposed spend (outcome per unit spend)
    double marginalRoas = 0.0; // d predicted / d spend at the proposed spend
    // (outcome - spend) / spend and its marginal counterpart; NaN unless the outcome is money.
    double roi = 0.0;
    double marginalRoi = 0.0;
};

struct Plan
{
    Objective objective = Objective::MaximiseOutcome;
    std::vector<LinePlan> lines;
    double totalSpend = 0.0;
    double currentTotalSpend = 0.0;
    Estimate totalPredicted;
    Estimate currentTotalPredicted;
    double roas = 0.0;
    double roi = 0.0; // NaN unless money
    bool targetReached = true; // TargetRoas / TargetOutcome
    QString note;              // e.g. "the budget exceeds every line's maximum; 1,200 left unspent"
};

// Allocates the budget. Exact water-filling on the Lagrange multiplier (equal marginal
// return across lines not at a bound) for concave curves; with S-shaped curves the
// water-filling result is polished by NLopt SLSQP. Errors: infeasible bounds (the minimums
// and frozen lines exceed the budget), bad weights.
Result<Plan> optimise(const PlanRequest &request);

// The manual what-if: evaluates a given spend per line (request.lines order). Only curve
// evaluations, cheap enough for every slider move.
Plan evaluate(const PlanRequest &request, std::span<const double> allocation);

// The default ceiling of a line's spend over a plan of `weeks` weeks: kHistoryCapFactor
// times the largest week the history saw, every week. A curve fitted on history says
// little about spend far beyond it (and nothing at all when its parameters ended at their
// bounds), so the planner does not propose more unless the user raises the line's maximum.
// Infinity when the history has no spend.
inline constexpr double kHistoryCapFactor = 2.0;
double historyCap(double maxWeeklySpend, int weeks);

// Checks the request (weeks, weights, bounds); optimise() calls it.
Status validate(const PlanRequest &request);

} // namespace iroi
