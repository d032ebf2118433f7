#include "core/demo/random.h"

#include <cmath>

namespace iroi::demo {

namespace {

quint64 splitmix64(quint64 &x)
{
    quint64 z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

constexpr double kTwoPi = 6.283185307179586476925286766559;

} // namespace

Random::Random(quint64 seed) : m_seed(seed)
{
    quint64 x = seed;
    for (quint64 &s : m_state)
        s = splitmix64(x);
}

Random Random::fork(quint64 stream) const
{
    quint64 x = m_seed ^ (stream * 0xD1B54A32D192ED03ULL);
    return Random(splitmix64(x));
}

quint64 Random::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double Random::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Random::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int Random::uniformInt(int low, int high)
{
    const quint64 span = static_cast<quint64>(static_cast<qint64>(high) - low + 1);
    // Multiply-shift maps 32 random bits onto the span; the bias is below 1e-7 for the
    // small spans the demo uses.
    return low + static_cast<int>(((next() >> 32) * span) >> 32);
}

bool Random::chance(double probability)
{
    return uniform() < probability;
}

double Random::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    m_spareNormal = radius * std::sin(kTwoPi * u2);
    m_hasSpare = true;
    return radius * std::cos(kTwoPi * u2);
}

double Random::normal(double mean, double sd)
{
    return mean + sd * normal();
}

double Random::logNormal(double mu, double sigma)
{
    return std::exp(normal(mu, sigma));
}

double Random::exponential(double mean)
{
    double u = uniform();
    while (u <= 0.0)
        u = uniform();
    return -mean * std::log(u);
}

qint64 Random::poisson(double mean)
{
    if (!(mean > 0.0))
        return 0;
    if (mean < 30.0) {
        const double limit = std::exp(-mean);
        qint64 k = 0;
        double product = uniform();
        while (product > limit) {
            ++k;
            product *= uniform();
        }
        return k;
    }
    const double value = std::floor(mean + std::sqrt(mean) * normal() + 0.5);
    return value < 0.0 ? 0 : static_cast<qint64>(value);
}

int Random::geometric(double mean)
{
    if (!(mean > 0.0))
        return 0;
    const double p = mean / (1.0 + mean);
    int k = 0;
    while (k < 1000 && uniform() < p)
        ++k;
    return k;
}

} // namespace iroi::demo
