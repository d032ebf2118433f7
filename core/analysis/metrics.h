#pragma once

#include <QString>

#include <optional>
#include <span>
#include <string_view>

namespace iroi {

// A figure that may be undefined (a ratio whose denominator is zero, an empty filter).
// Views never return NaN or infinity: "no value" is std::nullopt and is shown as "n/a".
using OptDouble = std::optional<double>;

// Divides, or returns nullopt when the denominator is zero (the figure is undefined).
inline OptDouble ratio(double numerator, double denominator)
{
    if (denominator == 0.0)
        return std::nullopt;
    return numerator / denominator;
}

enum class MetricUnit {
    Count,    // an integer number of things
    Currency, // an amount in the workspace currency (views carry money as Cents)
    Ratio,    // a plain quotient (ROI 0.25 = 25 % return; ROAS 3.0 = 3 per 1 spent)
    Percent,  // a share in [0, 1], shown as a percentage
};

enum class FunnelStage { Awareness, Consideration, Purchase, Retention, Cost };

// One metric as the whole product names and explains it. The id is stable and is used in
// JSON, CSV headers and saved layouts; name and definition are English (the UI wraps them
// in tr()); the definition always states the denominator. docs/metrics.md shows the same text.
struct MetricDef
{
    std::string_view id;         // snake_case, e.g. "engagement_rate"
    std::string_view name;       // e.g. "Engagement rate"
    MetricUnit unit;
    FunnelStage stage;
    std::string_view definition; // e.g. "engagements / reach (summed daily reach) ..."
};

// Every metric any view returns, in display order.
std::span<const MetricDef> metricDefinitions();
// nullptr when the id is unknown.
const MetricDef *findMetric(std::string_view id);

QString metricName(std::string_view id);       // "" when unknown
QString metricDefinition(std::string_view id); // "" when unknown
std::string_view unitId(MetricUnit unit);      // "count", "currency", "ratio", "percent"
std::string_view stageId(FunnelStage stage);   // "awareness", ... "cost"

} // namespace iroi
