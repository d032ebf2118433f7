// Charts over groups (channels, content types, people, campaigns) and costs.
#include "ui/charts/chartbuilders.h"
#include "ui/charts/chartsupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace iroi::ui {

using namespace detail;

QString dimensionId(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Campaign:
        return QStringLiteral("campaign");
    case Dimension::Channel:
        return QStringLiteral("channel");
    case Dimension::Person:
        return QStringLiteral("person");
    case Dimension::ContentType:
        return QStringLiteral("content_type");
    }
    return {};
}

DrillTarget drillTarget(const QChart *chart, int index)
{
    const QVariantList ids = chart->property("iroi.ids").toList();
    if (index < 0 || index >= ids.size())
        return {};
    return {chart->property("iroi.dimension").toString(), ids.at(index).toLongLong()};
}

namespace {

double displayValue(std::string_view metricId, const OptDouble &v)
{
    if (!v)
        return 0.0;
    const MetricDef *def = findMetric(metricId);
    if (def && (def->unit == MetricUnit::Percent || metricId == "roi" || metricId == "emv_roi"))
        return *v * 100.0;
    return *v;
}

AxisUnit axisUnitFor(std::string_view metricId)
{
    const MetricDef *def = findMetric(metricId);
    if (!def)
        return AxisUnit::Plain;
    if (def->unit == MetricUnit::Percent || metricId == "roi" || metricId == "emv_roi")
        return AxisUnit::Percent;
    if (def->unit == MetricUnit::Currency)
        return AxisUnit::Money;
    return def->unit == MetricUnit::Count ? AxisUnit::Count : AxisUnit::Plain;
}

} // namespace

QChart *buildGroupMetricChart(const std::vector<GroupRow> &rows, std::string_view metricId, Dimension dimension,
                              const ChartStyle &style, const QString &title)
{
    const std::string id(metricId);
    QChart *chart = newChart(title.isEmpty() ? metricLabel(metricId) : title, style);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(metricLabel(metricId));
    set->setColor(style.accent);
    set->setBorderColor(style.accent);
    QStringList categories;
    QVariantList ids;
    double minValue = 0.0, maxValue = 0.0;
    const int n = static_cast<int>(rows.size());
    for (int i = n - 1; i >= 0; --i) {
        const GroupRow &row = rows[static_cast<size_t>(i)];
        const OptDouble v = metricValue(row.totals, row.kpis, id);
        const double d = displayValue(id, v);
        set->append(d);
        minValue = std::min(minValue, d);
        maxValue = std::max(maxValue, d);
        categories << shortLabel(groupKey(row.key)) + QStringLiteral("  ") + formatMetric(id, v, style);
        ids << row.id;
    }
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QValueAxis *axisX = newValueAxis(minValue, maxValue, axisUnitFor(metricId), style);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    styleAxis(axisY, style, QString());
    styleAxis(axisX, style, metricAxisTitle(metricId, style));
    chart->legend()->setVisible(false);
    setDrillIds(chart, dimensionId(dimension), ids);
    barTooltips(series, chart, [rows, id, n, style](QBarSet *, int index) {
        const GroupRow &row = rows[static_cast<size_t>(n - 1 - index)];
        return groupKey(row.key) + QLatin1Char('\n') + metricTooltip(id, metricValue(row.totals, row.kpis, id), style);
    });
    return chart;
}

QChart *buildRevenueCostChart(const std::vector<GroupRow> &rows, Dimension dimension, const ChartStyle &style,
                              const QString &title)
{
    // Horizontal bars: group names (and their ROI) read on the left at full length instead of
    // being cut under narrow columns.
    QChart *chart = newChart(title.isEmpty() ? trc("Revenue against fully loaded cost") : title, style);
    auto *series = new QHorizontalBarSeries;
    auto *revenue = new QBarSet(metricLabel("revenue"));
    auto *cost = new QBarSet(metricLabel("cost"));
    revenue->setColor(style.seriesColor(2));
    revenue->setBorderColor(style.seriesColor(2));
    cost->setColor(style.seriesColor(5));
    cost->setBorderColor(style.seriesColor(5));
    QStringList categories;
    QVariantList ids;
    double maxValue = 1.0;
    const int n = static_cast<int>(rows.size());
    // The series draws index 0 at the bottom: append last first so the first row is on top.
    for (int i = n - 1; i >= 0; --i) {
        const GroupRow &row = rows[static_cast<size_t>(i)];
        const double r = centsToDouble(row.totals.revenue), c = centsToDouble(row.totals.cost);
        revenue->append(r);
        cost->append(c);
        maxValue = std::max({maxValue, r, c});
        QString label = shortLabel(groupKey(row.key), 26);
        if (row.kpis.roi)
            label += QStringLiteral(" \u00b7 ") + trc("ROI ") + formatMetric("roi", row.kpis.roi, style);
        categories << label;
        ids << row.id;
    }
    // The legend lists revenue first, as the bars read top-down (revenue above cost).
    series->append(cost);
    series->append(revenue);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QValueAxis *axisX = newValueAxis(0.0, maxValue, AxisUnit::Money, style, 4);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    styleAxis(axisY, style, QString());
    styleAxis(axisX, style, trc("Amount (%1)").arg(style.currency));
    // Revenue first in the legend, matching the reading order of each pair of bars.
    chart->legend()->setReverseMarkers(true);
    // Drill ids follow the category (bar) index, which counts from the bottom.
    setDrillIds(chart, dimensionId(dimension), ids);
    barTooltips(series, chart, [rows, n, style](QBarSet *, int index) {
        const GroupRow &row = rows[static_cast<size_t>(n - 1 - index)];
        return groupKey(row.key) + QLatin1Char('\n') +
               metricTooltip("revenue", centsToDouble(row.totals.revenue), style) + QLatin1Char('\n') +
               metricTooltip("cost", centsToDouble(row.totals.cost), style) + QLatin1Char('\n') +
               metricTooltip("roi", row.kpis.roi, style);
    });
    return chart;
}

QChart *buildActivityPerformanceChart(const std::vector<PersonScore> &people, const ChartStyle &style)
{
    QChart *chart = newChart(trc("Activity vs performance: posts against revenue per post"), style);
    auto *others = new QScatterSeries;
    others->setName(trc("People"));
    others->setColor(style.seriesColor(4));
    others->setBorderColor(style.seriesColor(4).darker(130));
    others->setMarkerSize(9.0);
    auto *stars = new QScatterSeries;
    stars->setName(trc("Superstars (together ≥ 50 % of revenue)"));
    stars->setColor(style.seriesColor(1));
    stars->setBorderColor(style.seriesColor(1).darker(140));
    stars->setMarkerSize(13.0);
    double maxX = 1.0, maxY = 1.0;
    QVariantList otherIds, starIds;
    for (const PersonScore &p : people) {
        // No revenue per post (no posts) is n/a: the person is left out rather than put at 0.
        if (!p.kpis.revenuePerPost || p.totals.posts == 0)
            continue;
        const QPointF point(static_cast<double>(p.totals.posts), *p.kpis.revenuePerPost);
        maxX = std::max(maxX, point.x());
        maxY = std::max(maxY, point.y());
        if (p.superstar) {
            stars->append(point);
            starIds << p.personId;
        } else {
            others->append(point);
            otherIds << p.personId;
        }
    }
    chart->addSeries(others);
    chart->addSeries(stars);
    QValueAxis *axisX = newValueAxis(0.0, maxX, AxisUnit::Count, style);
    QValueAxis *axisY = newValueAxis(0.0, maxY, AxisUnit::Money, style);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    std::vector<QAbstractSeries *> attached = {others, stars};
    // A scatter's point label format is literal text with @-placeholders, so a one-point
    // series per superstar whose format is the person's name labels that point by name.
    for (const PersonScore &p : people) {
        if (!p.superstar || !p.kpis.revenuePerPost || p.totals.posts == 0)
            continue;
        auto *label = new QScatterSeries;
        label->append(static_cast<double>(p.totals.posts), *p.kpis.revenuePerPost);
        label->setMarkerSize(1.0);
        label->setColor(Qt::transparent);
        label->setBorderColor(Qt::transparent);
        label->setPointLabelsVisible(true);
        label->setPointLabelsColor(style.text);
        label->setPointLabelsFont(style.labelFont);
        label->setPointLabelsClipping(false);
        QString name = shortLabel(p.key, 18);
        name.replace(QLatin1Char('@'), QStringLiteral("(at)"));
        label->setPointLabelsFormat(name);
        chart->addSeries(label);
        hideFromLegend(chart, label);
        attached.push_back(label);
    }
    for (QAbstractSeries *s : attached) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    styleAxis(axisX, style, trc("Activity: posts in the filter"));
    styleAxis(axisY, style, trc("Performance: revenue per post (%1)").arg(style.currency));
    others->setProperty("iroi.ids", otherIds);
    stars->setProperty("iroi.ids", starIds);
    others->setProperty("iroi.dimension", QStringLiteral("person"));
    stars->setProperty("iroi.dimension", QStringLiteral("person"));
    auto describe = [people, style](const QPointF &point) {
        for (const PersonScore &p : people)
            if (p.kpis.revenuePerPost && std::abs(static_cast<double>(p.totals.posts) - point.x()) < 1e-9 &&
                std::abs(*p.kpis.revenuePerPost - point.y()) < 1e-6)
                return p.key + QLatin1Char('\n') + metricTooltip("posts", static_cast<double>(p.totals.posts), style) +
                       QLatin1Char('\n') + metricTooltip("revenue_per_post", p.kpis.revenuePerPost, style) +
                       QLatin1Char('\n') + trc("Activity rank %1, performance rank %2")
                                               .arg(p.activityRank)
                                               .arg(p.performanceRank);
        return QString();
    };
    pointTooltips(others, chart, describe);
    pointTooltips(stars, chart, describe);
    return chart;
}

QChart *buildPeopleRevenueChart(const std::vector<PersonScore> &people, int top, const ChartStyle &style)
{
    QChart *chart = newChart(trc("Top people by attributed revenue, with their cost"), style);
    auto *series = new QHorizontalBarSeries;
    auto *revenue = new QBarSet(metricLabel("revenue"));
    auto *cost = new QBarSet(metricLabel("cost"));
    revenue->setColor(style.seriesColor(2));
    revenue->setBorderColor(style.seriesColor(2));
    cost->setColor(style.seriesColor(5));
    cost->setBorderColor(style.seriesColor(5));
    QStringList categories;
    QVariantList ids;
    const int n = std::min<int>(top, static_cast<int>(people.size()));
    double maxValue = 1.0;
    bool hasStar = false;
    for (int i = n - 1; i >= 0; --i) {
        const PersonScore &p = people[static_cast<size_t>(i)];
        hasStar = hasStar || p.superstar;
        revenue->append(centsToDouble(p.totals.revenue));
        cost->append(centsToDouble(p.totals.cost));
        maxValue = std::max({maxValue, centsToDouble(p.totals.revenue), centsToDouble(p.totals.cost)});
        categories << (p.superstar ? QStringLiteral("★ ") : QString()) + shortLabel(p.key);
        ids << p.personId;
    }
    // Cost first so that revenue, the headline, is the upper bar of each pair.
    series->append(cost);
    series->append(revenue);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QValueAxis *axisX = newValueAxis(0.0, maxValue, AxisUnit::Money, style, 4);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    styleAxis(axisY, style, hasStar ? trc("★ = superstar (together ≥ 50 % of revenue)") : QString());
    styleAxis(axisX, style, trc("Amount (%1)").arg(style.currency));
    chart->legend()->setReverseMarkers(true);
    setDrillIds(chart, QStringLiteral("person"), ids);
    barTooltips(series, chart, [people, n, style](QBarSet *, int index) {
        const PersonScore &p = people[static_cast<size_t>(n - 1 - index)];
        return p.key + QLatin1Char('\n') + metricTooltip("revenue", centsToDouble(p.totals.revenue), style) +
               QLatin1Char('\n') + metricTooltip("cost", centsToDouble(p.totals.cost), style) + QLatin1Char('\n') +
               metricTooltip("roi", p.kpis.roi, style);
    });
    return chart;
}

QChart *buildRoiCostStackChart(const std::vector<GroupCostBreakdown> &groups, Dimension dimension,
                               const ChartStyle &style)
{
    QChart *chart = newChart(trc("Cost by category and ROI"), style);
    auto *series = new QStackedBarSeries;
    QStringList categories;
    QVariantList ids;
    std::vector<double> totals(groups.size(), 0.0);
    const size_t categoryCount = groups.empty() ? 0 : groups.front().categories.size();
    for (size_t c = 0; c < categoryCount; ++c) {
        auto *set = new QBarSet(costCategoryLabel(groups.front().categories[c].category));
        set->setColor(style.seriesColor(static_cast<int>(c)));
        set->setBorderColor(style.seriesColor(static_cast<int>(c)));
        for (size_t g = 0; g < groups.size(); ++g) {
            const double v = c < groups[g].categories.size() ? centsToDouble(groups[g].categories[c].amount) : 0.0;
            set->append(v);
            totals[g] += v;
        }
        series->append(set);
    }
    for (const GroupCostBreakdown &g : groups) {
        categories << shortLabel(groupKey(g.key), 14);
        ids << g.id;
    }
    chart->addSeries(series);
    auto *roi = new QLineSeries;
    // Short, so the legend holds every cost category and this line on one row.
    roi->setName(trc("ROI (right axis)"));
    QPen pen(style.text);
    pen.setWidthF(2.0);
    roi->setPen(pen);
    roi->setPointsVisible(true);
    double roiMin = 0.0, roiMax = 10.0;
    for (size_t g = 0; g < groups.size(); ++g) {
        if (!groups[g].roi)
            continue; // n/a is a gap in the line
        const double v = *groups[g].roi * 100.0;
        roi->append(static_cast<double>(g), v);
        roiMin = std::min(roiMin, v);
        roiMax = std::max(roiMax, v);
    }
    chart->addSeries(roi);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QValueAxis *axisY = newValueAxis(0.0, totals.empty() ? 1.0 : *std::max_element(totals.begin(), totals.end()),
                                     AxisUnit::Money, style);
    QValueAxis *axisRoi = newValueAxis(roiMin, roiMax, AxisUnit::Percent, style);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisRoi, Qt::AlignRight);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    roi->attachAxis(axisX);
    roi->attachAxis(axisRoi);
    styleAxis(axisX, style, QString());
    styleAxis(axisY, style, trc("Fully loaded cost (%1)").arg(style.currency));
    styleAxis(axisRoi, style, trc("ROI (%)"));
    axisRoi->setGridLineVisible(false);
    setDrillIds(chart, dimensionId(dimension), ids);
    barTooltips(series, chart, [groups, style](QBarSet *set, int index) {
        const GroupCostBreakdown &g = groups[static_cast<size_t>(index)];
        Cents total = 0;
        for (const CostCategoryRow &c : g.categories)
            total += c.amount;
        return groupKey(g.key) + QLatin1Char('\n') + set->label() + QStringLiteral(": ") +
               formatMoneyValue(set->at(index), style) + QLatin1Char('\n') +
               metricTooltip("cost", centsToDouble(total), style) + QLatin1Char('\n') +
               metricTooltip("roi", g.roi, style);
    });
    return chart;
}

QChart *buildCostBreakdownChart(const HowResult &how, const ChartStyle &style)
{
    QChart *chart = newChart(trc("Fully loaded cost by category"), style);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(metricLabel("cost"));
    set->setColor(style.seriesColor(5));
    set->setBorderColor(style.seriesColor(5));
    QStringList categories;
    double maxValue = 1.0;
    std::vector<CostCategoryRow> rows = how.categories;
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.amount < b.amount; });
    for (const CostCategoryRow &row : rows) {
        const double v = centsToDouble(row.amount);
        set->append(v);
        maxValue = std::max(maxValue, v);
        // A share that rounds to 0 still cost something: "<1 %" rather than a misleading "0 %"
        // (escaped: axis labels are rich text).
        const QString share = row.share && *row.share > 0.0 && *row.share < 0.005 ? trc("&lt;1 %") : formatPercent(row.share, 0);
        categories << costCategoryLabel(row.category) + QStringLiteral("  ") + formatMoneyValue(v, style) +
                          QStringLiteral(" · ") + share;
    }
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QValueAxis *axisX = newValueAxis(0.0, maxValue, AxisUnit::Money, style, 4);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    styleAxis(axisY, style, QString());
    styleAxis(axisX, style, trc("Cost (%1)").arg(style.currency));
    chart->legend()->setVisible(false);
    barTooltips(series, chart, [rows, style](QBarSet *, int index) {
        const CostCategoryRow &row = rows[static_cast<size_t>(index)];
        QString text = costCategoryLabel(row.category) + QStringLiteral(": ") +
                       formatMoneyValue(centsToDouble(row.amount), style, 2) + QLatin1Char('\n') +
                       trc("Share of fully loaded cost: ") + formatPercent(row.share, 1);
        if (row.hours > 0)
            text += QLatin1Char('\n') + trc("Staff hours: ") + displayLocale().toString(row.hours, 'f', 1);
        return text;
    });
    return chart;
}

} // namespace iroi::ui
