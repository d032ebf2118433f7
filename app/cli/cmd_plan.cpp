// The planner's headless commands: `fit` reports the fitted response curves of a
// workspace, `plan` allocates a budget over them for a future period.
#include "app/cli/cli.h"
#include "app/cli/cliio.h"

#include "core/planning/fitter.h"
#include "core/planning/flighting.h"
#include "core/planning/optimiser.h"
#include "core/planning/planningdata.h"
#include "core/planning/stageoutcomes.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <variant>

namespace iroi::cli {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

std::optional<double> parseAmount(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0)
        return std::nullopt;
    return value;
}

struct Common
{
    QCommandLineOption lines{QStringLiteral("lines"), QStringLiteral("What a line is: channel (default), person or content-type."),
                             QStringLiteral("KIND"), QStringLiteral("channel")};
    QCommandLineOption bootstrap{QStringLiteral("bootstrap"),
                                 QStringLiteral("Bootstrap resamples for the 80% bands (default 100, 0 = none)."),
                                 QStringLiteral("N"), QStringLiteral("100")};
    QCommandLineOption historyFrom{QStringLiteral("history-from"), QStringLiteral("Fit on history from this day (yyyy-MM-dd)."),
                                   QStringLiteral("DATE")};
    QCommandLineOption historyTo{QStringLiteral("history-to"), QStringLiteral("Fit on history up to this day (yyyy-MM-dd)."),
                                 QStringLiteral("DATE")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON instead of a table.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOption(lines);
        parser.addOption(bootstrap);
        parser.addOption(historyFrom);
        parser.addOption(historyTo);
        parser.addOption(json);
    }
};

struct Fitted
{
    PlanningData data;
    std::vector<LineFit> fits;
    std::optional<JointFit> joint;
    std::vector<StageCurves> stages; // the other funnel stages, when asked for
};

// Reads the workspace's history and fits every line (and, with withStages, each line's
// curves for the other funnel stages); returns an exit code on failure.
std::variant<Fitted, int> loadAndFit(const QCommandLineParser &parser, const Common &common, OutcomeKind outcome,
                                     bool withStages = false)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("give exactly one workspace file"));
    const auto kind = lineKindFromName(parser.value(common.lines));
    if (!kind)
        return usageError(QStringLiteral("--lines must be channel, person or content-type, not %1").arg(parser.value(common.lines)));
    bool ok = false;
    const int resamples = parser.value(common.bootstrap).toInt(&ok);
    if (!ok || resamples < 0 || resamples > 2000)
        return usageError(QStringLiteral("--bootstrap must be a whole number from 0 to 2000"));
    PlanningDataRequest request;
    request.lines = *kind;
    request.outcome = outcome;
    for (const auto &[option, day] : {std::pair{&common.historyFrom, &request.from}, std::pair{&common.historyTo, &request.to}}) {
        if (!parser.isSet(*option))
            continue;
        *day = epochDayFromIso(parser.value(*option));
        if (*day == kNoDay)
            return usageError(QStringLiteral("--%1 must be a date as yyyy-MM-dd").arg(option->names().constFirst()));
    }

    auto workspace = Workspace::open(parser.positionalArguments().constFirst(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.error());
    auto data = loadPlanningData(*workspace, request);
    if (!data)
        return fail(data.error());

    FitOptions options;
    options.bootstrap = resamples;
    NullProgress progress;
    Fitted fitted{std::move(*data), {}, std::nullopt, {}};
    if (fitted.data.joint) {
        auto joint = fitJoint(fitted.data.jointInput(), options, progress);
        if (!joint)
            return fail(joint.error());
        fitted.fits = joint->lines;
        fitted.joint = std::move(*joint);
    } else {
        auto fits = fitLines(fitted.data.lines, options, progress);
        if (!fits)
            return fail(fits.error());
        fitted.fits = std::move(*fits);
    }
    if (withStages) {
        auto stages = loadStageSeries(*workspace, request, fitted.data);
        if (!stages)
            return fail(stages.error());
        FitOptions stageOptions = options;
        stageOptions.bootstrap = resamples > 0 ? std::max(20, resamples / 2) : 0;
        auto stageFits = fitStages(fitted.data, *stages, stageOptions, progress);
        if (!stageFits)
            return fail(stageFits.error());
        fitted.stages = std::move(*stageFits);
    }
    return fitted;
}


QJsonObject fitJson(const LineFit &fit, bool money)
{
    QJsonObject o;
    o[QStringLiteral("r2")] = number(fit.r2);
    o[QStringLiteral("mape")] = number(fit.mape);
    o[QStringLiteral("theta")] = number(fit.params.theta);
    o[QStringLiteral("k")] = number(fit.params.k);
    o[QStringLiteral("s")] = number(fit.params.s);
    o[QStringLiteral("beta")] = number(fit.params.beta);
    o[QStringLiteral("weeks")] = fit.weeks;
    o[QStringLiteral("nonzero_weeks")] = fit.nonZeroWeeks;
    o[QStringLiteral("spend_cv")] = number(fit.spendCv);
    o[QStringLiteral("total_spend")] = number(fit.totalSpend);
    o[QStringLiteral("incremental")] = number(fit.incremental.value);
    o[QStringLiteral("incremental_low")] = number(fit.incremental.low);
    o[QStringLiteral("incremental_high")] = number(fit.incremental.high);
    o[QStringLiteral("roas")] = number(fit.roas.value);
    o[QStringLiteral("roas_low")] = number(fit.roas.low);
    o[QStringLiteral("roas_high")] = number(fit.roas.high);
    // ROI = (outcome - spend) / spend is only defined when the outcome is money.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    o[QStringLiteral("roi")] = number(money ? fit.roas.value - 1.0 : nan);
    o[QStringLiteral("roi_low")] = number(money ? fit.roas.low - 1.0 : nan);
    o[QStringLiteral("roi_high")] = number(money ? fit.roas.high - 1.0 : nan);
    o[QStringLiteral("warnings")] = QJsonArray::fromStringList(fit.warnings);
    return o;
}

QString boundName(Bound bound)
{
    switch (bound) {
    case Bound::None:
        return QStringLiteral("none");
    case Bound::Lower:
        return QStringLiteral("lower");
    case Bound::Upper:
        return QStringLiteral("upper");
    case Bound::Frozen:
        return QStringLiteral("frozen");
    }
    return {};
}

QString money(double value)
{
    return QString::number(value, 'f', 2);
}

void printJson(const QJsonObject &json)
{
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out().flush();
}

// LINE=AMOUNT pairs, matched to the fitted lines' names without regard to case.
std::variant<std::map<QString, double>, int> linePairs(const QStringList &values, const QStringList &known,
                                                       const QString &option)
{
    std::map<QString, double> out;
    for (const QString &value : values) {
        const qsizetype eq = value.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(QStringLiteral("--%1 expects LINE=AMOUNT, not %2").arg(option, value));
        const QString name = value.left(eq).trimmed();
        const auto amount = parseAmount(value.mid(eq + 1));
        if (!amount)
            return usageError(QStringLiteral("--%1 %2: the amount must be a non-negative number").arg(option, value));
        const auto it = std::find_if(known.begin(), known.end(),
                                     [&](const QString &k) { return k.compare(name, Qt::CaseInsensitive) == 0; });
        if (it == known.end())
            return usageError(QStringLiteral("--%1: no line named %2 (lines: %3)").arg(option, name, known.join(QStringLiteral(", "))));
        out[*it] = *amount;
    }
    return out;
}

} // namespace

int runFit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("Workspace file (.iroi)."));
    Common common;
    common.addTo(parser);
    const QCommandLineOption outcome(QStringLiteral("outcome"), QStringLiteral("revenue (default) or conversions."),
                                     QStringLiteral("OUTCOME"), QStringLiteral("revenue"));
    parser.addOption(outcome);
    if (int code = parseOrExit(parser, arguments, QStringLiteral("Fit a response curve (adstock + Hill) per line.")); code >= 0)
        return code;
    const QString outcomeName = parser.value(outcome);
    if (outcomeName != QLatin1String("revenue") && outcomeName != QLatin1String("conversions"))
        return usageError(QStringLiteral("--outcome must be revenue or conversions"));
    const OutcomeKind kind = outcomeName == QLatin1String("revenue") ? OutcomeKind::Revenue : OutcomeKind::Conversions;
    auto loaded = loadAndFit(parser, common, kind);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const Fitted &fitted = std::get<Fitted>(loaded);
    const bool isMoney = fitted.data.joint || kind == OutcomeKind::Revenue;

    if (parser.isSet(common.json)) {
        QJsonObject json;
        json[QStringLiteral("mode")] = fitted.data.joint ? QStringLiteral("joint") : QStringLiteral("per-line");
        json[QStringLiteral("line_kind")] = lineKindName(fitted.data.lineKind);
        json[QStringLiteral("outcome")] = fitted.data.outcomeName;
        json[QStringLiteral("currency")] = fitted.data.currency;
        json[QStringLiteral("first_week")] = epochDayToIso(fitted.data.firstWeek);
        json[QStringLiteral("weeks")] = fitted.data.weeks;
        if (fitted.joint) {
            json[QStringLiteral("r2")] = number(fitted.joint->r2);
            json[QStringLiteral("mape")] = number(fitted.joint->mape);
            json[QStringLiteral("baseline")] = number(fitted.joint->baseline);
            json[QStringLiteral("trend_per_week")] = number(fitted.joint->trend);
        }
        QJsonArray lines;
        for (const LineFit &fit : fitted.fits) {
            QJsonObject line = fitJson(fit, isMoney);
            line[QStringLiteral("line")] = fit.line;
            lines.append(line);
        }
        json[QStringLiteral("lines")] = lines;
        printJson(json);
        return Ok;
    }
    out() << (fitted.data.joint ? "joint fit on " : "per-line fit on ") << fitted.data.weeks << " weeks from "
          << epochDayToIso(fitted.data.firstWeek) << ", outcome " << fitted.data.outcomeName << '\n';
    if (fitted.joint)
        out() << "R2 " << QString::number(fitted.joint->r2, 'f', 3) << "  MAPE "
              << QString::number(100.0 * fitted.joint->mape, 'f', 1) << "%\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                 .arg(QStringLiteral("line").leftJustified(20), QStringLiteral("spend").rightJustified(12),
                      QStringLiteral("theta").rightJustified(6), QStringLiteral("K").rightJustified(10),
                      QStringLiteral("S").rightJustified(5), QStringLiteral("beta").rightJustified(10),
                      QStringLiteral("R2").rightJustified(6), QStringLiteral("ROAS").rightJustified(8),
                      QStringLiteral("80% band"));
    for (const LineFit &fit : fitted.fits) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  [%9, %10]\n")
                     .arg(fit.line.left(20).leftJustified(20), money(fit.totalSpend).rightJustified(12),
                          QString::number(fit.params.theta, 'f', 2).rightJustified(6),
                          QString::number(fit.params.k, 'f', 1).rightJustified(10),
                          QString::number(fit.params.s, 'f', 2).rightJustified(5),
                          QString::number(fit.params.beta, 'f', 1).rightJustified(10),
                          QString::number(fit.r2, 'f', 3).rightJustified(6),
                          QString::number(fit.roas.value, 'f', 2).rightJustified(8),
                          QString::number(fit.roas.low, 'f', 2), QString::number(fit.roas.high, 'f', 2));
        for (const QString &warning : fit.warnings)
            out() << "    warning: " << warning << '\n';
    }
    out().flush();
    return Ok;
}

int runPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("Workspace file (.iroi)."));
    Common common;
    common.addTo(parser);
    const QCommandLineOption budget(QStringLiteral("budget"), QStringLiteral("Total budget for the period (a cap for the target objectives)."),
                                    QStringLiteral("AMOUNT"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day of the plan (default: the quarter after the data)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day of the plan."), QStringLiteral("DATE"));
    const QCommandLineOption objective(QStringLiteral("objective"),
                                       QStringLiteral("revenue (default), conversions, roi, target-roas or target-outcome."),
                                       QStringLiteral("OBJECTIVE"), QStringLiteral("revenue"));
    const QCommandLineOption target(QStringLiteral("target"), QStringLiteral("Target ROAS (revenue per unit spent) or outcome."),
                                    QStringLiteral("X"));
    const QCommandLineOption minSpend(QStringLiteral("min"), QStringLiteral("Minimum spend of a line (repeatable)."),
                                      QStringLiteral("LINE=AMOUNT"));
    const QCommandLineOption maxSpend(QStringLiteral("max"), QStringLiteral("Maximum spend of a line (repeatable)."),
                                      QStringLiteral("LINE=AMOUNT"));
    const QCommandLineOption freeze(QStringLiteral("freeze"), QStringLiteral("Keep a line at its current spend (repeatable)."),
                                    QStringLiteral("LINE"));
    const QCommandLineOption minTotal(QStringLiteral("min-total"), QStringLiteral("roi objective: spend at least this much."),
                                      QStringLiteral("AMOUNT"));
    const QCommandLineOption flighting(QStringLiteral("flighting"),
                                       QStringLiteral("How spend is spread over the weeks: even (default), front, back or pulsed "
                                                      "(two weeks on, one dark)."),
                                       QStringLiteral("PATTERN"), QStringLiteral("even"));
    for (const auto *option : {&budget, &from, &to, &objective, &target, &minSpend, &maxSpend, &freeze, &minTotal, &flighting})
        parser.addOption(*option);
    if (int code = parseOrExit(parser, arguments, QStringLiteral("Allocate a budget over the fitted response curves.")); code >= 0)
        return code;

    if (!parser.isSet(budget))
        return usageError(QStringLiteral("plan needs --budget AMOUNT"));
    const auto amount = parseAmount(parser.value(budget));
    if (!amount)
        return usageError(QStringLiteral("--budget must be a non-negative number"));
    const QString objectiveName = parser.value(objective);
    PlanRequest request;
    request.budget = *amount;
    OutcomeKind outcome = OutcomeKind::Revenue;
    if (objectiveName == QLatin1String("revenue")) {
        request.objective = Objective::MaximiseOutcome;
    } else if (objectiveName == QLatin1String("conversions")) {
        request.objective = Objective::MaximiseOutcome;
        outcome = OutcomeKind::Conversions;
    } else if (objectiveName == QLatin1String("roi")) {
        request.objective = Objective::MaximiseRoi;
    } else if (objectiveName == QLatin1String("target-roas")) {
        request.objective = Objective::TargetRoas;
    } else if (objectiveName == QLatin1String("target-outcome")) {
        request.objective = Objective::TargetOutcome;
    } else {
        return usageError(QStringLiteral("--objective must be revenue, conversions, roi, target-roas or target-outcome"));
    }
    if (request.objective == Objective::TargetRoas || request.objective == Objective::TargetOutcome) {
        const auto value = parser.isSet(target) ? parseAmount(parser.value(target)) : std::nullopt;
        if (!value || *value <= 0.0)
            return usageError(QStringLiteral("--objective %1 needs --target X (a positive number)").arg(objectiveName));
        request.target = *value;
    }
    if (parser.isSet(minTotal)) {
        const auto value = parseAmount(parser.value(minTotal));
        if (!value)
            return usageError(QStringLiteral("--min-total must be a non-negative number"));
        request.minTotal = *value;
    }
    EpochDay planFrom = kNoDay, planTo = kNoDay;
    if (parser.isSet(from) && (planFrom = epochDayFromIso(parser.value(from))) == kNoDay)
        return usageError(QStringLiteral("--from must be a date as yyyy-MM-dd"));
    if (parser.isSet(to) && (planTo = epochDayFromIso(parser.value(to))) == kNoDay)
        return usageError(QStringLiteral("--to must be a date as yyyy-MM-dd"));
    if (planFrom != kNoDay && planTo != kNoDay && planTo < planFrom)
        return usageError(QStringLiteral("--to is before --from"));

    const auto pattern = flightingFromName(parser.value(flighting));
    if (!pattern)
        return usageError(QStringLiteral("--flighting must be %1").arg(flightingNames().join(QStringLiteral(", "))));

    auto loaded = loadAndFit(parser, common, outcome, true);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const Fitted &fitted = std::get<Fitted>(loaded);
    request.outcomeIsMoney = fitted.data.joint || outcome == OutcomeKind::Revenue;

    // Without dates the plan is the quarter after the data; with one date, 13 weeks from or to it.
    if (planFrom == kNoDay && planTo == kNoDay) {
        planFrom = fitted.data.defaultPlanFrom;
        planTo = fitted.data.defaultPlanTo;
    } else if (planTo == kNoDay) {
        planTo = planFrom + 90;
    } else if (planFrom == kNoDay) {
        planFrom = planTo - 90;
    }
    request.weeks = weeksBetween(planFrom, planTo);
    request.flighting = flightingWeights(*pattern, request.weeks);

    QStringList names;
    for (const LineFit &fit : fitted.fits)
        names << fit.line;
    auto mins = linePairs(parser.values(minSpend), names, QStringLiteral("min"));
    if (const int *code = std::get_if<int>(&mins))
        return *code;
    auto maxs = linePairs(parser.values(maxSpend), names, QStringLiteral("max"));
    if (const int *code = std::get_if<int>(&maxs))
        return *code;
    QStringList frozen;
    for (const QString &name : parser.values(freeze)) {
        const auto it = std::find_if(names.begin(), names.end(),
                                     [&](const QString &k) { return k.compare(name.trimmed(), Qt::CaseInsensitive) == 0; });
        if (it == names.end())
            return usageError(QStringLiteral("--freeze: no line named %1 (lines: %2)").arg(name, names.join(QStringLiteral(", "))));
        frozen << *it;
    }

    // "Current" spend: what each line spent over the last stretch of history as long as the plan.
    const std::vector<double> recent = fitted.data.recentSpend(request.weeks);
    std::map<QString, double> capped; // line -> default maximum from the history
    for (std::size_t i = 0; i < fitted.fits.size(); ++i) {
        const LineFit &fit = fitted.fits[i];
        PlanLine line;
        line.line = fit.line;
        line.params = fit.params;
        line.draws = fit.draws;
        line.currentSpend = recent[i];
        const auto &minMap = std::get<std::map<QString, double>>(mins);
        const auto &maxMap = std::get<std::map<QString, double>>(maxs);
        if (auto it = minMap.find(fit.line); it != minMap.end())
            line.minSpend = it->second;
        if (auto it = maxMap.find(fit.line); it != maxMap.end()) {
            line.maxSpend = it->second;
        } else {
            // Without a user maximum the line stays within reach of the spend its curve saw.
            line.maxSpend = historyCap(fit.maxWeeklySpend, request.weeks);
            if (std::isfinite(line.maxSpend))
                capped[fit.line] = line.maxSpend;
        }
        line.frozen = frozen.contains(fit.line);
        request.lines.push_back(std::move(line));
    }

    auto plan = optimise(request);
    if (!plan)
        return fail(plan.error());
    // Say where the history cap bit and which curves the fit could not pin down.
    QStringList cautions;
    for (std::size_t i = 0; i < plan->lines.size(); ++i) {
        const LinePlan &lp = plan->lines[i];
        if (auto it = capped.find(lp.line); it != capped.end() && lp.atBound == Bound::Upper)
            cautions << QStringLiteral("%1 capped at %2 (%3x its largest week of history, every week); raise it with --max %1=AMOUNT")
                            .arg(lp.line, money(it->second))
                            .arg(kHistoryCapFactor);
        for (const QString &warning : fitted.fits[i].warnings)
            cautions << QStringLiteral("%1: %2").arg(lp.line, warning);
    }
    // Every funnel stage: the other stages' curves at the current and proposed spend.
    std::vector<double> currentSpend, proposedSpend;
    for (const LinePlan &lp : plan->lines) {
        currentSpend.push_back(lp.currentSpend);
        proposedSpend.push_back(lp.proposedSpend);
    }
    std::vector<StagePrediction> stages = predictStages(fitted.stages, request.weeks, request.flighting, currentSpend,
                                                        proposedSpend, request.bandLow, request.bandHigh);
    stages.push_back({FunnelStage::Purchase, fitted.data.outcomeName, plan->currentTotalPredicted, plan->totalPredicted});
    std::sort(stages.begin(), stages.end(), [](const StagePrediction &a, const StagePrediction &b) { return a.stage < b.stage; });

    if (parser.isSet(common.json)) {
        QJsonObject json;
        json[QStringLiteral("budget")] = request.budget;
        json[QStringLiteral("objective")] = objectiveName;
        if (request.target > 0.0)
            json[QStringLiteral("target")] = request.target;
        json[QStringLiteral("target_reached")] = plan->targetReached;
        json[QStringLiteral("mode")] = fitted.data.joint ? QStringLiteral("joint") : QStringLiteral("per-line");
        json[QStringLiteral("line_kind")] = lineKindName(fitted.data.lineKind);
        json[QStringLiteral("outcome")] = fitted.data.outcomeName;
        json[QStringLiteral("currency")] = fitted.data.currency;
        json[QStringLiteral("period")] = QJsonObject{{QStringLiteral("from"), epochDayToIso(planFrom)},
                                                     {QStringLiteral("to"), epochDayToIso(planTo)},
                                                     {QStringLiteral("weeks"), request.weeks}};
        json[QStringLiteral("total")] = QJsonObject{
            {QStringLiteral("current_spend"), number(plan->currentTotalSpend)},
            {QStringLiteral("proposed_spend"), number(plan->totalSpend)},
            {QStringLiteral("predicted"), number(plan->totalPredicted.value)},
            {QStringLiteral("predicted_low"), number(plan->totalPredicted.low)},
            {QStringLiteral("predicted_high"), number(plan->totalPredicted.high)},
            {QStringLiteral("current_predicted"), number(plan->currentTotalPredicted.value)},
            {QStringLiteral("roas"), number(plan->roas)},
            {QStringLiteral("roi"), number(plan->roi)}};
        if (!plan->note.isEmpty())
            json[QStringLiteral("note")] = plan->note;
        json[QStringLiteral("cautions")] = QJsonArray::fromStringList(cautions);
        json[QStringLiteral("flighting")] = flightingName(*pattern);
        QJsonArray stageArray;
        for (const StagePrediction &p : stages)
            stageArray.append(QJsonObject{{QStringLiteral("stage"), QString::fromLatin1(stageId(p.stage))},
                                          {QStringLiteral("metric"), p.metric},
                                          {QStringLiteral("current_predicted"), number(p.current.value)},
                                          {QStringLiteral("predicted"), number(p.proposed.value)},
                                          {QStringLiteral("predicted_low"), number(p.proposed.low)},
                                          {QStringLiteral("predicted_high"), number(p.proposed.high)}});
        json[QStringLiteral("stages")] = stageArray;
        QJsonArray lines;
        for (std::size_t i = 0; i < plan->lines.size(); ++i) {
            const LinePlan &lp = plan->lines[i];
            QJsonObject line;
            line[QStringLiteral("line")] = lp.line;
            line[QStringLiteral("current_spend")] = number(lp.currentSpend);
            line[QStringLiteral("proposed_spend")] = number(lp.proposedSpend);
            line[QStringLiteral("delta")] = number(lp.delta);
            line[QStringLiteral("at_bound")] = lp.atBound != Bound::None;
            line[QStringLiteral("bound")] = boundName(lp.atBound);
            line[QStringLiteral("predicted")] = number(lp.predicted.value);
            line[QStringLiteral("predicted_low")] = number(lp.predicted.low);
            line[QStringLiteral("predicted_high")] = number(lp.predicted.high);
            line[QStringLiteral("current_predicted")] = number(lp.currentPredicted.value);
            line[QStringLiteral("roas")] = number(lp.roas);
            line[QStringLiteral("marginal_roas")] = number(lp.marginalRoas);
            line[QStringLiteral("roi")] = number(lp.roi);
            line[QStringLiteral("marginal_roi")] = number(lp.marginalRoi);
            line[QStringLiteral("fit")] = fitJson(fitted.fits[i], request.outcomeIsMoney);
            lines.append(line);
        }
        json[QStringLiteral("lines")] = lines;
        printJson(json);
        return Ok;
    }

    out() << "plan " << epochDayToIso(planFrom) << " to " << epochDayToIso(planTo) << " (" << request.weeks
          << " weeks), objective " << objectiveName << ", outcome " << fitted.data.outcomeName << '\n';
    out() << QStringLiteral("%1 %2 %3 %4 %5  %6 %7\n")
                 .arg(QStringLiteral("line").leftJustified(20), QStringLiteral("current").rightJustified(12),
                      QStringLiteral("proposed").rightJustified(12), QStringLiteral("delta").rightJustified(12),
                      QStringLiteral("predicted").rightJustified(12), QStringLiteral("80% band").leftJustified(25),
                      QStringLiteral("mROAS"));
    for (const LinePlan &lp : plan->lines)
        out() << QStringLiteral("%1 %2 %3 %4 %5  %6 %7%8\n")
                     .arg(lp.line.left(20).leftJustified(20), money(lp.currentSpend).rightJustified(12),
                          money(lp.proposedSpend).rightJustified(12), money(lp.delta).rightJustified(12),
                          money(lp.predicted.value).rightJustified(12),
                          QStringLiteral("[%1, %2]").arg(money(lp.predicted.low), money(lp.predicted.high)).leftJustified(25),
                          QString::number(lp.marginalRoas, 'f', 3),
                          lp.atBound == Bound::None ? QString() : QStringLiteral("  (%1)").arg(boundName(lp.atBound)));
    out() << "total: spend " << money(plan->totalSpend) << " (now " << money(plan->currentTotalSpend) << "), predicted "
          << money(plan->totalPredicted.value) << " [" << money(plan->totalPredicted.low) << ", "
          << money(plan->totalPredicted.high) << "], ROAS " << QString::number(plan->roas, 'f', 3) << '\n';
    for (const StagePrediction &p : stages)
        out() << QString::fromLatin1(stageId(p.stage)) << " (" << p.metric << "): now " << QString::number(p.current.value, 'f', 0) << ", plan "
              << QString::number(p.proposed.value, 'f', 0) << " [" << QString::number(p.proposed.low, 'f', 0) << ", "
              << QString::number(p.proposed.high, 'f', 0) << "]\n";
    if (!plan->note.isEmpty())
        out() << "note: " << plan->note << '\n';
    for (const QString &caution : cautions)
        out() << "caution: " << caution << '\n';
    out().flush();
    return Ok;
}

} // namespace iroi::cli
