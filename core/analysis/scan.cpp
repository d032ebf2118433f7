#include "core/analysis/scan.h"

#include <algorithm>

namespace iroi {

size_t groupCount(const AnalysisData &data, std::optional<Dimension> dimension)
{
    if (!dimension)
        return 1;
    const Catalog &c = data.catalog;
    switch (*dimension) {
    case Dimension::Campaign:
        return c.campaigns.size() + 1;
    case Dimension::Channel:
        return c.channels.size() + 1;
    case Dimension::Person:
        return c.people.size() + 1;
    case Dimension::ContentType:
        return c.contentTypes.size() + 1;
    }
    return 1;
}

qint64 groupId(const AnalysisData &data, Dimension dimension, size_t index)
{
    if (index == 0)
        return 0;
    const Catalog &c = data.catalog;
    switch (dimension) {
    case Dimension::Campaign:
        return c.campaigns[index - 1].id;
    case Dimension::Channel:
        return c.channels[index - 1].id;
    case Dimension::Person:
        return c.people[index - 1].id;
    case Dimension::ContentType:
        return c.contentTypes[index - 1].id;
    }
    return 0;
}

QString groupName(const AnalysisData &data, Dimension dimension, size_t index)
{
    if (index == 0)
        return QString::fromLatin1(kNotLinkedKey);
    const Catalog &c = data.catalog;
    switch (dimension) {
    case Dimension::Campaign:
        return c.campaigns[index - 1].name;
    case Dimension::Channel:
        return c.channels[index - 1].name;
    case Dimension::Person: {
        const Catalog::Person &p = c.people[index - 1];
        return p.displayName.isEmpty() ? p.handle : p.displayName;
    }
    case Dimension::ContentType:
        return c.contentTypes[index - 1].name;
    }
    return {};
}

int emvCardFor(const AnalysisData &data, const CompiledFilter &filter)
{
    const EpochDay end = filter.to != INT32_MAX ? filter.to : data.catalog.lastDay;
    int chosen = -1;
    for (size_t i = 0; i < data.emvCards.size(); ++i) { // ordered by version
        const EmvCard &card = data.emvCards[i];
        if (card.validFrom == kNoDay || end == kNoDay || card.validFrom <= end)
            chosen = static_cast<int>(i);
    }
    return chosen;
}

std::pair<size_t, size_t> rowRange(const AnalysisData &data, const ContentDims &content, const CompiledFilter &filter)
{
    const auto *days = data.rows.day.data();
    const auto *first = days + content.rowBegin;
    const auto *last = days + content.rowEnd;
    if (filter.from != INT32_MIN)
        first = std::lower_bound(first, last, filter.from);
    if (filter.to != INT32_MAX)
        last = std::upper_bound(first, last, filter.to);
    return {static_cast<size_t>(first - days), static_cast<size_t>(last - days)};
}

std::vector<Totals> scanTotals(const AnalysisData &data, const CompiledFilter &filter,
                               std::optional<Dimension> dimension)
{
    std::vector<Totals> groups(groupCount(data, dimension));
    const MetricColumns &r = data.rows;
    const int card = emvCardFor(data, filter);
    const float *emv = card >= 0 ? r.emvByCard[size_t(card)].data() : nullptr;
    for (size_t ci = 0; ci < data.contents.size(); ++ci) {
        if (!filter.content[ci])
            continue;
        const ContentDims &content = data.contents[ci];
        const auto [first, last] = rowRange(data, content, filter);
        if (first == last)
            continue;
        Totals &t = groups[size_t(keyOf(content, dimension))];
        ++t.posts;
        qint64 impressions = 0, reach = 0, views = 0, engagements = 0, clicks = 0, leads = 0, positive = 0,
               conversions = 0, growth = 0;
        double emvSum = 0.0;
        for (size_t i = first; i < last; ++i) {
            impressions += r.impressions[i];
            reach += r.reach[i];
            views += r.views[i];
            engagements += r.engagements[i];
            clicks += r.clicks[i];
            leads += r.leads[i];
            positive += r.positive[i];
            conversions += r.conversions[i];
            growth += r.followerGrowth[i];
            if (emv)
                emvSum += static_cast<double>(emv[i]);
        }
        t.impressions += impressions;
        t.reach += reach;
        t.views += views;
        t.engagements += engagements;
        t.clicks += clicks;
        t.leads += leads;
        t.positiveReactions += positive;
        t.conversions += conversions;
        t.followerGrowth += growth;
        t.emv += emvSum;
    }
    for (const OrderRow &o : data.orders) {
        if (!o.attributed() || !filter.inRange(o.day) || !filter.passes(o.person, o.campaign, o.channel, o.type))
            continue;
        Totals &t = groups[size_t(keyOf(o, dimension))];
        ++t.orders;
        t.revenue += o.revenue;
    }
    for (const CostRow &c : data.costs) {
        if (!filter.inRange(c.day) || !filter.passes(c.person, c.campaign, c.channel, c.type))
            continue;
        groups[size_t(keyOf(c, dimension))].cost += c.amount;
    }
    return groups;
}

void goalTotals(const AnalysisData &data, std::vector<GoalWindow> &windows)
{
    if (windows.empty())
        return;
    // Windows per campaign, so each row is checked only against its own campaign's goals.
    std::vector<std::vector<size_t>> byCampaign(data.catalog.campaigns.size() + 1);
    for (size_t w = 0; w < windows.size(); ++w)
        byCampaign[size_t(windows[w].campaign)].push_back(w);
    const MetricColumns &r = data.rows;
    for (const ContentDims &content : data.contents) {
        for (size_t w : byCampaign[size_t(content.campaign)]) {
            GoalWindow &window = windows[w];
            CompiledFilter dates;
            dates.from = window.from;
            dates.to = window.to;
            const auto [first, last] = rowRange(data, content, dates);
            if (first == last)
                continue;
            Totals &t = window.totals;
            ++t.posts;
            const int card = emvCardFor(data, dates);
            const float *emv = card >= 0 ? r.emvByCard[size_t(card)].data() : nullptr;
            for (size_t i = first; i < last; ++i) {
                t.impressions += r.impressions[i];
                t.reach += r.reach[i];
                t.views += r.views[i];
                t.engagements += r.engagements[i];
                t.clicks += r.clicks[i];
                t.leads += r.leads[i];
                t.positiveReactions += r.positive[i];
                t.conversions += r.conversions[i];
                t.followerGrowth += r.followerGrowth[i];
                if (emv)
                    t.emv += static_cast<double>(emv[i]);
            }
        }
    }
    for (const OrderRow &o : data.orders) {
        if (!o.attributed())
            continue;
        for (size_t w : byCampaign[size_t(o.campaign)]) {
            GoalWindow &window = windows[w];
            if (o.day >= window.from && o.day <= window.to) {
                ++window.totals.orders;
                window.totals.revenue += o.revenue;
            }
        }
    }
    for (const CostRow &c : data.costs) {
        for (size_t w : byCampaign[size_t(c.campaign)]) {
            GoalWindow &window = windows[w];
            if (c.day >= window.from && c.day <= window.to)
                window.totals.cost += c.amount;
        }
    }
    for (GoalWindow &window : windows) {
        if (!window.needsCustomers)
            continue;
        Filter filter;
        filter.campaignIds = {data.catalog.campaigns[size_t(window.campaign - 1)].id};
        filter.from = window.from;
        filter.to = window.to;
        window.totals.customers = distinctCustomers(data, compileFilter(data, filter));
    }
}

qint64 distinctCustomers(const AnalysisData &data, const CompiledFilter &filter)
{
    std::vector<std::uint8_t> seen(data.customers.size(), 0);
    qint64 count = 0;
    for (const OrderRow &o : data.orders) {
        if (o.customer < 0 || !o.attributed() || !filter.inRange(o.day) ||
            !filter.passes(o.person, o.campaign, o.channel, o.type))
            continue;
        if (!seen[size_t(o.customer)]) {
            seen[size_t(o.customer)] = 1;
            ++count;
        }
    }
    return count;
}

} // namespace iroi
