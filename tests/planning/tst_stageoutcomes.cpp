#include "core/planning/flighting.h"
#include "core/planning/stageoutcomes.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace iroi;

namespace {

// 2025-01-06 (epoch day 20094) is a Monday; weeks 0..2 start on 20094, 20101, 20108.
constexpr EpochDay kMonday = 20094;

// Two channels with spend in the ledger; content metrics and orders tied to them.
//  Instagram (1): content c1 (direct channel); TikTok (2): content c2 through person bo
//  (the item names no channel, the person's channel is TikTok).
//  impressions: Instagram w0 100+50 (two days), w2 300; TikTok w1 40
//  clicks:      Instagram w0 5+5, w2 30; TikTok w1 4
//  orders: customer X first buys through c1 on day 20095 (week 0), again through c1 on
//          20109 and unattributed on 20110: Instagram acquired X in week 0, 2 later orders.
//          Customer Y first buys through c2 on 20102 (week 1), again on 20103: TikTok, week 1,
//          1 later order. An order without a customer counts for nobody.
constexpr const char *kFixture = R"sql(
INSERT INTO channel(id, name) VALUES (1, 'Instagram'), (2, 'TikTok');
INSERT INTO person(id, handle, kind, channel_id) VALUES (1, 'bo', 'influencer', 2);
INSERT INTO content_item(id, external_id, person_id, channel_id) VALUES (1, 'c1', NULL, 1), (2, 'c2', 1, NULL);
INSERT INTO cost(day, category, amount_cents, channel_id) VALUES (20094, 'fee', 100000, 1), (20108, 'fee', 50000, 1);
INSERT INTO cost(day, category, amount_cents, channel_id) VALUES (20101, 'fee', 20000, 2);
INSERT INTO metric_daily(content_id, day, impressions, clicks) VALUES
  (1, 20094, 100, 5), (1, 20095, 50, 5), (1, 20110, 300, 30), (2, 20102, 40, 4);
INSERT INTO customer_order(order_ref, day, customer_ref, revenue_cents, content_id) VALUES
  ('o1', 20095, 'X', 1000, 1), ('o2', 20109, 'X', 1000, 1), ('o3', 20102, 'Y', 500, 2),
  ('o4', 20103, 'Y', 500, 2), ('o5', 20104, NULL, 700, 2);
INSERT INTO customer_order(order_ref, day, customer_ref, revenue_cents) VALUES ('o6', 20110, 'X', 900);
)sql";

const StageSeries *stage(const std::vector<StageSeries> &all, FunnelStage which)
{
    for (const StageSeries &s : all)
        if (s.stage == which)
            return &s;
    return nullptr;
}

} // namespace

class TestStageOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void loadsStageKpisOnTheSpendGrid()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        QVERIFY(ws->connection().exec(kFixture).ok());
        const auto data = loadPlanningData(*ws, PlanningDataRequest{});
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
        QCOMPARE(data->firstWeek, kMonday);
        QCOMPARE(data->weeks, 3);
        QCOMPARE(data->lines.size(), std::size_t(2));
        QCOMPARE(data->lines[0].line, QStringLiteral("Instagram"));

        const auto stages = loadStageSeries(*ws, PlanningDataRequest{}, *data);
        QVERIFY(stages.ok());
        QCOMPARE(stages->size(), std::size_t(3));
        const StageSeries *awareness = stage(*stages, FunnelStage::Awareness);
        const StageSeries *consideration = stage(*stages, FunnelStage::Consideration);
        const StageSeries *retention = stage(*stages, FunnelStage::Retention);
        QVERIFY(awareness && consideration && retention);
        QCOMPARE(awareness->lines[0], (std::vector<double>{150.0, 0.0, 300.0}));
        QCOMPARE(awareness->lines[1], (std::vector<double>{0.0, 40.0, 0.0}));
        QCOMPARE(consideration->lines[0], (std::vector<double>{10.0, 0.0, 30.0}));
        QCOMPARE(consideration->lines[1], (std::vector<double>{0.0, 4.0, 0.0}));
        QCOMPARE(retention->metric, QStringLiteral("repeat_orders"));
        QCOMPARE(retention->lines[0], (std::vector<double>{2.0, 0.0, 0.0}));
        QCOMPARE(retention->lines[1], (std::vector<double>{0.0, 1.0, 0.0}));
    }

    void mediaMixHasNoRetention()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        QVERIFY(ws->connection()
                    .exec("INSERT INTO channel(id, name) VALUES (1, 'TV');"
                          "INSERT INTO media_mix(day, period_days, channel_id, spend_cents, impressions) VALUES"
                          " (20094, 7, 1, 100000, 5000), (20101, 7, 1, 0, NULL), (20108, 7, 1, 50000, 2500);"
                          "INSERT INTO outcome_series(day, period_days, metric, value) VALUES"
                          " (20094, 7, 'sales', 10.5), (20101, 7, 'sales', 11.0), (20108, 7, 'sales', 12.0);")
                    .ok());
        const auto data = loadPlanningData(*ws, PlanningDataRequest{});
        QVERIFY(data.ok() && data->joint);
        const auto stages = loadStageSeries(*ws, PlanningDataRequest{}, *data);
        QVERIFY(stages.ok());
        // Clicks are all NULL and a media-mix sheet has no customers: awareness only.
        QCOMPARE(stages->size(), std::size_t(1));
        QCOMPARE(stages->front().stage, FunnelStage::Awareness);
        QCOMPARE(stages->front().lines[0], (std::vector<double>{5000.0, 0.0, 2500.0}));
    }

    // With theta = 0 and S = 1 each week's outcome is beta x / (K + x): predictions can be
    // written down by hand.
    void predictsEveryStageFromTheCurves()
    {
        StageCurves awareness;
        awareness.stage = FunnelStage::Awareness;
        awareness.metric = QStringLiteral("impressions");
        LineFit a;
        a.params = {0.0, 100.0, 1.0, 1000.0};
        LineFit b;
        b.params = {0.0, 50.0, 1.0, 200.0};
        awareness.fits = {a, b};

        const std::vector<double> current{400.0, 100.0};  // over 4 weeks: 100 and 25 a week
        const std::vector<double> proposed{800.0, 0.0};   // 200 and 0 a week
        const auto even = predictStages({awareness}, 4, {}, current, proposed);
        QCOMPARE(even.size(), std::size_t(1));
        // current: 4 * (1000 * 100/200 + 200 * 25/75) = 4 * (500 + 66.667) = 2266.667
        QVERIFY(std::abs(even[0].current.value - 2266.6667) < 1e-3);
        // proposed: 4 * 1000 * 200/300 = 2666.667; no draws, so the band is the point.
        QVERIFY(std::abs(even[0].proposed.value - 2666.6667) < 1e-3);
        QCOMPARE(even[0].proposed.low, even[0].proposed.value);

        // Pulsed over 3 weeks puts everything in two weeks: 800 -> 400 a week, 0 in the third.
        const std::vector<double> pulsed = flightingWeights(Flighting::Pulsed, 3);
        QCOMPARE(pulsed, (std::vector<double>{0.5, 0.5, 0.0}));
        const auto bunched = predictStages({awareness}, 3, pulsed, current, proposed);
        // 2 * 1000 * 400/500 = 1600 (against 3 * 1000 * 266.67/366.67 = 2181.8 when even).
        QVERIFY(std::abs(bunched[0].proposed.value - 1600.0) < 1e-6);
    }

    void flightingPatterns()
    {
        QVERIFY(flightingWeights(Flighting::Even, 13).empty());
        const auto front = flightingWeights(Flighting::FrontLoaded, 4);
        // Raw 1.375, 1.125, 0.875, 0.625 (sum 4) normalised.
        QCOMPARE(front.size(), std::size_t(4));
        QVERIFY(std::abs(front[0] - 1.375 / 4) < 1e-12 && std::abs(front[3] - 0.625 / 4) < 1e-12);
        const auto back = flightingWeights(Flighting::BackLoaded, 4);
        QVERIFY(std::abs(back[0] - 0.625 / 4) < 1e-12 && std::abs(back[3] - 1.375 / 4) < 1e-12);
        for (const QString &name : flightingNames())
            QCOMPARE(flightingName(*flightingFromName(name)), name);
        QVERIFY(!flightingFromName(QStringLiteral("weekly")));
    }
};

QTEST_GUILESS_MAIN(TestStageOutcomes)
#include "tst_stageoutcomes.moc"
