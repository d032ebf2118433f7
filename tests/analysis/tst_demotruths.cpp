// Every planted truth of the demo workspace (docs/demo-data.md) is found by the analysis
// view meant to find it. Expected values come from the demo's documented parameters or from
// SQL written here against the file, never from the engine itself.

#include "core/analysis/analysisengine.h"
#include "core/demo/demogenerator.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>

using namespace iroi;

namespace {

// Plain sqlite3 access to the same file, independent of the code under test.
class RawDb
{
public:
    explicit RawDb(const QString &path) { sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr); }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    struct Row
    {
        std::vector<double> n;
        QStringList t;
    };
    std::vector<Row> rows(const char *sql) const
    {
        std::vector<Row> result;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            qWarning("SQL error: %s", sqlite3_errmsg(m_db));
            return result;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            Row row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                row.n.push_back(sqlite3_column_double(stmt, c));
                row.t << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
            }
            result.push_back(std::move(row));
        }
        sqlite3_finalize(stmt);
        return result;
    }
    double number(const char *sql) const
    {
        const auto r = rows(sql);
        return r.empty() ? std::nan("") : r.front().n.front();
    }

private:
    sqlite3 *m_db = nullptr;
};

const PersonScore *findPerson(const std::vector<PersonScore> &scores, const char *handle)
{
    for (const PersonScore &s : scores) {
        if (s.handle == QLatin1String(handle))
            return &s;
    }
    return nullptr;
}

const GoalStatus *findGoal(const std::vector<GoalStatus> &goals, const char *campaign, const char *metric)
{
    for (const GoalStatus &g : goals) {
        if (g.campaign == QLatin1String(campaign) && g.metric == QLatin1String(metric))
            return &g;
    }
    return nullptr;
}

double cellMean(const std::array<std::array<OptDouble, 24>, 7> &heat)
{
    double sum = 0.0;
    int n = 0;
    for (const auto &day : heat) {
        for (const OptDouble &v : day) {
            if (v) {
                sum += *v;
                ++n;
            }
        }
    }
    return n ? sum / n : 0.0;
}

std::pair<int, int> bestCell(const std::array<std::array<OptDouble, 24>, 7> &heat)
{
    std::pair<int, int> best{-1, -1};
    double bestValue = -1.0;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            const OptDouble &v = heat[size_t(d)][size_t(h)];
            if (v && *v > bestValue) {
                bestValue = *v;
                best = {d, h};
            }
        }
    }
    return best;
}

} // namespace

class TestDemoTruths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AnalysisEngine> m_engine;
    std::vector<PersonScore> m_who;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.iroi"));
        NullProgress progress;
        const Status made = generateDemo(m_path, DemoOptions{}, progress);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        auto ws = Workspace::open(m_path, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        auto engine = AnalysisEngine::load(*ws, progress); // needs the file only while loading
        QVERIFY(engine.ok());
        m_engine = std::move(engine.value());
        m_who = m_engine->who(Filter{});
        QCOMPARE(m_who.size(), size_t(100)); // every person posted
    }

    // Truth 1: sanne.bakker, 6 posts at scale 1, has the top revenue per post and is kept.
    void quietAdvocateTopRevenuePerPost()
    {
        const PersonScore *sanne = findPerson(m_who, "sanne.bakker");
        QVERIFY(sanne);
        QCOMPARE(sanne->kind, QStringLiteral("employee"));
        QCOMPARE(sanne->totals.posts, qint64(6));
        const RawDb db(m_path);
        const double revenueCents = db.number("SELECT sum(o.revenue_cents) FROM customer_order o JOIN person p ON "
                                              "p.id = o.person_id WHERE p.handle = 'sanne.bakker'");
        QCOMPARE(static_cast<double>(sanne->totals.revenue), revenueCents);
        QVERIFY(sanne->kpis.revenuePerPost);
        QVERIFY(std::abs(*sanne->kpis.revenuePerPost - revenueCents / 100.0 / 6.0) < 1e-6);
        for (const PersonScore &s : m_who) {
            if (&s != sanne && s.kpis.revenuePerPost)
                QVERIFY2(*s.kpis.revenuePerPost < *sanne->kpis.revenuePerPost, qPrintable(s.handle));
        }
        QCOMPARE(sanne->performanceRank, 1);
        QVERIFY(sanne->activityRank >= 90); // the lowest tenth by posts
        QCOMPARE(sanne->recommendation, Recommendation::Keep);
    }

    // Truth 2: tom.jansen posts the most (150) and converts the least; cut or watch.
    void busiestAdvocateConvertsLeast()
    {
        const PersonScore *tom = findPerson(m_who, "tom.jansen");
        QVERIFY(tom);
        QCOMPARE(tom->totals.posts, qint64(150));
        QCOMPARE(tom->activityRank, 1);
        QCOMPARE(tom->performanceRank, static_cast<int>(m_who.size()));
        QVERIFY(tom->kpis.conversionRate);
        // 0.0012 orders per click planted, against 0.08 for the other advocates (only the
        // poor-fit creator, 0.0008, is lower), and far fewer clicks per post.
        QVERIFY(*tom->kpis.conversionRate < 0.003);
        const double tomOrdersPerPost = static_cast<double>(tom->totals.orders) / static_cast<double>(tom->totals.posts);
        for (const PersonScore &s : m_who) {
            if (&s == tom)
                continue;
            if (s.kind == QLatin1String("employee"))
                QVERIFY2(*s.kpis.conversionRate > 10 * *tom->kpis.conversionRate, qPrintable(s.handle));
            QVERIFY2(static_cast<double>(s.totals.orders) / static_cast<double>(s.totals.posts) > tomOrdersPerPost,
                     qPrintable(s.handle));
        }
        QVERIFY(tom->recommendation == Recommendation::Cut || tom->recommendation == Recommendation::Watch);
        QVERIFY(!tom->reason.isEmpty());

        // How: his staff time (0.5 h + 0.75 h per post a month at 55 EUR) is the largest
        // cost of any advocate, and equals the cost rows booked on him.
        const HowResult how = m_engine->how(Filter{});
        const RawDb db(m_path);
        const auto costs = db.rows("SELECT p.handle, sum(c.amount_cents) FROM cost c JOIN person p ON p.id = "
                                   "c.person_id WHERE p.kind = 'employee' GROUP BY p.id ORDER BY 2 DESC");
        QVERIFY(!costs.empty());
        QCOMPARE(costs.front().t[0], QStringLiteral("tom.jansen"));
        const PersonCostRow *tomCost = nullptr;
        for (const PersonCostRow &p : how.people) {
            if (p.key == tom->key)
                tomCost = &p;
        }
        QVERIFY(tomCost);
        QCOMPARE(static_cast<double>(tomCost->total), costs.front().n[1]);
    }

    // Truth 3: the Instagram boost spend is in the cost (the curve itself is the planner's,
    // tests/planning/tst_demofit.cpp); those orders carry no person, so they are not revenue.
    void instagramBoostSpendIsCost()
    {
        const RawDb db(m_path);
        Filter instagram;
        instagram.channelIds = {*m_engine->catalog().channelId(QStringLiteral("Instagram"))};
        const HowResult how = m_engine->how(instagram);
        const auto boost = std::find_if(how.categories.begin(), how.categories.end(),
                                        [](const CostCategoryRow &c) { return c.category == QLatin1String("paid_boost"); });
        QVERIFY(boost != how.categories.end());
        QCOMPARE(static_cast<double>(boost->amount),
                 db.number("SELECT sum(c.amount_cents) FROM cost c JOIN channel ch ON ch.id = c.channel_id "
                           "WHERE c.category = 'paid_boost' AND ch.name = 'Instagram'"));
        const double attributed = db.number("SELECT sum(o.revenue_cents) FROM customer_order o JOIN content_item c ON "
                                            "c.id = o.content_id JOIN channel ch ON ch.id = c.channel_id WHERE "
                                            "ch.name = 'Instagram'");
        QCOMPARE(static_cast<double>(m_engine->overview(instagram).totals.revenue), attributed);
    }

    // Truth 4: January is the top month (season factor 1.60) and April + May (1.30, 1.35)
    // beat March + June and July + August.
    void januaryPeakAndSpringBump()
    {
        const WhenResult when = m_engine->when(Filter{}, Granularity::Month);
        const auto &m = when.byMonth;
        const auto check = [&](auto field, const char *name) {
            for (size_t month = 1; month < 12; ++month)
                QVERIFY2(field(m[0]) > field(m[month]), qPrintable(QStringLiteral("%1, month %2").arg(QLatin1String(name)).arg(month + 1)));
            QVERIFY2(field(m[3]) + field(m[4]) > 1.15 * (field(m[2]) + field(m[5])), name);
            QVERIFY2(field(m[3]) + field(m[4]) > 1.15 * (field(m[6]) + field(m[7])), name);
        };
        check([](const Totals &t) { return double(t.engagements); }, "engagements");
        check([](const Totals &t) { return double(t.clicks); }, "clicks");
        check([](const Totals &t) { return double(t.orders); }, "orders");
        check([](const Totals &t) { return double(t.revenue); }, "revenue");
        const RawDb db(m_path);
        QCOMPARE(static_cast<double>(m[0].engagements),
                 db.number("SELECT sum(likes + comments + shares + saves) FROM metric_daily WHERE "
                           "strftime('%m', day + 2440587.5) = '01'"));
    }

    // Truth 5: Tuesday 19:00 (slot factor 2.0 on engagement rate and CTR) is the best cell of
    // the per-post engagement-rate and CTR heatmaps.
    void tuesdayEveningBestSlot()
    {
        const WhenResult when = m_engine->when(Filter{});
        QCOMPARE(bestCell(when.engagementRateHeat), std::make_pair(1, 19));
        QCOMPARE(bestCell(when.ctrHeat), std::make_pair(1, 19));
        QVERIFY(*when.engagementRateHeat[1][19] > 1.6 * cellMean(when.engagementRateHeat));
        QVERIFY(*when.ctrHeat[1][19] > 1.6 * cellMean(when.ctrHeat));
        const RawDb db(m_path);
        // 1970-01-01 was a Thursday: (day + 3) % 7 gives 0 = Monday.
        QCOMPARE(static_cast<double>(when.postHeat[1][19]),
                 db.number("SELECT count(*) FROM content_item WHERE (published_day + 3) % 7 = 1 AND published_hour = 19"));
        const double expectedRate = db.number(R"sql(
            SELECT avg(er) FROM (SELECT sum(m.likes + m.comments + m.shares + m.saves) * 1.0 / sum(m.reach) AS er
              FROM content_item c JOIN metric_daily m ON m.content_id = c.id
              WHERE (c.published_day + 3) % 7 = 1 AND c.published_hour = 19 GROUP BY c.id HAVING sum(m.reach) > 0))sql");
        QVERIFY(std::abs(*when.engagementRateHeat[1][19] - expectedRate) < 1e-12);
    }

    // Truth 6: snackattack.sam (1.85 M followers, candy and fast-food teens) has the lowest
    // audience fit and the lowest conversion rate of the influencers.
    void poorFitCreator()
    {
        const PersonScore *sam = findPerson(m_who, "snackattack.sam");
        QVERIFY(sam && sam->audienceFit);
        const RawDb db(m_path);
        // The fit by hand: per campaign, the mean over dimensions of sum(min(person, target)),
        // weighted by his posts per campaign.
        std::map<QString, std::map<QString, double>> audience;
        for (const auto &r : db.rows("SELECT a.dimension, a.value, a.share FROM audience_share a JOIN person p ON "
                                     "p.id = a.person_id WHERE p.handle = 'snackattack.sam'"))
            audience[r.t[0]][r.t[1]] = r.n[2];
        double fitSum = 0.0, weight = 0.0;
        for (const auto &c : db.rows("SELECT c.campaign_id, count(DISTINCT c.id) FROM content_item c JOIN person p "
                                     "ON p.id = c.person_id WHERE p.handle = 'snackattack.sam' GROUP BY 1")) {
            std::map<QString, double> overlap;
            const QByteArray sql = "SELECT dimension, value, share FROM campaign_audience WHERE campaign_id = " +
                                   QByteArray::number(static_cast<int>(c.n[0]));
            for (const auto &t : db.rows(sql.constData())) {
                const auto dim = audience.find(t.t[0]);
                if (dim == audience.end())
                    continue;
                const auto value = dim->second.find(t.t[1]);
                overlap[t.t[0]] += value == dim->second.end() ? 0.0 : std::min(value->second, t.n[2]);
            }
            double mean = 0.0;
            for (const auto &[dimension, o] : overlap)
                mean += o / static_cast<double>(overlap.size());
            fitSum += mean * c.n[1];
            weight += c.n[1];
        }
        QVERIFY(weight > 0);
        QVERIFY2(std::abs(*sam->audienceFit - fitSum / weight) < 1e-4,
                 qPrintable(QStringLiteral("%1 against %2").arg(*sam->audienceFit).arg(fitSum / weight)));
        QVERIFY(*sam->audienceFit < 0.45);
        for (const PersonScore &s : m_who) {
            if (&s == sam)
                continue;
            QVERIFY2(s.audienceFit && *s.audienceFit > *sam->audienceFit + 0.15, qPrintable(s.handle));
            if (s.kind == QLatin1String("influencer"))
                QVERIFY2(*s.kpis.conversionRate > 3 * *sam->kpis.conversionRate, qPrintable(s.handle));
        }
    }

    // Truth 7: each goal's target was set at target = actual x length / elapsed / pace, so the
    // attainment is pace x elapsed / length (3 significant digits of rounding).
    void goalsBehindAndAhead_data()
    {
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("pace");
        QTest::addColumn<QString>("pacing");
        const auto row = [](const char *campaign, const char *metric, double pace, const char *pacing) {
            QTest::addRow("%s %s", campaign, metric) << QString::fromLatin1(campaign) << QString::fromLatin1(metric)
                                                     << pace << QString::fromLatin1(pacing);
        };
        row("New Year Reset 2024", "revenue", 1.12, "achieved");
        row("Spring Flow 2024", "impressions", 0.92, "missed");
        row("Summer Outdoors 2024", "engagements", 0.85, "missed");
        row("Mindful Autumn 2024", "conversions", 0.90, "missed");
        row("New Year Reset 2025", "revenue", 1.18, "achieved");
        row("Pro Mat Launch 2025", "revenue", 0.80, "missed");
        row("Winter Glow 2025", "revenue", 0.45, "behind");
        row("Winter Glow 2025", "impressions", 1.05, "on track");
        row("Lumen Team Voices", "leads", 1.50, "on track");
        row("Lumen Team Voices", "engagements", 1.04, "on track");
    }
    void goalsBehindAndAhead()
    {
        QFETCH(QString, campaign);
        QFETCH(QString, metric);
        QFETCH(double, pace);
        QFETCH(QString, pacing);
        const WhyResult why = m_engine->why(Filter{});
        QCOMPARE(why.goals.size(), size_t(18));
        const GoalStatus *goal = findGoal(why.goals, campaign.toLatin1().constData(), metric.toLatin1().constData());
        QVERIFY(goal);
        QCOMPARE(goal->pacing, pacing);
        const EpochDay lastDay = toEpochDay(QDate(2025, 12, 31));
        const double elapsed = std::min(goal->deadlineDay, lastDay) - goal->startDay + 1;
        const double length = goal->deadlineDay - goal->startDay + 1;
        QVERIFY(goal->attainment && goal->projected);
        QVERIFY2(std::abs(*goal->attainment / (pace * elapsed / length) - 1.0) < 0.01,
                 qPrintable(QString::number(*goal->attainment)));
        QVERIFY(std::abs(*goal->projected / goal->target / pace - 1.0) < 0.01);
    }

    // Truth 8: the five superstars are the top five by revenue and earn over half; only they
    // get the superstar flag.
    void superstarsEarnOverHalf()
    {
        const std::set<QString> stars = {QStringLiteral("maya.moves"), QStringLiteral("zoe.zenlife"),
                                         QStringLiteral("lina.breathes"), QStringLiteral("ruby.balance"),
                                         QStringLiteral("kai.strong")};
        const RawDb db(m_path);
        const double total = db.number("SELECT sum(revenue_cents) FROM customer_order WHERE person_id IS NOT NULL");
        Cents flaggedRevenue = 0;
        std::set<QString> topFive;
        for (size_t i = 0; i < m_who.size(); ++i) {
            const PersonScore &s = m_who[i];
            if (i < 5)
                topFive.insert(s.handle);
            if (s.superstar) {
                QVERIFY2(stars.count(s.handle), qPrintable(s.handle));
                QCOMPARE(s.recommendation, Recommendation::Keep);
                flaggedRevenue += s.totals.revenue;
            }
        }
        QCOMPARE(topFive, stars);
        QVERIFY(2.0 * static_cast<double>(flaggedRevenue) >= total);
        const double starRevenue = db.number("SELECT sum(o.revenue_cents) FROM customer_order o JOIN person p ON "
                                             "p.id = o.person_id WHERE p.handle IN ('maya.moves', 'zoe.zenlife', "
                                             "'lina.breathes', 'ruby.balance', 'kai.strong')");
        QVERIFY(starRevenue > 0.5 * total);
    }

    // Truth 9: noor.flows' customers reorder with mean 3.0 (0.35 elsewhere): the top cohort
    // by repeat-purchase rate among people with at least 30 customers.
    void loyalistTopsRetention()
    {
        const RetentionResult retention = m_engine->retention(Filter{});
        const CohortRow *best = nullptr;
        for (const CohortRow &c : retention.cohorts) {
            if (c.personId != 0 && c.customers >= 30 && (!best || *c.repeatRate > *best->repeatRate))
                best = &c;
        }
        QVERIFY(best);
        QCOMPARE(best->key, QStringLiteral("Noor Flows"));
        const RawDb db(m_path);
        QCOMPARE(static_cast<double>(best->customers), db.number(R"sql(
            WITH ranked AS (SELECT person_id, row_number() OVER (PARTITION BY customer_ref ORDER BY day, id) AS n
                            FROM customer_order)
            SELECT count(*) FROM ranked r JOIN person p ON p.id = r.person_id
            WHERE r.n = 1 AND p.handle = 'noor.flows')sql"));
        // A geometric count with mean 3 is >= 1 with probability 3 / 4.
        QVERIFY(*best->repeatRate > 0.6);
    }

    // White space: recovery (planted 6 % own share) is the lowest share of voice.
    void recoveryIsWhiteSpace()
    {
        const WhyResult why = m_engine->why(Filter{});
        QVERIFY(why.topics.size() >= 5);
        const TopicShare &lowest = why.topics.front();
        QCOMPARE(lowest.topic, QStringLiteral("recovery"));
        QVERIFY(why.whiteSpace.contains(QStringLiteral("recovery")));
        QVERIFY(!why.whiteSpace.contains(QStringLiteral("yoga mats")));
        const RawDb db(m_path);
        QCOMPARE(static_cast<double>(lowest.ownMentions),
                 db.number("SELECT sum(mentions) FROM brand_mention WHERE topic = 'recovery' AND brand = 'Lumen'"));
        QCOMPARE(static_cast<double>(lowest.allMentions),
                 db.number("SELECT sum(mentions) FROM brand_mention WHERE topic = 'recovery'"));
        QVERIFY(lowest.shareOfVoice && std::abs(*lowest.shareOfVoice - 0.06) < 0.01);
        QVERIFY(*lowest.shareOfVoice < 0.5 * *why.topics[1].shareOfVoice);
        QCOMPARE(why.topics.back().topic, QStringLiteral("yoga mats"));
        QCOMPARE(why.topics.back().leadingBrand, QStringLiteral("Lumen"));
    }
};

QTEST_GUILESS_MAIN(TestDemoTruths)
#include "tst_demotruths.moc"
