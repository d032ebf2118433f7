#pragma once

#include "core/planning/optimiser.h"
#include "ui/charts/chartstyle.h"

#include <QString>

#include <span>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace iroi::ui {

// The Planner's response curves: per line, the outcome the fitted curve predicts over the
// planned period against the spend over the period, with the current spend (hollow
// circle) and the proposed spend (filled square) marked. At most maxLines lines are drawn
// (the largest by spend) so the chart stays readable with a hundred people.
QChart *buildPlannerCurvesChart(const PlanRequest &request, std::span<const double> proposed, const ChartStyle &style,
                                const QString &outcomeName, int maxLines = 8);

} // namespace iroi::ui
