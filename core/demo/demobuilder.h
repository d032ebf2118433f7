#pragma once

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/demo/democast.h"
#include "core/demo/random.h"
#include "core/store/sqlite.h"

#include <array>
#include <vector>

namespace iroi::demo {

// Writes the demo rows into an empty workspace inside the caller's transaction. Each part
// draws from its own random stream (Random::fork), so the parts stay independent.
class DemoBuilder
{
public:
    DemoBuilder(sql::Connection &connection, int scale, quint64 seed, ProgressSink &progress);

    Status build();

private:
    enum class Source { Code, Utm, Organic, Repeat, Boost };

    struct Content
    {
        int id = 0;
        int person = 0;
        int campaign = 0;
        int channel = 0;
        int type = 0;
        EpochDay day = 0;
        int hour = 0;
        int minute = 0;
    };

    struct Order
    {
        EpochDay day = 0;
        int second = 0; // local time of day
        int customer = 0;
        qint64 revenueCents = 0;
        Source source = Source::Organic;
        int person = 0;
        int content = 0;
        int channel = 0;  // boost orders
        int campaign = 0; // boost orders
        int sequence = 0; // creation order, breaks ties when sorting
    };

    struct Customer
    {
        int acquiredBy = 0; // person id, 0 = not attributed to a person
        EpochDay firstDay = 0;
        double repeatMean = 0.0;
    };

    // Daily totals per campaign, to set goal targets relative to what happened.
    enum Total { Impressions, Engagements, Conversions, Leads, Revenue, TotalCount };

    Status writeReference();
    Status writePeople();
    Status writeContentAndMetrics();
    void planContent();
    void addAttributedOrders(const Content &content, EpochDay day, qint64 count);
    void addBoostOrders();
    void addOrganicOrders();
    void addRepeatOrders();
    Status writeOrders();
    Status writeCosts();
    Status writeGoals();
    Status writeMediaAndMentions();
    Status writeOutcomes();

    int addCustomer(int person, EpochDay day, double repeatMean);
    qint64 basketCents(Random &random, double aovFactor, bool discounted);
    int orderSecond(Random &random, const Content *content, EpochDay day);
    QString externalId(const Content &content) const;
    QString localTimestamp(EpochDay day, int secondOfDay) const;
    double season(EpochDay day) const { return m_season[static_cast<size_t>(day - kFirstDay)]; }
    const PersonDef &person(int id) const { return m_cast.people[static_cast<size_t>(id - 1)]; }
    const CampaignDef &campaign(int id) const { return m_cast.campaigns[static_cast<size_t>(id - 1)]; }
    // Weekly paid_boost spend (euros) per boosted channel, week 0 starting on kFirstDay.
    const std::vector<double> &boostSpend(int channel) const;

    sql::Connection &m_db;
    int m_scale = 1;
    quint64 m_seed = 0;
    ProgressSink &m_progress;
    Random m_root;
    Cast m_cast;
    std::vector<double> m_season;
    std::vector<QString> m_isoDays;
    std::vector<Content> m_content;
    std::vector<Order> m_orders;
    std::vector<Customer> m_customers;
    std::vector<std::array<double, TotalCount>> m_campaignDaily; // [campaign-1][day index]
    std::vector<double> m_instagramSpend, m_tiktokSpend, m_facebookSpend;
    Random m_orderRandom;
};

} // namespace iroi::demo
