#include "core/planning/responsecurve.h"

#include <algorithm>
#include <cmath>

namespace iroi::curve {

void adstockInto(std::span<const double> spend, double theta, std::span<double> out)
{
    double carry = 0.0;
    const std::size_t n = std::min(spend.size(), out.size());
    for (std::size_t t = 0; t < n; ++t) {
        carry = spend[t] + theta * carry;
        out[t] = carry;
    }
}

std::vector<double> adstock(std::span<const double> spend, double theta)
{
    std::vector<double> out(spend.size());
    adstockInto(spend, theta, out);
    return out;
}

double hillUnit(double adstock, double k, double s)
{
    if (adstock <= 0.0 || k <= 0.0)
        return 0.0;
    // 1 / (1 + (K/a)^S) is the same ratio without overflowing a^S for large a.
    return 1.0 / (1.0 + std::pow(k / adstock, s));
}

double hillUnitDerivative(double adstock, double k, double s)
{
    if (adstock <= 0.0 || k <= 0.0) {
        // The slope at zero is infinite for S < 1, 1/K for S = 1 and 0 for S > 1; a large
        // finite value keeps the optimiser's bisections well defined.
        if (s < 1.0)
            return 1e12;
        return s == 1.0 ? 1.0 / k : 0.0;
    }
    const double r = std::pow(k / adstock, s); // (K/a)^S
    // h = 1/(1+r), dr/da = -S r / a  =>  dh/da = S r / (a (1+r)^2)
    return s * r / (adstock * (1.0 + r) * (1.0 + r));
}

double response(const CurveParams &p, double adstock)
{
    return p.beta * hillUnit(adstock, p.k, p.s);
}

std::vector<double> responseSeries(const CurveParams &p, std::span<const double> spend)
{
    std::vector<double> out = adstock(spend, p.theta);
    for (double &v : out)
        v = response(p, v);
    return out;
}

double steadyStateAdstock(const CurveParams &p, double weeklySpend)
{
    return weeklySpend / (1.0 - p.theta);
}

double steadyResponse(const CurveParams &p, double weeklySpend)
{
    return response(p, steadyStateAdstock(p, weeklySpend));
}

double steadyMarginal(const CurveParams &p, double weeklySpend)
{
    return p.beta * hillUnitDerivative(steadyStateAdstock(p, weeklySpend), p.k, p.s) / (1.0 - p.theta);
}

double periodResponse(const CurveParams &p, double total, std::span<const double> weights, int weeks)
{
    if (weights.empty()) {
        if (weeks <= 0)
            return 0.0;
        return weeks * steadyResponse(p, total / weeks);
    }
    double sum = 0.0;
    for (double w : weights)
        sum += steadyResponse(p, total * w);
    return sum;
}

double periodMarginal(const CurveParams &p, double total, std::span<const double> weights, int weeks)
{
    if (weights.empty()) {
        if (weeks <= 0)
            return 0.0;
        return steadyMarginal(p, total / weeks);
    }
    double sum = 0.0;
    for (double w : weights)
        sum += w * steadyMarginal(p, total * w);
    return sum;
}

} // namespace iroi::curve
