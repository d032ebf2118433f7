// Funnel, stage rates and retention cohorts.
#include "ui/charts/chartbuilders.h"
#include "ui/charts/chartsupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace iroi::ui {

using namespace detail;

namespace {

QString stepName(const QString &metric)
{
    if (metric == QLatin1String("repeat_customers"))
        return trc("Repeat customers");
    return metricLabel(metric.toStdString());
}

// Core names each rate in English ("engagements per impression"); the four it uses are
// written out here so the catalogue holds them.
QString denominatorText(const QString &denominator)
{
    if (denominator == QLatin1String("engagements per impression"))
        return trc("engagements per impression");
    if (denominator == QLatin1String("clicks per engagement"))
        return trc("clicks per engagement");
    if (denominator == QLatin1String("orders per click"))
        return trc("orders per click");
    if (denominator == QLatin1String("repeat customers per order"))
        return trc("repeat customers per order");
    return denominator;
}

// "engagements per impression" -> "per impression": the step's own name is already on the bar.
QString perPart(const FunnelRate &rate)
{
    const QString text = denominatorText(rate.denominator);
    const qsizetype per = text.indexOf(trc("per "));
    return per >= 0 ? text.mid(per) : text;
}

QString rateLabel(const FunnelRate &rate)
{
    return formatPercent(rate.rate, rate.rate && *rate.rate < 0.01 ? 2 : 1) + QLatin1Char(' ') + perPart(rate);
}

// 10^e as a tick label: "1", "1,000", "10k", "1M", "100M", "1B".
QString decadeLabel(int e)
{
    if (e < 4)
        return displayLocale().toString(std::pow(10.0, e), 'f', 0);
    const char *suffix = e < 6 ? "k" : e < 9 ? "M" : "B";
    const int shift = e < 6 ? 3 : e < 9 ? 6 : 9;
    return displayLocale().toString(std::pow(10.0, e - shift), 'f', 0) + trc(suffix);
}

} // namespace

QChart *buildFunnelChart(const FunnelResult &funnel, const ChartStyle &style)
{
    QChart *chart = newChart(trc("Customer journey: count per stage and stage-to-stage rate"), style);
    const FunnelGroup &g = funnel.total;
    // Counts span five or more orders of magnitude, so bar length is log10(count). QLogValueAxis
    // can only print "1e+06"-style labels; a category axis over the exponents labels the decades
    // "1,000", "1M" instead.
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(trc("Count"));
    set->setColor(style.accent);
    set->setBorderColor(style.accent);
    set->setLabelColor(style.text);
    QStringList categories;
    const int n = static_cast<int>(g.steps.size());
    double maxCount = 1.0;
    double minPositive = 0.0;
    for (const FunnelStep &step : g.steps) {
        const double c = static_cast<double>(step.count);
        maxCount = std::max(maxCount, c);
        if (c > 0 && (minPositive == 0.0 || c < minPositive))
            minPositive = c;
    }
    // Bars are drawn top-down in stage order: the horizontal series draws index 0 at the bottom.
    for (int i = n - 1; i >= 0; --i) {
        const FunnelStep &step = g.steps[static_cast<size_t>(i)];
        set->append(step.count > 0 ? std::log10(static_cast<double>(step.count)) : 0.0);
        // "Clicks 855.0k (10.8 %)": the share of the stage above; the axis title names it.
        QString label = stepName(step.metric) + QLatin1Char(' ') + formatCount(static_cast<double>(step.count));
        if (i > 0 && static_cast<size_t>(i - 1) < g.rates.size()) {
            const OptDouble &rate = g.rates[static_cast<size_t>(i - 1)].rate;
            label += QStringLiteral(" (") + formatPercent(rate, rate && *rate < 0.01 ? 2 : 1) + QLatin1Char(')');
        }
        categories << label;
    }
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    // From one decade below the smallest stage (so every bar shows) to the decade above the largest.
    const int lo = minPositive > 0 ? std::max(0, static_cast<int>(std::floor(std::log10(minPositive))) - 1) : 0;
    const int hi = std::max(lo + 1, static_cast<int>(std::ceil(std::log10(maxCount * 1.05))));
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double start = lo - 1e-4;
    axisX->setStartValue(start);
    for (int e = lo; e <= hi; ++e) {
        axisX->append(decadeLabel(e), e);
    }
    axisX->setRange(start, hi);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    styleAxis(axisY, style, QString());
    styleAxis(axisX, style, trc("Count, log scale (in brackets: rate from the stage above)"));
    chart->legend()->setVisible(false);
    barTooltips(series, chart, [g, n, style](QBarSet *, int index) {
        const int stepIndex = n - 1 - index;
        const FunnelStep &step = g.steps[static_cast<size_t>(stepIndex)];
        QString text = metricTooltip(step.metric.toStdString(), static_cast<double>(step.count), style);
        if (stepIndex > 0 && static_cast<size_t>(stepIndex - 1) < g.rates.size())
            text += QLatin1Char('\n') + trc("Stage rate: ") + rateLabel(g.rates[static_cast<size_t>(stepIndex - 1)]);
        return text;
    });
    return chart;
}

QChart *buildStageRatesByGroupChart(const FunnelResult &funnel, const ChartStyle &style)
{
    QChart *chart = newChart(trc("Stage-to-stage rates by group"), style);
    auto *series = new QBarSeries;
    QStringList categories;
    QVariantList ids;
    for (const FunnelGroup &group : funnel.groups) {
        categories << shortLabel(groupKey(group.key), 18);
        ids << group.id;
    }
    const size_t rateCount = funnel.total.rates.size();
    double maxValue = 0.0;
    for (size_t r = 0; r < rateCount; ++r) {
        const FunnelRate &proto = funnel.total.rates[r];
        auto *set = new QBarSet(stepName(proto.to) + QLatin1Char(' ') + perPart(proto));
        set->setColor(style.seriesColor(static_cast<int>(r)));
        set->setBorderColor(style.seriesColor(static_cast<int>(r)));
        for (const FunnelGroup &group : funnel.groups) {
            const OptDouble rate = r < group.rates.size() ? group.rates[r].rate : OptDouble{};
            // n/a is no bar (a gap), never a zero rate; the tooltip says n/a.
            const double v = rate ? *rate * 100.0 : 0.0;
            set->append(v);
            maxValue = std::max(maxValue, v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QValueAxis *axisY = newValueAxis(0.0, maxValue, AxisUnit::Percent, style);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    styleAxis(axisX, style, QString());
    styleAxis(axisY, style, trc("Stage rate (%)"));
    setDrillIds(chart, QStringLiteral("channel"), ids);
    barTooltips(series, chart, [funnel](QBarSet *set, int index) {
        const FunnelGroup &group = funnel.groups[static_cast<size_t>(index)];
        const int r = set->property("rateIndex").toInt();
        if (static_cast<size_t>(r) >= group.rates.size())
            return groupKey(group.key);
        const FunnelRate &rate = group.rates[static_cast<size_t>(r)];
        return groupKey(group.key) + QStringLiteral("\n") + stepName(rate.to) + QStringLiteral(" / ") + stepName(rate.from) +
               QStringLiteral(": ") + formatPercent(rate.rate, 2) + QLatin1Char(' ') + denominatorText(rate.denominator);
    });
    for (size_t r = 0; r < static_cast<size_t>(series->count()); ++r)
        series->barSets().at(static_cast<qsizetype>(r))->setProperty("rateIndex", static_cast<int>(r));
    return chart;
}

QChart *buildCohortChart(const RetentionResult &retention, int top, const ChartStyle &style)
{
    QChart *chart = newChart(trc("Customers acquired and repeat buyers by person"), style);
    auto *series = new QHorizontalBarSeries;
    auto *customers = new QBarSet(trc("Customers acquired"));
    auto *repeat = new QBarSet(trc("Repeat customers (2+ orders)"));
    customers->setColor(style.seriesColor(4));
    customers->setBorderColor(style.seriesColor(4));
    repeat->setColor(style.seriesColor(0));
    repeat->setBorderColor(style.seriesColor(0));
    QStringList categories;
    QVariantList ids;
    const int n = std::min<int>(top, static_cast<int>(retention.cohorts.size()));
    double maxValue = 1.0;
    for (int i = n - 1; i >= 0; --i) {
        const CohortRow &row = retention.cohorts[static_cast<size_t>(i)];
        customers->append(static_cast<double>(row.customers));
        repeat->append(static_cast<double>(row.repeatCustomers));
        maxValue = std::max(maxValue, static_cast<double>(row.customers));
        categories << shortLabel(row.key.isEmpty() ? trc("(not attributed)") : row.key) + QStringLiteral(" · ") +
                          formatPercent(row.repeatRate, 0);
        ids << row.personId;
    }
    series->append(customers);
    series->append(repeat);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QValueAxis *axisX = newValueAxis(0.0, maxValue, AxisUnit::Count, style);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    styleAxis(axisY, style, QString());
    styleAxis(axisX, style, trc("Customers"));
    setDrillIds(chart, QStringLiteral("person"), ids);
    barTooltips(series, chart, [retention, n, style](QBarSet *, int index) {
        const CohortRow &row = retention.cohorts[static_cast<size_t>(n - 1 - index)];
        return row.key + QLatin1Char('\n') + trc("Customers acquired: ") + displayLocale().toString(row.customers) +
               QLatin1Char('\n') + trc("Repeat customers: ") + displayLocale().toString(row.repeatCustomers) +
               QLatin1Char('\n') + metricTooltip("repeat_purchase_rate", row.repeatRate, style) + QLatin1Char('\n') +
               trc("Revenue of these customers: ") + formatMoneyValue(centsToDouble(row.revenue), style);
    });
    return chart;
}

} // namespace iroi::ui
