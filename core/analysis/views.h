#pragma once

#include "core/analysis/metrics.h"
#include "core/common/dates.h"
#include "core/common/money.h"

#include <QString>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace iroi {

// The result types of the analysis views. Plain values: computed by AnalysisEngine on any
// thread, copied to the UI, serialised by the command line. Money is exact Cents; ratios are
// OptDouble (nullopt = undefined, e.g. division by zero). Field names follow the metric ids
// of metrics.h (totals.engagements <-> "engagements").

// The additive figures of any slice of the data. Everything else is derived from these.
struct Totals
{
    qint64 posts = 0;            // content items with at least one metric row in the slice
    qint64 impressions = 0;
    qint64 reach = 0;            // sum of daily reach (not de-duplicated across days)
    qint64 views = 0;
    qint64 followerGrowth = 0;
    qint64 engagements = 0;      // likes + comments + shares + saves
    qint64 clicks = 0;
    qint64 leads = 0;
    qint64 conversions = 0;      // platform-reported conversions (metric_daily)
    qint64 positiveReactions = 0;
    qint64 orders = 0;           // attributed customer_order rows
    qint64 customers = 0;        // distinct customer_ref among those orders (Overview/Funnel only; 0 elsewhere)
    Cents revenue = 0;           // attributed order revenue
    Cents cost = 0;              // fully loaded cost: every cost category, staff_time included
    double emv = 0.0;            // earned media value from the rate card, workspace currency units

    Totals &operator+=(const Totals &other);
};

// The ratios derived from Totals; each states its denominator in metrics.h.
struct Kpis
{
    OptDouble engagementRate;   // engagements / reach
    OptDouble ctr;              // clicks / impressions
    OptDouble conversionRate;   // orders / clicks
    OptDouble aov;              // revenue / orders (currency units)
    OptDouble cpm;              // cost / impressions x 1000
    OptDouble cpe;              // cost / engagements
    OptDouble cpc;              // cost / clicks
    OptDouble cpl;              // cost / leads
    OptDouble cpa;              // cost / orders
    OptDouble roas;             // revenue / cost
    OptDouble roi;              // (revenue - cost) / cost
    OptDouble emvRoi;           // (emv - cost) / cost, beside, never instead of, roi
    OptDouble revenuePerPost;   // revenue / posts
    OptDouble engagementsPerPost;
    OptDouble affinity;         // positive reactions / posts
};
Kpis deriveKpis(const Totals &totals);

// A value by metric id ("impressions", "revenue", "roi", ...): counts and money (in currency
// units, not cents) from totals, ratios from kpis. nullopt for undefined or unknown ids.
OptDouble metricValue(const Totals &totals, const Kpis &kpis, std::string_view id);

enum class Dimension { Campaign, Channel, Person, ContentType };

// One group of a grouped view (What: per content type, Where: per channel, ...).
// The key of the group of rows not linked to the dimension, in the command line's output
// too; the UI shows it translated.
inline constexpr const char *kNotLinkedKey = "(not linked)";

struct GroupRow
{
    qint64 id = 0;   // 0 = "not linked" (e.g. content without a content type)
    QString key;     // display name of the group
    Totals totals;
    Kpis kpis;
};

struct GoalStatus
{
    qint64 goalId = 0;
    qint64 campaignId = 0;
    QString campaign;
    QString metric;          // the goal's metric id (e.g. "revenue", "impressions")
    QString description;
    double target = 0.0;
    OptDouble baseline;
    EpochDay startDay = kNoDay;
    EpochDay deadlineDay = kNoDay;
    EpochDay asOfDay = kNoDay;   // min(deadline, last day of data)
    OptDouble actual;            // value of the metric over [start, asOf]; nullopt if not computable
    OptDouble attainment;        // actual / target
    OptDouble projected;         // actual / elapsed days x total days (linear pace)
    bool onTrack = false;        // projected >= target (or actual >= target when past the deadline)
    QString pacing;              // "on track", "behind", "achieved", "missed", "n/a"
};

struct OverviewResult
{
    Totals totals;
    Kpis kpis;
    qint64 brandMentions = 0;       // own brand ('brand.own') mentions in the date range
    OptDouble repeatPurchaseRate;   // customers with >= 2 orders / customers
    OptDouble clv;                  // simple CLV, see RetentionResult
    int emvCardVersion = 0;         // 0 = no rate card (emv is then 0)
    QString emvCardName;
    std::vector<GoalStatus> goals;  // goals of the campaigns in the filter
};

enum class Recommendation { Keep, Watch, Cut };
std::string_view recommendationId(Recommendation r); // "keep", "watch", "cut"

struct PersonScore
{
    qint64 personId = 0;
    QString key;              // display name, else handle
    QString handle;
    QString kind;             // "influencer" / "employee"
    Totals totals;
    Kpis kpis;
    OptDouble audienceFit;    // [0, 1]; mean over dimensions of sum min(person share, target share)
    OptDouble trend;          // revenue per post in the last half of the person's active days / first half - 1
    OptDouble vsGroupMedian;  // revenue per post / group median revenue per post - 1
    bool superstar = false;   // in the smallest set of people reaching >= 50 % of revenue
    Recommendation recommendation = Recommendation::Watch;
    QString reason;           // one English sentence why
    // Activity and performance disagree: activity rank (by posts) and performance rank (by
    // revenue per post), 1 = best.
    int activityRank = 0;
    int performanceRank = 0;
};

enum class Granularity { Day, Week, Month };

struct SeriesPoint
{
    EpochDay day = kNoDay;     // first day of the bucket (weeks start on Monday)
    Totals totals;             // posts here = content items with a row in the bucket
    OptDouble rollingRevenue;  // mean revenue (currency units) of this and the previous n-1 buckets
    OptDouble rollingEngagements;
    Cents cumulativeRevenue = 0;
    Cents cumulativeCost = 0;
};

struct PeriodComparison
{
    EpochDay currentFrom = kNoDay, currentTo = kNoDay;
    EpochDay previousFrom = kNoDay, previousTo = kNoDay; // same length, just before
    Totals current;
    Totals previous;
    OptDouble revenueChange;      // current / previous - 1
    OptDouble engagementsChange;
    OptDouble impressionsChange;
};

struct WhenResult
{
    Granularity granularity = Granularity::Week;
    int rollingWindow = 4;                  // buckets
    std::vector<SeriesPoint> series;
    std::array<Totals, 12> byMonth{};       // seasonality: calendar month 0 = January
    // Heatmaps indexed [dayOfWeek 0=Monday][hour]. Engagement and clicks by the publishing
    // day/hour of the content; orders and revenue by the order's time when known, else the
    // publishing time of the attributed content.
    std::array<std::array<qint64, 24>, 7> engagementHeat{};
    std::array<std::array<qint64, 24>, 7> clickHeat{};
    std::array<std::array<qint64, 24>, 7> orderHeat{};
    std::array<std::array<Cents, 24>, 7> revenueHeat{};
    // Posts published in each slot, and the mean over those posts of each post's own
    // engagement rate (engagements / reach) and CTR (clicks / impressions); n/a for an empty
    // slot. Totals above mostly show when people post; the per-post means show which slot
    // works best, each post counting once so one huge account cannot decide a cell.
    std::array<std::array<qint64, 24>, 7> postHeat{};
    std::array<std::array<OptDouble, 24>, 7> engagementRateHeat{};
    std::array<std::array<OptDouble, 24>, 7> ctrHeat{};
    PeriodComparison periodOverPeriod;
};

struct TopicShare
{
    QString topic;
    qint64 ownMentions = 0;
    qint64 allMentions = 0;      // own + every competitor
    OptDouble shareOfVoice;      // own / all
    QString leadingBrand;        // the brand with most mentions on the topic
    std::vector<std::pair<QString, qint64>> brands; // every brand, most mentions first
};

struct WhyResult
{
    std::vector<GoalStatus> goals;
    QString ownBrand;
    std::vector<TopicShare> topics;  // by share of voice, lowest first
    QStringList whiteSpace;          // topics where own share is lowest (bottom third, at least one)
};

struct CostCategoryRow
{
    QString category;   // schema id: fee, product, shipping, travel, production, agency, staff_time, paid_boost
    Cents amount = 0;
    OptDouble share;    // amount / total cost
    double hours = 0.0; // staff_time hours
};

struct PersonCostRow
{
    qint64 personId = 0;
    QString key;
    Cents travel = 0;
    Cents shipping = 0;
    Cents total = 0;
};

struct HowResult
{
    std::vector<CostCategoryRow> categories; // all eight, schema order
    Cents total = 0;
    Cents overhead = 0;        // everything except paid_boost
    OptDouble overheadShare;   // overhead / total
    Kpis costPerStage;         // cpm, cpe, cpc, cpl, cpa over the same filter
    std::vector<PersonCostRow> people; // by total cost, highest first
};

struct FunnelStep
{
    QString metric;      // metric id: impressions, engagements, clicks, orders, repeat_customers
    FunnelStage stage;
    qint64 count = 0;
};

struct FunnelRate
{
    QString from, to;     // metric ids; rate = count(to) / count(from)
    OptDouble rate;
    QString denominator;  // names the denominator, e.g. "per impression"
};

struct FunnelGroup
{
    qint64 id = 0;
    QString key;
    std::vector<FunnelStep> steps;
    std::vector<FunnelRate> rates;
};

struct FunnelResult
{
    FunnelGroup total;                // key "all"
    std::vector<FunnelGroup> groups;  // per the requested dimension
};

struct CohortRow
{
    qint64 personId = 0;       // the person attributed to the customers' first order; 0 = none
    QString key;
    qint64 customers = 0;      // customers acquired
    qint64 repeatCustomers = 0; // of which with >= 2 orders (any attribution)
    OptDouble repeatRate;
    Cents revenue = 0;         // all orders of these customers
    OptDouble revenuePerCustomer;
};

struct RetentionResult
{
    qint64 customers = 0;
    qint64 repeatCustomers = 0;
    OptDouble repeatPurchaseRate; // repeat customers / customers
    OptDouble aov;                // revenue / orders, currency units
    OptDouble purchasesPerYear;   // orders / customers / observed years (>= 1 month)
    double expectedYears = 3.0;   // setting 'clv.expected_years', default 3
    OptDouble clv;                // aov x purchases per year x expected years
    std::vector<CohortRow> cohorts; // by customers, most first
};

} // namespace iroi
