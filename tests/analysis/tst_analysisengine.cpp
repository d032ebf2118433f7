#include "core/analysis/analysisengine.h"
#include "core/analysis/metrics.h"
#include "core/store/workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace iroi;

namespace {

// The hand-made fixture. Days are epoch days: 100 = 1970-04-11 (a Saturday), 101 = Sunday
// 04-12, 110 = Tuesday 04-21, 120 = Friday 05-01. Every expected figure in the tests below
// is worked out by hand from these rows in the comments.
const char *const kFixture = R"sql(
INSERT INTO setting(key, value) VALUES ('brand.own', 'Lumen'), ('workspace.currency', 'EUR');
INSERT INTO channel(id, name) VALUES (1, 'Instagram'), (2, 'LinkedIn');
INSERT INTO content_type(id, name) VALUES (1, 'Reel'), (2, 'Post');
INSERT INTO campaign(id, name, start_day, end_day) VALUES (1, 'Spring', 100, 130), (2, 'Summer', 105, 140);
INSERT INTO person(id, handle, kind, channel_id) VALUES
  (1, 'alice', 'influencer', 1), (2, 'bob', 'employee', 2), (3, 'carol', 'influencer', 1);
INSERT INTO content_item(id, external_id, person_id, campaign_id, channel_id, content_type_id, published_day, published_hour) VALUES
  (10, 'a1', 1, 1, 1, 1, 100, 19),
  (11, 'b1', 2, 1, 2, 2, 101, 8),
  (12, 'c1', 3, 2, 1, 2, 110, 12);
INSERT INTO metric_daily(content_id, day, impressions, reach, views, likes, comments, shares, saves, clicks, leads,
                         follower_growth, positive_reactions, negative_reactions, conversions) VALUES
  (10, 100, 1000,  800, 500,  50, 10,  5,  5, 20, 2, 3,  40, 1, 1),
  (10, 101,  500,  400,   0,  20,  0,  0,  0, 10, 1, 0,  10, 0, 0),
  (11, 101,  300,  300,   0,   9,  1,  0,  0,  6, 3, 0,   5, 0, 0),
  (12, 110, 2000, 1500,   0, 100, 20, 10, 20, 30, 0, 0, 100, 0, 0);
INSERT INTO customer_order(id, order_ref, day, customer_ref, revenue_cents, person_id, content_id, attribution) VALUES
  (1, 'o1', 100, 'A', 12345, 1, 10, 'code'),
  (2, 'o2', 105, 'A', 1000, 1, NULL, 'code'),
  (3, 'o3', 110, 'B', 5000, NULL, 12, 'utm'),
  (4, 'o4', 111, 'C', 777, NULL, NULL, 'none'),
  (5, 'o5', 120, 'B', 2500, NULL, 11, 'utm');
INSERT INTO cost(id, day, category, amount_cents, hours, campaign_id, person_id, content_id, channel_id) VALUES
  (1, 100, 'fee',        10000, NULL, 1,    1,    NULL, NULL),
  (2, 101, 'staff_time',  2000, 4,    NULL, 2,    NULL, NULL),
  (3, 110, 'paid_boost',  3000, NULL, NULL, NULL, 12,   NULL),
  (4, 100, 'agency',      5000, NULL, 1,    NULL, NULL, NULL),
  (5, 115, 'travel',      1500, NULL, NULL, 3,    NULL, NULL),
  (6, 116, 'shipping',     500, NULL, NULL, 1,    NULL, NULL);
INSERT INTO emv_rate_card(id, version, name, valid_from, created_at) VALUES (1, 1, 'Card 2024', NULL, '2024-01-01');
INSERT INTO emv_rate(card_id, channel_id, metric, rate) VALUES
  (1, 0, 'impressions', 0.01), (1, 0, 'likes', 0.10), (1, 1, 'clicks', 0.5);
INSERT INTO goal(id, campaign_id, metric, target, start_day, deadline_day) VALUES (1, 1, 'revenue', 200, 100, 130);
INSERT INTO brand_mention(brand, topic, day, channel_id, mentions) VALUES
  ('Lumen', 'yoga', 105, 0, 30), ('Rival', 'yoga', 105, 0, 70),
  ('Lumen', 'sleep', 105, 0, 50), ('Rival', 'sleep', 105, 0, 10),
  ('Lumen', 'food', 105, 0, 5), ('Rival', 'food', 105, 0, 45), ('Other', 'food', 105, 0, 50);
INSERT INTO audience_share(person_id, dimension, value, share) VALUES
  (1, 'age', '18-24', 0.6), (1, 'age', '25-34', 0.4), (1, 'gender', 'f', 0.8), (1, 'gender', 'm', 0.2);
INSERT INTO campaign_audience(campaign_id, dimension, value, share) VALUES
  (1, 'age', '18-24', 0.3), (1, 'age', '25-34', 0.7), (1, 'gender', 'f', 0.5), (1, 'gender', 'm', 0.5);
)sql";

std::unique_ptr<AnalysisEngine> loadEngine(const QString &path)
{
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!ws)
        return nullptr;
    NullProgress progress;
    auto engine = AnalysisEngine::load(*ws, progress);
    return engine ? std::move(engine.value()) : nullptr;
}

bool near(OptDouble value, double expected, double tolerance = 1e-9)
{
    return value && std::abs(*value - expected) <= tolerance;
}

} // namespace

class TestAnalysisEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fixturePath;
    std::unique_ptr<AnalysisEngine> m_engine;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixturePath = m_dir.filePath(QStringLiteral("fixture.iroi"));
        {
            auto ws = Workspace::open(m_fixturePath, Workspace::Access::CreateNew);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            Status s = ws->connection().exec(kFixture);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        }
        m_engine = loadEngine(m_fixturePath);
        QVERIFY(m_engine);
    }

    void catalogListsNamesAndRange()
    {
        const Catalog &c = m_engine->catalog();
        QCOMPARE(c.campaigns.size(), size_t(2));
        QCOMPARE(c.channels.size(), size_t(2));
        QCOMPARE(c.people.size(), size_t(3));
        QCOMPARE(c.contentTypes.size(), size_t(2));
        QCOMPARE(c.campaignId(QStringLiteral("spring")), std::optional<qint64>(1));
        QCOMPARE(c.channelId(QStringLiteral("LinkedIn")), std::optional<qint64>(2));
        QCOMPARE(c.personId(QStringLiteral("@carol")), std::optional<qint64>(3));
        QVERIFY(!c.contentTypeId(QStringLiteral("Podcast")));
        QCOMPARE(c.firstDay, 100); // metric, order and cost rows span days 100 .. 120
        QCOMPARE(c.lastDay, 120);
        QCOMPARE(c.ownBrand, QStringLiteral("Lumen"));
        QCOMPARE(c.currency, QStringLiteral("EUR"));
        QCOMPARE(m_engine->metricRowCount(), qint64(4));
    }

    void overviewTotals()
    {
        const OverviewResult o = m_engine->overview(Filter{});
        const Totals &t = o.totals;
        QCOMPARE(t.posts, qint64(3));
        QCOMPARE(t.impressions, qint64(3800));  // 1000 + 500 + 300 + 2000
        QCOMPARE(t.reach, qint64(3000));        // 800 + 400 + 300 + 1500
        QCOMPARE(t.views, qint64(500));
        QCOMPARE(t.engagements, qint64(250));   // (50+10+5+5) + 20 + (9+1) + (100+20+10+20)
        QCOMPARE(t.clicks, qint64(66));         // 20 + 10 + 6 + 30
        QCOMPARE(t.leads, qint64(6));
        QCOMPARE(t.followerGrowth, qint64(3));
        QCOMPARE(t.conversions, qint64(1));
        QCOMPARE(t.orders, qint64(4));          // o4 has neither person nor content: not attributed
        QCOMPARE(t.revenue, Cents(20845));      // 123.45 + 10.00 + 50.00 + 25.00 = 208.45
        QCOMPARE(t.cost, Cents(22000));         // 100 + 20 + 30 + 50 + 15 + 5 = 220.00, staff time included
        QCOMPARE(t.customers, qint64(2));       // A and B (C only has the unattributed order)
        // EMV: Instagram rows 1000*.01 + 50*.1 + 20*.5 = 25 and 500*.01 + 20*.1 + 10*.5 = 12 and
        // 2000*.01 + 100*.1 + 30*.5 = 45; LinkedIn has no clicks rate: 300*.01 + 9*.1 = 3.9. Sum 85.9.
        QVERIFY(std::abs(t.emv - 85.9) < 1e-4);
        QCOMPARE(o.emvCardVersion, 1);
        QVERIFY(near(o.kpis.roi, -11.55 / 220.0));     // (208.45 - 220) / 220 = -0.0525
        QVERIFY(near(o.kpis.roas, 208.45 / 220.0));
        QVERIFY(near(o.kpis.engagementRate, 250.0 / 3000.0));
        QVERIFY(near(o.kpis.ctr, 66.0 / 3800.0));
        QVERIFY(near(o.kpis.cpa, 55.0));               // 220 / 4
        QVERIFY(near(o.kpis.cpm, 220.0 / 3800.0 * 1000.0));
        QCOMPARE(o.brandMentions, qint64(85));         // Lumen: 30 + 50 + 5
        QVERIFY(near(o.repeatPurchaseRate, 1.0));      // A and B both ordered twice
        QCOMPARE(o.goals.size(), size_t(1));
    }

    void filterDimensions_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::addColumn<qint64>("impressions");
        QTest::addColumn<qint64>("revenue");
        QTest::addColumn<qint64>("cost");
        Filter f;
        f.channelIds = {1};
        // Instagram: content 10 and 12. o1 (content 10) + o3 (content 12) = 173.45, and o2 (no
        // content, person alice, who posts on Instagram) 10.00 = 183.45. Costs: c3 (content 12)
        // 30.00, and through their people c1 (alice) 100.00, c5 (carol) 15.00, c6 (alice) 5.00.
        QTest::newRow("channel") << f << qint64(3500) << qint64(18345) << qint64(15000);
        f = {};
        f.campaignIds = {1};
        f.from = 100;
        f.to = 101;
        // Spring, days 100-101: content 10 (1000 + 500) and 11 (300); o1 only (o5 is day 120);
        // costs c1 100.00 + c4 50.00 (c2 has no campaign).
        QTest::newRow("campaign+dates") << f << qint64(1800) << qint64(12345) << qint64(15000);
        f = {};
        f.personKind = PersonKind::Employee;
        // bob: content 11, o5 (through content 11) 25.00, c2 20.00.
        QTest::newRow("person kind") << f << qint64(300) << qint64(2500) << qint64(2000);
        f = {};
        f.contentTypeIds = {2};
        // Post: content 11 + 12; o3 + o5 = 75.00; costs: only c3 is on a Post.
        QTest::newRow("content type") << f << qint64(2300) << qint64(7500) << qint64(3000);
        f = {};
        f.personIds = {3};
        // carol: content 12; o3 50.00; c3 30.00 (through the content) + c5 15.00.
        QTest::newRow("person") << f << qint64(2000) << qint64(5000) << qint64(4500);
        f = {};
        f.from = 105;
        f.to = 110;
        // days 105-110: row of content 12 only; o2 + o3 = 60.00; c3 30.00.
        QTest::newRow("dates") << f << qint64(2000) << qint64(6000) << qint64(3000);
    }

    void filterDimensions()
    {
        QFETCH(Filter, filter);
        QFETCH(qint64, impressions);
        QFETCH(qint64, revenue);
        QFETCH(qint64, cost);
        const Totals t = m_engine->totals(filter);
        QCOMPARE(t.impressions, impressions);
        QCOMPARE(t.revenue, revenue);
        QCOMPARE(t.cost, cost);
        const OverviewResult o = m_engine->overview(filter);
        QCOMPARE(o.totals.revenue, revenue);
    }

    void emptyFilterGivesUndefinedRatios()
    {
        Filter f;
        f.from = 500;
        f.to = 600;
        const OverviewResult o = m_engine->overview(f);
        QCOMPARE(o.totals.impressions, qint64(0));
        QCOMPARE(o.totals.revenue, Cents(0));
        QVERIFY(!o.kpis.roi);
        QVERIFY(!o.kpis.roas);
        QVERIFY(!o.kpis.ctr);
        QVERIFY(!o.kpis.engagementRate);
        QVERIFY(!o.kpis.cpa);
        QVERIFY(!o.kpis.cpm);
        QVERIFY(!o.repeatPurchaseRate);
        QVERIFY(!o.clv);
        QVERIFY(m_engine->who(f).empty());
        const HowResult h = m_engine->how(f);
        QCOMPARE(h.total, Cents(0));
        QVERIFY(!h.overheadShare);
        const FunnelResult fu = m_engine->funnel(f);
        for (const FunnelRate &r : fu.total.rates)
            QVERIFY(!r.rate);
        // Ratios are never NaN or infinite, whatever the data.
        QCOMPARE(deriveKpis(Totals{}).roi, OptDouble());
    }

    void whoScorecard()
    {
        const std::vector<PersonScore> who = m_engine->who(Filter{});
        QCOMPARE(who.size(), size_t(3));
        // By revenue: alice 133.45 (o1 + o2), carol 50.00 (o3), bob 25.00 (o5).
        QCOMPARE(who[0].handle, QStringLiteral("alice"));
        QCOMPARE(who[0].totals.revenue, Cents(13345));
        QCOMPARE(who[0].totals.cost, Cents(10500)); // fee 100.00 + shipping 5.00
        QVERIFY(near(who[0].kpis.roi, 28.45 / 105.0));
        // Audience fit: age min(.6,.3) + min(.4,.7) = .7; gender min(.8,.5) + min(.2,.5) = .7; mean .7.
        QVERIFY(near(who[0].audienceFit, 0.7, 1e-6));
        QVERIFY(who[0].superstar); // 133.45 >= half of 208.45 on its own
        QVERIFY(!who[1].superstar);
        QCOMPARE(who[0].recommendation, Recommendation::Keep);
        QCOMPARE(who[1].handle, QStringLiteral("carol"));
        QVERIFY(near(who[1].kpis.roi, 5.0 / 45.0)); // (50 - 45) / 45
        QCOMPARE(who[2].handle, QStringLiteral("bob"));
        QCOMPARE(who[2].kind, QStringLiteral("employee"));
        QVERIFY(near(who[2].kpis.roi, 0.25)); // (25 - 20) / 20
        QCOMPARE(who[0].performanceRank, 1); // revenue per post 133.45 > 50 > 25
        QCOMPARE(who[2].performanceRank, 3);
        QVERIFY(!who[1].audienceFit); // carol has no audience data
        // Group median of revenue per post is 50: alice +166.9 %, bob -50 %.
        QVERIFY(near(who[0].vsGroupMedian, 133.45 / 50.0 - 1.0));
        QVERIFY(near(who[2].vsGroupMedian, -0.5));
        QVERIFY(!who[0].reason.isEmpty());
    }

    void groupedViews()
    {
        const std::vector<GroupRow> where = m_engine->where(Filter{});
        std::map<QString, GroupRow> byKey;
        for (const GroupRow &g : where)
            byKey[g.key] = g;
        // Instagram: o1 + o3 + o2 (alice's code, no post) = 183.45; costs c3 30.00 on its post,
        // c1 100.00, c6 5.00 (alice) and c5 15.00 (carol) through their people = 150.00.
        // LinkedIn: o5 25.00; bob's staff time c2 20.00, so ROI (25 - 20) / 20 = 0.25.
        // Not linked: only the agency fee c4 50.00, with no revenue.
        QCOMPARE(byKey[QStringLiteral("Instagram")].totals.revenue, Cents(18345));
        QCOMPARE(byKey[QStringLiteral("Instagram")].totals.cost, Cents(15000));
        QCOMPARE(byKey[QStringLiteral("LinkedIn")].totals.revenue, Cents(2500));
        QCOMPARE(byKey[QStringLiteral("LinkedIn")].totals.cost, Cents(2000));
        QVERIFY(byKey[QStringLiteral("LinkedIn")].kpis.roi);
        QVERIFY(std::abs(*byKey[QStringLiteral("LinkedIn")].kpis.roi - 0.25) < 1e-12);
        QCOMPARE(byKey[QStringLiteral("(not linked)")].totals.revenue, Cents(0));
        QCOMPARE(byKey[QStringLiteral("(not linked)")].totals.cost, Cents(5000));
        QCOMPARE(where.front().key, QStringLiteral("Instagram"));
        const std::vector<GroupRow> what = m_engine->what(Filter{});
        Cents revenue = 0;
        for (const GroupRow &g : what)
            revenue += g.totals.revenue;
        QCOMPARE(revenue, Cents(20845)); // groups add up to the total
    }

    void whenSeriesAndHeatmap()
    {
        const WhenResult w = m_engine->when(Filter{}, Granularity::Month, 1);
        QCOMPARE(w.series.size(), size_t(2)); // April and May 1970
        QCOMPARE(w.series[0].day, 90);         // 1970-04-01
        QCOMPARE(w.series[0].totals.revenue, Cents(18345)); // o1 + o2 + o3
        QCOMPARE(w.series[1].totals.revenue, Cents(2500));  // o5 on 05-01
        QCOMPARE(w.series[1].cumulativeRevenue, Cents(20845));
        QVERIFY(near(w.series[1].rollingRevenue, 25.0));
        QCOMPARE(w.byMonth[3].impressions, qint64(3800)); // April
        QCOMPARE(w.byMonth[4].orders, qint64(1));         // May
        // Content 10 published Saturday 19:00: 70 + 20 engagements; content 12 Tuesday 12:00: 150.
        QCOMPARE(w.engagementHeat[5][19], qint64(90));
        QCOMPARE(w.engagementHeat[1][12], qint64(150));
        QCOMPARE(w.engagementHeat[6][8], qint64(10));
        QCOMPARE(w.clickHeat[5][19], qint64(30));
        // Orders without a time use the publishing time of their content; o2 has neither.
        QCOMPARE(w.orderHeat[5][19], qint64(1));
        QCOMPARE(w.revenueHeat[1][12], Cents(5000));
        // Period over period: days 100-120 against 79-99 (empty): change undefined.
        QCOMPARE(w.periodOverPeriod.previousFrom, 79);
        QVERIFY(!w.periodOverPeriod.revenueChange);
    }

    void whyGoalsAndShareOfVoice()
    {
        const WhyResult w = m_engine->why(Filter{});
        QCOMPARE(w.goals.size(), size_t(1));
        const GoalStatus &g = w.goals.front();
        // Spring revenue from day 100 to the last day of data (120): o1 123.45 + o5 25.00 = 148.45.
        QVERIFY(near(g.actual, 148.45, 1e-9));
        QVERIFY(near(g.attainment, 148.45 / 200.0));
        QVERIFY(near(g.projected, 148.45 / 21.0 * 31.0, 1e-9)); // 21 of 31 days elapsed: 219.14
        QVERIFY(g.onTrack);
        QCOMPARE(g.pacing, QStringLiteral("on track"));
        // Share of voice: food 5/100, yoga 30/100, sleep 50/60.
        QCOMPARE(w.topics.size(), size_t(3));
        QCOMPARE(w.topics[0].topic, QStringLiteral("food"));
        QVERIFY(near(w.topics[0].shareOfVoice, 0.05));
        QVERIFY(near(w.topics[2].shareOfVoice, 50.0 / 60.0));
        QCOMPARE(w.whiteSpace, QStringList{QStringLiteral("food")});
        QCOMPARE(w.topics[0].leadingBrand, QStringLiteral("Other"));
        Filter summer;
        summer.campaignIds = {2};
        QVERIFY(m_engine->why(summer).goals.empty());
    }

    void howCosts()
    {
        const HowResult h = m_engine->how(Filter{});
        QCOMPARE(h.total, Cents(22000));
        QCOMPARE(h.overhead, Cents(19000)); // all but the 30.00 paid boost
        QVERIFY(near(h.overheadShare, 19000.0 / 22000.0));
        QCOMPARE(h.categories.size(), size_t(8));
        for (const CostCategoryRow &c : h.categories) {
            if (c.category == QLatin1String("staff_time")) {
                QCOMPARE(c.amount, Cents(2000));
                QCOMPARE(c.hours, 4.0);
            }
        }
        std::map<QString, PersonCostRow> people;
        for (const PersonCostRow &p : h.people)
            people[p.key] = p;
        QCOMPARE(people[QStringLiteral("carol")].travel, Cents(1500));
        QCOMPARE(people[QStringLiteral("carol")].total, Cents(4500));
        QCOMPARE(people[QStringLiteral("alice")].shipping, Cents(500));
        QCOMPARE(people[QStringLiteral("(not linked)")].total, Cents(5000));
        QVERIFY(near(h.costPerStage.cpc, 220.0 / 66.0));
    }

    void funnelAndRetention()
    {
        const FunnelResult f = m_engine->funnel(Filter{}, Dimension::Person);
        QCOMPARE(f.total.steps.size(), size_t(5));
        QCOMPARE(f.total.steps[0].count, qint64(3800));
        QCOMPARE(f.total.steps[1].count, qint64(250));
        QCOMPARE(f.total.steps[2].count, qint64(66));
        QCOMPARE(f.total.steps[3].count, qint64(4));
        QCOMPARE(f.total.steps[4].count, qint64(2));
        QVERIFY(near(f.total.rates[0].rate, 250.0 / 3800.0));
        QCOMPARE(f.total.rates[0].denominator, QStringLiteral("engagements per impression"));
        const RetentionResult r = m_engine->retention(Filter{});
        QCOMPARE(r.customers, qint64(2));
        QCOMPARE(r.repeatCustomers, qint64(2));
        // A: 133.45 over 2 orders, B: 75.00 over 2 orders: AOV 208.45 / 4 = 52.1125.
        QVERIFY(near(r.aov, 52.1125));
        // The data spans 21 days, less than the one-month floor: 4 orders / 2 customers / (1/12) = 24 a year.
        QVERIFY(near(r.purchasesPerYear, 24.0, 1e-9));
        QVERIFY(near(r.clv, 52.1125 * 24.0 * 3.0, 1e-6));
        QCOMPARE(r.cohorts.size(), size_t(2)); // acquired by alice (A) and carol (B)
    }

    void metricTableIsComplete()
    {
        for (const char *id : {"impressions", "reach", "engagements", "clicks", "leads", "conversions", "revenue", "cost",
                               "roi", "roas", "emv", "engagement_rate", "ctr", "cpa", "cpm", "cpe", "cpc"}) {
            const MetricDef *def = findMetric(id);
            QVERIFY2(def, id);
            QVERIFY(!def->definition.empty());
        }
        for (const MetricDef &def : metricDefinitions()) {
            if (def.unit == MetricUnit::Ratio || def.unit == MetricUnit::Percent)
                QVERIFY2(def.definition.find('/') != std::string_view::npos || def.id == "audience_fit",
                         def.id.data()); // every ratio names its denominator
        }
    }

    // The cache keeps metric days in 16 bits and order dims in 16 bits: a workspace outside
    // those limits is refused with the reason, never read wrongly.
    void refusesWhatTheCacheCannotHold_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("reason");
        // 1969-12-31 is epoch day -1.
        QTest::newRow("metric day before 1970") << QStringLiteral(
            "INSERT INTO content_item(id, external_id) VALUES (1, 'x');"
            "INSERT INTO metric_daily(content_id, day, impressions) VALUES (1, -1, 5);")
                                                << QStringLiteral("1969-12-31");
        QTest::newRow("65,536 campaigns") << QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 65536) "
            "INSERT INTO campaign(id, name) SELECT i, 'c' || i FROM n;")
                                          << QStringLiteral("65536 campaigns");
    }

    void refusesWhatTheCacheCannotHold()
    {
        QFETCH(QString, sql);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("limits-%1.iroi").arg(QLatin1String(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('_')));
        {
            auto ws = Workspace::open(path, Workspace::Access::CreateNew);
            QVERIFY(ws.ok());
            QVERIFY(ws->connection().exec(sql.toUtf8().constData()).ok());
        }
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        NullProgress progress;
        auto engine = AnalysisEngine::load(*ws, progress);
        QVERIFY(!engine.ok());
        QCOMPARE(engine.error().kind, Error::Kind::BadInput);
        QVERIFY2(engine.error().toString().contains(reason), qPrintable(engine.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisEngine)
#include "tst_analysisengine.moc"
