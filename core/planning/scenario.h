#pragma once

#include "core/common/dates.h"
#include "core/common/result.h"
#include "core/planning/fitter.h"
#include "core/planning/optimiser.h"
#include "core/planning/planningdata.h"

#include <QJsonObject>
#include <QString>

#include <limits>
#include <vector>

namespace iroi {

class Workspace;

// One line of a saved plan: its spend for the period and the constraints it was planned with.
struct ScenarioLine
{
    QString line;
    double spend = 0.0;
    double minSpend = 0.0;
    double maxSpend = std::numeric_limits<double>::infinity();
    bool frozen = false;

    bool operator==(const ScenarioLine &) const = default;
};

// A named what-if plan, stored in the workspace's `scenario` table as versioned JSON.
struct Scenario
{
    static constexpr int kFormatVersion = 1;

    QString name;
    QString createdAt; // ISO 8601 UTC, set by the store
    QString updatedAt;
    EpochDay from = kNoDay; // the planned period
    EpochDay to = kNoDay;
    int weeks = 13;
    std::vector<double> flighting;
    LineKind lineKind = LineKind::Channel;
    OutcomeKind outcome = OutcomeKind::Revenue;
    Objective objective = Objective::MaximiseOutcome;
    double budget = 0.0;
    double target = 0.0;
    std::vector<ScenarioLine> lines;
    QString note;

    QJsonObject toJson() const;
    // Validates everything (types, ranges, names); the error says which field is wrong.
    static Result<Scenario> fromJson(const QJsonObject &json);
    double totalSpend() const;
};

QString objectiveName(Objective objective); // "revenue" (= maximise outcome), "roi", "target-roas", "target-outcome"
std::optional<Objective> objectiveFromName(const QString &name);

struct ScenarioSummary
{
    QString name;
    QString createdAt;
    QString updatedAt;
    double totalSpend = 0.0;
    bool valid = true; // false when the payload no longer validates
};

// The scenario table. Every write is one transaction.
class ScenarioStore
{
public:
    explicit ScenarioStore(Workspace &workspace) : m_workspace(workspace) {}

    Status save(const Scenario &scenario); // insert, or replace the one with the same name
    Result<Scenario> load(const QString &name);
    Result<std::vector<ScenarioSummary>> list();
    Status duplicate(const QString &from, const QString &to);
    Status remove(const QString &name);

private:
    Workspace &m_workspace;
};

// Two to four scenarios side by side, line by line, predicted with the same fitted curves.
struct ScenarioComparison
{
    std::vector<QString> scenarios;
    std::vector<QString> lines;                  // union of the scenarios' lines, in first-seen order
    std::vector<std::vector<double>> spend;      // [scenario][line]; 0 where a scenario lacks the line
    std::vector<std::vector<Estimate>> predicted; // [scenario][line]
    std::vector<double> totalSpend;
    std::vector<Estimate> totalPredicted;
    std::vector<double> roas;
};
Result<ScenarioComparison> compareScenarios(const std::vector<Scenario> &scenarios, const std::vector<LineFit> &fits);

// Plan versus actual once the planned period has data: per line, planned spend, actual
// spend, the outcome the plan predicted, the outcome the curves predict for the actual
// spend (to tell a wrong plan from a wrong curve), and the actual outcome.
struct PlanVsActualLine
{
    QString line;
    double plannedSpend = 0.0;
    double actualSpend = 0.0;
    Estimate predictedAtPlan;
    Estimate predictedAtActual;
    double actualOutcome = 0.0; // NaN in joint mode (the outcome is shared, not per line)
};
struct PlanVsActual
{
    std::vector<PlanVsActualLine> lines;
    double actualTotalOutcome = 0.0;
    int weeksWithData = 0;
};
Result<PlanVsActual> planVsActual(Workspace &workspace, const Scenario &scenario, const std::vector<LineFit> &fits);

} // namespace iroi
