#include "ui/pages/overviewpage.h"

#include "ui/pages/kpitile.h"

#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace iroi::ui {

namespace {
constexpr const char *kTiles[] = {"revenue", "cost", "roi", "roas", "emv", "emv_roi",
                                  "impressions", "engagement_rate", "ctr", "orders", "cpa", "clv"};
}

OverviewPage::OverviewPage(QWidget *parent) : Page(parent), m_funnel(newChartView(380)), m_goals(newChartView(380))
{
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    int i = 0;
    for (const char *id : kTiles) {
        auto *tile = new KpiTile(this);
        tile->setObjectName(QStringLiteral("tile_") + QLatin1String(id));
        m_tiles.emplace_back(QLatin1String(id), tile);
        grid->addWidget(tile, i / 6, i % 6);
        ++i;
    }
    layout->addLayout(grid);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_funnel, 3);
    charts->addWidget(m_goals, 2);
    layout->addLayout(charts, 1);
}

KpiTile *OverviewPage::tile(const QString &metricId) const
{
    for (const auto &[id, tile] : m_tiles)
        if (id == metricId)
            return tile;
    return nullptr;
}

void OverviewPage::rebuild()
{
    const auto s = snapshot();
    const OverviewResult &o = s->overview;
    for (const auto &[id, tile] : m_tiles) {
        const std::string metric = id.toStdString();
        OptDouble value = metricValue(o.totals, o.kpis, metric);
        QString note;
        if (id == QLatin1String("clv"))
            value = o.clv;
        if (id == QLatin1String("emv"))
            note = o.emvCardVersion ? tr("Rate card v%1 “%2”; an estimate, not cash").arg(o.emvCardVersion).arg(o.emvCardName)
                                    : tr("No EMV rate card in this workspace");
        else if (id == QLatin1String("roi"))
            note = tr("(revenue − cost) / fully loaded cost");
        else if (id == QLatin1String("cost"))
            note = tr("all categories, staff time included");
        else if (id == QLatin1String("engagement_rate"))
            note = tr("per reach");
        else if (id == QLatin1String("ctr"))
            note = tr("per impression");
        tile->setMetric(metric, value, style(), note);
    }
    showChart(m_funnel, buildFunnelChart(s->funnel, style()));
    showChart(m_goals, buildGoalAttainmentChart(o.goals, style()));
}

} // namespace iroi::ui
