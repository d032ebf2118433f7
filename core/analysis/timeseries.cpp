// AnalysisEngine::when: series, seasonality, day-of-week x hour heatmaps, period over period.

#include "core/analysis/analysisengine.h"
#include "core/analysis/scan.h"

#include <algorithm>

namespace iroi {

namespace {

EpochDay bucketStart(EpochDay day, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day - dayOfWeek(day);
    case Granularity::Month: {
        const QDate date = fromEpochDay(day);
        return toEpochDay(QDate(date.year(), date.month(), 1));
    }
    }
    return day;
}

} // namespace

WhenResult AnalysisEngine::when(const Filter &filter, Granularity granularity, int rollingWindow) const
{
    const AnalysisData &d = *m_data;
    const Catalog &c = d.catalog;
    WhenResult result;
    result.granularity = granularity;
    result.rollingWindow = std::max(1, rollingWindow);
    if (c.firstDay == kNoDay)
        return result;
    CompiledFilter f = compileFilter(d, filter);
    const EpochDay from = std::max<EpochDay>(f.from, c.firstDay);
    const EpochDay to = std::min<EpochDay>(f.to, c.lastDay);
    if (to < from)
        return result;
    // Rows outside the data's span cannot exist, so the lookup tables cover [from, to] only.
    f.from = from;
    f.to = to;
    const size_t span = static_cast<size_t>(to - from + 1);
    std::vector<std::int32_t> bucketOf(span);
    std::vector<std::int8_t> monthOf(span);
    {
        EpochDay currentStart = kNoDay;
        for (size_t i = 0; i < span; ++i) {
            const EpochDay day = from + static_cast<EpochDay>(i);
            const EpochDay start = bucketStart(day, granularity);
            if (start != currentStart) {
                currentStart = start;
                result.series.push_back({});
                result.series.back().day = start;
            }
            bucketOf[i] = static_cast<std::int32_t>(result.series.size() - 1);
            monthOf[i] = static_cast<std::int8_t>(fromEpochDay(day).month() - 1);
        }
    }
    const MetricColumns &r = d.rows;
    const int card = emvCardFor(d, f);
    const float *emv = card >= 0 ? r.emvByCard[size_t(card)].data() : nullptr;
    // Per slot: sum of per-post engagement rates and CTRs, and how many posts had a denominator.
    std::array<std::array<double, 24>, 7> rateSum{}, ctrSum{};
    std::array<std::array<qint64, 24>, 7> rateCount{}, ctrCount{};
    for (size_t ci = 0; ci < d.contents.size(); ++ci) {
        if (!f.content[ci])
            continue;
        const ContentDims &content = d.contents[ci];
        const auto [first, last] = rowRange(d, content, f);
        if (first == last)
            continue;
        std::int32_t lastBucket = -1;
        int lastMonth = -1;
        qint64 engagements = 0, clicks = 0, reach = 0, impressions = 0;
        for (size_t i = first; i < last; ++i) {
            const size_t offset = static_cast<size_t>(r.day[i] - from);
            const std::int32_t b = bucketOf[offset];
            const int month = monthOf[offset];
            Totals &t = result.series[size_t(b)].totals;
            Totals &m = result.byMonth[size_t(month)];
            if (b != lastBucket) {
                ++t.posts;
                lastBucket = b;
            }
            if (month != lastMonth) {
                ++m.posts; // a post active in two years' Januaries counts once per run of days
                lastMonth = month;
            }
            for (Totals *x : {&t, &m}) {
                x->impressions += r.impressions[i];
                x->reach += r.reach[i];
                x->views += r.views[i];
                x->engagements += r.engagements[i];
                x->clicks += r.clicks[i];
                x->leads += r.leads[i];
                x->positiveReactions += r.positive[i];
                x->conversions += r.conversions[i];
                x->followerGrowth += r.followerGrowth[i];
                if (emv)
                    x->emv += static_cast<double>(emv[i]);
            }
            engagements += r.engagements[i];
            clicks += r.clicks[i];
            reach += r.reach[i];
            impressions += r.impressions[i];
        }
        if (content.dow >= 0 && content.hour >= 0) {
            const size_t dow = size_t(content.dow), hour = size_t(content.hour);
            result.engagementHeat[dow][hour] += engagements;
            result.clickHeat[dow][hour] += clicks;
            ++result.postHeat[dow][hour];
            if (reach > 0) {
                rateSum[dow][hour] += static_cast<double>(engagements) / static_cast<double>(reach);
                ++rateCount[dow][hour];
            }
            if (impressions > 0) {
                ctrSum[dow][hour] += static_cast<double>(clicks) / static_cast<double>(impressions);
                ++ctrCount[dow][hour];
            }
        }
    }
    for (size_t dow = 0; dow < 7; ++dow) {
        for (size_t hour = 0; hour < 24; ++hour) {
            result.engagementRateHeat[dow][hour] =
                ratio(rateSum[dow][hour], static_cast<double>(rateCount[dow][hour]));
            result.ctrHeat[dow][hour] = ratio(ctrSum[dow][hour], static_cast<double>(ctrCount[dow][hour]));
        }
    }
    for (const OrderRow &o : d.orders) {
        if (!o.attributed() || !f.inRange(o.day) || !f.passes(o.person, o.campaign, o.channel, o.type))
            continue;
        const size_t offset = static_cast<size_t>(o.day - from);
        for (Totals *x : {&result.series[size_t(bucketOf[offset])].totals, &result.byMonth[size_t(monthOf[offset])]}) {
            ++x->orders;
            x->revenue += o.revenue;
        }
        if (o.dow >= 0 && o.hour >= 0) {
            ++result.orderHeat[size_t(o.dow)][size_t(o.hour)];
            result.revenueHeat[size_t(o.dow)][size_t(o.hour)] += o.revenue;
        }
    }
    for (const CostRow &x : d.costs) {
        if (!f.inRange(x.day) || !f.passes(x.person, x.campaign, x.channel, x.type))
            continue;
        const size_t offset = static_cast<size_t>(x.day - from);
        result.series[size_t(bucketOf[offset])].totals.cost += x.amount;
        result.byMonth[size_t(monthOf[offset])].cost += x.amount;
    }

    const size_t window = static_cast<size_t>(result.rollingWindow);
    Cents cumulativeRevenue = 0, cumulativeCost = 0;
    double windowRevenue = 0.0, windowEngagements = 0.0;
    for (size_t i = 0; i < result.series.size(); ++i) {
        SeriesPoint &point = result.series[i];
        cumulativeRevenue += point.totals.revenue;
        cumulativeCost += point.totals.cost;
        point.cumulativeRevenue = cumulativeRevenue;
        point.cumulativeCost = cumulativeCost;
        windowRevenue += centsToDouble(point.totals.revenue);
        windowEngagements += static_cast<double>(point.totals.engagements);
        if (i >= window) {
            windowRevenue -= centsToDouble(result.series[i - window].totals.revenue);
            windowEngagements -= static_cast<double>(result.series[i - window].totals.engagements);
        }
        if (i + 1 >= window) {
            point.rollingRevenue = windowRevenue / static_cast<double>(window);
            point.rollingEngagements = windowEngagements / static_cast<double>(window);
        }
    }

    PeriodComparison &pop = result.periodOverPeriod;
    pop.currentFrom = from;
    pop.currentTo = to;
    pop.previousTo = from - 1;
    pop.previousFrom = from - static_cast<EpochDay>(span);
    Filter previous = filter;
    previous.from = pop.previousFrom;
    previous.to = pop.previousTo;
    // Without distinct customers (see Totals::customers): two more order passes for a
    // figure the comparison does not show.
    pop.current = scanTotals(d, compileFilter(d, filter), std::nullopt).front();
    pop.previous = scanTotals(d, compileFilter(d, previous), std::nullopt).front();
    const auto change = [](double now, double before) -> OptDouble {
        if (auto rel = ratio(now, before))
            return *rel - 1.0;
        return std::nullopt;
    };
    pop.revenueChange = change(static_cast<double>(pop.current.revenue), static_cast<double>(pop.previous.revenue));
    pop.engagementsChange =
        change(static_cast<double>(pop.current.engagements), static_cast<double>(pop.previous.engagements));
    pop.impressionsChange =
        change(static_cast<double>(pop.current.impressions), static_cast<double>(pop.previous.impressions));
    return result;
}

} // namespace iroi
