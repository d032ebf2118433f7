#include "app/cli/cli.h"
#include "app/cli/cliio.h"
#include "app/cli/filteroptions.h"

#include "core/analysis/analysisengine.h"
#include "core/report/tablewriter.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace iroi::cli {

namespace {

// A report row keeps its columns in order (QJsonObject sorts keys) and knows how to print
// each value in a table or CSV.
enum class Kind { Text, Int, Money, Ratio, Bool };

struct Field
{
    QString name;
    QJsonValue value; // Null = not computable
    Kind kind = Kind::Text;
};

struct Row
{
    std::vector<Field> fields;
    Row &text(const char *name, const QString &v)
    {
        fields.push_back({QLatin1String(name), v, Kind::Text});
        return *this;
    }
    Row &integer(const char *name, qint64 v)
    {
        fields.push_back({QLatin1String(name), static_cast<double>(v), Kind::Int});
        return *this;
    }
    Row &money(const char *name, Cents v)
    {
        fields.push_back({QLatin1String(name), centsToDouble(v), Kind::Money});
        return *this;
    }
    Row &money(const char *name, OptDouble v)
    {
        fields.push_back({QLatin1String(name), v ? QJsonValue(*v) : QJsonValue(), Kind::Money});
        return *this;
    }
    Row &ratio(const char *name, OptDouble v)
    {
        fields.push_back({QLatin1String(name), v ? QJsonValue(*v) : QJsonValue(), Kind::Ratio});
        return *this;
    }
    Row &flag(const char *name, bool v)
    {
        fields.push_back({QLatin1String(name), v, Kind::Bool});
        return *this;
    }
    QJsonObject toJson() const
    {
        QJsonObject json;
        for (const Field &f : fields)
            json.insert(f.name, f.value);
        return json;
    }
};

QString display(const Field &f)
{
    if (f.value.isNull() || f.value.isUndefined())
        return QStringLiteral("n/a");
    switch (f.kind) {
    case Kind::Text:
        return f.value.toString();
    case Kind::Int:
        return QString::number(static_cast<qint64>(f.value.toDouble()));
    case Kind::Money:
        return QString::number(f.value.toDouble(), 'f', 2);
    case Kind::Ratio:
        return QString::number(f.value.toDouble(), 'f', 4);
    case Kind::Bool:
        return f.value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    }
    return {};
}

// The stage KPIs every grouped view shares.
void addKpis(Row &row, const Totals &t, const Kpis &k)
{
    row.integer("posts", t.posts)
        .integer("impressions", t.impressions)
        .integer("reach", t.reach)
        .integer("views", t.views)
        .integer("follower_growth", t.followerGrowth)
        .integer("engagements", t.engagements)
        .ratio("engagement_rate", k.engagementRate)
        .integer("clicks", t.clicks)
        .ratio("ctr", k.ctr)
        .integer("leads", t.leads)
        .integer("conversions", t.conversions)
        .integer("orders", t.orders)
        .ratio("conversion_rate", k.conversionRate)
        .money("revenue", t.revenue)
        .money("aov", k.aov)
        .money("cost", t.cost)
        .money("cpm", k.cpm)
        .money("cpe", k.cpe)
        .money("cpc", k.cpc)
        .money("cpl", k.cpl)
        .money("cpa", k.cpa)
        .ratio("roi", k.roi)
        .ratio("roas", k.roas)
        .money("emv", OptDouble(t.emv))
        .ratio("emv_roi", k.emvRoi)
        .money("revenue_per_post", k.revenuePerPost)
        .ratio("affinity", k.affinity);
}

Row goalRow(const GoalStatus &g)
{
    Row row;
    row.text("key", g.campaign + QStringLiteral(": ") + g.metric)
        .text("campaign", g.campaign)
        .text("metric", g.metric)
        .ratio("target", g.target)
        .ratio("actual", g.actual)
        .ratio("goal_attainment", g.attainment)
        .ratio("projected", g.projected)
        .text("start", epochDayToIso(g.startDay))
        .text("deadline", epochDayToIso(g.deadlineDay))
        .text("as_of", epochDayToIso(g.asOfDay))
        .text("pacing", g.pacing)
        .flag("on_track", g.onTrack);
    return row;
}

struct Report
{
    std::vector<Row> rows;
    QJsonObject extra; // view-specific sections beside rows (heatmaps, share of voice, ...)
    std::vector<std::pair<QString, std::vector<Row>>> extraTables; // printed after rows in table form
};

QJsonArray toJsonArray(const std::vector<Row> &rows)
{
    QJsonArray array;
    for (const Row &row : rows)
        array.append(row.toJson());
    return array;
}

QJsonArray heatJson(const std::array<std::array<OptDouble, 24>, 7> &heat)
{
    QJsonArray days;
    for (const auto &hours : heat) {
        QJsonArray line;
        for (const OptDouble &v : hours)
            line.append(v ? QJsonValue(*v) : QJsonValue());
        days.append(line);
    }
    return days;
}

template<typename Cell>
QJsonArray heatJson(const std::array<std::array<Cell, 24>, 7> &heat, bool money)
{
    QJsonArray days;
    for (const auto &hours : heat) {
        QJsonArray line;
        for (Cell v : hours)
            line.append(money ? centsToDouble(static_cast<Cents>(v)) : static_cast<double>(v));
        days.append(line);
    }
    return days;
}

Report buildReport(const AnalysisEngine &engine, const QString &view, const Filter &filter, Granularity granularity,
                   Dimension funnelBy)
{
    Report report;
    if (view == QLatin1String("overview")) {
        const OverviewResult o = engine.overview(filter);
        Row row;
        row.text("key", QStringLiteral("all"));
        addKpis(row, o.totals, o.kpis);
        row.integer("brand_mentions", o.brandMentions)
            .integer("customers", o.totals.customers)
            .ratio("repeat_purchase_rate", o.repeatPurchaseRate)
            .money("clv", o.clv)
            .integer("emv_card_version", o.emvCardVersion);
        report.rows.push_back(row);
        std::vector<Row> goals;
        for (const GoalStatus &g : o.goals)
            goals.push_back(goalRow(g));
        report.extra.insert(QStringLiteral("goals"), toJsonArray(goals));
        report.extraTables.emplace_back(QStringLiteral("goals"), goals);
    } else if (view == QLatin1String("who")) {
        for (const PersonScore &s : engine.who(filter)) {
            Row row;
            row.text("key", s.key).text("handle", s.handle).text("kind", s.kind);
            addKpis(row, s.totals, s.kpis);
            row.ratio("audience_fit", s.audienceFit)
                .ratio("trend", s.trend)
                .ratio("vs_group_median", s.vsGroupMedian)
                .flag("superstar", s.superstar)
                .integer("activity_rank", s.activityRank)
                .integer("performance_rank", s.performanceRank)
                .text("recommendation", QLatin1String(recommendationId(s.recommendation).data()))
                .text("reason", s.reason);
            report.rows.push_back(row);
        }
    } else if (view == QLatin1String("what") || view == QLatin1String("where")) {
        const auto groups = view == QLatin1String("what") ? engine.what(filter) : engine.where(filter);
        for (const GroupRow &g : groups) {
            Row row;
            row.text("key", g.key);
            addKpis(row, g.totals, g.kpis);
            report.rows.push_back(row);
        }
    } else if (view == QLatin1String("when")) {
        const WhenResult w = engine.when(filter, granularity);
        for (const SeriesPoint &p : w.series) {
            Row row;
            row.text("key", epochDayToIso(p.day))
                .integer("posts", p.totals.posts)
                .integer("impressions", p.totals.impressions)
                .integer("reach", p.totals.reach)
                .integer("engagements", p.totals.engagements)
                .integer("clicks", p.totals.clicks)
                .integer("leads", p.totals.leads)
                .integer("orders", p.totals.orders)
                .money("revenue", p.totals.revenue)
                .money("cost", p.totals.cost)
                .money("emv", OptDouble(p.totals.emv))
                .money("rolling_revenue", p.rollingRevenue)
                .ratio("rolling_engagements", p.rollingEngagements)
                .money("cumulative_revenue", p.cumulativeRevenue)
                .money("cumulative_cost", p.cumulativeCost);
            report.rows.push_back(row);
        }
        std::vector<Row> months;
        static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (size_t m = 0; m < 12; ++m) {
            const Totals &t = w.byMonth[m];
            Row row;
            row.text("key", QLatin1String(names[m]))
                .integer("impressions", t.impressions)
                .integer("engagements", t.engagements)
                .integer("clicks", t.clicks)
                .integer("orders", t.orders)
                .money("revenue", t.revenue);
            months.push_back(row);
        }
        report.extra.insert(QStringLiteral("seasonality"), toJsonArray(months));
        report.extraTables.emplace_back(QStringLiteral("seasonality by month"), months);
        QJsonObject heat;
        heat.insert(QStringLiteral("rows"), QStringLiteral("day of week, 0 = Monday"));
        heat.insert(QStringLiteral("columns"), QStringLiteral("hour 0-23"));
        heat.insert(QStringLiteral("engagements"), heatJson(w.engagementHeat, false));
        heat.insert(QStringLiteral("clicks"), heatJson(w.clickHeat, false));
        heat.insert(QStringLiteral("orders"), heatJson(w.orderHeat, false));
        heat.insert(QStringLiteral("revenue"), heatJson(w.revenueHeat, true));
        heat.insert(QStringLiteral("posts"), heatJson(w.postHeat, false));
        heat.insert(QStringLiteral("engagement_rate"), heatJson(w.engagementRateHeat));
        heat.insert(QStringLiteral("ctr"), heatJson(w.ctrHeat));
        report.extra.insert(QStringLiteral("heatmap"), heat);
        const PeriodComparison &pop = w.periodOverPeriod;
        Row current, previous;
        current.text("key", QStringLiteral("current %1..%2").arg(epochDayToIso(pop.currentFrom), epochDayToIso(pop.currentTo)));
        addKpis(current, pop.current, deriveKpis(pop.current));
        previous.text("key",
                      QStringLiteral("previous %1..%2").arg(epochDayToIso(pop.previousFrom), epochDayToIso(pop.previousTo)));
        addKpis(previous, pop.previous, deriveKpis(pop.previous));
        Row change;
        change.text("key", QStringLiteral("change"))
            .ratio("revenue", pop.revenueChange)
            .ratio("engagements", pop.engagementsChange)
            .ratio("impressions", pop.impressionsChange);
        report.extra.insert(QStringLiteral("period_over_period"), toJsonArray({current, previous, change}));
    } else if (view == QLatin1String("why")) {
        const WhyResult w = engine.why(filter);
        for (const GoalStatus &g : w.goals)
            report.rows.push_back(goalRow(g));
        std::vector<Row> topics;
        for (const TopicShare &t : w.topics) {
            Row row;
            row.text("key", t.topic)
                .integer("own_mentions", t.ownMentions)
                .integer("all_mentions", t.allMentions)
                .ratio("share_of_voice", t.shareOfVoice)
                .text("leading_brand", t.leadingBrand)
                .flag("white_space", w.whiteSpace.contains(t.topic));
            topics.push_back(row);
        }
        report.extra.insert(QStringLiteral("own_brand"), w.ownBrand);
        report.extra.insert(QStringLiteral("share_of_voice"), toJsonArray(topics));
        report.extra.insert(QStringLiteral("white_space"), QJsonArray::fromStringList(w.whiteSpace));
        report.extraTables.emplace_back(QStringLiteral("share of voice (own brand: %1)").arg(w.ownBrand), topics);
    } else if (view == QLatin1String("how")) {
        const HowResult h = engine.how(filter);
        for (const CostCategoryRow &c : h.categories) {
            Row row;
            row.text("key", c.category).money("cost", c.amount).ratio("share", c.share).ratio("hours", c.hours);
            report.rows.push_back(row);
        }
        Row summary;
        summary.text("key", QStringLiteral("total"))
            .money("cost", h.total)
            .money("overhead", h.overhead)
            .ratio("overhead_share", h.overheadShare)
            .money("cpm", h.costPerStage.cpm)
            .money("cpe", h.costPerStage.cpe)
            .money("cpc", h.costPerStage.cpc)
            .money("cpl", h.costPerStage.cpl)
            .money("cpa", h.costPerStage.cpa);
        std::vector<Row> people;
        for (const PersonCostRow &p : h.people) {
            Row row;
            row.text("key", p.key).money("travel", p.travel).money("shipping", p.shipping).money("cost", p.total);
            people.push_back(row);
        }
        report.extra.insert(QStringLiteral("summary"), summary.toJson());
        report.extra.insert(QStringLiteral("people"), toJsonArray(people));
        report.extraTables.emplace_back(QStringLiteral("summary"), std::vector<Row>{summary});
        report.extraTables.emplace_back(QStringLiteral("cost per person"), people);
    } else if (view == QLatin1String("funnel")) {
        const FunnelResult f = engine.funnel(filter, funnelBy);
        std::vector<FunnelGroup> groups{f.total};
        groups.insert(groups.end(), f.groups.begin(), f.groups.end());
        for (const FunnelGroup &g : groups) {
            Row row;
            row.text("key", g.key);
            for (const FunnelStep &s : g.steps)
                row.fields.push_back({s.metric, static_cast<double>(s.count), Kind::Int});
            for (const FunnelRate &r : g.rates)
                row.fields.push_back({r.to + QStringLiteral("_per_") + r.from,
                                      r.rate ? QJsonValue(*r.rate) : QJsonValue(), Kind::Ratio});
            report.rows.push_back(row);
        }
    } else if (view == QLatin1String("retention")) {
        const RetentionResult r = engine.retention(filter);
        for (const CohortRow &c : r.cohorts) {
            Row row;
            row.text("key", c.key)
                .integer("customers", c.customers)
                .integer("repeat_customers", c.repeatCustomers)
                .ratio("repeat_purchase_rate", c.repeatRate)
                .money("revenue", c.revenue)
                .money("revenue_per_customer", c.revenuePerCustomer);
            report.rows.push_back(row);
        }
        Row summary;
        summary.text("key", QStringLiteral("all"))
            .integer("customers", r.customers)
            .integer("repeat_customers", r.repeatCustomers)
            .ratio("repeat_purchase_rate", r.repeatPurchaseRate)
            .money("aov", r.aov)
            .ratio("purchases_per_year", r.purchasesPerYear)
            .ratio("expected_years", r.expectedYears)
            .money("clv", r.clv);
        report.extra.insert(QStringLiteral("summary"), summary.toJson());
        report.extraTables.emplace_back(QStringLiteral("summary"), std::vector<Row>{summary});
    }
    return report;
}

QString csvCell(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

void printTable(const std::vector<Row> &rows)
{
    if (rows.empty()) {
        out() << "(no rows)\n";
        return;
    }
    if (rows.size() == 1) {
        // One row reads better as "metric  value" lines.
        int width = 0;
        for (const Field &f : rows.front().fields)
            width = std::max(width, static_cast<int>(f.name.size()));
        for (const Field &f : rows.front().fields)
            out() << f.name.leftJustified(width + 2) << display(f) << '\n';
        return;
    }
    const std::vector<Field> &header = rows.front().fields;
    std::vector<int> widths;
    for (size_t c = 0; c < header.size(); ++c) {
        int w = static_cast<int>(header[c].name.size());
        for (const Row &row : rows) {
            if (c < row.fields.size())
                w = std::max(w, static_cast<int>(display(row.fields[c]).size()));
        }
        widths.push_back(std::min(w, 60));
    }
    for (size_t c = 0; c < header.size(); ++c)
        out() << (header[c].kind == Kind::Text ? header[c].name.leftJustified(widths[c])
                                               : header[c].name.rightJustified(widths[c]))
              << (c + 1 < header.size() ? "  " : "\n");
    for (const Row &row : rows) {
        for (size_t c = 0; c < row.fields.size() && c < widths.size(); ++c) {
            const QString text = display(row.fields[c]);
            out() << (row.fields[c].kind == Kind::Text ? text.leftJustified(widths[c]) : text.rightJustified(widths[c]))
                  << (c + 1 < row.fields.size() ? "  " : "\n");
        }
    }
}

void printCsv(const std::vector<Row> &rows)
{
    if (rows.empty())
        return;
    QStringList header;
    for (const Field &f : rows.front().fields)
        header << csvCell(f.name);
    out() << header.join(QLatin1Char(',')) << '\n';
    for (const Row &row : rows) {
        QStringList cells;
        for (const Field &f : row.fields) {
            // CSV leaves undefined values empty, so a spreadsheet does not read "n/a" as text data.
            if (f.value.isNull())
                cells << QString();
            else if (f.kind == Kind::Ratio)
                cells << QString::number(f.value.toDouble(), 'g', 10);
            else if (f.kind == Kind::Text) // names come from imported files: no formulas
                cells << csvCell(report::neutraliseFormula(display(f)));
            else
                cells << csvCell(display(f));
        }
        out() << cells.join(QLatin1Char(',')) << '\n';
    }
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("Workspace file (.iroi)."));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("overview, who, what, where, when, why, how, funnel or retention."),
                                  QStringLiteral("VIEW"));
    const FilterOptions filterOptions;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption granularity(QStringLiteral("granularity"),
                                         QStringLiteral("when: day, week (default) or month."), QStringLiteral("UNIT"),
                                         QStringLiteral("week"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("funnel: group by campaign, person, channel (default) or content-type."),
                                QStringLiteral("DIMENSION"), QStringLiteral("channel"));
    parser.addOption(view);
    filterOptions.addTo(parser);
    parser.addOptions({format, granularity, by});
    if (int code = parseOrExit(parser, arguments, QStringLiteral("Compute one view of the analysis for a filter."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("report needs exactly one workspace file"));
    static const QStringList views = {QStringLiteral("overview"), QStringLiteral("who"),     QStringLiteral("what"),
                                      QStringLiteral("where"),    QStringLiteral("when"),    QStringLiteral("why"),
                                      QStringLiteral("how"),      QStringLiteral("funnel"),  QStringLiteral("retention")};
    const QString viewName = parser.value(view);
    if (!views.contains(viewName))
        return usageError(QStringLiteral("--view must be one of %1").arg(views.join(QStringLiteral(", "))));
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("table") && formatName != QLatin1String("csv") &&
        formatName != QLatin1String("json"))
        return usageError(QStringLiteral("--format must be table, csv or json"));
    Granularity unit = Granularity::Week;
    if (parser.value(granularity) == QLatin1String("day"))
        unit = Granularity::Day;
    else if (parser.value(granularity) == QLatin1String("month"))
        unit = Granularity::Month;
    else if (parser.value(granularity) != QLatin1String("week"))
        return usageError(QStringLiteral("--granularity must be day, week or month"));
    Dimension funnelBy = Dimension::Channel;
    if (parser.value(by) == QLatin1String("campaign"))
        funnelBy = Dimension::Campaign;
    else if (parser.value(by) == QLatin1String("person"))
        funnelBy = Dimension::Person;
    else if (parser.value(by) == QLatin1String("content-type"))
        funnelBy = Dimension::ContentType;
    else if (parser.value(by) != QLatin1String("channel"))
        return usageError(QStringLiteral("--by must be campaign, person, channel or content-type"));

    auto workspace = Workspace::open(parser.positionalArguments().constFirst(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.error());
    NullProgress progress;
    auto engine = AnalysisEngine::load(*workspace, progress);
    if (!engine)
        return fail(engine.error());
    const Catalog &catalog = (*engine)->catalog();

    const std::optional<Filter> resolved = filterOptions.resolve(parser, catalog);
    if (!resolved)
        return BadInput;
    const Filter &filter = *resolved;

    const Report report = buildReport(**engine, viewName, filter, unit, funnelBy);
    if (formatName == QLatin1String("json")) {
        QJsonObject json = report.extra;
        json.insert(QStringLiteral("view"), viewName);
        QJsonObject filterJson = filter.toJson();
        filterJson.insert(QStringLiteral("currency"), catalog.currency);
        // The names as given on the command line, beside the workspace ids.
        filterJson.insert(QStringLiteral("campaign_names"), QJsonArray::fromStringList(parser.values(filterOptions.campaign)));
        filterJson.insert(QStringLiteral("channel_names"), QJsonArray::fromStringList(parser.values(filterOptions.channel)));
        filterJson.insert(QStringLiteral("person_handles"), QJsonArray::fromStringList(parser.values(filterOptions.person)));
        filterJson.insert(QStringLiteral("content_type_names"), QJsonArray::fromStringList(parser.values(filterOptions.contentType)));
        json.insert(QStringLiteral("filter"), filterJson);
        json.insert(QStringLiteral("rows"), toJsonArray(report.rows));
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else if (formatName == QLatin1String("csv")) {
        printCsv(report.rows);
    } else {
        printTable(report.rows);
        for (const auto &[title, rows] : report.extraTables) {
            out() << '\n' << title << '\n';
            printTable(rows);
        }
    }
    return Ok;
}

} // namespace iroi::cli
