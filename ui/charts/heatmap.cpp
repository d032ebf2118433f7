#include "ui/charts/heatmap.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace iroi::ui {

namespace {

QString trc(const char *text)
{
    return QCoreApplication::translate("iroi::ui::Charts", text);
}

// Point sizes depend on the paint device's DPI (a 2x PNG reports 192 dpi, a PDF 1200), while the
// layout is computed in logical pixels: pixel-sized fonts keep text and cells in proportion on
// every device.
QFont pixelFont(const QFont &font)
{
    QFont f = font;
    if (font.pointSizeF() > 0)
        f.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pointSizeF() * 96.0 / 72.0))));
    return f;
}

struct Layout
{
    QRectF grid;
    double cellW = 0, cellH = 0;
    QRectF title;
    QRectF legend;
};

Layout layoutFor(const QRectF &rect, const QFontMetricsF &fm, bool hasTitle)
{
    Layout l;
    const double titleH = hasTitle ? fm.height() * 1.8 : fm.height() * 0.4;
    const double left = fm.horizontalAdvance(QStringLiteral("Wed")) * 1.6;
    const double bottom = fm.height() * 2.6;
    const double legendH = fm.height() * 2.2;
    l.title = QRectF(rect.left(), rect.top(), rect.width(), titleH);
    l.grid = QRectF(rect.left() + left, rect.top() + titleH, rect.width() - left - 8,
                    rect.height() - titleH - bottom - legendH);
    l.cellW = l.grid.width() / 24.0;
    l.cellH = l.grid.height() / 7.0;
    l.legend = QRectF(l.grid.left(), l.grid.bottom() + bottom, std::min(l.grid.width(), 360.0), legendH * 0.5);
    return l;
}

} // namespace

HeatmapData heatmapFromWhen(const WhenResult &when, HeatMetric metric)
{
    HeatmapData data;
    switch (metric) {
    case HeatMetric::EngagementRate:
        data.title = trc("Engagement rate per post by publishing day and hour");
        data.metricId = QStringLiteral("engagement_rate");
        break;
    case HeatMetric::Ctr:
        data.title = trc("Click-through rate per post by publishing day and hour");
        data.metricId = QStringLiteral("ctr");
        break;
    case HeatMetric::Engagements:
        data.title = trc("Engagements by publishing day and hour");
        data.metricId = QStringLiteral("engagements");
        break;
    case HeatMetric::Clicks:
        data.title = trc("Clicks by publishing day and hour");
        data.metricId = QStringLiteral("clicks");
        break;
    case HeatMetric::Orders:
        data.title = trc("Orders by day and hour of the order");
        data.metricId = QStringLiteral("orders");
        break;
    case HeatMetric::Revenue:
        data.title = trc("Revenue by day and hour of the order");
        data.metricId = QStringLiteral("revenue");
        break;
    }
    for (size_t d = 0; d < 7; ++d)
        for (size_t h = 0; h < 24; ++h) {
            double v = 0.0;
            switch (metric) {
            case HeatMetric::EngagementRate:
                data.cells[d][h] = when.engagementRateHeat[d][h];
                continue;
            case HeatMetric::Ctr:
                data.cells[d][h] = when.ctrHeat[d][h];
                continue;
            case HeatMetric::Engagements:
                v = static_cast<double>(when.engagementHeat[d][h]);
                break;
            case HeatMetric::Clicks:
                v = static_cast<double>(when.clickHeat[d][h]);
                break;
            case HeatMetric::Orders:
                v = static_cast<double>(when.orderHeat[d][h]);
                break;
            case HeatMetric::Revenue:
                v = centsToDouble(when.revenueHeat[d][h]);
                break;
            }
            // An empty slot means nothing was published/ordered then: no data, not a zero result.
            if (v != 0.0)
                data.cells[d][h] = v;
        }
    return data;
}

void paintHeatmap(QPainter &painter, const QRectF &rect, const HeatmapData &data, const ChartStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(rect, style.background);
    const QFont labelFont = pixelFont(style.labelFont);
    const QFontMetricsF fm(labelFont);
    const Layout l = layoutFor(rect, fm, !data.title.isEmpty());
    painter.setPen(style.text);
    painter.setFont(pixelFont(style.titleFont));
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, data.title);
    painter.setFont(labelFont);
    double maxValue = 0.0;
    for (const auto &row : data.cells)
        for (const auto &c : row)
            if (c)
                maxValue = std::max(maxValue, *c);
    for (int d = 0; d < 7; ++d) {
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(rect.left(), l.grid.top() + d * l.cellH, l.grid.left() - rect.left() - 6, l.cellH),
                         Qt::AlignRight | Qt::AlignVCenter, displayLocale().dayName(d + 1, QLocale::ShortFormat));
        for (int h = 0; h < 24; ++h) {
            const QRectF cell(l.grid.left() + h * l.cellW, l.grid.top() + d * l.cellH, l.cellW, l.cellH);
            const auto &v = data.cells[static_cast<size_t>(d)][static_cast<size_t>(h)];
            if (v)
                painter.fillRect(cell.adjusted(1, 1, -1, -1), style.ramp(maxValue > 0 ? *v / maxValue : 0.0));
            else
                painter.fillRect(cell.adjusted(1, 1, -1, -1), QBrush(style.grid, Qt::BDiagPattern));
        }
    }
    painter.setPen(style.mutedText);
    // Every second hour when the labels fit, else every third, fourth or sixth: never overlapping.
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("00:00")) + fm.averageCharWidth();
    int hourStep = 2;
    for (int candidate : {2, 3, 4, 6, 12}) {
        hourStep = candidate;
        if (candidate * l.cellW >= labelWidth)
            break;
    }
    for (int h = 0; h < 24; h += hourStep)
        painter.drawText(QRectF(l.grid.left() + h * l.cellW, l.grid.bottom() + 2, l.cellW * hourStep, fm.height()),
                         Qt::AlignLeft | Qt::AlignTop, QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    painter.drawText(QRectF(l.grid.left(), l.grid.bottom() + fm.height(), l.grid.width(), fm.height() * 1.2),
                     Qt::AlignHCenter | Qt::AlignTop, trc("Hour of day (local time of the post or order)"));
    // Legend: the colour ramp from 0 to the maximum, and the hatch for "no data".
    const int steps = 40;
    const double w = l.legend.width() * 0.6 / steps;
    for (int i = 0; i < steps; ++i)
        painter.fillRect(QRectF(l.legend.left() + i * w, l.legend.top(), w + 0.5, l.legend.height()),
                         style.ramp(static_cast<double>(i) / (steps - 1)));
    const std::string metric = data.metricId.toStdString();
    painter.setPen(style.text);
    painter.drawText(QRectF(l.legend.left(), l.legend.bottom(), 200, fm.height() + 2), Qt::AlignLeft,
                     formatMetric(metric, 0.0, style));
    painter.drawText(QRectF(l.legend.left() + l.legend.width() * 0.6 - 200, l.legend.bottom(), 200, fm.height() + 2),
                     Qt::AlignRight, formatMetric(metric, maxValue, style));
    const QRectF hatch(l.legend.left() + l.legend.width() * 0.68, l.legend.top(), l.legend.height() * 1.5,
                       l.legend.height());
    painter.fillRect(hatch, QBrush(style.mutedText, Qt::BDiagPattern));
    painter.drawText(QRectF(hatch.right() + 6, hatch.top() - 3, 200, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
                     trc("no data"));
    painter.restore();
}

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent), m_style(ChartStyle::forTheme(Theme::Light))
{
    setMouseTracking(true);
}

void HeatmapWidget::setData(const HeatmapData &data, const ChartStyle &style)
{
    m_data = data;
    m_style = style;
    update();
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintHeatmap(painter, QRectF(rect()), m_data, m_style);
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Layout l = layoutFor(QRectF(rect()), QFontMetricsF(pixelFont(m_style.labelFont)), !m_data.title.isEmpty());
        const QPointF p = help->pos();
        if (l.grid.contains(p)) {
            const int h = std::clamp(static_cast<int>((p.x() - l.grid.left()) / l.cellW), 0, 23);
            const int d = std::clamp(static_cast<int>((p.y() - l.grid.top()) / l.cellH), 0, 6);
            const auto &v = m_data.cells[static_cast<size_t>(d)][static_cast<size_t>(h)];
            QToolTip::showText(help->globalPos(),
                               displayLocale().dayName(d + 1) + QStringLiteral(" %1:00–%1:59\n").arg(h, 2, 10, QLatin1Char('0')) +
                                   metricTooltip(m_data.metricId.toStdString(), v, m_style),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace iroi::ui
