#pragma once

#include "core/analysis/metrics.h"
#include "core/common/money.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QString>

#include <string_view>

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace iroi::ui {

enum class Theme { Light, Dark, Print };

// One palette and typography for every chart, widget and export. Builders take it by
// const reference so the same chart renders on screen, in the dark theme and in a board
// deck (Print: white background, larger fonts, no animation).
struct ChartStyle
{
    Theme theme = Theme::Light;
    QColor background;
    QColor plotBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor accent;   // the own brand, the highlighted item
    QColor positive; // on track, profit
    QColor negative; // behind, loss
    QColor goal;     // goal and target lines
    QList<QColor> series; // categorical palette, colour-blind safe order
    QFont titleFont;
    QFont labelFont;
    QFont axisFont;
    QString currency = QStringLiteral("EUR");
    bool animate = false;

    static ChartStyle forTheme(Theme theme, const QString &currency = QStringLiteral("EUR"));

    QColor seriesColor(int index) const { return series.at(index % series.size()); }
    // Heatmap ramp from background (0) to accent (1).
    QColor ramp(double t) const;
    QString currencySymbol() const;
};

// Applies background, fonts, legend and margins of the style to a chart.
void applyChartStyle(QChart *chart, const ChartStyle &style);
void styleAxis(QAbstractAxis *axis, const ChartStyle &style, const QString &title);

// The locale numbers are shown in: the user's, except the C/POSIX locale (CI, a bare
// terminal), which has no thousands separator; then British English, so 1,500,000 stays readable.
QLocale displayLocale();

// Display formatting shared by charts, tables and tooltips (locale aware, n/a for nullopt).
QString formatCount(double value);
// Whole units with thousands separators and the currency symbol: "€1,250,000".
QString formatMoneyFull(double units, const ChartStyle &style);
QString formatMoneyValue(double units, const ChartStyle &style, int decimals = 0);
QString formatPercent(const OptDouble &value, int decimals = 1);
QString formatRatio(const OptDouble &value, int decimals = 2);
// Formats a metric value by the unit the metric definition declares.
QString formatMetric(std::string_view metricId, const OptDouble &value, const ChartStyle &style);
// "Name: value\nDefinition" tooltip text, the definition taken from core's metric table.
QString metricTooltip(std::string_view metricId, const OptDouble &value, const ChartStyle &style);
// Translated metric name (core keeps English; the UI translates).
QString metricLabel(std::string_view metricId);
// Axis title with its unit, e.g. "Revenue (EUR)" or "CTR (%)".
QString metricAxisTitle(std::string_view metricId, const ChartStyle &style);
// A translated label for a schema cost category id.
QString costCategoryLabel(const QString &category);

} // namespace iroi::ui
