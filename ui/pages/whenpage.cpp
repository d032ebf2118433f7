#include "ui/pages/whenpage.h"

#include "ui/charts/heatmap.h"
#include "ui/widgets/chartexportmenu.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace iroi::ui {

WhenPage::WhenPage(QWidget *parent)
    : Page(parent)
    , m_trend(newChartView(360))
    , m_season(newChartView(300))
    , m_heatmap(new HeatmapWidget(this))
    , m_heatMetric(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_trend, 3);
    auto *bottom = new QHBoxLayout;
    auto *heatBox = new QVBoxLayout;
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Heatmap of"), this));
    m_heatMetric->addItem(tr("Engagement rate per post (publishing time)"), static_cast<int>(HeatMetric::EngagementRate));
    m_heatMetric->addItem(tr("Click-through rate per post (publishing time)"), static_cast<int>(HeatMetric::Ctr));
    m_heatMetric->addItem(tr("Engagements (publishing time)"), static_cast<int>(HeatMetric::Engagements));
    m_heatMetric->addItem(tr("Clicks (publishing time)"), static_cast<int>(HeatMetric::Clicks));
    m_heatMetric->addItem(tr("Orders (order time)"), static_cast<int>(HeatMetric::Orders));
    m_heatMetric->addItem(tr("Revenue (order time)"), static_cast<int>(HeatMetric::Revenue));
    pick->addWidget(m_heatMetric);
    pick->addStretch();
    heatBox->addLayout(pick);
    heatBox->addWidget(m_heatmap, 1);
    bottom->addLayout(heatBox, 3);
    bottom->addWidget(m_season, 2);
    layout->addLayout(bottom, 3);
    connect(m_heatMetric, &QComboBox::currentIndexChanged, this, &WhenPage::updateHeatmap);
    // Exported in the print theme like every other chart, whatever the screen theme.
    ChartExportMenu::installOnWidget(m_heatmap, QStringLiteral("heatmap-day-hour"), [this](QPainter &painter, const QRectF &rect) {
        paintHeatmap(painter, rect, m_heatmap->data(), ChartStyle::forTheme(Theme::Print, style().currency));
    });
}

void WhenPage::rebuild()
{
    const auto s = snapshot();
    const GoalStatus *revenueGoal = nullptr;
    for (const GoalStatus &g : s->overview.goals)
        if (g.metric == QLatin1String("revenue")) {
            revenueGoal = &g;
            break;
        }
    showChart(m_trend, buildTrendChart(s->when, style(), revenueGoal));
    showChart(m_season, buildSeasonalityChart(s->when, style()));
    updateHeatmap();
}

void WhenPage::updateHeatmap()
{
    const auto s = snapshot();
    if (!s)
        return;
    m_heatmap->setData(heatmapFromWhen(s->when, static_cast<HeatMetric>(m_heatMetric->currentData().toInt())), style());
}

} // namespace iroi::ui
