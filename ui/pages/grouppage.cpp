#include "ui/pages/grouppage.h"

#include "ui/models/tableview.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace iroi::ui {

GroupPage::GroupPage(Dimension dimension, const QString &groupTitle, QWidget *parent)
    : Page(parent)
    , m_dimension(dimension)
    , m_groupTitle(groupTitle)
    , m_left(newChartView(380))
    , m_right(newChartView(380))
    , m_table(new DataTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *charts = new QWidget(splitter);
    auto *row = new QHBoxLayout(charts);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_left, 1);
    row->addWidget(m_right, 1);
    splitter->addWidget(charts);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    m_table->setTitle(tr("Figures per %1 (double-click to narrow the filter)").arg(groupTitle.toLower()));
    connect(m_table, &DataTableView::rowActivated, this,
            [this](qint64 id) { emit drillRequested(dimensionId(m_dimension), id); });
}

void GroupPage::rebuild()
{
    const auto s = snapshot();
    if (!m_model) {
        m_model = newGroupTableModel(m_groupTitle, style(), this);
        m_table->setModel(m_model);
    }
    m_model->setRows(rows(*s));
    m_table->view()->resizeColumnsToContents();
    showChart(m_left, leftChart(*s));
    showChart(m_right, rightChart(*s));
}

WhatPage::WhatPage(QWidget *parent) : GroupPage(Dimension::ContentType, tr("Content type"), parent) {}

QChart *WhatPage::leftChart(const ViewSnapshot &s) const
{
    return buildGroupMetricChart(s.what, "revenue_per_post", Dimension::ContentType, style(),
                                 tr("Revenue per post by content type (performance)"));
}

QChart *WhatPage::rightChart(const ViewSnapshot &s) const
{
    return buildGroupMetricChart(s.what, "engagement_rate", Dimension::ContentType, style(),
                                 tr("Engagement rate by content type (engagements per reach)"));
}

WherePage::WherePage(QWidget *parent) : GroupPage(Dimension::Channel, tr("Channel"), parent) {}

QChart *WherePage::leftChart(const ViewSnapshot &s) const
{
    QChart *chart = buildStageRatesByGroupChart(s.funnel, style());
    chart->setTitle(tr("Stage-to-stage rates by channel"));
    return chart;
}

QChart *WherePage::rightChart(const ViewSnapshot &s) const
{
    return buildRevenueCostChart(s.where, Dimension::Channel, style(), tr("Revenue against fully loaded cost by channel"));
}

} // namespace iroi::ui
