#pragma once

// Chart builders: free functions from core result structs and a ChartStyle to a new
// QChart (caller owns it). They need no page or window, so the board-report export renders
// the very same charts headless. Drill-down: charts whose categories are workspace rows
// carry the row ids in the dynamic property "iroi.ids" (QVariantList, one per category or
// point, 0 = none) and the dimension in "iroi.dimension" ("channel", "person",
// "content_type", "campaign"); see drillTarget().

#include "core/analysis/views.h"
#include "ui/charts/chartstyle.h"

#include <QChart>

#include <string_view>
#include <vector>

namespace iroi::ui {

// Overview / Funnel: the funnel (impressions -> engagements -> clicks -> orders -> repeat
// customers) on a log axis, each bar labelled with its count and the stage-to-stage rate with
// its denominator named.
QChart *buildFunnelChart(const FunnelResult &funnel, const ChartStyle &style);

// Funnel / Where: stage-to-stage rates per group (channel by default), one bar set per rate.
QChart *buildStageRatesByGroupChart(const FunnelResult &funnel, const ChartStyle &style);

// Where / What / Who: one metric across groups as horizontal bars (n/a = no bar, labelled n/a).
QChart *buildGroupMetricChart(const std::vector<GroupRow> &rows, std::string_view metricId, Dimension dimension,
                              const ChartStyle &style, const QString &title = {});

// Where / What: revenue and fully loaded cost side by side per group with ROI in the label.
QChart *buildRevenueCostChart(const std::vector<GroupRow> &rows, Dimension dimension, const ChartStyle &style,
                              const QString &title = {});

// Who: activity (posts) against performance (revenue per post) per person; superstars
// labelled and coloured with the accent.
QChart *buildActivityPerformanceChart(const std::vector<PersonScore> &people, const ChartStyle &style);

// Who: top people by revenue with cost beside it.
QChart *buildPeopleRevenueChart(const std::vector<PersonScore> &people, int top, const ChartStyle &style);

// How / Why: cost per group stacked by category, ROI on a second axis.
struct GroupCostBreakdown
{
    qint64 id = 0;
    QString key;
    std::vector<CostCategoryRow> categories; // schema order
    Cents revenue = 0;
    OptDouble roi;
};
QChart *buildRoiCostStackChart(const std::vector<GroupCostBreakdown> &groups, Dimension dimension,
                               const ChartStyle &style);

// How: fully loaded cost by category (share of total in the labels).
QChart *buildCostBreakdownChart(const HowResult &how, const ChartStyle &style);

// When: revenue per bucket with its rolling average; the goal line when a revenue goal is given
// (the goal target spread evenly over the goal's buckets).
QChart *buildTrendChart(const WhenResult &when, const ChartStyle &style, const GoalStatus *revenueGoal = nullptr);

// When / Why: cumulative progress of a goal's metric against its target and a linear pace line.
QChart *buildGoalPacingChart(const WhenResult &when, const GoalStatus &goal, const ChartStyle &style);

// When: seasonality, revenue and engagements by calendar month.
QChart *buildSeasonalityChart(const WhenResult &when, const ChartStyle &style);

// Why: share of voice per topic, own brand against competitors (100 % stacked).
QChart *buildShareOfVoiceChart(const WhyResult &why, const ChartStyle &style);

// Overview / Why: goal attainment per goal (actual / target and projected / target).
QChart *buildGoalAttainmentChart(const std::vector<GoalStatus> &goals, const ChartStyle &style);

// Funnel (Retention): customers and repeat customers per acquiring person (top n).
QChart *buildCohortChart(const RetentionResult &retention, int top, const ChartStyle &style);

// What a click on category/point index means, read from the chart's properties.
struct DrillTarget
{
    QString dimension; // "channel", "person", "content_type", "campaign" or "" (none)
    qint64 id = 0;
};
DrillTarget drillTarget(const QChart *chart, int index);
QString dimensionId(Dimension dimension);

} // namespace iroi::ui
