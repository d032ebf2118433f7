#include "ui/pages/howpage.h"

#include "ui/models/tableview.h"
#include "ui/pages/kpitile.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace iroi::ui {

HowPage::HowPage(QWidget *parent)
    : Page(parent), m_breakdown(newChartView(360)), m_stack(newChartView(360)), m_table(new DataTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *tiles = new QHBoxLayout;
    for (auto &tile : m_tiles) {
        tile = new KpiTile(this);
        tiles->addWidget(tile);
    }
    layout->addLayout(tiles);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_breakdown, 2);
    charts->addWidget(m_stack, 3);
    layout->addLayout(charts, 3);
    layout->addWidget(m_table, 2);
    m_table->setTitle(tr("Cost per person (travel and shipping show where local creators save money)"));
    connect(m_table, &DataTableView::rowActivated, this, [this](qint64 id) { emit drillRequested(QStringLiteral("person"), id); });
}

void HowPage::rebuild()
{
    const auto s = snapshot();
    const HowResult &how = s->how;
    const ChartStyle &st = style();
    m_tiles[0]->setMetric("cost", centsToDouble(how.total), st, tr("every cost category"));
    m_tiles[1]->setMetric("overhead", centsToDouble(how.overhead), st, tr("all but paid boosts"));
    m_tiles[2]->setMetric("overhead_share", how.overheadShare, st, tr("of fully loaded cost"));
    m_tiles[3]->setMetric("cpm", how.costPerStage.cpm, st, tr("awareness"));
    m_tiles[4]->setMetric("cpe", how.costPerStage.cpe, st, tr("consideration"));
    m_tiles[5]->setMetric("cpc", how.costPerStage.cpc, st, tr("consideration"));
    m_tiles[6]->setMetric("cpa", how.costPerStage.cpa, st, tr("purchase"));
    showChart(m_breakdown, buildCostBreakdownChart(how, st));
    showChart(m_stack, buildRoiCostStackChart(s->costByChannel, Dimension::Channel, st));
    if (!m_model) {
        using M = VectorTableModel<PersonCostRow>;
        std::vector<M::Column> columns;
        M::Column name;
        name.title = tr("Person");
        name.display = [](const PersonCostRow &r) { return r.key; };
        columns.push_back(name);
        auto money = [st](const QString &title, Cents PersonCostRow::*field) {
            M::Column c;
            c.title = title;
            // Exact amounts to the cent: the currency is in the column title, and a table mixing
            // "€266k" with "€1,644.00" cannot be compared at a glance.
            c.display = [field](const PersonCostRow &r) { return QLocale().toString(centsToDouble(r.*field), 'f', 2); };
            c.sortValue = [field](const PersonCostRow &r) { return QVariant::fromValue(r.*field); };
            c.alignment = Qt::AlignRight | Qt::AlignVCenter;
            return c;
        };
        columns.push_back(money(tr("Travel & lodging (%1)").arg(st.currency), &PersonCostRow::travel));
        columns.push_back(money(tr("Shipping (%1)").arg(st.currency), &PersonCostRow::shipping));
        columns.push_back(money(tr("Fully loaded cost (%1)").arg(st.currency), &PersonCostRow::total));
        m_model = new M(std::move(columns), this);
        m_model->setIdFunction([](const PersonCostRow &r) { return r.personId; });
        m_table->setModel(m_model);
        m_table->view()->horizontalHeader()->setStretchLastSection(false);
    }
    m_model->setRows(how.people);
    m_table->view()->resizeColumnsToContents();
}

} // namespace iroi::ui
