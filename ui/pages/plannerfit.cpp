#include "ui/pages/plannerfit.h"

#include "core/store/workspace.h"
#include "ui/charts/chartstyle.h"

#include <QCoreApplication>

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
    // The other stages are extra information: a failure there leaves the plan usable.
    auto stages = loadStageSeries(*workspace, request, out.data);
    if (!stages) {
        out.stageNote = stages.error().toString();
        return out;
    }
    FitOptions stageOptions = options;
    stageOptions.bootstrap = bootstrap > 0 ? std::max(20, bootstrap / 2) : 0;
    auto stageFits = fitStages(out.data, *stages, stageOptions, sink);
    if (!stageFits) {
        if (stageFits.error().kind == Error::Kind::Cancelled)
            report(stageFits.error());
        else
            out.stageNote = stageFits.error().toString();
        return out;
    }
    out.stages = std::move(*stageFits);
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
        // As on the command line: a curve is trusted up to twice the spend it was fitted on;
        // the user may raise the max in the table.
        line.maxSpend = historyCap(fit.fits[i].maxWeeklySpend, request.weeks);
        request.lines.push_back(std::move(line));
    }
    return request;
}

std::pair<QString, QString> describeFit(const PlannerFit &fit)
{
    // Written out (not through a local tr helper) so that lupdate files them under the page.
    int warnings = 0;
    QStringList details;
    std::vector<double> r2;
    for (const LineFit &f : fit.fits) {
        warnings += static_cast<int>(f.warnings.size());
        for (const QString &w : f.warnings)
            details << f.line + QStringLiteral(": ") + w;
        r2.push_back(f.r2);
    }
    const PlanningData &data = fit.data;
    QString text = fit.joint
        ? QCoreApplication::translate("iroi::ui::PlannerPage", "%1 lines fitted jointly on %2 weeks of the media-mix sheet's %3 with baseline, trend and season: R² %4, MAPE %5.")
              .arg(fit.fits.size()).arg(data.weeks).arg(data.outcomeName)
              .arg(fit.joint->r2, 0, 'f', 2).arg(formatPercent(fit.joint->mape, 1))
        : QCoreApplication::translate("iroi::ui::PlannerPage", "%1 lines fitted on %2 weeks of attributed %3 (median R² %4).")
              .arg(fit.fits.size()).arg(data.weeks).arg(data.outcomeName)
              .arg(r2.empty() ? 0.0 : fitstats::quantile(r2, 0.5), 0, 'f', 2);
    if (warnings > 0)
        text += QLatin1Char(' ') +
                QCoreApplication::translate("iroi::ui::PlannerPage", "%n warning(s), listed under Cautions.", nullptr, warnings);
    return {text, details.join(QLatin1Char('\n'))};
}

} // namespace iroi::ui
