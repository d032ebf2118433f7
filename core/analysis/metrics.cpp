#include "core/analysis/metrics.h"

#include <array>

namespace iroi {

namespace {

using U = MetricUnit;
using S = FunnelStage;

// The single source of the metric texts: docs/metrics.md repeats them and the UI shows them
// as tooltips. Every ratio names its denominator.
constexpr std::array kMetrics = {
    // awareness
    MetricDef{"posts", "Posts", U::Count, S::Awareness,
              "Content items with at least one daily metric row in the filter (activity, not performance)."},
    MetricDef{"impressions", "Impressions", U::Count, S::Awareness,
              "Sum of daily impressions of the filtered content items."},
    MetricDef{"reach", "Reach", U::Count, S::Awareness,
              "Sum of daily reach of the filtered content items (not de-duplicated across days)."},
    MetricDef{"views", "Video views", U::Count, S::Awareness, "Sum of daily video views."},
    MetricDef{"follower_growth", "Follower growth", U::Count, S::Awareness,
              "Sum of daily follower growth reported with the content items."},
    MetricDef{"brand_mentions", "Brand mentions", U::Count, S::Awareness,
              "Mentions of the own brand (setting brand.own) in brand_mention rows within the date range."},
    // consideration
    MetricDef{"engagements", "Engagements", U::Count, S::Consideration, "likes + comments + shares + saves."},
    MetricDef{"engagement_rate", "Engagement rate (by reach)", U::Percent, S::Consideration,
              "engagements / reach. Denominator: summed daily reach of the same content and days."},
    MetricDef{"clicks", "Clicks", U::Count, S::Consideration, "Link clicks / link visits (sum of daily clicks)."},
    MetricDef{"ctr", "Click-through rate", U::Percent, S::Consideration,
              "clicks / impressions. Denominator: impressions of the same content and days."},
    MetricDef{"leads", "Leads", U::Count, S::Consideration, "Sum of daily leads (sign-ups, form fills)."},
    MetricDef{"affinity", "Affinity", U::Ratio, S::Consideration,
              "positive reactions / posts. Denominator: posts (content items) in the filter."},
    MetricDef{"engagements_per_post", "Engagements per post", U::Ratio, S::Consideration,
              "engagements / posts. Denominator: posts (content items) in the filter."},
    // purchase
    MetricDef{"conversions", "Conversions (platform)", U::Count, S::Purchase,
              "Conversions reported by the platforms in the daily metrics (sign-ups, downloads, purchases)."},
    MetricDef{"orders", "Orders", U::Count, S::Purchase,
              "Shop orders attributed to a person or content item (by discount code, UTM link or referral)."},
    MetricDef{"revenue", "Revenue", U::Currency, S::Purchase,
              "Sum of the revenue of attributed orders, exact to the cent."},
    MetricDef{"conversion_rate", "Conversion rate", U::Percent, S::Purchase,
              "orders / clicks. Denominator: clicks of the same filter."},
    MetricDef{"aov", "Average order value", U::Currency, S::Purchase, "revenue / orders. Denominator: attributed orders."},
    MetricDef{"revenue_per_post", "Revenue per post", U::Currency, S::Purchase,
              "revenue / posts. Denominator: posts (content items) in the filter. Performance, not activity."},
    MetricDef{"cpa", "Cost per acquisition", U::Currency, S::Purchase,
              "cost / orders. Denominator: attributed orders."},
    MetricDef{"roas", "Return on ad spend", U::Ratio, S::Purchase,
              "revenue / cost. Denominator: fully loaded cost. 3.0 means 3 earned per 1 spent."},
    MetricDef{"roi", "Return on investment", U::Ratio, S::Purchase,
              "(revenue - cost) / cost. Denominator: fully loaded cost. 0.25 means 25 % return; below 0 is a loss."},
    MetricDef{"emv", "Earned media value", U::Currency, S::Awareness,
              "Sum over metrics of count x rate from the latest EMV rate card valid for the period (a channel's "
              "own rate, else the rate for every channel). An estimate: shown beside cash ROI, never instead."},
    MetricDef{"emv_roi", "EMV return", U::Ratio, S::Awareness,
              "(emv - cost) / cost. Denominator: fully loaded cost. Not cash: compare with roi."},
    // retention
    MetricDef{"customers", "Customers", U::Count, S::Retention, "Distinct customer references among attributed orders."},
    MetricDef{"repeat_customers", "Repeat customers", U::Count, S::Retention,
              "Customers acquired through the programme with two or more orders (any attribution)."},
    MetricDef{"repeat_purchase_rate", "Repeat-purchase rate", U::Percent, S::Retention,
              "repeat customers / customers. Denominator: customers whose first order is attributed and in the filter."},
    MetricDef{"clv", "Customer lifetime value (simple)", U::Currency, S::Retention,
              "average order value x purchases per customer per year x expected years (setting clv.expected_years, "
              "default 3)."},
    // cost
    MetricDef{"cost", "Fully loaded cost", U::Currency, S::Cost,
              "Sum of every cost row in the filter: fees, product, shipping, travel, production, agency, staff time and "
              "paid boosts."},
    MetricDef{"overhead", "Overhead", U::Currency, S::Cost, "Every cost except paid_boost (media)."},
    MetricDef{"overhead_share", "Overhead share", U::Percent, S::Cost,
              "overhead / cost. Denominator: fully loaded cost."},
    MetricDef{"cpm", "Cost per mille", U::Currency, S::Cost, "cost / impressions x 1000. Denominator: impressions."},
    MetricDef{"cpe", "Cost per engagement", U::Currency, S::Cost, "cost / engagements. Denominator: engagements."},
    MetricDef{"cpc", "Cost per click", U::Currency, S::Cost, "cost / clicks. Denominator: clicks."},
    MetricDef{"cpl", "Cost per lead", U::Currency, S::Cost, "cost / leads. Denominator: leads."},
    // why
    MetricDef{"share_of_voice", "Share of voice", U::Percent, S::Awareness,
              "own brand mentions / mentions of all tracked brands, per topic. Denominator: all brands' mentions "
              "of the topic."},
    MetricDef{"goal_attainment", "Goal attainment", U::Percent, S::Purchase,
              "actual / target of a campaign goal, actual measured from the goal's start to the last day of data."},
    MetricDef{"audience_fit", "Audience fit", U::Percent, S::Awareness,
              "Per dimension (age, gender, country, interest) the overlap sum of min(person share, campaign target "
              "share), averaged over the dimensions both define."},
};

} // namespace

std::span<const MetricDef> metricDefinitions()
{
    return kMetrics;
}

const MetricDef *findMetric(std::string_view id)
{
    for (const MetricDef &def : kMetrics) {
        if (def.id == id)
            return &def;
    }
    return nullptr;
}

QString metricName(std::string_view id)
{
    const MetricDef *def = findMetric(id);
    return def ? QString::fromUtf8(def->name.data(), static_cast<qsizetype>(def->name.size())) : QString();
}

QString metricDefinition(std::string_view id)
{
    const MetricDef *def = findMetric(id);
    return def ? QString::fromUtf8(def->definition.data(), static_cast<qsizetype>(def->definition.size())) : QString();
}

std::string_view unitId(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Count:
        return "count";
    case MetricUnit::Currency:
        return "currency";
    case MetricUnit::Ratio:
        return "ratio";
    case MetricUnit::Percent:
        return "percent";
    }
    return "count";
}

std::string_view stageId(FunnelStage stage)
{
    switch (stage) {
    case FunnelStage::Awareness:
        return "awareness";
    case FunnelStage::Consideration:
        return "consideration";
    case FunnelStage::Purchase:
        return "purchase";
    case FunnelStage::Retention:
        return "retention";
    case FunnelStage::Cost:
        return "cost";
    }
    return "awareness";
}

} // namespace iroi
