#pragma once

#include "core/common/progress.h"
#include "core/planning/fitter.h"
#include "core/planning/optimiser.h"
#include "core/planning/planningdata.h"
#include "core/planning/stageoutcomes.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace iroi::ui {

// What the Planner page needs from one fit: the history it was fitted on and a curve per line.
struct PlannerFit
{
    PlanningData data;
    std::vector<LineFit> fits;
    std::optional<JointFit> joint;
    // Curves of the other funnel stages' KPIs against the same spend, for the per-stage
    // prediction; stageNote says why a stage is missing when loading or fitting failed.
    std::vector<StageCurves> stages;
    QString stageNote;
    QString error;          // empty on success
    bool cancelled = false;
};

// Opens its own connection to the workspace at path, reads the history and fits every line
// (jointly when the data come from a media-mix sheet), then fits the other funnel stages'
// KPIs per line (impressions, clicks, repeat orders) on half as many resamples. Runs on a worker thread; the sink
// reports progress and may cancel.
PlannerFit fitForPlanner(const QString &path, const PlanningDataRequest &request, int bootstrap, ProgressSink &sink);

// The plan request over a fit: one line per fitted curve, its reference spend over the
// last `weeks` weeks of history, no bounds.
PlanRequest planRequestFor(const PlannerFit &fit, int weeks);

// One sentence on what was fitted and how well (R², MAPE, warnings), and the warnings one
// per line for a tooltip.
std::pair<QString, QString> describeFit(const PlannerFit &fit);

} // namespace iroi::ui
