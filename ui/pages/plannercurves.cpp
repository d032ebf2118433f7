#include "ui/pages/plannercurves.h"

#include "core/planning/responsecurve.h"
#include "ui/charts/chartsupport.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace iroi::ui {

namespace {

QString trl(const char *text)
{
    return QCoreApplication::translate("iroi::ui::PlannerCurves", text);
}

QScatterSeries *marker(const QString &name, const QColor &color, bool filled, QScatterSeries::MarkerShape shape)
{
    auto *s = new QScatterSeries;
    s->setName(name);
    s->setMarkerShape(shape);
    s->setMarkerSize(filled ? 11.0 : 13.0);
    s->setColor(filled ? color : QColor(Qt::white));
    s->setBorderColor(color);
    QPen pen(color);
    pen.setWidthF(2.0);
    s->setPen(pen);
    return s;
}

} // namespace

QChart *buildPlannerCurvesChart(const PlanRequest &request, std::span<const double> proposed, const ChartStyle &style,
                                const QString &outcomeName, int maxLines)
{
    const bool money = request.outcomeIsMoney;
    QChart *chart = detail::newChart(trl("Response curves over the planned period (○ current, ■ proposed spend)"), style);
    const std::size_t n = std::min(request.lines.size(), proposed.size());
    if (n == 0)
        return chart;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto size = [&](std::size_t i) { return std::max(request.lines[i].currentSpend, proposed[i]); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return size(a) > size(b); });
    order.resize(std::min<std::size_t>(order.size(), static_cast<std::size_t>(std::max(1, maxLines))));

    const std::span<const double> weights(request.flighting);
    double maxX = 0.0;
    for (std::size_t i : order)
        maxX = std::max(maxX, 1.5 * size(i));
    if (maxX <= 0.0)
        maxX = 1.0;
    double maxY = 0.0;
    constexpr int kPoints = 60;
    std::vector<std::vector<QPointF>> curves;
    for (std::size_t i : order) {
        std::vector<QPointF> points;
        for (int p = 0; p <= kPoints; ++p) {
            const double x = maxX * p / kPoints;
            const double y = curve::periodResponse(request.lines[i].params, x, weights, request.weeks);
            points.emplace_back(x, y);
            maxY = std::max(maxY, y);
        }
        curves.push_back(std::move(points));
    }
    // Axes in whole currency units with thousands separators ("€25,000"), as on every other page.
    QValueAxis *axisX = detail::newValueAxis(0.0, maxX, detail::AxisUnit::Money, style);
    styleAxis(axisX, style, trl("Spend over the period (%1)").arg(style.currency));
    QValueAxis *axisY = detail::newValueAxis(0.0, 1.05 * maxY, money ? detail::AxisUnit::Money : detail::AxisUnit::Count, style);
    styleAxis(axisY, style,
              money ? trl("Predicted %1 (%2)").arg(outcomeName, style.currency) : trl("Predicted %1").arg(outcomeName));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto attach = [&](QXYSeries *series) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };
    auto tip = [style, money](const QString &line, const QString &what) {
        // Copies: the tooltip outlives this function.
        return [=](const QPointF &p) {
            const double y = p.y();
            return trl("%1, %2: spend %3 → predicted %4")
                .arg(line, what, formatMoneyValue(p.x(), style),
                     money ? formatMoneyValue(y, style) : formatCount(y));
        };
    };
    for (std::size_t c = 0; c < order.size(); ++c) {
        const std::size_t i = order[c];
        const PlanLine &line = request.lines[i];
        const QColor color = style.seriesColor(static_cast<int>(c));
        auto *series = new QLineSeries;
        series->setName(detail::shortLabel(line.line));
        QPen pen(color);
        pen.setWidthF(2.0);
        series->setPen(pen);
        for (const QPointF &p : curves[c])
            series->append(p.x(), p.y());
        attach(series);

        const double yNow = curve::periodResponse(line.params, line.currentSpend, weights, request.weeks);
        const double yPlan = curve::periodResponse(line.params, proposed[i], weights, request.weeks);
        auto *now = marker(trl("%1 current").arg(line.line), color, false, QScatterSeries::MarkerShapeCircle);
        now->append(line.currentSpend, yNow);
        attach(now);
        detail::hideFromLegend(chart, now);
        detail::pointTooltips(now, chart, tip(line.line, trl("current")));
        auto *plan = marker(trl("%1 proposed").arg(line.line), color, true, QScatterSeries::MarkerShapeRectangle);
        plan->append(proposed[i], yPlan);
        attach(plan);
        detail::hideFromLegend(chart, plan);
        detail::pointTooltips(plan, chart, tip(line.line, trl("proposed")));
    }
    if (order.size() < n)
        chart->setTitle(chart->title() + trl(" — the %1 largest of %2 lines").arg(order.size()).arg(n));
    return chart;
}

} // namespace iroi::ui
