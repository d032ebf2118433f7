#pragma once

#include <span>
#include <vector>

namespace iroi {

// One line's response curve: geometric adstock (carry-over) followed by a Hill
// saturation. Spend and outcome are in the caller's units (e.g. euros and euros of
// revenue, or euros and conversions); the curve does not care.
//   a_t = x_t + theta * a_{t-1}
//   f(a) = beta * a^S / (K^S + a^S)
struct CurveParams
{
    double theta = 0.0; // weekly carry-over in [0, 1)
    double k = 1.0;     // half-saturation adstock (f(K) = beta / 2), > 0
    double s = 1.0;     // shape: <= 1 concave, > 1 S-shaped
    double beta = 0.0;  // ceiling: the weekly outcome the line approaches, >= 0

    bool operator==(const CurveParams &) const = default;
};

namespace curve {

// a_t = x_t + theta * a_{t-1}, a_{-1} = 0.
std::vector<double> adstock(std::span<const double> spend, double theta);
void adstockInto(std::span<const double> spend, double theta, std::span<double> out);

// a^S / (K^S + a^S), in [0, 1); 0 for a <= 0.
double hillUnit(double adstock, double k, double s);
// d/da of hillUnit.
double hillUnitDerivative(double adstock, double k, double s);

// beta * hillUnit(a): the weekly outcome for an adstock level.
double response(const CurveParams &p, double adstock);

// Weekly outcome caused by the spend series (adstock, then saturation).
std::vector<double> responseSeries(const CurveParams &p, std::span<const double> spend);

// Steady state: a constant weekly spend x keeps the adstock at x / (1 - theta).
double steadyStateAdstock(const CurveParams &p, double weeklySpend);
// The weekly outcome of a constant weekly spend in steady state.
double steadyResponse(const CurveParams &p, double weeklySpend);
// d(steadyResponse)/d(weeklySpend) = beta * hill'(x / (1 - theta)) / (1 - theta).
double steadyMarginal(const CurveParams &p, double weeklySpend);

// The outcome of a whole planned period: `total` spread over the weeks by `weights`
// (summing to 1; empty = equal weeks over `weeks` weeks), each week in steady state.
// Steady state per week keeps the planner a sum of independent concave-or-S pieces, which
// is what makes water-filling exact; the carry-over into the next period is ignored, as
// the peers' budget allocators do.
double periodResponse(const CurveParams &p, double total, std::span<const double> weights, int weeks);
// d(periodResponse)/d(total).
double periodMarginal(const CurveParams &p, double total, std::span<const double> weights, int weeks);

} // namespace curve
} // namespace iroi
