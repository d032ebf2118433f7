#pragma once

// Helpers shared by the chart builder files; not part of the public builder API.

#include "ui/charts/chartstyle.h"

#include <QChart>
#include <QString>
#include <QVariantList>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QXYSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace iroi::ui::detail {

QString trc(const char *text);
// A group's name for a chart: the not-linked group's key translated.
QString groupKey(const QString &key);
QChart *newChart(const QString &title, const ChartStyle &style);
// Shows text(set, index) as a tooltip while a bar is hovered.
void barTooltips(QAbstractBarSeries *series, QChart *context, std::function<QString(QBarSet *, int)> text);
void pointTooltips(QXYSeries *series, QChart *context, std::function<QString(const QPointF &)> text);
void setDrillIds(QChart *chart, const QString &dimension, const QVariantList &ids);
void hideFromLegend(QChart *chart, QAbstractSeries *series);
// Elides a category label so axes stay readable with long names.
QString shortLabel(const QString &text, int maxChars = 22);
double niceMax(double value);

enum class AxisUnit { Count, Money, Percent, Plain };
// A value axis whose ticks fall on round numbers and whose labels read like a designer set them:
// thousands separators and the unit ("€1,500,000", "25%", "12.5M"). QValueAxis only takes a
// printf format (no separators, no currency), so this is a QCategoryAxis with one label per tick.
// Percent values are in percent (25 = 25%).
QValueAxis *newValueAxis(double minValue, double maxValue, AxisUnit unit, const ChartStyle &style, int ticks = 5);
// The tick label newValueAxis writes for value, given the axis's step and largest magnitude.
QString axisTickLabel(double value, AxisUnit unit, const ChartStyle &style, double step, double largest);
// The round step newValueAxis uses for a span and a wanted number of ticks (1, 2, 2.5, 5 x 10^n).
double niceStep(double span, int ticks);

} // namespace iroi::ui::detail
