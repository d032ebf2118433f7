#include "core/analysis/analysisengine.h"

#include "core/analysis/scan.h"
#include "core/store/schema.h"
#include "core/store/workspace.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace iroi {

namespace {

bool isAdditive(const QString &metric)
{
    static const QStringList additive = {
        QStringLiteral("posts"),       QStringLiteral("impressions"), QStringLiteral("reach"),
        QStringLiteral("views"),       QStringLiteral("follower_growth"), QStringLiteral("engagements"),
        QStringLiteral("clicks"),      QStringLiteral("leads"),       QStringLiteral("conversions"),
        QStringLiteral("orders"),      QStringLiteral("revenue"),     QStringLiteral("cost"),
        QStringLiteral("emv"),         QStringLiteral("customers")};
    return additive.contains(metric);
}

void sortGroups(std::vector<GroupRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const GroupRow &a, const GroupRow &b) {
        if (a.totals.revenue != b.totals.revenue)
            return a.totals.revenue > b.totals.revenue;
        return a.key.compare(b.key, Qt::CaseInsensitive) < 0;
    });
}

bool hasActivity(const Totals &t)
{
    return t.posts > 0 || t.orders > 0 || t.cost != 0;
}

} // namespace

AnalysisEngine::AnalysisEngine() = default;
AnalysisEngine::~AnalysisEngine() = default;

Result<std::unique_ptr<AnalysisEngine>> AnalysisEngine::load(Workspace &workspace, ProgressSink &progress)
{
    auto data = loadAnalysisData(workspace, progress);
    if (!data)
        return data.error();
    std::unique_ptr<AnalysisEngine> engine(new AnalysisEngine);
    engine->m_data = std::move(data.value());
    return engine;
}

const Catalog &AnalysisEngine::catalog() const
{
    return m_data->catalog;
}

qint64 AnalysisEngine::metricRowCount() const
{
    return static_cast<qint64>(m_data->rows.size());
}

Totals AnalysisEngine::totals(const Filter &filter) const
{
    const CompiledFilter f = compileFilter(*m_data, filter);
    Totals t = scanTotals(*m_data, f, std::nullopt).front();
    t.customers = distinctCustomers(*m_data, f);
    return t;
}

OverviewResult AnalysisEngine::overview(const Filter &filter) const
{
    const AnalysisData &d = *m_data;
    const CompiledFilter f = compileFilter(d, filter);
    OverviewResult result;
    result.totals = scanTotals(d, f, std::nullopt).front();
    result.totals.customers = distinctCustomers(d, f);
    result.kpis = deriveKpis(result.totals);
    if (d.ownBrand >= 0) {
        for (const MentionRow &m : d.mentions) {
            if (m.brand == d.ownBrand && f.inRange(m.day) && f.channel[size_t(m.channel)])
                result.brandMentions += m.mentions;
        }
    }
    const RetentionResult retained = retention(filter);
    result.repeatPurchaseRate = retained.repeatPurchaseRate;
    result.clv = retained.clv;
    if (const int card = emvCardFor(d, f); card >= 0) {
        result.emvCardVersion = d.emvCards[size_t(card)].version;
        result.emvCardName = d.emvCards[size_t(card)].name;
    }
    result.goals = why(filter).goals;
    return result;
}

std::vector<GroupRow> AnalysisEngine::byDimension(const Filter &filter, Dimension dimension) const
{
    const AnalysisData &d = *m_data;
    const CompiledFilter f = compileFilter(d, filter);
    const std::vector<Totals> groups = scanTotals(d, f, dimension);
    std::vector<GroupRow> rows;
    for (size_t i = 0; i < groups.size(); ++i) {
        if (!hasActivity(groups[i]))
            continue;
        rows.push_back({groupId(d, dimension, i), groupName(d, dimension, i), groups[i], deriveKpis(groups[i])});
    }
    sortGroups(rows);
    return rows;
}

std::vector<GroupRow> AnalysisEngine::what(const Filter &filter) const
{
    return byDimension(filter, Dimension::ContentType);
}

std::vector<GroupRow> AnalysisEngine::where(const Filter &filter) const
{
    return byDimension(filter, Dimension::Channel);
}

WhyResult AnalysisEngine::why(const Filter &filter) const
{
    const AnalysisData &d = *m_data;
    const Catalog &c = d.catalog;
    const CompiledFilter f = compileFilter(d, filter);
    WhyResult result;
    result.ownBrand = c.ownBrand;

    // The goal belongs to the campaign as a whole: only the campaign and the goal's own
    // dates restrict it, not the rest of the filter. All goals are summed in one pass over
    // the rows (goalTotals) instead of one full scan per goal.
    std::vector<GoalWindow> windows;
    std::vector<size_t> windowOf(d.goals.size(), SIZE_MAX);
    for (size_t gi = 0; gi < d.goals.size(); ++gi) {
        const GoalRow &g = d.goals[gi];
        if (!f.campaign[size_t(g.campaign)])
            continue;
        GoalStatus s;
        s.goalId = g.id;
        s.metric = g.metric;
        s.description = g.description;
        s.target = g.target;
        s.baseline = g.baseline;
        s.deadlineDay = g.deadlineDay;
        if (g.campaign > 0) {
            const Catalog::Campaign &campaign = c.campaigns[size_t(g.campaign - 1)];
            s.campaignId = campaign.id;
            s.campaign = campaign.name;
            s.startDay = g.startDay != kNoDay ? g.startDay : campaign.startDay;
        }
        if (s.startDay == kNoDay)
            s.startDay = c.firstDay;
        s.asOfDay = std::min(g.deadlineDay, c.lastDay);
        if (s.startDay == kNoDay || s.asOfDay == kNoDay || s.asOfDay < s.startDay || g.campaign == 0) {
            s.pacing = QStringLiteral("n/a");
        } else {
            windowOf[gi] = windows.size();
            windows.push_back({g.campaign, s.startDay, s.asOfDay, g.metric == QLatin1String("customers"), {}});
        }
        result.goals.push_back(s);
    }
    goalTotals(d, windows);
    size_t out = 0;
    for (size_t gi = 0; gi < d.goals.size(); ++gi) {
        const GoalRow &g = d.goals[gi];
        if (!f.campaign[size_t(g.campaign)])
            continue;
        GoalStatus &s = result.goals[out++];
        if (windowOf[gi] == SIZE_MAX)
            continue;
        const Totals &t = windows[windowOf[gi]].totals;
        const std::string metric = g.metric.toStdString();
        s.actual = metricValue(t, deriveKpis(t), metric);
        if (!s.actual) {
            s.pacing = QStringLiteral("n/a");
            continue;
        }
        s.attainment = ratio(*s.actual, s.target);
        const bool finished = c.lastDay >= g.deadlineDay;
        if (finished || !isAdditive(g.metric)) {
            s.projected = s.actual;
        } else {
            const double elapsed = static_cast<double>(s.asOfDay - s.startDay + 1);
            const double total = static_cast<double>(g.deadlineDay - s.startDay + 1);
            s.projected = *s.actual / elapsed * total;
        }
        s.onTrack = *s.projected >= s.target;
        if (finished)
            s.pacing = *s.actual >= s.target ? QStringLiteral("achieved") : QStringLiteral("missed");
        else
            s.pacing = s.onTrack ? QStringLiteral("on track") : QStringLiteral("behind");
    }

    // Share of voice per topic within the dates and channels of the filter.
    const qsizetype topicCount = c.topics.size();
    std::vector<std::vector<qint64>> perBrand(size_t(topicCount), std::vector<qint64>(size_t(d.brands.size()), 0));
    for (const MentionRow &m : d.mentions) {
        if (f.inRange(m.day) && f.channel[size_t(m.channel)])
            perBrand[size_t(m.topic)][size_t(m.brand)] += m.mentions;
    }
    for (qsizetype t = 0; t < topicCount; ++t) {
        TopicShare share;
        share.topic = c.topics.at(t);
        qint64 best = -1;
        for (qsizetype b = 0; b < d.brands.size(); ++b) {
            const qint64 n = perBrand[size_t(t)][size_t(b)];
            if (n == 0)
                continue;
            share.allMentions += n;
            if (b == d.ownBrand)
                share.ownMentions = n;
            share.brands.emplace_back(d.brands.at(b), n);
            if (n > best) {
                best = n;
                share.leadingBrand = d.brands.at(b);
            }
        }
        if (share.allMentions == 0)
            continue;
        std::stable_sort(share.brands.begin(), share.brands.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        if (d.ownBrand >= 0)
            share.shareOfVoice = ratio(static_cast<double>(share.ownMentions), static_cast<double>(share.allMentions));
        result.topics.push_back(share);
    }
    std::stable_sort(result.topics.begin(), result.topics.end(), [](const TopicShare &a, const TopicShare &b) {
        return a.shareOfVoice.value_or(0.0) < b.shareOfVoice.value_or(0.0);
    });
    if (d.ownBrand >= 0 && !result.topics.empty()) {
        const size_t n = std::max<size_t>(1, (result.topics.size() + 2) / 3);
        for (size_t i = 0; i < n; ++i)
            result.whiteSpace << result.topics[i].topic;
    }
    return result;
}

HowResult AnalysisEngine::how(const Filter &filter) const
{
    const AnalysisData &d = *m_data;
    const CompiledFilter f = compileFilter(d, filter);
    HowResult result;
    std::array<Cents, schema::kCostCategories.size()> amounts{};
    std::array<double, schema::kCostCategories.size()> hours{};
    std::vector<PersonCostRow> people(d.catalog.people.size() + 1);
    constexpr int kTravel = 3, kShipping = 2, kPaidBoost = 7;
    static_assert(schema::kCostCategories[kTravel] == "travel" && schema::kCostCategories[kShipping] == "shipping" &&
                  schema::kCostCategories[kPaidBoost] == "paid_boost");
    for (const CostRow &c : d.costs) {
        if (!f.inRange(c.day) || !f.passes(c.person, c.campaign, c.channel, c.type))
            continue;
        amounts[size_t(c.category)] += c.amount;
        hours[size_t(c.category)] += c.hours;
        result.total += c.amount;
        PersonCostRow &p = people[size_t(c.person)];
        p.total += c.amount;
        if (c.category == kTravel)
            p.travel += c.amount;
        else if (c.category == kShipping)
            p.shipping += c.amount;
    }
    for (size_t i = 0; i < amounts.size(); ++i) {
        const std::string_view id = schema::kCostCategories[i];
        result.categories.push_back({QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size())), amounts[i],
                                     ratio(static_cast<double>(amounts[i]), static_cast<double>(result.total)),
                                     hours[i]});
    }
    result.overhead = result.total - amounts[kPaidBoost];
    result.overheadShare = ratio(static_cast<double>(result.overhead), static_cast<double>(result.total));
    Totals t = scanTotals(d, f, std::nullopt).front();
    result.costPerStage = deriveKpis(t);
    for (size_t i = 0; i < people.size(); ++i) {
        if (people[i].total == 0 && people[i].travel == 0 && people[i].shipping == 0)
            continue;
        people[i].personId = groupId(d, Dimension::Person, i);
        people[i].key = groupName(d, Dimension::Person, i);
        result.people.push_back(people[i]);
    }
    std::stable_sort(result.people.begin(), result.people.end(),
                     [](const PersonCostRow &a, const PersonCostRow &b) { return a.total > b.total; });
    return result;
}

namespace {

FunnelGroup makeFunnel(qint64 id, const QString &key, const Totals &t, qint64 repeatCustomers)
{
    FunnelGroup g;
    g.id = id;
    g.key = key;
    g.steps = {{QStringLiteral("impressions"), FunnelStage::Awareness, t.impressions},
               {QStringLiteral("engagements"), FunnelStage::Consideration, t.engagements},
               {QStringLiteral("clicks"), FunnelStage::Consideration, t.clicks},
               {QStringLiteral("orders"), FunnelStage::Purchase, t.orders},
               {QStringLiteral("repeat_customers"), FunnelStage::Retention, repeatCustomers}};
    static const std::array<QString, 4> denominators = {
        QStringLiteral("engagements per impression"), QStringLiteral("clicks per engagement"),
        QStringLiteral("orders per click"), QStringLiteral("repeat customers per order")};
    for (size_t i = 0; i + 1 < g.steps.size(); ++i) {
        g.rates.push_back({g.steps[i].metric, g.steps[i + 1].metric,
                           ratio(static_cast<double>(g.steps[i + 1].count), static_cast<double>(g.steps[i].count)),
                           denominators[i]});
    }
    return g;
}

} // namespace

FunnelResult AnalysisEngine::funnel(const Filter &filter, Dimension groupBy) const
{
    const AnalysisData &d = *m_data;
    const CompiledFilter f = compileFilter(d, filter);
    const std::vector<Totals> groups = scanTotals(d, f, groupBy);
    std::vector<qint64> repeat(groups.size(), 0);
    qint64 repeatTotal = 0;
    for (const CustomerInfo &customer : d.customers) {
        const OrderRow &o = d.orders[size_t(customer.firstOrder)];
        if (customer.orderCount < 2 || !o.attributed() || !f.inRange(o.day) ||
            !f.passes(o.person, o.campaign, o.channel, o.type))
            continue;
        ++repeat[size_t(keyOf(o, groupBy))];
        ++repeatTotal;
    }
    Totals all;
    for (const Totals &t : groups)
        all += t;
    FunnelResult result;
    result.total = makeFunnel(0, QStringLiteral("all"), all, repeatTotal);
    for (size_t i = 0; i < groups.size(); ++i) {
        if (!hasActivity(groups[i]))
            continue;
        result.groups.push_back(makeFunnel(groupId(d, groupBy, i), groupName(d, groupBy, i), groups[i], repeat[i]));
    }
    return result;
}

RetentionResult AnalysisEngine::retention(const Filter &filter) const
{
    const AnalysisData &d = *m_data;
    const CompiledFilter f = compileFilter(d, filter);
    RetentionResult result;
    result.expectedYears = d.expectedYears;
    std::vector<CohortRow> cohorts(d.catalog.people.size() + 1);
    qint64 orders = 0;
    Cents revenue = 0;
    for (const CustomerInfo &customer : d.customers) {
        const OrderRow &o = d.orders[size_t(customer.firstOrder)];
        if (!o.attributed() || !f.inRange(o.day) || !f.passes(o.person, o.campaign, o.channel, o.type))
            continue;
        CohortRow &cohort = cohorts[size_t(o.person)];
        ++cohort.customers;
        cohort.revenue += customer.revenue;
        ++result.customers;
        if (customer.orderCount >= 2) {
            ++cohort.repeatCustomers;
            ++result.repeatCustomers;
        }
        orders += customer.orderCount;
        revenue += customer.revenue;
    }
    result.repeatPurchaseRate = ratio(static_cast<double>(result.repeatCustomers), static_cast<double>(result.customers));
    result.aov = ratio(centsToDouble(revenue), static_cast<double>(orders));
    const Catalog &c = d.catalog;
    if (c.firstDay != kNoDay && result.customers > 0) {
        // The span of the data, at least a month, so a short pilot does not explode the rate.
        const double years = std::max(static_cast<double>(c.lastDay - c.firstDay + 1) / 365.25, 1.0 / 12.0);
        result.purchasesPerYear = static_cast<double>(orders) / static_cast<double>(result.customers) / years;
    }
    if (result.aov && result.purchasesPerYear)
        result.clv = *result.aov * *result.purchasesPerYear * result.expectedYears;
    for (size_t i = 0; i < cohorts.size(); ++i) {
        CohortRow &cohort = cohorts[i];
        if (cohort.customers == 0)
            continue;
        cohort.personId = groupId(d, Dimension::Person, i);
        cohort.key = groupName(d, Dimension::Person, i);
        cohort.repeatRate = ratio(static_cast<double>(cohort.repeatCustomers), static_cast<double>(cohort.customers));
        cohort.revenuePerCustomer = ratio(centsToDouble(cohort.revenue), static_cast<double>(cohort.customers));
        result.cohorts.push_back(cohort);
    }
    std::stable_sort(result.cohorts.begin(), result.cohorts.end(),
                     [](const CohortRow &a, const CohortRow &b) { return a.customers > b.customers; });
    return result;
}

} // namespace iroi
