#pragma once

#include <QtGlobal>

namespace iroi::demo {

// The demo's only source of randomness: xoshiro256** seeded through splitmix64, with
// distribution helpers written here. std:: distributions are avoided on purpose: their
// algorithms differ between standard libraries, and the demo must be the same file for
// the same seed on every platform.
class Random
{
public:
    explicit Random(quint64 seed);

    quint64 next();
    // An independent stream for one part of the data, so that changing how much one
    // part draws does not shift every value drawn after it.
    Random fork(quint64 stream) const;

    double uniform(); // [0, 1), 53 bits
    double uniform(double low, double high);
    int uniformInt(int low, int high); // inclusive on both ends
    bool chance(double probability);
    double normal(); // standard normal, Box-Muller
    double normal(double mean, double sd);
    double logNormal(double mu, double sigma);
    double exponential(double mean);
    // Poisson for small means (Knuth), rounded normal approximation for large ones.
    qint64 poisson(double mean);
    // Number of successes before failure, with the given mean (mean / (1 + mean) per step).
    int geometric(double mean);

private:
    quint64 m_state[4] = {};
    quint64 m_seed = 0;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace iroi::demo
