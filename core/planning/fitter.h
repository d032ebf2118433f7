#pragma once

#include "core/common/dates.h"
#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/planning/responsecurve.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace iroi {

// One planning line (a channel, a person or a content type): its weekly spend and, in
// per-line mode, the weekly outcome attributed to it. Both series have one value per week.
struct LineSeries
{
    QString line;
    std::vector<double> spend;
    std::vector<double> outcome; // unused in joint mode
};

// A shared outcome (one revenue column) explained by several lines at once.
struct JointInput
{
    std::vector<double> outcome;
    std::vector<LineSeries> lines; // spend only
    // Extra known regressors (events, promotions, price), one series per control.
    std::vector<QString> controlNames;
    std::vector<std::vector<double>> controls;
    EpochDay firstDay = kNoDay; // Monday of week 0; sets the phase of the seasonality
};

struct FitOptions
{
    int bootstrap = 100;       // residual-bootstrap resamples; 0 = no bands
    int blockLength = 4;       // weeks per resampled residual block (keeps autocorrelation)
    int harmonics = 2;         // Fourier pairs of the yearly season (joint mode)
    double lowVariationCv = 0.1; // warn below this coefficient of variation of spend
    int minNonZeroWeeks = 8;     // ... or with fewer weeks of spend
    quint64 seed = 20260101;     // fixed so that the same data gives the same bands
    int threads = 0;             // 0 = std::thread::hardware_concurrency()
    double bandLow = 0.10;       // the 80% band
    double bandHigh = 0.90;
};

// A point estimate with its bootstrap band.
struct Estimate
{
    double value = 0.0;
    double low = 0.0;
    double high = 0.0;
};

struct LineFit
{
    QString line;
    CurveParams params;
    std::vector<CurveParams> draws; // one per bootstrap resample (index-aligned across lines in joint mode)
    double r2 = 0.0;   // per-line mode: of the line's outcome; joint mode: of the shared outcome
    double mape = 0.0; // mean |error| / |y| over weeks with y != 0, as a fraction
    double totalSpend = 0.0;
    double maxWeeklySpend = 0.0; // the largest week of the history: how far the curve was seen
    Estimate incremental; // outcome the line caused over the history
    Estimate roas;        // incremental / totalSpend: outcome per unit of spend
    int weeks = 0;
    int nonZeroWeeks = 0;
    double spendCv = 0.0;
    QStringList warnings; // e.g. too little spend variation to identify the curve
};

struct JointFit
{
    std::vector<LineFit> lines;
    double baseline = 0.0;
    double trend = 0.0;                 // per week
    std::vector<double> seasonal;       // cos1, sin1, cos2, sin2, ...
    std::vector<double> controlEffects; // one per control
    std::vector<double> baseSeries;     // what would have happened without any line
    std::vector<double> fitted;
    double r2 = 0.0;
    double mape = 0.0;
};

// Fits each line separately (its attributed outcome against its spend): nonlinear
// parameters by NLopt BOBYQA from several starts, beta in closed form. Lines are spread
// over a small thread pool; sink gets (lines done, lines) and may cancel.
Result<std::vector<LineFit>> fitLines(const std::vector<LineSeries> &lines, const FitOptions &options,
                                      ProgressSink &sink);
Result<LineFit> fitLine(const LineSeries &line, const FitOptions &options, ProgressSink &sink);

// Fits baseline + trend + seasonality + controls + sum of lines' curves to one outcome.
// Nonlinear curve parameters by NLopt, everything linear by least squares inside the
// objective (variable projection).
Result<JointFit> fitJoint(const JointInput &input, const FitOptions &options, ProgressSink &sink);

namespace fitstats {
double rSquared(const std::vector<double> &y, const std::vector<double> &fitted);
double mape(const std::vector<double> &y, const std::vector<double> &fitted);
double quantile(std::vector<double> values, double q); // linear interpolation
// The draws' spread around their median, placed on the point estimate: resampled fits
// lean toward the priors, so their raw quantiles can miss the point they belong to.
Estimate centredBand(const std::vector<double> &draws, double point, double qLow, double qHigh);
} // namespace fitstats

} // namespace iroi
