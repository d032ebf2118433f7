#include "core/analysis/views.h"

namespace iroi {

Totals &Totals::operator+=(const Totals &other)
{
    posts += other.posts;
    impressions += other.impressions;
    reach += other.reach;
    views += other.views;
    followerGrowth += other.followerGrowth;
    engagements += other.engagements;
    clicks += other.clicks;
    leads += other.leads;
    conversions += other.conversions;
    positiveReactions += other.positiveReactions;
    orders += other.orders;
    customers += other.customers;
    revenue += other.revenue;
    cost += other.cost;
    emv += other.emv;
    return *this;
}

Kpis deriveKpis(const Totals &t)
{
    const auto d = [](auto v) { return static_cast<double>(v); };
    const double revenue = centsToDouble(t.revenue);
    const double cost = centsToDouble(t.cost);
    Kpis k;
    k.engagementRate = ratio(d(t.engagements), d(t.reach));
    k.ctr = ratio(d(t.clicks), d(t.impressions));
    k.conversionRate = ratio(d(t.orders), d(t.clicks));
    k.aov = ratio(revenue, d(t.orders));
    if (auto perImpression = ratio(cost, d(t.impressions)))
        k.cpm = *perImpression * 1000.0;
    k.cpe = ratio(cost, d(t.engagements));
    k.cpc = ratio(cost, d(t.clicks));
    k.cpl = ratio(cost, d(t.leads));
    k.cpa = ratio(cost, d(t.orders));
    k.roas = ratio(revenue, cost);
    k.roi = ratio(revenue - cost, cost);
    k.emvRoi = ratio(t.emv - cost, cost);
    k.revenuePerPost = ratio(revenue, d(t.posts));
    k.engagementsPerPost = ratio(d(t.engagements), d(t.posts));
    k.affinity = ratio(d(t.positiveReactions), d(t.posts));
    return k;
}

OptDouble metricValue(const Totals &t, const Kpis &k, std::string_view id)
{
    const auto d = [](auto v) -> OptDouble { return static_cast<double>(v); };
    if (id == "posts")
        return d(t.posts);
    if (id == "impressions")
        return d(t.impressions);
    if (id == "reach")
        return d(t.reach);
    if (id == "views")
        return d(t.views);
    if (id == "follower_growth")
        return d(t.followerGrowth);
    if (id == "engagements")
        return d(t.engagements);
    if (id == "clicks")
        return d(t.clicks);
    if (id == "leads")
        return d(t.leads);
    if (id == "conversions")
        return d(t.conversions);
    if (id == "orders")
        return d(t.orders);
    if (id == "customers")
        return d(t.customers);
    if (id == "revenue")
        return centsToDouble(t.revenue);
    if (id == "cost")
        return centsToDouble(t.cost);
    if (id == "emv")
        return t.emv;
    if (id == "engagement_rate")
        return k.engagementRate;
    if (id == "ctr")
        return k.ctr;
    if (id == "conversion_rate")
        return k.conversionRate;
    if (id == "aov")
        return k.aov;
    if (id == "cpm")
        return k.cpm;
    if (id == "cpe")
        return k.cpe;
    if (id == "cpc")
        return k.cpc;
    if (id == "cpl")
        return k.cpl;
    if (id == "cpa")
        return k.cpa;
    if (id == "roas")
        return k.roas;
    if (id == "roi")
        return k.roi;
    if (id == "emv_roi")
        return k.emvRoi;
    if (id == "revenue_per_post")
        return k.revenuePerPost;
    if (id == "engagements_per_post")
        return k.engagementsPerPost;
    if (id == "affinity")
        return k.affinity;
    return std::nullopt;
}

std::string_view recommendationId(Recommendation r)
{
    switch (r) {
    case Recommendation::Keep:
        return "keep";
    case Recommendation::Watch:
        return "watch";
    case Recommendation::Cut:
        return "cut";
    }
    return "watch";
}

} // namespace iroi
