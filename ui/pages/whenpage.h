#pragma once

#include "ui/pages/page.h"

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace iroi::ui {

class HeatmapWidget;

// When: the long game (trend with rolling average and the goal's pace), seasonality, and
// the day x hour heatmap.
class WhenPage : public Page
{
    Q_OBJECT
public:
    explicit WhenPage(QWidget *parent = nullptr);
    QString title() const override { return tr("When"); }
    QString pageId() const override { return QStringLiteral("when"); }
    HeatmapWidget *heatmap() const { return m_heatmap; }

protected:
    void rebuild() override;

private:
    void updateHeatmap();

    QChartView *m_trend;
    QChartView *m_season;
    HeatmapWidget *m_heatmap;
    QComboBox *m_heatMetric;
};

} // namespace iroi::ui
