#pragma once

#include "core/analysis/views.h"
#include "ui/charts/chartstyle.h"

#include <QRectF>
#include <QWidget>

#include <array>
#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace iroi::ui {

// A day-of-week x hour-of-day grid; cells without data are nullopt and drawn hatched (a gap,
// not a zero).
struct HeatmapData
{
    QString title;
    QString metricId; // for the tooltip definition and value format
    std::array<std::array<std::optional<double>, 24>, 7> cells{}; // [0 = Monday][hour]
};

// EngagementRate and Ctr average each post's own rate per publishing slot, so they show when
// posting works best; the totals mostly show when people happen to post.
enum class HeatMetric { EngagementRate, Ctr, Engagements, Clicks, Orders, Revenue };
HeatmapData heatmapFromWhen(const WhenResult &when, HeatMetric metric);

// Paints the heatmap into rect; used by HeatmapWidget and by the board-report export.
void paintHeatmap(QPainter &painter, const QRectF &rect, const HeatmapData &data, const ChartStyle &style);

// The heatmap as a widget with tooltips (exact value and the metric's definition).
class HeatmapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget *parent = nullptr);
    void setData(const HeatmapData &data, const ChartStyle &style);
    const HeatmapData &data() const { return m_data; }
    QSize sizeHint() const override { return {720, 300}; }
    QSize minimumSizeHint() const override { return {360, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    HeatmapData m_data;
    ChartStyle m_style;
};

} // namespace iroi::ui
