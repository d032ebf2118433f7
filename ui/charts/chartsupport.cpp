#include "ui/charts/chartsupport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
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

} // namespace iroi::ui::detail
