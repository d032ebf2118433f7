#include "core/report/outline.h"

#include "core/analysis/analysisengine.h"
#include "core/analysis/metrics.h"
#include "core/planning/scenario.h"
#include "core/report/findings.h"
#include "core/store/workspace.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace iroi::report {

namespace {

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString dayText(EpochDay day)
{
    return day == kNoDay ? QString() : english().toString(fromEpochDay(day), QStringLiteral("d MMMM yyyy"));
}

QString ratioText(const OptDouble &value, int decimals = 2)
{
    return value ? english().toString(*value, 'f', decimals) : QStringLiteral("n/a");
}

QString percentOrNa(const OptDouble &value, int decimals = 1)
{
    return value ? percentText(*value, decimals) : QStringLiteral("n/a");
}

QString moneyOrNa(const OptDouble &units, const QString &currency)
{
    return units ? moneyCents(*units, currency) : QStringLiteral("n/a");
}

Table definitionsTable()
{
    Table table;
    table.name = QStringLiteral("Definitions");
    table.columns = {{QStringLiteral("Metric"), ColumnKind::Text}, {QStringLiteral("Definition"), ColumnKind::Text}};
    for (const MetricDef &def : metricDefinitions())
        table.rows.push_back({QString::fromUtf8(def.name.data(), static_cast<qsizetype>(def.name.size())),
                              QString::fromUtf8(def.definition.data(), static_cast<qsizetype>(def.definition.size()))});
    return table;
}

} // namespace

std::vector<GoalStatus> goalsForPage(const std::vector<GoalStatus> &goals)
{
    if (goals.size() <= static_cast<std::size_t>(kMaxGoalsOnPage))
        return goals;
    std::vector<std::size_t> order(goals.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto key = [&](std::size_t i) { return goals[i].attainment.value_or(1e300); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    order.resize(static_cast<std::size_t>(kMaxGoalsOnPage));
    std::sort(order.begin(), order.end());
    std::vector<GoalStatus> picked;
    for (std::size_t i : order)
        picked.push_back(goals[i]);
    return picked;
}

quint32 parseColour(const QString &text, quint32 fallback)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1Char('#')))
        hex.remove(0, 1);
    bool ok = false;
    const uint value = hex.toUInt(&ok, 16);
    return ok && hex.size() == 6 ? static_cast<quint32>(value) : fallback;
}

QString describePeriod(const Filter &filter, const Catalog &catalog)
{
    const EpochDay from = filter.from != kNoDay ? filter.from : catalog.firstDay;
    const EpochDay to = filter.to != kNoDay ? filter.to : catalog.lastDay;
    if (from == kNoDay || to == kNoDay)
        return QStringLiteral("No data yet");
    return dayText(from) + QStringLiteral(" \u2013 ") + dayText(to);
}

QString describeFilter(const Filter &filter, const Catalog &catalog)
{
    QStringList parts;
    const auto names = [](const std::vector<qint64> &ids, auto name) {
        QStringList list;
        for (qint64 id : ids)
            list << name(id);
        return joinNames(list);
    };
    if (!filter.campaignIds.empty())
        parts << (filter.campaignIds.size() == 1 ? QStringLiteral("campaign ") : QStringLiteral("campaigns "))
                     + names(filter.campaignIds, [&](qint64 id) { return catalog.campaignName(id); });
    if (!filter.channelIds.empty())
        parts << (filter.channelIds.size() == 1 ? QStringLiteral("channel ") : QStringLiteral("channels "))
                     + names(filter.channelIds, [&](qint64 id) { return catalog.channelName(id); });
    if (!filter.contentTypeIds.empty())
        parts << (filter.contentTypeIds.size() == 1 ? QStringLiteral("content type ") : QStringLiteral("content types "))
                     + names(filter.contentTypeIds, [&](qint64 id) { return catalog.contentTypeName(id); });
    if (!filter.personIds.empty())
        parts << (filter.personIds.size() == 1 ? QStringLiteral("person ") : QStringLiteral("people "))
                     + names(filter.personIds, [&](qint64 id) { return catalog.personName(id); });
    if (filter.personKind)
        parts << (*filter.personKind == PersonKind::Employee ? QStringLiteral("employee advocates only")
                                                             : QStringLiteral("influencers only"));
    if (parts.isEmpty())
        return QStringLiteral("All campaigns, channels, people and content");
    QString text = parts.join(QStringLiteral("; "));
    text[0] = text[0].toUpper();
    return text;
}

ReportOutline composeOutline(ReportData data, ReportMeta meta)
{
    ReportOutline outline;
    outline.meta = std::move(meta);
    outline.data = std::move(data);
    const ReportData &d = outline.data;
    const QString &currency = outline.meta.currency;
    const Totals &t = d.overview.totals;
    const Kpis &k = d.overview.kpis;

    ReportPage title;
    title.kind = ReportPage::Kind::Title;
    title.title = outline.meta.workspaceName;
    title.subtitle = outline.meta.period;
    outline.pages.push_back(title);

    ReportPage kpis;
    kpis.kind = ReportPage::Kind::Kpis;
    kpis.title = QStringLiteral("Headline figures");
    kpis.subtitle = outline.meta.filterText;
    const QString money = QStringLiteral("Return");
    kpis.tiles = {
        {money, QStringLiteral("Fully loaded cost"), moneyWhole(centsToDouble(t.cost), currency), QStringLiteral("every cost category")},
        {money, QStringLiteral("Attributed revenue"), moneyWhole(centsToDouble(t.revenue), currency),
         QStringLiteral("%1 orders").arg(countText(static_cast<double>(t.orders)))},
        {money, QStringLiteral("ROI"), percentOrNa(k.roi, 0), QStringLiteral("(revenue \u2212 cost) / cost")},
        {money, QStringLiteral("ROAS"), ratioText(k.roas), QStringLiteral("revenue / cost")},
        {money, QStringLiteral("EMV"), moneyWhole(t.emv, currency),
         d.overview.emvCardVersion > 0 ? QStringLiteral("rate card v%1, beside ROI").arg(d.overview.emvCardVersion)
                                       : QStringLiteral("no rate card")},
        {QStringLiteral("Awareness"), QStringLiteral("Impressions"), countText(static_cast<double>(t.impressions)),
         QStringLiteral("CPM %1").arg(moneyOrNa(k.cpm, currency))},
        {QStringLiteral("Awareness"), QStringLiteral("Reach"), countText(static_cast<double>(t.reach)),
         QStringLiteral("summed daily reach")},
        {QStringLiteral("Consideration"), QStringLiteral("Engagements"), countText(static_cast<double>(t.engagements)),
         QStringLiteral("rate %1 of reach").arg(percentOrNa(k.engagementRate))},
        {QStringLiteral("Consideration"), QStringLiteral("Clicks"), countText(static_cast<double>(t.clicks)),
         QStringLiteral("CTR %1 of impressions").arg(percentOrNa(k.ctr, 2))},
        {QStringLiteral("Purchase"), QStringLiteral("Orders"), countText(static_cast<double>(t.orders)),
         QStringLiteral("CPA %1").arg(moneyOrNa(k.cpa, currency))},
        {QStringLiteral("Purchase"), QStringLiteral("Conversion rate"), percentOrNa(k.conversionRate, 2),
         QStringLiteral("orders / clicks")},
        {QStringLiteral("Retention"), QStringLiteral("Repeat purchase rate"), percentOrNa(d.overview.repeatPurchaseRate),
         QStringLiteral("customers with 2+ orders")},
        {QStringLiteral("Retention"), QStringLiteral("Customer lifetime value"), moneyOrNa(d.overview.clv, currency),
         QStringLiteral("simple CLV")},
    };
    if (auto s = roiSentence(t.revenue, t.cost, currency))
        kpis.findings << *s;
    if (auto s = emvSentence(t.emv, currency, d.overview.emvCardVersion, d.overview.emvCardName))
        kpis.findings << *s;
    outline.pages.push_back(kpis);

    const auto chartPage = [&](QString pageTitle, QString subtitle, ReportChart chart, QStringList findings) {
        ReportPage page;
        page.kind = ReportPage::Kind::Chart;
        page.title = std::move(pageTitle);
        page.subtitle = std::move(subtitle);
        page.chart = chart;
        page.findings = std::move(findings);
        outline.pages.push_back(std::move(page));
    };
    chartPage(QStringLiteral("The funnel"), QStringLiteral("From impressions to repeat customers"), ReportChart::Funnel,
              funnelFindings(d.funnel, 3));
    chartPage(QStringLiteral("Who drives the results"), QStringLiteral("Top people by attributed revenue, with cost"),
              ReportChart::PeopleRevenue, whoFindings(d.who, currency, 3));
    chartPage(QStringLiteral("Where: channels"), QStringLiteral("Attributed revenue and fully loaded cost per channel"),
              ReportChart::ChannelRevenueCost,
              groupFindings(d.where, QStringLiteral("channel"), QStringLiteral("channels"), currency, 3));
    chartPage(QStringLiteral("What: content types"), QStringLiteral("Attributed revenue and fully loaded cost per content type"),
              ReportChart::ContentTypeRevenueCost,
              groupFindings(d.what, QStringLiteral("content type"), QStringLiteral("content types"), currency, 3));
    chartPage(QStringLiteral("When: the trend"), QStringLiteral("Attributed revenue per week with its four-week rolling average"),
              ReportChart::Trend, whenFindings(d.when, currency, 3));
    {
        QStringList slot;
        if (auto s = bestRateSlotSentence(d.when.engagementRateHeat, d.when.postHeat, QStringLiteral("engagement rate")))
            slot << *s;
        if (auto s = bestSlotSentence(d.when.orderHeat, QStringLiteral("orders")))
            slot << s->replace(QStringLiteral("posting slot"), QStringLiteral("ordering slot"));
        chartPage(QStringLiteral("When: day and hour"), QStringLiteral("Engagement rate per post by publishing day and hour"),
                  ReportChart::EngagementHeatmap, slot);
    }
    if (!d.why.topics.empty())
        chartPage(QStringLiteral("Why: share of voice"), QStringLiteral("Own brand against competitors per topic"),
                  ReportChart::ShareOfVoice, shareOfVoiceFindings(d.why, 3));
    if (!d.why.goals.empty())
        chartPage(QStringLiteral("Why: goals"),
                  d.why.goals.size() > static_cast<std::size_t>(kMaxGoalsOnPage)
                      ? QStringLiteral("Attainment and projection of the %1 goals furthest from target (of %2)")
                            .arg(kMaxGoalsOnPage)
                            .arg(d.why.goals.size())
                      : QStringLiteral("Attainment and projection per goal"),
                  ReportChart::GoalAttainment, goalFindings(d.why.goals, currency, 2));
    chartPage(QStringLiteral("How: cost and overhead"), QStringLiteral("Fully loaded cost by category"),
              ReportChart::CostBreakdown, howFindings(d.how, currency, 3));

    if (!outline.meta.scenarios.empty()) {
        ReportPage page;
        page.kind = ReportPage::Kind::Table;
        page.title = QStringLiteral("Planner scenarios");
        page.subtitle = QStringLiteral("Saved what-if plans in this workspace");
        page.table.name = QStringLiteral("Scenarios");
        page.table.columns = {{QStringLiteral("Scenario"), ColumnKind::Text},
                              {QStringLiteral("Period"), ColumnKind::Text},
                              {QStringLiteral("Objective"), ColumnKind::Text},
                              {QStringLiteral("Lines"), ColumnKind::Integer},
                              {QStringLiteral("Total spend"), ColumnKind::Money}};
        for (const ScenarioRow &s : outline.meta.scenarios)
            page.table.rows.push_back({s.name, s.period, s.objective, static_cast<double>(s.lines), s.totalSpend});
        outline.pages.push_back(page);
    }

    ReportPage appendix;
    appendix.kind = ReportPage::Kind::Table;
    appendix.title = QStringLiteral("Appendix: metric definitions");
    appendix.subtitle = QStringLiteral("Every ratio names its denominator");
    appendix.table = definitionsTable();
    outline.pages.push_back(appendix);
    return outline;
}

Result<ReportOutline> buildOutline(Workspace &workspace, const AnalysisEngine &engine, const Filter &filter)
{
    const Catalog &catalog = engine.catalog();
    ReportMeta meta;
    meta.currency = catalog.currency;
    meta.workspaceName = workspace.setting(QStringLiteral("workspace.name"));
    if (meta.workspaceName.isEmpty())
        meta.workspaceName = QFileInfo(workspace.path()).completeBaseName();
    meta.period = describePeriod(filter, catalog);
    meta.filterText = describeFilter(filter, catalog);
    meta.generatedOn = english().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
    meta.brand.company = workspace.setting(QStringLiteral("brand.company"));
    meta.brand.logoPath = workspace.setting(QStringLiteral("brand.logo"));
    meta.brand.primary = parseColour(workspace.setting(QStringLiteral("brand.primary")), meta.brand.primary);
    meta.brand.accent = parseColour(workspace.setting(QStringLiteral("brand.accent")), meta.brand.accent);

    ScenarioStore store(workspace);
    if (auto list = store.list()) {
        for (const ScenarioSummary &summary : *list) {
            if (!summary.valid)
                continue;
            auto scenario = store.load(summary.name);
            if (!scenario)
                continue;
            ScenarioRow row;
            row.name = scenario->name;
            row.period = scenario->from != kNoDay && scenario->to != kNoDay
                             ? dayText(scenario->from) + QStringLiteral(" \u2013 ") + dayText(scenario->to)
                             : QStringLiteral("%1 weeks").arg(scenario->weeks);
            row.objective = objectiveName(scenario->objective);
            row.totalSpend = scenario->totalSpend();
            row.lines = static_cast<int>(scenario->lines.size());
            meta.scenarios.push_back(row);
        }
    }

    ReportData data;
    data.overview = engine.overview(filter);
    data.who = engine.who(filter);
    data.where = engine.where(filter);
    data.what = engine.what(filter);
    data.when = engine.when(filter, Granularity::Week, 4);
    data.why = engine.why(filter);
    data.how = engine.how(filter);
    data.funnel = engine.funnel(filter, Dimension::Channel);
    return composeOutline(std::move(data), std::move(meta));
}

} // namespace iroi::report
