#include "core/planning/planningdata.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iroi;

namespace {

// Epoch days computed with Python: (date(2025,1,6) - date(1970,1,1)).days == 20094, a Monday.
constexpr EpochDay kMonday = 20094;

// Ledger fixture (amounts in cents):
//  cost 1: week 0, 1000.00, channel Instagram directly
//  cost 2: week 0,  500.00, through content 1 (TikTok, person anna, type review)
//  cost 3: week 1,  200.00, through person anna (whose channel is Instagram)
//  cost 4: week 2,  300.00 USD at 0.5 = 150.00, channel TikTok directly
//  order a: week 0, 50.00 via content 1; order b: week 1, 70.00 via person anna;
//  order c: week 1, 99.99 unattributed (ignored)
const char *kLedger = R"sql(
INSERT INTO channel(id, name) VALUES (1, 'Instagram'), (2, 'TikTok');
INSERT INTO content_type(id, name) VALUES (1, 'review');
INSERT INTO person(id, handle, kind, channel_id) VALUES (1, 'anna', 'influencer', 1);
INSERT INTO content_item(id, external_id, person_id, channel_id, content_type_id) VALUES (1, 'c1', 1, 2, 1);
INSERT INTO fx_rate(currency, rate_to_base) VALUES ('USD', 0.5);
INSERT INTO cost(day, category, amount_cents, channel_id) VALUES (20094, 'fee', 100000, 1);
INSERT INTO cost(day, category, amount_cents, content_id) VALUES (20096, 'fee', 50000, 1);
INSERT INTO cost(day, category, amount_cents, person_id) VALUES (20102, 'product', 20000, 1);
INSERT INTO cost(day, category, amount_cents, currency, channel_id) VALUES (20110, 'paid_boost', 30000, 'USD', 2);
INSERT INTO customer_order(order_ref, day, revenue_cents, content_id) VALUES ('a', 20095, 5000, 1);
INSERT INTO customer_order(order_ref, day, revenue_cents, person_id) VALUES ('b', 20103, 7000, 1);
INSERT INTO customer_order(order_ref, day, revenue_cents) VALUES ('c', 20104, 9999);
)sql";

const LineSeries *find(const PlanningData &data, const char *name)
{
    for (const auto &line : data.lines)
        if (line.line == QLatin1String(name))
            return &line;
    return nullptr;
}

} // namespace

class TestPlanningData : public QObject
{
    Q_OBJECT

private slots:
    void calendarHelpers()
    {
        QCOMPARE(weekStart(kMonday + 6), kMonday);
        QCOMPARE(weekStart(kMonday), kMonday);
        // 2025-03-14 (20161) is in Q1: the next quarter is 2025-04-01 (20179) .. 2025-06-30 (20269).
        QCOMPARE(nextQuarter(20161), std::make_pair(EpochDay(20179), EpochDay(20269)));
        QCOMPARE(weeksBetween(20179, 20269), 13);
    }

    void channelLinesFromLedger()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        QVERIFY(ws->connection().exec(kLedger).ok());

        const auto data = loadPlanningData(*ws, PlanningDataRequest{});
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
        QVERIFY(!data->joint);
        QCOMPARE(data->firstWeek, kMonday);
        QCOMPARE(data->weeks, 3);
        const LineSeries *instagram = find(*data, "Instagram");
        const LineSeries *tiktok = find(*data, "TikTok");
        QVERIFY(instagram && tiktok);
        QCOMPARE(instagram->spend, (std::vector<double>{1000.0, 200.0, 0.0}));
        QCOMPARE(instagram->outcome, (std::vector<double>{0.0, 70.0, 0.0}));
        QCOMPARE(tiktok->spend, (std::vector<double>{500.0, 0.0, 150.0}));
        QCOMPARE(tiktok->outcome, (std::vector<double>{50.0, 0.0, 0.0}));
        QCOMPARE(data->lastDataDay, EpochDay(20110));
        QCOMPARE(data->defaultPlanFrom, EpochDay(20179));
        QCOMPARE(data->recentSpend(2), (std::vector<double>{200.0, 150.0}));

        PlanningDataRequest conversions;
        conversions.outcome = OutcomeKind::Conversions;
        const auto counted = loadPlanningData(*ws, conversions);
        QVERIFY(counted.ok());
        QCOMPARE(find(*counted, "Instagram")->outcome, (std::vector<double>{0.0, 1.0, 0.0}));
    }

    void personAndContentTypeLines()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        QVERIFY(ws->connection().exec(kLedger).ok());
        PlanningDataRequest people;
        people.lines = LineKind::Person;
        const auto byPerson = loadPlanningData(*ws, people);
        QVERIFY(byPerson.ok());
        QCOMPARE(byPerson->lines.size(), std::size_t(1));
        QCOMPARE(byPerson->lines[0].spend, (std::vector<double>{500.0, 200.0}));
        QCOMPARE(byPerson->lines[0].outcome, (std::vector<double>{50.0, 70.0}));

        PlanningDataRequest types;
        types.lines = LineKind::ContentType;
        const auto byType = loadPlanningData(*ws, types);
        QVERIFY(byType.ok());
        QCOMPARE(byType->lines.size(), std::size_t(1));
        QCOMPARE(byType->lines[0].line, QStringLiteral("review"));
        QCOMPARE(byType->lines[0].spend, (std::vector<double>{500.0}));
        QCOMPARE(byType->lines[0].outcome, (std::vector<double>{50.0}));

        PlanningDataRequest window;
        window.from = kMonday + 7;
        const auto late = loadPlanningData(*ws, window);
        QVERIFY(late.ok());
        QCOMPARE(late->firstWeek, kMonday + 7);
        QCOMPARE(find(*late, "Instagram")->spend, (std::vector<double>{200.0, 0.0}));
    }

    void mediaMixIsJoint()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        QVERIFY(ws->connection()
                    .exec("INSERT INTO channel(id, name) VALUES (1, 'TV'), (2, 'Radio');"
                          "INSERT INTO media_mix(day, period_days, channel_id, spend_cents) VALUES"
                          " (20094, 7, 1, 100000), (20101, 7, 1, 0), (20108, 7, 1, 50000),"
                          " (20094, 7, 2, 1000), (20101, 7, 2, 2000), (20108, 7, 2, 3000);"
                          "INSERT INTO outcome_series(day, period_days, metric, value) VALUES"
                          " (20094, 7, 'sales', 10.5), (20101, 7, 'sales', 11.0), (20108, 7, 'sales', 12.0),"
                          " (20094, 7, 'visits', 1),"
                          " (20094, 1, 'temp_control', 2), (20095, 1, 'temp_control', 4),"
                          " (20101, 7, 'temp_control', 5), (20108, 7, 'temp_control', 7);")
                    .ok());
        const auto data = loadPlanningData(*ws, PlanningDataRequest{});
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
        QVERIFY(data->joint);
        QCOMPARE(data->outcomeName, QStringLiteral("sales"));
        QCOMPARE(data->sharedOutcome, (std::vector<double>{10.5, 11.0, 12.0}));
        QCOMPARE(find(*data, "TV")->spend, (std::vector<double>{1000.0, 0.0, 500.0}));
        QCOMPARE(find(*data, "Radio")->spend, (std::vector<double>{10.0, 20.0, 30.0}));
        QCOMPARE(data->jointInput().firstDay, kMonday);
        // A series named "...control" is a known driver: a control of the joint fit, by its
        // weekly mean (week 0: (2 + 4) / 2). "visits" is neither outcome nor control.
        QCOMPARE(data->controlNames, (std::vector<QString>{QStringLiteral("temp_control")}));
        QCOMPARE(data->controls.front(), (std::vector<double>{3.0, 5.0, 7.0}));
    }

    void noSpendIsBadInput()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        const auto data = loadPlanningData(*ws, PlanningDataRequest{});
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestPlanningData)
#include "tst_planningdata.moc"
