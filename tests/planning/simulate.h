#pragma once

// Test-only data simulation: series made from KNOWN curves, written out here with the
// formulas (not by calling the code under test), plus Gaussian noise with a fixed seed.

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace sim {

struct Curve
{
    double theta, k, s, beta;
};

inline std::vector<double> adstock(const std::vector<double> &x, double theta)
{
    std::vector<double> a(x.size());
    double carry = 0.0;
    for (std::size_t t = 0; t < x.size(); ++t) {
        carry = x[t] + theta * carry;
        a[t] = carry;
    }
    return a;
}

inline std::vector<double> response(const Curve &c, const std::vector<double> &x)
{
    std::vector<double> y = adstock(x, c.theta);
    for (double &v : y)
        v = v > 0 ? c.beta * std::pow(v, c.s) / (std::pow(c.k, c.s) + std::pow(v, c.s)) : 0.0;
    return y;
}

// Weekly spend that varies a lot (uniform on [0, top]) with about one week in six off, so
// the curve is identifiable.
inline std::vector<double> spend(std::mt19937_64 &rng, int weeks, double top)
{
    std::uniform_real_distribution<double> level(0.0, top);
    std::uniform_int_distribution<int> off(0, 5);
    std::vector<double> x(static_cast<std::size_t>(weeks));
    for (double &v : x)
        v = off(rng) == 0 ? 0.0 : level(rng);
    return x;
}

inline void addNoise(std::vector<double> &y, std::mt19937_64 &rng, double sigma)
{
    std::normal_distribution<double> noise(0.0, sigma);
    for (double &v : y)
        v += noise(rng);
}

inline double sum(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace sim
