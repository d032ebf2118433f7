// Prints how long the planner's three hot paths take on simulated data:
//   fit 50 lines (104 weeks each) with a 100-resample bootstrap,
//   optimise 100 lines with bounds (a third of them S-shaped),
//   evaluate a manual allocation of 100 lines with bands (one slider move).
#include "core/planning/fitter.h"
#include "core/planning/optimiser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cmath>
#include <ctime>
#include <random>
#include <thread>

using namespace iroi;

namespace {

std::vector<double> simulatedSpend(std::mt19937_64 &rng, int weeks, double top)
{
    std::uniform_real_distribution<double> level(0.0, top);
    std::uniform_int_distribution<int> off(0, 5);
    std::vector<double> x(static_cast<std::size_t>(weeks));
    for (double &v : x)
        v = off(rng) == 0 ? 0.0 : level(rng);
    return x;
}

// CPU seconds of the whole process or of this thread: on a shared, loaded machine wall time
// says more about the neighbours than about the code, so both are printed.
double cpuSeconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int lines = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    const int resamples = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100;

    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<LineSeries> series;
    for (int i = 0; i < lines; ++i) {
        const CurveParams truth{0.1 + 0.6 * u(rng), 300.0 + 1500.0 * u(rng), 0.6 + 2.0 * u(rng), 2000.0 + 8000.0 * u(rng)};
        LineSeries s{QStringLiteral("line %1").arg(i), simulatedSpend(rng, 104, 4.0 * truth.k * (1.0 - truth.theta)), {}};
        s.outcome = curve::responseSeries(truth, s.spend);
        for (double &y : s.outcome)
            y += 0.03 * truth.beta * noise(rng);
        series.push_back(std::move(s));
    }
    FitOptions options;
    options.bootstrap = resamples;
    NullProgress progress;
    QElapsedTimer timer;
    timer.start();
    const double fitCpu0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    const auto fits = fitLines(series, options, progress);
    const double fitSeconds = timer.nsecsElapsed() / 1e9;
    const double fitCpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - fitCpu0;
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    if (!fits) {
        out << "fit failed: " << fits.error().toString() << Qt::endl;
        return 1;
    }
    out << "fit " << lines << " lines x 104 weeks, " << resamples << " bootstrap resamples, "
        << options.threads << " (0=auto) threads: " << QString::number(fitSeconds, 'f', 3) << " s wall, "
        << QString::number(fitCpu, 'f', 3) << " s CPU (/ " << cores << " cores = " << QString::number(fitCpu / cores, 'f', 3)
        << " s on an idle machine)" << Qt::endl;

    PlanRequest request;
    request.weeks = 13;
    for (int i = 0; i < 100; ++i) {
        const auto &fit = (*fits)[static_cast<std::size_t>(i % lines)];
        PlanLine line;
        line.line = QStringLiteral("plan line %1").arg(i);
        line.params = fit.params;
        line.draws = fit.draws;
        line.currentSpend = 13.0 * fit.totalSpend / 104.0;
        line.minSpend = 0.5 * line.currentSpend;
        line.maxSpend = 2.0 * line.currentSpend;
        request.budget += line.currentSpend * 1.1;
        request.lines.push_back(std::move(line));
    }
    int sShaped = 0;
    for (const auto &l : request.lines)
        sShaped += l.params.s > 1.0;
    constexpr int kRuns = 20;
    timer.restart();
    double cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    Result<Plan> plan = Error::badInput(QString());
    for (int r = 0; r < kRuns; ++r)
        plan = optimise(request);
    const double optimiseMs = timer.nsecsElapsed() / 1e6 / kRuns;
    const double optimiseCpuMs = (cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0) * 1e3 / kRuns;
    if (!plan) {
        out << "optimise failed: " << plan.error().toString() << Qt::endl;
        return 1;
    }
    out << "optimise 100 lines with bounds (" << sShaped << " S-shaped), 13 weeks: "
        << QString::number(optimiseMs, 'f', 2) << " ms wall, " << QString::number(optimiseCpuMs, 'f', 2)
        << " ms CPU per run" << Qt::endl;

    std::vector<double> allocation;
    for (const auto &l : plan->lines)
        allocation.push_back(l.proposedSpend * 1.01);
    constexpr int kEvals = 200;
    timer.restart();
    cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    double sink = 0.0;
    for (int r = 0; r < kEvals; ++r)
        sink += evaluate(request, allocation).totalPredicted.value;
    const double evalUs = timer.nsecsElapsed() / 1e3 / kEvals;
    const double evalCpuUs = (cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0) * 1e6 / kEvals;
    out << "evaluate 100 lines with " << request.lines.front().draws.size()
        << "-draw bands: " << QString::number(evalUs, 'f', 1) << " us wall, " << QString::number(evalCpuUs, 'f', 1)
        << " us CPU per call (checksum "
        << QString::number(sink / kEvals, 'f', 0) << ")" << Qt::endl;
    return 0;
}
