// AnalysisEngine::who: the scorecard per person.

#include "core/analysis/analysisengine.h"
#include "core/analysis/scan.h"

#include <algorithm>
#include <numeric>

namespace iroi {

namespace {

QString percent(double value)
{
    return QStringLiteral("%1 %").arg(value * 100.0, 0, 'f', 0);
}

OptDouble median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

void recommend(PersonScore &s, size_t superstars)
{
    const Kpis &k = s.kpis;
    if (s.superstar) {
        s.recommendation = Recommendation::Keep;
        s.reason = QStringLiteral("superstar: one of the %1 people who bring half of the revenue").arg(superstars);
        return;
    }
    if (s.totals.posts == 0 && s.totals.cost > 0 && s.totals.revenue == 0) {
        s.recommendation = Recommendation::Cut;
        s.reason = QStringLiteral("costs money but published nothing and sold nothing in the period");
        return;
    }
    const bool aboveMedian = s.vsGroupMedian && *s.vsGroupMedian >= 0.0;
    const bool rising = s.trend && *s.trend > 0.10;
    if (k.roi && *k.roi >= 0.0) {
        s.recommendation = Recommendation::Keep;
        s.reason = QStringLiteral("ROI %1: revenue covers the fully loaded cost").arg(percent(*k.roi));
        return;
    }
    if (!k.roi) {
        s.recommendation = aboveMedian ? Recommendation::Keep : Recommendation::Watch;
        s.reason = aboveMedian ? QStringLiteral("no cost recorded; revenue per post at or above the group median")
                               : QStringLiteral("no cost recorded; revenue per post below the group median");
        return;
    }
    if (aboveMedian || rising) {
        s.recommendation = Recommendation::Watch;
        s.reason = QStringLiteral("ROI %1 is a loss, but %2")
                       .arg(percent(*k.roi),
                            rising ? QStringLiteral("the trend is rising (%1)").arg(percent(*s.trend))
                                   : QStringLiteral("revenue per post is at or above the group median"));
        return;
    }
    s.recommendation = Recommendation::Cut;
    s.reason = QStringLiteral("ROI %1, revenue per post below the group median and no rising trend")
                   .arg(percent(*k.roi));
}

} // namespace

std::vector<PersonScore> AnalysisEngine::who(const Filter &filter) const
{
    const AnalysisData &d = *m_data;
    const Catalog &c = d.catalog;
    const CompiledFilter f = compileFilter(d, filter);
    const std::vector<Totals> groups = scanTotals(d, f, Dimension::Person);
    const size_t people = groups.size();
    const size_t campaigns = c.campaigns.size() + 1;

    // The own baseline: the first half of the period against the second half.
    EpochDay from = std::max<EpochDay>(f.from, c.firstDay);
    EpochDay to = std::min<EpochDay>(f.to, c.lastDay);
    const EpochDay mid = c.firstDay == kNoDay ? 0 : from + (to - from + 1) / 2;
    std::vector<std::array<double, 2>> revenueHalves(people, {0.0, 0.0});
    std::vector<std::array<double, 2>> engagementHalves(people, {0.0, 0.0});
    for (const OrderRow &o : d.orders) {
        if (o.attributed() && f.inRange(o.day) && f.passes(o.person, o.campaign, o.channel, o.type))
            revenueHalves[size_t(o.person)][o.day >= mid ? 1 : 0] += static_cast<double>(o.revenue);
    }
    // Posts per person and campaign weigh the audience fit.
    std::vector<std::int32_t> postsByCampaign(people * campaigns, 0);
    for (size_t ci = 0; ci < d.contents.size(); ++ci) {
        if (!f.content[ci])
            continue;
        const ContentDims &content = d.contents[ci];
        const auto [first, last] = rowRange(d, content, f);
        if (first == last)
            continue;
        ++postsByCampaign[size_t(content.person) * campaigns + size_t(content.campaign)];
        auto &halves = engagementHalves[size_t(content.person)];
        for (size_t i = first; i < last; ++i)
            halves[d.rows.day[i] >= mid ? 1 : 0] += static_cast<double>(d.rows.engagements[i]);
    }

    std::vector<PersonScore> scores;
    for (size_t p = 1; p < people; ++p) {
        const Totals &t = groups[p];
        if (t.posts == 0 && t.orders == 0 && t.cost == 0)
            continue;
        const Catalog::Person &person = c.people[p - 1];
        PersonScore s;
        s.personId = person.id;
        s.handle = person.handle;
        s.key = person.displayName.isEmpty() ? person.handle : person.displayName;
        s.kind = person.kind == PersonKind::Employee ? QStringLiteral("employee") : QStringLiteral("influencer");
        s.totals = t;
        s.kpis = deriveKpis(t);
        double fitSum = 0.0, fitWeight = 0.0;
        for (size_t k = 1; k < campaigns; ++k) {
            const float fit = d.audienceFit.empty() ? -1.0f : d.audienceFit[p * campaigns + k];
            const auto posts = static_cast<double>(postsByCampaign[p * campaigns + k]);
            if (fit >= 0.0f && posts > 0.0) {
                fitSum += static_cast<double>(fit) * posts;
                fitWeight += posts;
            }
        }
        s.audienceFit = ratio(fitSum, fitWeight);
        const auto &halves = revenueHalves[p][0] > 0.0 || revenueHalves[p][1] > 0.0 ? revenueHalves[p]
                                                                                    : engagementHalves[p];
        if (auto change = ratio(halves[1], halves[0]))
            s.trend = *change - 1.0;
        scores.push_back(std::move(s));
    }

    std::vector<double> perPost;
    for (const PersonScore &s : scores) {
        if (s.kpis.revenuePerPost)
            perPost.push_back(*s.kpis.revenuePerPost);
    }
    const OptDouble groupMedian = median(perPost);
    for (PersonScore &s : scores) {
        if (s.kpis.revenuePerPost && groupMedian) {
            if (auto rel = ratio(*s.kpis.revenuePerPost, *groupMedian))
                s.vsGroupMedian = *rel - 1.0;
            else
                s.vsGroupMedian = *s.kpis.revenuePerPost > 0.0 ? OptDouble(1.0) : OptDouble(0.0);
        }
    }

    std::stable_sort(scores.begin(), scores.end(), [](const PersonScore &a, const PersonScore &b) {
        if (a.totals.revenue != b.totals.revenue)
            return a.totals.revenue > b.totals.revenue;
        return a.totals.engagements > b.totals.engagements;
    });
    // Superstars: the smallest set of people, by revenue, that brings at least half of it.
    const Cents totalRevenue = std::accumulate(scores.begin(), scores.end(), Cents(0),
                                               [](Cents sum, const PersonScore &s) { return sum + s.totals.revenue; });
    size_t superstars = 0;
    if (totalRevenue > 0) {
        Cents running = 0;
        for (PersonScore &s : scores) {
            if (2 * running >= totalRevenue || s.totals.revenue <= 0)
                break;
            s.superstar = true;
            running += s.totals.revenue;
            ++superstars;
        }
    }
    // Activity rank by posts and performance rank by revenue per post, to show where they disagree.
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return scores[a].totals.posts > scores[b].totals.posts; });
    for (size_t i = 0; i < order.size(); ++i)
        scores[order[i]].activityRank = static_cast<int>(i + 1);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return scores[a].kpis.revenuePerPost.value_or(-1.0) > scores[b].kpis.revenuePerPost.value_or(-1.0);
    });
    for (size_t i = 0; i < order.size(); ++i)
        scores[order[i]].performanceRank = static_cast<int>(i + 1);
    for (PersonScore &s : scores)
        recommend(s, superstars);
    return scores;
}

} // namespace iroi
