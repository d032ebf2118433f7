#include "core/planning/scenario.h"
#include "core/store/workspace.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace iroi;

namespace {

Scenario sample(const QString &name)
{
    Scenario s;
    s.name = name;
    s.from = 20179; // 2025-04-01
    s.to = 20269;   // 2025-06-30
    s.weeks = 13;
    s.lineKind = LineKind::Channel;
    s.outcome = OutcomeKind::Revenue;
    s.objective = Objective::MaximiseOutcome;
    s.budget = 30000.0;
    s.lines = {{QStringLiteral("Instagram"), 12000.0, 1000.0, 20000.0, false},
               {QStringLiteral("TikTok"), 18000.0, 0.0, std::numeric_limits<double>::infinity(), true}};
    s.note = QStringLiteral("move 20% to TikTok");
    return s;
}

// Period outcome written out: 13 equal weeks in steady state (see tst_optimiser).
double periodOutcome(const CurveParams &p, double total)
{
    const double a = total / 13.0 / (1.0 - p.theta);
    return 13.0 * p.beta * std::pow(a, p.s) / (std::pow(p.k, p.s) + std::pow(a, p.s));
}

std::vector<LineFit> fits()
{
    LineFit instagram;
    instagram.line = QStringLiteral("Instagram");
    instagram.params = {0.3, 800.0, 0.8, 6000.0};
    LineFit tiktok;
    tiktok.line = QStringLiteral("TikTok");
    tiktok.params = {0.1, 1500.0, 1.0, 9000.0};
    return {instagram, tiktok};
}

void rawExec(Workspace &ws, const QString &sql)
{
    QVERIFY(ws.connection().exec(sql).ok());
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void saveLoadDuplicateDelete()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        ScenarioStore store(*ws);
        const Scenario original = sample(QStringLiteral("Q2 plan"));
        QVERIFY(store.save(original).ok());

        auto loaded = store.load(QStringLiteral("Q2 plan"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->name, original.name);
        QCOMPARE(loaded->from, original.from);
        QCOMPARE(loaded->to, original.to);
        QCOMPARE(loaded->weeks, 13);
        QCOMPARE(loaded->budget, 30000.0);
        QCOMPARE(loaded->lines, original.lines);
        QCOMPARE(loaded->note, original.note);
        QVERIFY(!loaded->createdAt.isEmpty());

        QVERIFY(store.duplicate(QStringLiteral("Q2 plan"), QStringLiteral("Q2 plan (copy)")).ok());
        QVERIFY(!store.duplicate(QStringLiteral("Q2 plan"), QStringLiteral("Q2 plan (copy)")).ok());
        auto copy = store.load(QStringLiteral("Q2 plan (copy)"));
        QVERIFY(copy.ok());
        QCOMPARE(copy->lines, original.lines);

        // Saving under an existing name replaces it.
        Scenario changed = original;
        changed.budget = 45000.0;
        QVERIFY(store.save(changed).ok());
        QCOMPARE(store.load(QStringLiteral("Q2 plan"))->budget, 45000.0);

        auto list = store.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->at(0).name, QStringLiteral("Q2 plan"));
        QCOMPARE(list->at(0).totalSpend, 30000.0);
        QVERIFY(list->at(0).valid);

        QVERIFY(store.remove(QStringLiteral("Q2 plan")).ok());
        QVERIFY(!store.load(QStringLiteral("Q2 plan")).ok());
        QCOMPARE(store.remove(QStringLiteral("Q2 plan")).error().kind, Error::Kind::Usage);
        QCOMPARE(store.list()->size(), std::size_t(1));
    }

    void rejectsInvalidPayload_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("payload");
        const QString good = QString::fromUtf8(QJsonDocument(sample(QString()).toJson()).toJson(QJsonDocument::Compact));
        QTest::newRow("not json") << 1 << QStringLiteral("{lines: oops");
        QTest::newRow("array") << 1 << QStringLiteral("[1, 2]");
        QTest::newRow("negative weeks") << 1 << QString(good).replace(QStringLiteral("\"weeks\":13"), QStringLiteral("\"weeks\":-3"));
        QTest::newRow("bad kind") << 1 << QString(good).replace(QStringLiteral("\"channel\""), QStringLiteral("\"planet\""));
        QTest::newRow("spend text") << 1 << QString(good).replace(QStringLiteral("\"spend\":12000"), QStringLiteral("\"spend\":\"lots\""));
        QTest::newRow("bad date") << 1 << QString(good).replace(QStringLiteral("2025-04-01"), QStringLiteral("2025-13-01"));
        QTest::newRow("newer payload") << 1 << QString(good).replace(QStringLiteral("\"format_version\":1"), QStringLiteral("\"format_version\":9"));
        QTest::newRow("newer row") << 9 << good;
    }
    void rejectsInvalidPayload()
    {
        QFETCH(int, version);
        QFETCH(QString, payload);
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        auto stmt = ws->connection().prepare(
            "INSERT INTO scenario(name, created_at, updated_at, format_version, payload) VALUES ('bad', 'x', 'x', ?1, ?2)");
        QVERIFY(stmt.ok());
        stmt->bind(1, version).bind(2, payload);
        QVERIFY(stmt->exec().ok());
        ScenarioStore store(*ws);
        const auto loaded = store.load(QStringLiteral("bad"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, Error::Kind::BadInput);
        QVERIFY(!store.list()->at(0).valid);
    }

    void goodPayloadStillLoads()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        rawExec(*ws, QStringLiteral(
            "INSERT INTO scenario(name, created_at, updated_at, format_version, payload) VALUES ('hand', 'a', 'b', 1,"
            " '{\"format_version\":1,\"weeks\":4,\"line_kind\":\"person\",\"outcome\":\"conversions\","
            "\"objective\":\"target-roas\",\"budget\":100,\"target\":2.5,"
            "\"lines\":[{\"line\":\"anna\",\"spend\":100}]}')"));
        ScenarioStore store(*ws);
        const auto loaded = store.load(QStringLiteral("hand"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->lineKind, LineKind::Person);
        QCOMPARE(loaded->objective, Objective::TargetRoas);
        QCOMPARE(loaded->lines[0].maxSpend, std::numeric_limits<double>::infinity());
        QCOMPARE(loaded->from, kNoDay);
    }

    void compareSideBySide()
    {
        Scenario a = sample(QStringLiteral("A"));
        Scenario b = sample(QStringLiteral("B"));
        b.lines[0].spend = 6000.0;
        b.lines[1].spend = 24000.0;
        Scenario c = sample(QStringLiteral("C"));
        c.lines.pop_back();
        const auto f = fits();
        const auto comparison = compareScenarios({a, b, c}, f);
        QVERIFY(comparison.ok());
        QCOMPARE(comparison->scenarios.size(), std::size_t(3));
        QCOMPARE(comparison->lines, (std::vector<QString>{QStringLiteral("Instagram"), QStringLiteral("TikTok")}));
        QCOMPARE(comparison->spend[2][1], 0.0);
        const double expectB = periodOutcome(f[0].params, 6000.0) + periodOutcome(f[1].params, 24000.0);
        QVERIFY(std::abs(comparison->totalPredicted[1].value - expectB) < 1e-9 * expectB);
        QCOMPARE(comparison->totalSpend[1], 30000.0);
        QVERIFY(!compareScenarios({a}, f).ok());
        QVERIFY(!compareScenarios({a, b, c, a, b}, f).ok());
    }

    void planVersusActual()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        Scenario plan = sample(QStringLiteral("Q2"));
        QVERIFY(!planVsActual(*ws, plan, fits()).ok()); // nothing happened yet
        // Two weeks of the planned quarter: 2025-04-07 (20185) and 2025-04-14 (20192), Mondays.
        rawExec(*ws, QStringLiteral(
            "INSERT INTO channel(id, name) VALUES (1, 'Instagram'), (2, 'TikTok');"
            "INSERT INTO cost(day, category, amount_cents, channel_id) VALUES (20185, 'fee', 150000, 1),"
            " (20192, 'fee', 250000, 2);"
            "INSERT INTO person(id, handle, kind, channel_id) VALUES (1, 'anna', 'influencer', 1);"
            "INSERT INTO customer_order(order_ref, day, revenue_cents, person_id) VALUES ('o1', 20186, 420000, 1);"));
        const auto result = planVsActual(*ws, plan, fits());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->weeksWithData, 2);
        QCOMPARE(result->lines[0].plannedSpend, 12000.0);
        QCOMPARE(result->lines[0].actualSpend, 1500.0);
        QCOMPARE(result->lines[1].actualSpend, 2500.0);
        QCOMPARE(result->lines[0].actualOutcome, 4200.0);
        QCOMPARE(result->actualTotalOutcome, 4200.0);
        const double expected = periodOutcome(fits()[0].params, 12000.0);
        QVERIFY(std::abs(result->lines[0].predictedAtPlan.value - expected) < 1e-9 * expected);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
