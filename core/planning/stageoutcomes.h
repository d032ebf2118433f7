#pragma once

#include "core/analysis/metrics.h"
#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/planning/fitter.h"
#include "core/planning/planningdata.h"

#include <QString>

#include <span>
#include <vector>

namespace iroi {

class Workspace;

// The funnel beside the outcome a plan optimises: for each other stage, a KPI that the
// same lines' spend drives, with its own response curve per line. A plan of spend per line
// then predicts every stage, not only purchase.
//   awareness:     impressions (media-mix sheet or the lines' content metrics);
//   consideration: clicks (idem);
//   retention:     later orders of the customers the line acquired, counted in the week
//                  of their first order (per-line mode only: a media-mix sheet says
//                  nothing about who bought).
struct StageSeries
{
    FunnelStage stage = FunnelStage::Awareness;
    QString metric;                         // "impressions", "clicks", "repeat_orders"
    std::vector<std::vector<double>> lines; // weekly values, parallel to PlanningData::lines
};

// Reads the stage KPIs on the same weekly grid and lines as `data`. A stage whose KPI is
// zero for every line and week is left out (the workspace has no such data).
Result<std::vector<StageSeries>> loadStageSeries(Workspace &workspace, const PlanningDataRequest &request,
                                                 const PlanningData &data);

struct StageCurves
{
    FunnelStage stage = FunnelStage::Awareness;
    QString metric;
    std::vector<LineFit> fits; // parallel to PlanningData::lines
};

// One curve per line and stage (per-line fits: each line's KPI against its own spend).
// Progress counts lines over all stages.
Result<std::vector<StageCurves>> fitStages(const PlanningData &data, const std::vector<StageSeries> &stages,
                                           const FitOptions &options, ProgressSink &sink);

struct StagePrediction
{
    FunnelStage stage = FunnelStage::Awareness;
    QString metric;
    Estimate current;  // over the period at the lines' current spend, with the 80% band
    Estimate proposed; // ... at the proposed spend
};

// Predicted stage totals over a plan period of `weeks` (weights as in PlanRequest::flighting,
// empty = even) for the current and proposed spend per line.
std::vector<StagePrediction> predictStages(const std::vector<StageCurves> &curves, int weeks,
                                           std::span<const double> flighting, std::span<const double> current,
                                           std::span<const double> proposed, double bandLow = 0.10,
                                           double bandHigh = 0.90);

} // namespace iroi
