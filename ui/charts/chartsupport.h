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
QT_END_NAMESPACE

namespace iroi::ui::detail {

QString trc(const char *text);
QChart *newChart(const QString &title, const ChartStyle &style);
// Shows text(set, index) as a tooltip while a bar is hovered.
void barTooltips(QAbstractBarSeries *series, QChart *context, std::function<QString(QBarSet *, int)> text);
void pointTooltips(QXYSeries *series, QChart *context, std::function<QString(const QPointF &)> text);
void setDrillIds(QChart *chart, const QString &dimension, const QVariantList &ids);
void hideFromLegend(QChart *chart, QAbstractSeries *series);
// Elides a category label so axes stay readable with long names.
QString shortLabel(const QString &text, int maxChars = 22);
double niceMax(double value);

} // namespace iroi::ui::detail
