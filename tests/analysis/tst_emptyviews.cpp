// Division by zero, empty filters and missing data give explicit "n/a" (std::nullopt), never
// NaN, infinity or a crash: every view on an empty workspace, and on the demo with filters
// that match nothing.

#include "core/analysis/analysisengine.h"
#include "core/demo/demogenerator.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace iroi;

Q_DECLARE_METATYPE(iroi::Filter)

namespace {

bool finite(const OptDouble &v)
{
    return !v || std::isfinite(*v);
}

// Every ratio of a Kpis: defined values finite; with all-zero totals, none defined.
void checkKpis(const Kpis &k, bool expectAllUndefined, const char *where)
{
    const OptDouble Kpis::*fields[] = {&Kpis::engagementRate, &Kpis::ctr,     &Kpis::conversionRate, &Kpis::aov,
                                       &Kpis::cpm,            &Kpis::cpe,     &Kpis::cpc,            &Kpis::cpl,
                                       &Kpis::cpa,            &Kpis::roas,    &Kpis::roi,            &Kpis::emvRoi,
                                       &Kpis::revenuePerPost, &Kpis::engagementsPerPost, &Kpis::affinity};
    for (size_t i = 0; i < std::size(fields); ++i) {
        const OptDouble &v = k.*fields[i];
        QVERIFY2(finite(v), qPrintable(QStringLiteral("%1: kpi %2").arg(QLatin1String(where)).arg(i)));
        if (expectAllUndefined)
            QVERIFY2(!v, qPrintable(QStringLiteral("%1: kpi %2 should be n/a").arg(QLatin1String(where)).arg(i)));
    }
}

bool isZero(const Totals &t)
{
    return t.posts == 0 && t.impressions == 0 && t.reach == 0 && t.engagements == 0 && t.clicks == 0 &&
           t.leads == 0 && t.conversions == 0 && t.orders == 0 && t.customers == 0 && t.revenue == 0 &&
           t.cost == 0 && t.emv == 0.0;
}

// Runs every view for a filter that selects no rows and checks each figure.
void checkNothingSelected(const AnalysisEngine &e, const Filter &filter)
{
    const OverviewResult o = e.overview(filter);
    QVERIFY(isZero(o.totals));
    checkKpis(o.kpis, true, "overview");
    QVERIFY(!o.repeatPurchaseRate && !o.clv);
    for (const GoalStatus &g : o.goals)
        QVERIFY(finite(g.actual) && finite(g.attainment) && finite(g.projected));

    QVERIFY(e.who(filter).empty());
    QVERIFY(e.what(filter).empty());
    QVERIFY(e.where(filter).empty());
    for (Dimension d : {Dimension::Campaign, Dimension::Person})
        QVERIFY(e.byDimension(filter, d).empty());

    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month}) {
        const WhenResult w = e.when(filter, g);
        for (const SeriesPoint &p : w.series) {
            QVERIFY(isZero(p.totals));
            QVERIFY(finite(p.rollingRevenue) && finite(p.rollingEngagements));
        }
        for (const Totals &m : w.byMonth)
            QVERIFY(isZero(m));
        for (size_t d = 0; d < 7; ++d) {
            for (size_t h = 0; h < 24; ++h) {
                QCOMPARE(w.engagementHeat[d][h] + w.clickHeat[d][h] + w.orderHeat[d][h] + w.postHeat[d][h], qint64(0));
                QVERIFY(!w.engagementRateHeat[d][h] && !w.ctrHeat[d][h]);
            }
        }
        QVERIFY(isZero(w.periodOverPeriod.current));
        QVERIFY(!w.periodOverPeriod.revenueChange && !w.periodOverPeriod.engagementsChange &&
                !w.periodOverPeriod.impressionsChange);
    }

    const WhyResult why = e.why(filter);
    for (const GoalStatus &g : why.goals)
        QVERIFY(finite(g.actual) && finite(g.attainment) && finite(g.projected));
    for (const TopicShare &t : why.topics)
        QVERIFY(finite(t.shareOfVoice));

    const HowResult how = e.how(filter);
    QCOMPARE(how.total, Cents(0));
    QCOMPARE(how.categories.size(), size_t(8));
    for (const CostCategoryRow &c : how.categories)
        QVERIFY(!c.share && c.amount == 0 && c.hours == 0.0);
    QVERIFY(!how.overheadShare);
    checkKpis(how.costPerStage, true, "how");
    QVERIFY(how.people.empty());

    for (Dimension d : {Dimension::Campaign, Dimension::Channel, Dimension::Person, Dimension::ContentType}) {
        const FunnelResult f = e.funnel(filter, d);
        QVERIFY(f.groups.empty());
        for (const FunnelStep &s : f.total.steps)
            QCOMPARE(s.count, qint64(0));
        QCOMPARE(f.total.rates.size(), size_t(4));
        for (const FunnelRate &r : f.total.rates)
            QVERIFY(!r.rate);
    }

    const RetentionResult r = e.retention(filter);
    QCOMPARE(r.customers, qint64(0));
    QVERIFY(!r.repeatPurchaseRate && !r.aov && !r.purchasesPerYear && !r.clv);
    QVERIFY(r.cohorts.empty());
    QVERIFY(isZero(e.totals(filter)));
}

} // namespace

class TestEmptyViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<AnalysisEngine> load(const QString &path)
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!ws.ok())
            return nullptr;
        NullProgress progress;
        auto engine = AnalysisEngine::load(*ws, progress);
        return engine.ok() ? std::move(engine.value()) : nullptr;
    }

private slots:
    void emptyWorkspace_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::newRow("no filter") << Filter{};
        Filter dates;
        dates.from = toEpochDay(QDate(2024, 1, 1));
        dates.to = toEpochDay(QDate(2024, 12, 31));
        QTest::newRow("dates") << dates;
        Filter unknown;
        unknown.campaignIds = {42};
        unknown.channelIds = {7};
        unknown.personIds = {3};
        unknown.contentTypeIds = {5};
        unknown.personKind = PersonKind::Employee;
        QTest::newRow("unknown ids") << unknown;
    }
    void emptyWorkspace()
    {
        QFETCH(Filter, filter);
        const QString path = m_dir.filePath(QStringLiteral("empty.iroi"));
        if (!QFile::exists(path)) {
            auto created = Workspace::open(path, Workspace::Access::CreateNew);
            QVERIFY(created.ok());
        }
        const auto engine = load(path);
        QVERIFY(engine);
        QCOMPARE(engine->metricRowCount(), qint64(0));
        checkNothingSelected(*engine, filter);
        QVERIFY(engine->why(filter).goals.empty());
        QVERIFY(engine->why(filter).topics.empty());
        QVERIFY(engine->why(filter).whiteSpace.isEmpty());
    }

    void demoFilterMatchingNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("dates after the data") << QStringLiteral("future");
        QTest::newRow("from after to") << QStringLiteral("reversed");
        QTest::newRow("employees in an influencer campaign") << QStringLiteral("employees");
        QTest::newRow("advocate on a channel advocates never use") << QStringLiteral("advocate-youtube");
    }
    void demoFilterMatchingNothing()
    {
        QFETCH(QString, what);
        static std::unique_ptr<AnalysisEngine> engine;
        if (!engine) {
            const QString path = m_dir.filePath(QStringLiteral("demo.iroi"));
            NullProgress progress;
            QVERIFY(generateDemo(path, DemoOptions{}, progress).ok());
            engine = load(path);
        }
        QVERIFY(engine);
        const Catalog &c = engine->catalog();
        Filter filter;
        if (what == QLatin1String("future")) {
            filter.from = toEpochDay(QDate(2030, 1, 1));
            filter.to = toEpochDay(QDate(2030, 12, 31));
        } else if (what == QLatin1String("reversed")) {
            filter.from = toEpochDay(QDate(2025, 3, 1));
            filter.to = toEpochDay(QDate(2025, 2, 1));
        } else if (what == QLatin1String("employees")) {
            filter.personKind = PersonKind::Employee;
            filter.campaignIds = {*c.campaignId(QStringLiteral("New Year Reset 2024"))};
        } else {
            // sanne.bakker posts on Instagram and LinkedIn only (docs/demo-data.md).
            filter.personIds = {*c.personId(QStringLiteral("sanne.bakker"))};
            filter.channelIds = {*c.channelId(QStringLiteral("YouTube"))};
        }
        checkNothingSelected(*engine, filter);
        if (what == QLatin1String("future") || what == QLatin1String("reversed"))
            QVERIFY(engine->why(filter).topics.empty()); // no mentions in those dates
    }
};

QTEST_GUILESS_MAIN(TestEmptyViews)
#include "tst_emptyviews.moc"
