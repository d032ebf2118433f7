#include "ui/pages/funnelpage.h"

#include "ui/pages/kpitile.h"

#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace iroi::ui {

FunnelPage::FunnelPage(QWidget *parent)
    : Page(parent), m_funnel(newChartView(340)), m_rates(newChartView(340)), m_cohorts(newChartView(340))
{
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->addWidget(m_funnel, 0, 0);
    grid->addWidget(m_rates, 0, 1);
    layout->addLayout(grid, 1);
    auto *retention = new QHBoxLayout;
    auto *tiles = new QVBoxLayout;
    for (auto &tile : m_tiles) {
        tile = new KpiTile(this);
        tiles->addWidget(tile);
    }
    tiles->addStretch();
    retention->addLayout(tiles);
    retention->addWidget(m_cohorts, 1);
    layout->addLayout(retention, 1);
}

void FunnelPage::rebuild()
{
    const auto s = snapshot();
    const RetentionResult &r = s->retention;
    const ChartStyle &st = style();
    m_tiles[0]->setMetric("customers", static_cast<double>(r.customers), st, tr("acquired through the programme"));
    m_tiles[1]->setMetric("repeat_customers", static_cast<double>(r.repeatCustomers), st, tr("two or more orders"));
    m_tiles[2]->setMetric("repeat_purchase_rate", r.repeatPurchaseRate, st, tr("per acquired customer"));
    m_tiles[3]->setMetric("aov", r.aov, st, tr("per order"));
    m_tiles[4]->setMetric("clv", r.clv, st, tr("over %1 expected years").arg(r.expectedYears));
    showChart(m_funnel, buildFunnelChart(s->funnel, st));
    showChart(m_rates, buildStageRatesByGroupChart(s->funnel, st));
    showChart(m_cohorts, buildCohortChart(r, 10, st));
}

} // namespace iroi::ui
