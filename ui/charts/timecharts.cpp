// Time series, seasonality, goals and share of voice.
#include "ui/charts/chartbuilders.h"
#include "ui/charts/chartsupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace iroi::ui {

using namespace detail;

namespace {

qreal msecs(EpochDay day)
{
    return static_cast<qreal>(QDateTime(fromEpochDay(day), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QDateTimeAxis *dateAxis(const ChartStyle &style, EpochDay from, EpochDay to)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(to - from > 300 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    axis->setTickCount(8);
    styleAxis(axis, style, QString());
    return axis;
}

// Appends the points of one metric as line segments: an undefined value ends the segment so
// n/a shows as a gap, never as a drop to zero.
std::vector<QLineSeries *> segmentedLine(QChart *chart, const QString &name, const QPen &pen,
                                          const std::vector<std::pair<qreal, OptDouble>> &points)
{
    std::vector<QLineSeries *> segments;
    QLineSeries *current = nullptr;
    for (const auto &[x, y] : points) {
        if (!y) {
            current = nullptr;
            continue;
        }
        if (!current) {
            current = new QLineSeries;
            current->setName(name);
            current->setPen(pen);
            chart->addSeries(current);
            if (!segments.empty())
                hideFromLegend(chart, current);
            segments.push_back(current);
        }
        current->append(x, *y);
    }
    return segments;
}

double goalMetricValue(const Totals &totals, const QString &metric)
{
    return metricValue(totals, deriveKpis(totals), metric.toStdString()).value_or(0.0);
}

} // namespace

QChart *buildTrendChart(const WhenResult &when, const ChartStyle &style, const GoalStatus *revenueGoal)
{
    const QString bucket = when.granularity == Granularity::Day    ? trc("day")
                           : when.granularity == Granularity::Week ? trc("week")
                                                                   : trc("month");
    QChart *chart = newChart(trc("Revenue per %1 with %2-%1 rolling average").arg(bucket).arg(when.rollingWindow), style);
    auto *revenue = new QLineSeries;
    revenue->setName(trc("Revenue per %1").arg(bucket));
    QPen revenuePen(style.seriesColor(4));
    revenuePen.setWidthF(1.5);
    revenue->setPen(revenuePen);
    double maxValue = 1.0;
    std::vector<std::pair<qreal, OptDouble>> rolling;
    for (const SeriesPoint &p : when.series) {
        const double r = centsToDouble(p.totals.revenue);
        revenue->append(msecs(p.day), r);
        maxValue = std::max(maxValue, r);
        rolling.emplace_back(msecs(p.day), p.rollingRevenue);
    }
    chart->addSeries(revenue);
    QPen rollingPen(style.seriesColor(0));
    rollingPen.setWidthF(3.0);
    std::vector<QAbstractSeries *> all = {revenue};
    for (QLineSeries *s : segmentedLine(chart, trc("Rolling average (%1 %2s)").arg(when.rollingWindow).arg(bucket),
                                        rollingPen, rolling))
        all.push_back(s);
    if (revenueGoal && revenueGoal->deadlineDay != kNoDay && !when.series.empty()) {
        // The goal's target spread evenly over its buckets: what each bucket must bring.
        const EpochDay start = revenueGoal->startDay != kNoDay ? revenueGoal->startDay : when.series.front().day;
        const double days = std::max(1, revenueGoal->deadlineDay - start + 1);
        const double bucketDays = when.granularity == Granularity::Day ? 1.0 : when.granularity == Granularity::Week ? 7.0 : 30.44;
        const double perBucket = revenueGoal->target / days * bucketDays;
        auto *goal = new QLineSeries;
        goal->setName(trc("Goal pace: %1 per %2").arg(formatMoneyValue(perBucket, style), bucket));
        QPen goalPen(style.goal);
        goalPen.setWidthF(2.0);
        goalPen.setStyle(Qt::DashLine);
        goal->setPen(goalPen);
        goal->append(msecs(std::max(start, when.series.front().day)), perBucket);
        goal->append(msecs(std::min(revenueGoal->deadlineDay, when.series.back().day)), perBucket);
        chart->addSeries(goal);
        all.push_back(goal);
        maxValue = std::max(maxValue, perBucket);
    }
    auto *axisX = dateAxis(style, when.series.empty() ? 0 : when.series.front().day,
                           when.series.empty() ? 0 : when.series.back().day);
    QValueAxis *axisY = newValueAxis(0.0, maxValue, AxisUnit::Money, style);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : all) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    styleAxis(axisY, style, trc("Revenue (%1)").arg(style.currency));
    pointTooltips(revenue, chart, [style](const QPointF &p) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p.x()), Qt::UTC).date().toString(Qt::ISODate) +
               QLatin1Char('\n') + metricTooltip("revenue", p.y(), style);
    });
    return chart;
}

QChart *buildGoalPacingChart(const WhenResult &when, const GoalStatus &goal, const ChartStyle &style)
{
    const std::string metric = goal.metric.toStdString();
    QChart *chart = newChart(trc("Goal: %1 %2 by %3 (%4)")
                                 .arg(metricLabel(metric), formatMetric(metric, goal.target, style),
                                      epochDayToIso(goal.deadlineDay), goal.pacing),
                             style);
    auto *actual = new QLineSeries;
    actual->setName(trc("Actual, cumulative"));
    QPen actualPen(style.accent);
    actualPen.setWidthF(3.0);
    actual->setPen(actualPen);
    const EpochDay start = goal.startDay != kNoDay ? goal.startDay : (when.series.empty() ? 0 : when.series.front().day);
    const bool ratioMetric = findMetric(metric) && findMetric(metric)->unit != MetricUnit::Count &&
                             findMetric(metric)->unit != MetricUnit::Currency;
    double sum = 0.0;
    double maxValue = goal.target;
    for (const SeriesPoint &p : when.series) {
        if (p.day < start || p.day > goal.deadlineDay)
            continue;
        sum += goalMetricValue(p.totals, goal.metric);
        // Ratios are not additive: show the bucket's own value instead of a running sum.
        const double y = ratioMetric ? goalMetricValue(p.totals, goal.metric) : sum;
        actual->append(msecs(p.day), y);
        maxValue = std::max(maxValue, y);
    }
    auto *target = new QLineSeries;
    target->setName(trc("Target"));
    QPen targetPen(style.goal);
    targetPen.setWidthF(2.0);
    targetPen.setStyle(Qt::DashLine);
    target->setPen(targetPen);
    target->append(msecs(start), goal.target);
    target->append(msecs(goal.deadlineDay), goal.target);
    auto *pace = new QLineSeries;
    pace->setName(trc("Linear pace to target"));
    QPen pacePen(style.mutedText);
    pacePen.setStyle(Qt::DotLine);
    pacePen.setWidthF(1.5);
    pace->setPen(pacePen);
    pace->append(msecs(start), ratioMetric ? goal.target : 0.0);
    pace->append(msecs(goal.deadlineDay), goal.target);
    chart->addSeries(actual);
    chart->addSeries(target);
    chart->addSeries(pace);
    auto *axisX = dateAxis(style, start, goal.deadlineDay);
    const MetricDef *def = findMetric(metric);
    const AxisUnit unit = !def                                    ? AxisUnit::Plain
                          : def->unit == MetricUnit::Currency     ? AxisUnit::Money
                          : def->unit == MetricUnit::Count        ? AxisUnit::Count
                                                                  : AxisUnit::Plain;
    QValueAxis *axisY = newValueAxis(0.0, maxValue, unit, style);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(actual), static_cast<QAbstractSeries *>(target),
                               static_cast<QAbstractSeries *>(pace)}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    styleAxis(axisY, style, metricAxisTitle(metric, style));
    pointTooltips(actual, chart, [metric, style](const QPointF &p) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p.x()), Qt::UTC).date().toString(Qt::ISODate) +
               QLatin1Char('\n') + metricTooltip(metric, p.y(), style);
    });
    return chart;
}

QChart *buildSeasonalityChart(const WhenResult &when, const ChartStyle &style)
{
    QChart *chart = newChart(trc("Seasonality: revenue by calendar month"), style);
    auto *series = new QBarSeries;
    auto *revenue = new QBarSet(metricLabel("revenue"));
    revenue->setColor(style.seriesColor(2));
    revenue->setBorderColor(style.seriesColor(2));
    QStringList months;
    double maxValue = 1.0;
    for (int m = 0; m < 12; ++m) {
        const double v = centsToDouble(when.byMonth[static_cast<size_t>(m)].revenue);
        revenue->append(v);
        maxValue = std::max(maxValue, v);
        months << displayLocale().standaloneMonthName(m + 1, QLocale::ShortFormat);
    }
    series->append(revenue);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    QValueAxis *axisY = newValueAxis(0.0, maxValue, AxisUnit::Money, style);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    styleAxis(axisX, style, trc("Calendar month (all years in the filter)"));
    styleAxis(axisY, style, trc("Revenue (%1)").arg(style.currency));
    chart->legend()->setVisible(false);
    barTooltips(series, chart, [when, style](QBarSet *, int index) {
        const Totals &t = when.byMonth[static_cast<size_t>(index)];
        return displayLocale().standaloneMonthName(index + 1) + QLatin1Char('\n') +
               metricTooltip("revenue", centsToDouble(t.revenue), style) + QLatin1Char('\n') +
               metricTooltip("engagements", static_cast<double>(t.engagements), style);
    });
    return chart;
}

QChart *buildShareOfVoiceChart(const WhyResult &why, const ChartStyle &style)
{
    QChart *chart = newChart(trc("Share of voice by topic: %1 against competitors").arg(why.ownBrand), style);
    auto *series = new QHorizontalPercentBarSeries;
    // Brands across all topics, own brand first, then by total mentions.
    std::vector<std::pair<QString, qint64>> brandTotals;
    for (const TopicShare &t : why.topics)
        for (const auto &[brand, count] : t.brands) {
            auto it = std::find_if(brandTotals.begin(), brandTotals.end(),
                                   [&](const auto &b) { return b.first.compare(brand, Qt::CaseInsensitive) == 0; });
            if (it == brandTotals.end())
                brandTotals.emplace_back(brand, count);
            else
                it->second += count;
        }
    std::sort(brandTotals.begin(), brandTotals.end(), [&](const auto &a, const auto &b) {
        const bool aOwn = a.first.compare(why.ownBrand, Qt::CaseInsensitive) == 0;
        const bool bOwn = b.first.compare(why.ownBrand, Qt::CaseInsensitive) == 0;
        if (aOwn != bOwn)
            return aOwn;
        return a.second > b.second;
    });
    const int n = static_cast<int>(why.topics.size());
    int colour = 1;
    for (const auto &[brand, total] : brandTotals) {
        const bool own = brand.compare(why.ownBrand, Qt::CaseInsensitive) == 0;
        auto *set = new QBarSet(own ? brand + trc(" (own brand)") : brand);
        const QColor c = own ? style.accent : style.seriesColor(colour++);
        set->setColor(c);
        set->setBorderColor(style.background);
        for (int i = n - 1; i >= 0; --i) {
            const TopicShare &t = why.topics[static_cast<size_t>(i)];
            qint64 count = 0;
            for (const auto &[b, c2] : t.brands)
                if (b.compare(brand, Qt::CaseInsensitive) == 0)
                    count = c2;
            set->append(static_cast<double>(count));
        }
        series->append(set);
    }
    QStringList categories;
    for (int i = n - 1; i >= 0; --i) {
        const TopicShare &t = why.topics[static_cast<size_t>(i)];
        const bool white = why.whiteSpace.contains(t.topic);
        categories << (white ? QStringLiteral("◌ ") : QString()) + shortLabel(t.topic) + QStringLiteral("  ") +
                          formatPercent(t.shareOfVoice, 0);
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QValueAxis *axisX = newValueAxis(0.0, 100.0, AxisUnit::Percent, style, 4);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    styleAxis(axisY, style, QString());
    styleAxis(axisX, style, trc("Share of mentions; beside each topic the own brand's share (◌ = white space)"));
    barTooltips(series, chart, [why, n, style](QBarSet *set, int index) {
        const TopicShare &t = why.topics[static_cast<size_t>(n - 1 - index)];
        return t.topic + QLatin1Char('\n') + set->label() + QStringLiteral(": ") +
               displayLocale().toString(static_cast<qint64>(set->at(index))) + trc(" of ") + displayLocale().toString(t.allMentions) +
               trc(" mentions") + QLatin1Char('\n') + trc("Own share of voice: ") + formatPercent(t.shareOfVoice, 1) +
               QLatin1Char('\n') + trc("Share of voice = own brand mentions / all tracked brands' mentions, per topic.");
    });
    return chart;
}

QChart *buildGoalAttainmentChart(const std::vector<GoalStatus> &goals, const ChartStyle &style)
{
    QChart *chart = newChart(trc("Goal attainment (100 % = target reached)"), style);
    auto *series = new QHorizontalBarSeries;
    auto *actual = new QBarSet(trc("Actual so far"));
    auto *projected = new QBarSet(trc("Projected at deadline (linear pace)"));
    actual->setColor(style.accent);
    actual->setBorderColor(style.accent);
    projected->setColor(style.seriesColor(4).lighter(130));
    projected->setBorderColor(style.seriesColor(4));
    QStringList categories;
    QVariantList ids;
    double maxValue = 100.0;
    const int n = static_cast<int>(goals.size());
    for (int i = n - 1; i >= 0; --i) {
        const GoalStatus &g = goals[static_cast<size_t>(i)];
        const double a = g.attainment ? *g.attainment * 100.0 : 0.0;
        const double p = g.projected && g.target != 0.0 ? *g.projected / g.target * 100.0 : 0.0;
        actual->append(a);
        projected->append(p);
        maxValue = std::max({maxValue, a, p});
        categories << shortLabel(g.campaign, 16) + QStringLiteral(": ") + metricLabel(g.metric.toStdString()) +
                          QStringLiteral(" · ") + g.pacing;
        ids << g.campaignId;
    }
    series->append(actual);
    series->append(projected);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QValueAxis *axisX = newValueAxis(0.0, std::min(maxValue, 400.0), AxisUnit::Percent, style);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    styleAxis(axisY, style, QString());
    styleAxis(axisX, style, trc("Attainment (% of target)"));
    setDrillIds(chart, QStringLiteral("campaign"), ids);
    barTooltips(series, chart, [goals, n, style](QBarSet *, int index) {
        const GoalStatus &g = goals[static_cast<size_t>(n - 1 - index)];
        const std::string metric = g.metric.toStdString();
        return g.campaign + QStringLiteral(": ") + (g.description.isEmpty() ? metricLabel(metric) : g.description) +
               QLatin1Char('\n') + trc("Target: ") + formatMetric(metric, g.target, style) + trc(" by ") +
               epochDayToIso(g.deadlineDay) + QLatin1Char('\n') + trc("Actual: ") + formatMetric(metric, g.actual, style) +
               QStringLiteral(" (") + formatPercent(g.attainment, 0) + QStringLiteral(")\n") + trc("Projected: ") +
               formatMetric(metric, g.projected, style) + QLatin1Char('\n') + trc("Pacing: ") + g.pacing;
    });
    return chart;
}

} // namespace iroi::ui
