#include "ui/pages/plannerfit.h"

#include "core/store/workspace.h"

namespace iroi::ui {

PlannerFit fitForPlanner(const QString &path, const PlanningDataRequest &request, int bootstrap, ProgressSink &sink)
{
    PlannerFit out;
    // A normal (not immutable) connection: it sees what the UI thread committed to the WAL.
    auto workspace = Workspace::open(path, Workspace::Access::OpenExisting);
    if (!workspace) {
        out.error = workspace.error().toString();
        return out;
    }
    auto data = loadPlanningData(*workspace, request);
    if (!data) {
        out.error = data.error().toString();
        return out;
    }
    out.data = std::move(*data);
    FitOptions options;
    options.bootstrap = bootstrap;
    auto report = [&out](const Error &error) {
        out.cancelled = error.kind == Error::Kind::Cancelled;
        out.error = error.toString();
    };
    if (out.data.joint) {
        auto joint = fitJoint(out.data.jointInput(), options, sink);
        if (!joint) {
            report(joint.error());
            return out;
        }
        out.fits = joint->lines;
        out.joint = std::move(*joint);
    } else {
        auto fits = fitLines(out.data.lines, options, sink);
        if (!fits) {
            report(fits.error());
            return out;
        }
        out.fits = std::move(*fits);
    }
    return out;
}

PlanRequest planRequestFor(const PlannerFit &fit, int weeks)
{
    PlanRequest request;
    request.weeks = std::max(1, weeks);
    request.outcomeIsMoney = fit.data.joint || fit.data.outcome == OutcomeKind::Revenue;
    const std::vector<double> recent = fit.data.recentSpend(request.weeks);
    for (std::size_t i = 0; i < fit.fits.size(); ++i) {
        PlanLine line;
        line.line = fit.fits[i].line;
        line.params = fit.fits[i].params;
        line.draws = fit.fits[i].draws;
        line.currentSpend = i < recent.size() ? recent[i] : 0.0;
        request.lines.push_back(std::move(line));
    }
    return request;
}

} // namespace iroi::ui
