// The money side of the demo: costs, goals, media mix, share of voice and weekly outcomes.
// Part of DemoBuilder; split from demobuilder.cpp to keep both files readable.
#include "core/demo/demobuilder.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <optional>

namespace iroi::demo {

namespace {

enum Stream : quint64 { CostStream = 6, MentionStream = 7, MediaStream = 8 };

QString padded(qint64 number, int width)
{
    return QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
}

// Three significant digits: targets read like a planner wrote them.
double niceRound(double value)
{
    if (value <= 0.0)
        return 0.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)) - 2.0);
    return std::round(value / magnitude) * magnitude;
}

int monthIndex(EpochDay day)
{
    const QDate date = fromEpochDay(day);
    return (date.year() - 2024) * 12 + date.month() - 1;
}

} // namespace

Status DemoBuilder::writeCosts()
{
    struct Cost
    {
        EpochDay day = 0;
        const char *category = "";
        const char *prefix = "";
        qint64 cents = 0;
        std::optional<double> hours;
        int campaign = 0;
        int person = 0;
        int content = 0;
        int channel = 0;
        QString note;
    };
    std::vector<Cost> costs;
    Random random = m_root.fork(CostStream);

    std::vector<char> supplied(m_cast.people.size() * m_cast.campaigns.size(), 0);
    constexpr int kMonths = 24;
    std::vector<int> staffPosts(m_cast.people.size() * kMonths, 0);
    for (const Content &c : m_content) {
        const PersonDef &p = person(c.person);
        if (p.employee) {
            ++staffPosts[static_cast<size_t>(c.person - 1) * kMonths + static_cast<size_t>(monthIndex(c.day))];
        } else {
            // Micro creators (under 15k followers) work for product only: gifted, not paid.
            const double followers = static_cast<double>(p.followers) * (c.channel == p.channel ? 1.0 : 0.4);
            if (p.followers >= 15000) {
                const double fee = std::max(150.0, followers * 0.012) * random.uniform(0.9, 1.1);
                costs.push_back({c.day, "fee", "FEE", std::llround(fee / 10.0) * 1000, {}, c.campaign, c.person,
                                 c.id, 0, QStringLiteral("creator fee")});
            }
            char &done = supplied[static_cast<size_t>(c.person - 1) * m_cast.campaigns.size() +
                                  static_cast<size_t>(c.campaign - 1)];
            if (!done) {
                done = 1;
                costs.push_back({c.day, "product", "PRD", random.uniformInt(90, 260) * qint64(100), {}, c.campaign,
                                 c.person, 0, 0, QStringLiteral("gifted products")});
                costs.push_back({c.day, "shipping", "SHP", random.uniformInt(9, 35) * qint64(p.local ? 100 : 200), {},
                                 c.campaign, c.person, 0, 0, QStringLiteral("product shipment")});
                // Creators abroad are flown in for the campaign shoot; local ones take the train.
                if (!p.local && random.chance(0.5))
                    costs.push_back({c.day, "travel", "TRV", random.uniformInt(250, 1400) * qint64(100), {},
                                     c.campaign, c.person, 0, 0, QStringLiteral("travel and lodging for the shoot")});
                else if (p.local && random.chance(0.1))
                    costs.push_back({c.day, "travel", "TRV", random.uniformInt(40, 120) * qint64(100), {}, c.campaign,
                                     c.person, 0, 0, QStringLiteral("train to the studio shoot")});
            }
        }
        if (c.type == 3) // Long video
            costs.push_back({c.day, "production", "PRO", random.uniformInt(400, 900) * qint64(100), {}, c.campaign,
                             c.person, c.id, 0, QStringLiteral("video editing")});
    }
    for (const CampaignDef &c : m_cast.campaigns)
        costs.push_back({c.start, "production", "PRO", random.uniformInt(2000, 7000) * qint64(100), {}, c.id, 0, 0, 0,
                         QStringLiteral("campaign creative production")});
    for (int month = 0; month < kMonths; ++month) {
        const QDate first(2024 + month / 12, month % 12 + 1, 1);
        const EpochDay firstDay = toEpochDay(first);
        costs.push_back({firstDay, "agency", "AGY", 240000, {}, influencerCampaignOn(m_cast, firstDay), 0, 0, 0,
                         QStringLiteral("influencer agency retainer")});
        const EpochDay lastDay = std::min(toEpochDay(first.addMonths(1).addDays(-1)), kLastDay);
        for (const PersonDef &p : m_cast.people) {
            const int posts = staffPosts[static_cast<size_t>(p.id - 1) * kMonths + static_cast<size_t>(month)];
            if (!p.employee || posts == 0)
                continue;
            // Writing, approvals and replying: about 45 minutes a post plus a monthly briefing.
            const double hours = std::round((0.5 + 0.75 * posts) * 4.0) / 4.0;
            costs.push_back({lastDay, "staff_time", "STF",
                             std::llround(hours * static_cast<double>(p.hourlyRateCents)), hours,
                             advocacyCampaignId(m_cast), p.id, 0, 0, QStringLiteral("advocacy hours")});
        }
    }
    for (int channel : {1, 2, 5}) {
        const std::vector<double> &spend = boostSpend(channel);
        for (size_t w = 0; w < spend.size(); ++w) {
            if (spend[w] <= 0.0)
                continue;
            const EpochDay monday = kFirstDay + 7 * static_cast<EpochDay>(w);
            costs.push_back({monday, "paid_boost", "BST", std::llround(spend[w] * 100.0), {},
                             influencerCampaignOn(m_cast, monday), 0, 0, channel,
                             QStringLiteral("weekly paid boost")});
        }
    }
    std::stable_sort(costs.begin(), costs.end(), [](const Cost &a, const Cost &b) { return a.day < b.day; });

    auto insert = m_db.prepare("INSERT INTO cost(id, cost_ref, day, category, amount_cents, currency, hours, "
                               "campaign_id, person_id, content_id, channel_id, note) VALUES (?1, ?2, ?3, ?4, ?5, "
                               "'EUR', ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert)
        return insert.error();
    for (size_t i = 0; i < costs.size(); ++i) {
        const Cost &c = costs[i];
        const qint64 id = static_cast<qint64>(i) + 1;
        insert->bind(1, id).bind(2, QString::fromLatin1(c.prefix) + QLatin1Char('-') + padded(id, 6)).bind(3, c.day);
        insert->bind(4, std::string_view(c.category)).bind(5, c.cents).bind(6, c.hours);
        auto optionalId = [&](int index, int value) {
            if (value > 0)
                insert->bind(index, value);
        };
        optionalId(7, c.campaign);
        optionalId(8, c.person);
        optionalId(9, c.content);
        optionalId(10, c.channel);
        insert->bind(11, c.note);
        if (Status s = insert->exec(); !s)
            return s;
    }
    return success();
}

Status DemoBuilder::writeGoals()
{
    // pace = projected value at the deadline (at the pace seen up to the last data day) /
    // target. Finished campaigns: pace is the final attainment. Planted truth 7: Winter
    // Glow's revenue runs at 45 % of target pace; Team Voices has already passed its leads
    // target three months before its deadline.
    struct GoalDef
    {
        int campaign;
        Total total;
        const char *metric;
        double pace;
    };
    static constexpr std::array<GoalDef, 18> kGoals = {{
        {1, Revenue, "revenue", 1.12},         {1, Impressions, "impressions", 1.05},
        {2, Impressions, "impressions", 0.92}, {2, Engagements, "engagements", 1.08},
        {3, Engagements, "engagements", 0.85}, {3, Conversions, "conversions", 0.97},
        {4, Revenue, "revenue", 1.01},         {4, Conversions, "conversions", 0.90},
        {5, Revenue, "revenue", 1.18},         {5, Impressions, "impressions", 1.10},
        {6, Impressions, "impressions", 1.02}, {6, Engagements, "engagements", 0.95},
        {7, Revenue, "revenue", 0.80},         {7, Conversions, "conversions", 0.88},
        {8, Revenue, "revenue", 0.45},         {8, Impressions, "impressions", 1.05},
        {9, Leads, "leads", 1.50},             {9, Engagements, "engagements", 1.04},
    }};
    auto insert = m_db.prepare("INSERT INTO goal(campaign_id, metric, target, baseline, start_day, deadline_day, "
                               "description) VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6)");
    if (!insert)
        return insert.error();
    for (const GoalDef &g : kGoals) {
        const CampaignDef &c = campaign(g.campaign);
        const EpochDay asOf = std::min(c.end, kLastDay);
        double actual = 0.0;
        for (EpochDay d = c.start; d <= asOf; ++d)
            actual += m_campaignDaily[static_cast<size_t>(g.campaign - 1) * kDays + static_cast<size_t>(d - kFirstDay)]
                                     [g.total];
        const double elapsed = asOf - c.start + 1;
        const double length = c.end - c.start + 1;
        const double target = niceRound(actual * length / elapsed / g.pace);
        const QString metric = QString::fromLatin1(g.metric);
        const QString amount = g.total == Revenue ? QStringLiteral("EUR %1").arg(target, 0, 'f', 0)
                                                  : QStringLiteral("%1").arg(target, 0, 'f', 0);
        insert->bind(1, g.campaign).bind(2, metric).bind(3, target).bind(4, c.start).bind(5, c.end);
        insert->bind(6, QStringLiteral("%1 %2 by %3").arg(amount, metric, epochDayToIso(c.end)));
        if (Status s = insert->exec(); !s)
            return s;
    }
    return success();
}

Status DemoBuilder::writeMediaAndMentions()
{
    Random media = m_root.fork(MediaStream);
    auto mix = m_db.prepare("INSERT INTO media_mix(day, period_days, channel_id, spend_cents, impressions, clicks) "
                            "VALUES (?1, 7, ?2, ?3, ?4, ?5)");
    if (!mix)
        return mix.error();
    for (int channel : {1, 2, 5}) {
        const std::vector<double> &spend = boostSpend(channel);
        for (size_t w = 0; w < spend.size(); ++w) {
            const double impressions = spend[w] * 160.0 * media.uniform(0.9, 1.1);
            const double clicks = impressions * 0.009 * media.uniform(0.9, 1.1);
            mix->bind(1, kFirstDay + 7 * static_cast<EpochDay>(w)).bind(2, channel);
            mix->bind(3, std::llround(spend[w] * 100.0)).bind(4, std::llround(impressions)).bind(5, std::llround(clicks));
            if (Status s = mix->exec(); !s)
                return s;
        }
    }

    // Share of voice per topic. Planted: "recovery" is Lumen's white space (about 6 % of
    // the topic's mentions, against 22-45 % elsewhere).
    struct Topic
    {
        const char *name;
        double weekly; // mentions of all brands per week
        std::array<double, 3> share; // Lumen, Asana Co, FlowFit
    };
    static constexpr std::array<Topic, 5> kTopics = {{{"yoga mats", 400, {0.45, 0.35, 0.20}},
                                                      {"meditation", 300, {0.32, 0.40, 0.28}},
                                                      {"activewear", 500, {0.28, 0.30, 0.42}},
                                                      {"nutrition", 350, {0.22, 0.38, 0.40}},
                                                      {"recovery", 250, {0.06, 0.52, 0.42}}}};
    static constexpr std::array<const char *, 3> kBrands = {"Lumen", "Asana Co", "FlowFit"};
    static constexpr std::array<std::pair<int, double>, 5> kChannels = {
        {{1, 0.35}, {2, 0.25}, {3, 0.15}, {5, 0.15}, {6, 0.10}}};
    Random random = m_root.fork(MentionStream);
    auto mention = m_db.prepare(
        "INSERT INTO brand_mention(brand, topic, day, channel_id, mentions) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!mention)
        return mention.error();
    for (size_t b = 0; b < kBrands.size(); ++b) {
        for (const Topic &topic : kTopics) {
            for (EpochDay monday = kFirstDay; monday <= kLastDay; monday += 7) {
                for (const auto &[channel, weight] : kChannels) {
                    const double expected = topic.weekly * topic.share[b] * weight * season(monday);
                    mention->bind(1, QString::fromLatin1(kBrands[b])).bind(2, QString::fromLatin1(topic.name));
                    mention->bind(3, monday).bind(4, channel).bind(5, random.poisson(expected));
                    if (Status s = mention->exec(); !s)
                        return s;
                }
            }
        }
    }
    return success();
}

Status DemoBuilder::writeOutcomes()
{
    const size_t weeks = static_cast<size_t>((kDays + 6) / 7);
    std::vector<double> orders(weeks, 0.0);
    std::vector<double> revenue(weeks, 0.0);
    for (const Order &o : m_orders) {
        const size_t w = static_cast<size_t>((o.day - kFirstDay) / 7);
        orders[w] += 1.0;
        revenue[w] += static_cast<double>(o.revenueCents) / 100.0;
    }
    auto insert = m_db.prepare("INSERT INTO outcome_series(day, period_days, metric, value) VALUES (?1, 7, ?2, ?3)");
    if (!insert)
        return insert.error();
    for (size_t w = 0; w < weeks; ++w) {
        const EpochDay monday = kFirstDay + 7 * static_cast<EpochDay>(w);
        for (const auto &[metric, value] : {std::pair{"orders", orders[w]}, std::pair{"revenue", revenue[w]}}) {
            insert->bind(1, monday).bind(2, QString::fromLatin1(metric)).bind(3, std::round(value * 100.0) / 100.0);
            if (Status s = insert->exec(); !s)
                return s;
        }
    }
    return success();
}

} // namespace iroi::demo
