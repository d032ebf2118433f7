#include "ui/charts/chartsupport.h"

#include "core/analysis/views.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>
#include <QXYSeries>

#include <cmath>

namespace iroi::ui::detail {

QString trc(const char *text)
{
    return QCoreApplication::translate("iroi::ui::Charts", text);
}

QString groupKey(const QString &key)
{
    return key.isEmpty() || key == QLatin1String(kNotLinkedKey) ? trc("(not linked)") : key;
}

QChart *newChart(const QString &title, const ChartStyle &style)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    applyChartStyle(chart, style);
    return chart;
}

void barTooltips(QAbstractBarSeries *series, QChart *context, std::function<QString(QBarSet *, int)> text)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, context,
                     [text = std::move(text)](bool status, int index, QBarSet *set) {
                         if (status)
                             QToolTip::showText(QCursor::pos(), text(set, index));
                         else
                             QToolTip::hideText();
                     });
}

void pointTooltips(QXYSeries *series, QChart *context, std::function<QString(const QPointF &)> text)
{
    QObject::connect(series, &QXYSeries::hovered, context,
                     [text = std::move(text)](const QPointF &point, bool state) {
                         if (state)
                             QToolTip::showText(QCursor::pos(), text(point));
                         else
                             QToolTip::hideText();
                     });
}

void setDrillIds(QChart *chart, const QString &dimension, const QVariantList &ids)
{
    chart->setProperty("iroi.dimension", dimension);
    chart->setProperty("iroi.ids", ids);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QString shortLabel(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1) + QChar(0x2026);
}

double niceMax(double value)
{
    if (value <= 0.0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= value * 1.05)
            return step * magnitude;
    return 10.0 * magnitude;
}

double niceStep(double span, int ticks)
{
    const double raw = span / std::max(1, ticks);
    if (!(raw > 0.0) || !std::isfinite(raw))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw * (1.0 - 1e-9))
            return m * magnitude;
    return 10.0 * magnitude;
}

QString axisTickLabel(double value, AxisUnit unit, const ChartStyle &style, double step, double largest)
{
    const QLocale locale = displayLocale();
    if (std::fabs(value) < step * 1e-6)
        value = 0.0; // no "-0"
    // Decimals only where the step needs them (a 2.5 step shows "2.5", "5.0" stays "5").
    int decimals = 0;
    while (decimals < 3 && std::fabs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    const auto number = [&](double v) {
        if (v == 0.0)
            return QStringLiteral("0");
        // Beyond ten million the digits stop helping: "12.5M" reads faster than "12,500,000".
        if (largest >= 1e7) {
            const int d = std::fabs(step / 1e6 - std::round(step / 1e6)) > 1e-6 ? 1 : 0;
            return locale.toString(v / 1e6, 'f', d) + QStringLiteral("M");
        }
        return locale.toString(v, 'f', decimals);
    };
    switch (unit) {
    case AxisUnit::Money: {
        const QString sign = value < 0 ? QStringLiteral("-") : QString();
        return sign + style.currencySymbol() + number(std::fabs(value));
    }
    case AxisUnit::Percent:
        return locale.toString(value, 'f', decimals) + QLatin1Char('%');
    case AxisUnit::Count:
    case AxisUnit::Plain:
        break;
    }
    return number(value);
}

QValueAxis *newValueAxis(double minValue, double maxValue, AxisUnit unit, const ChartStyle &style, int ticks)
{
    if (!(maxValue > minValue))
        maxValue = minValue + 1.0;
    const double step = niceStep(maxValue - minValue, ticks);
    const double lo = std::floor(minValue / step + 1e-9) * step;
    double hi = std::ceil(maxValue / step - 1e-9) * step;
    if (hi <= lo)
        hi = lo + step;
    const double largest = std::max(std::fabs(lo), std::fabs(hi));
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A category's label sits on its end value and the start value has none, so the axis starts
    // a hair below the first tick to give that tick ("0") a label too.
    const double start = lo - step * 1e-4;
    axis->setStartValue(start);
    const int count = static_cast<int>(std::lround((hi - lo) / step));
    for (int i = 0; i <= count; ++i) {
        const double v = lo + step * i;
        axis->append(axisTickLabel(v, unit, style, step, largest), v);
    }
    axis->setRange(start, hi);
    return axis;
}

} // namespace iroi::ui::detail
