#include "ui/pages/plannerpage.h"

#include "ui/models/tableview.h"
#include "ui/pages/grouptable.h"

#include <QChartView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace iroi::ui {

PlannerPage::PlannerPage(QWidget *parent)
    : Page(parent), m_intro(new QLabel(this)), m_baseline(newChartView(360)), m_table(new DataTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setText(tr("<h3>Budget planner: coming in the next release</h3>"
                        "<p>The planner will fit a response curve per channel (carry-over and saturation), show "
                        "marginal ROI at today's spend and let you try “€X more on channel Y” next to an optimiser, "
                        "with uncertainty bands and named scenarios. Below is the baseline it starts from: what "
                        "each channel cost and returned in the current filter.</p>"));
    layout->addWidget(m_intro);
    layout->addWidget(m_baseline, 3);
    layout->addWidget(m_table, 2);
    m_table->setTitle(tr("Baseline per channel"));
}

void PlannerPage::rebuild()
{
    const auto s = snapshot();
    showChart(m_baseline, buildGroupMetricChart(s->where, "roas", Dimension::Channel, style(),
                                                tr("Baseline return on ad spend per channel (revenue per 1 spent)")));
    auto *model = dynamic_cast<GroupTableModel *>(m_table->proxy()->sourceModel());
    if (!model) {
        model = newGroupTableModel(tr("Channel"), style(), this);
        m_table->setModel(model);
    }
    model->setRows(s->where);
    m_table->view()->resizeColumnsToContents();
}

} // namespace iroi::ui
