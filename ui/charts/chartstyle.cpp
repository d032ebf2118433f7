#include "ui/charts/chartstyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace iroi::ui {

namespace {

QString trc(const char *text)
{
    return QCoreApplication::translate("iroi::ui::Charts", text);
}

} // namespace

ChartStyle ChartStyle::forTheme(Theme theme, const QString &currency)
{
    ChartStyle s;
    s.theme = theme;
    s.currency = currency;
    // Okabe-Ito inspired: distinguishable for the common colour-vision deficiencies.
    s.series = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                QColor(0xF0, 0xE4, 0x42), QColor(0x88, 0x88, 0x88)};
    s.positive = QColor(0x1B, 0x9E, 0x4B);
    s.negative = QColor(0xD6, 0x33, 0x33);
    s.goal = QColor(0xD5, 0x5E, 0x00);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9.0);
    s.labelFont = base;
    s.axisFont = base;
    s.axisFont.setPointSizeF(9.0);
    s.titleFont = base;
    s.titleFont.setPointSizeF(11.0);
    s.titleFont.setBold(true);
    switch (theme) {
    case Theme::Light:
        s.background = QColor(0xFF, 0xFF, 0xFF);
        s.plotBackground = QColor(0xFF, 0xFF, 0xFF);
        s.text = QColor(0x20, 0x24, 0x2A);
        s.mutedText = QColor(0x5F, 0x66, 0x70);
        s.grid = QColor(0xE3, 0xE6, 0xEA);
        s.accent = QColor(0x00, 0x72, 0xB2);
        break;
    case Theme::Dark:
        s.background = QColor(0x1E, 0x21, 0x26);
        s.plotBackground = QColor(0x1E, 0x21, 0x26);
        s.text = QColor(0xE8, 0xEA, 0xED);
        s.mutedText = QColor(0xA0, 0xA6, 0xAE);
        s.grid = QColor(0x3A, 0x3F, 0x46);
        s.accent = QColor(0x56, 0xB4, 0xE9);
        s.series[0] = QColor(0x56, 0xB4, 0xE9);
        s.series[4] = QColor(0x00, 0x72, 0xB2);
        break;
    case Theme::Print:
        s.background = Qt::white;
        s.plotBackground = Qt::white;
        s.text = Qt::black;
        s.mutedText = QColor(0x44, 0x44, 0x44);
        s.grid = QColor(0xDD, 0xDD, 0xDD);
        s.accent = QColor(0x00, 0x72, 0xB2);
        s.labelFont.setPointSizeF(11.0);
        s.axisFont.setPointSizeF(11.0);
        s.titleFont.setPointSizeF(14.0);
        break;
    }
    return s;
}

QColor ChartStyle::ramp(double t) const
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor low = theme == Theme::Dark ? QColor(0x2A, 0x2F, 0x36) : QColor(0xF1, 0xF5, 0xF9);
    const QColor high = theme == Theme::Dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x08, 0x45, 0x94);
    auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue()));
}

QString ChartStyle::currencySymbol() const
{
    const QString symbol = QLocale().currencySymbol(QLocale::CurrencySymbol);
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    Q_UNUSED(symbol)
    return currency + QLatin1Char(' ');
}

void applyChartStyle(QChart *chart, const ChartStyle &style)
{
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundBrush(style.plotBackground);
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(style.text);
    chart->setTitleFont(style.titleFont);
    chart->setAnimationOptions(style.animate ? QChart::SeriesAnimations : QChart::NoAnimation);
    // Value axes label their last tick on the plot's edge: the right margin keeps half of
    // "€1,500,000" from being cut off.
    chart->setMargins(QMargins(6, 6, 36, 6));
    QLegend *legend = chart->legend();
    legend->setFont(style.labelFont);
    legend->setLabelColor(style.text);
    legend->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis *axis : chart->axes())
        styleAxis(axis, style, axis->titleText());
}

void styleAxis(QAbstractAxis *axis, const ChartStyle &style, const QString &title)
{
    axis->setTitleText(title);
    axis->setTitleFont(style.axisFont);
    axis->setTitleBrush(style.mutedText);
    axis->setLabelsFont(style.axisFont);
    axis->setLabelsColor(style.text);
    axis->setGridLineColor(style.grid);
    axis->setLinePenColor(style.grid);
    axis->setShadesVisible(false);
    axis->setMinorGridLineVisible(false);
}

QLocale displayLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString formatCount(double value)
{
    const double a = std::fabs(value);
    const QLocale locale = displayLocale();
    if (a >= 1e9)
        return locale.toString(value / 1e9, 'f', 2) + trc("B");
    if (a >= 1e6)
        return locale.toString(value / 1e6, 'f', 2) + trc("M");
    if (a >= 1e4)
        return locale.toString(value / 1e3, 'f', 1) + trc("k");
    return locale.toString(value, 'f', std::fabs(value - std::round(value)) < 1e-9 ? 0 : 1);
}

QString formatMoneyFull(double units, const ChartStyle &style)
{
    const QString number = displayLocale().toString(std::fabs(units), 'f', 0);
    return (units < -0.5 ? QStringLiteral("-") : QString()) + style.currencySymbol() + number;
}

QString formatMoneyValue(double units, const ChartStyle &style, int decimals)
{
    const QLocale locale = displayLocale();
    const double a = std::fabs(units);
    QString number;
    if (a >= 1e6)
        number = locale.toString(units / 1e6, 'f', 2) + trc("M");
    else if (a >= 1e5)
        number = locale.toString(units / 1e3, 'f', 0) + trc("k");
    else
        number = locale.toString(units, 'f', decimals);
    return style.currencySymbol() + number;
}

QString formatPercent(const OptDouble &value, int decimals)
{
    if (!value)
        return trc("n/a");
    return displayLocale().toString(*value * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString formatRatio(const OptDouble &value, int decimals)
{
    if (!value)
        return trc("n/a");
    return displayLocale().toString(*value, 'f', decimals);
}

QString formatMetric(std::string_view metricId, const OptDouble &value, const ChartStyle &style)
{
    if (!value)
        return trc("n/a");
    const MetricDef *def = findMetric(metricId);
    if (!def)
        return formatRatio(value);
    switch (def->unit) {
    case MetricUnit::Count:
        return formatCount(*value);
    case MetricUnit::Currency:
        return formatMoneyValue(*value, style, std::fabs(*value) < 100.0 ? 2 : 0);
    case MetricUnit::Percent:
        return formatPercent(value, std::fabs(*value) < 0.01 ? 2 : 1);
    case MetricUnit::Ratio:
        if (metricId == "roi" || metricId == "emv_roi")
            return formatPercent(value, 0);
        return formatRatio(value);
    }
    return formatRatio(value);
}

QString metricLabel(std::string_view metricId)
{
    const MetricDef *def = findMetric(metricId);
    if (!def)
        return QString::fromUtf8(metricId.data(), static_cast<qsizetype>(metricId.size()));
    return QCoreApplication::translate("iroi::Metric", std::string(def->name).c_str());
}

QString metricTooltip(std::string_view metricId, const OptDouble &value, const ChartStyle &style)
{
    const MetricDef *def = findMetric(metricId);
    QString text = metricLabel(metricId) + QStringLiteral(": ") + formatMetric(metricId, value, style);
    if (def)
        text += QLatin1Char('\n') +
                QCoreApplication::translate("iroi::MetricDefinition", std::string(def->definition).c_str());
    return text;
}

QString metricAxisTitle(std::string_view metricId, const ChartStyle &style)
{
    const MetricDef *def = findMetric(metricId);
    const QString name = metricLabel(metricId);
    if (!def)
        return name;
    switch (def->unit) {
    case MetricUnit::Count:
        return name;
    case MetricUnit::Currency:
        return name + QStringLiteral(" (") + style.currency + QLatin1Char(')');
    case MetricUnit::Percent:
        return name + QStringLiteral(" (%)");
    case MetricUnit::Ratio:
        if (metricId == "roi" || metricId == "emv_roi")
            return name + QStringLiteral(" (%)");
        return name + QStringLiteral(" (×)");
    }
    return name;
}

QString costCategoryLabel(const QString &category)
{
    static const std::pair<const char *, const char *> kLabels[] = {
        {"fee", QT_TRANSLATE_NOOP("iroi::ui::Charts", "Fees")},
        {"product", QT_TRANSLATE_NOOP("iroi::ui::Charts", "Product")},
        {"shipping", QT_TRANSLATE_NOOP("iroi::ui::Charts", "Shipping")},
        {"travel", QT_TRANSLATE_NOOP("iroi::ui::Charts", "Travel & lodging")},
        {"production", QT_TRANSLATE_NOOP("iroi::ui::Charts", "Production")},
        {"agency", QT_TRANSLATE_NOOP("iroi::ui::Charts", "Agency")},
        {"staff_time", QT_TRANSLATE_NOOP("iroi::ui::Charts", "Staff time")},
        {"paid_boost", QT_TRANSLATE_NOOP("iroi::ui::Charts", "Paid boosts (media)")},
    };
    for (const auto &[id, label] : kLabels)
        if (category == QLatin1String(id))
            return trc(label);
    return category;
}

} // namespace iroi::ui
