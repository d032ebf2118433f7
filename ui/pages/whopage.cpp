#include "ui/pages/whopage.h"

#include "ui/models/tableview.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace iroi::ui {

WhoPage::WhoPage(QWidget *parent)
    : Page(parent)
    , m_scatter(newChartView(360))
    , m_top(newChartView(360))
    , m_scorecard(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_model(nullptr)
{
    auto *layout = new QVBoxLayout(this);
    m_scorecard->setWordWrap(true);
    m_scorecard->setTextFormat(Qt::RichText);
    m_scorecard->setVisible(false);
    layout->addWidget(m_scorecard);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *charts = new QWidget(splitter);
    auto *row = new QHBoxLayout(charts);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_scatter, 3);
    row->addWidget(m_top, 2);
    splitter->addWidget(charts);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_table->setTitle(tr("People: performance and recommendation (double-click for the scorecard)"));
    connect(m_table, &DataTableView::rowActivated, this, [this](qint64 id) { emit drillRequested(QStringLiteral("person"), id); });
}

void WhoPage::rebuild()
{
    const auto s = snapshot();
    if (!m_model) {
        m_model = newPersonTableModel(style(), this);
        m_table->setModel(m_model);
    }
    m_model->setRows(s->who);
    m_table->view()->resizeColumnsToContents();
    showChart(m_scatter, buildActivityPerformanceChart(s->who, style()));
    showChart(m_top, buildPeopleRevenueChart(s->who, 12, style()));
    if (s->filter.personIds.size() == 1 && !s->who.empty()) {
        const PersonScore &p = s->who.front();
        const QString vs = p.vsGroupMedian ? tr("%1 against the group median revenue per post").arg(formatPercent(p.vsGroupMedian, 0))
                                           : tr("no group comparison (n/a)");
        m_scorecard->setText(tr("<h3>Scorecard: %1 (%2)</h3>"
                                "<p>Posts <b>%3</b> · Revenue <b>%4</b> · Revenue per post <b>%5</b> (%6) · "
                                "Cost <b>%7</b> · ROI <b>%8</b> · Audience fit <b>%9</b> · Trend <b>%10</b></p>"
                                "<p><b>%11</b>: %12</p>")
                                 .arg(p.key.toHtmlEscaped(), p.handle.toHtmlEscaped(), formatCount(static_cast<double>(p.totals.posts)),
                                      formatMoneyValue(centsToDouble(p.totals.revenue), style()),
                                      formatMetric("revenue_per_post", p.kpis.revenuePerPost, style()), vs,
                                      formatMoneyValue(centsToDouble(p.totals.cost), style()),
                                      formatMetric("roi", p.kpis.roi, style()), formatPercent(p.audienceFit, 0))
                                 .arg(formatPercent(p.trend, 0), recommendationLabel(p.recommendation), p.reason.toHtmlEscaped()));
        m_scorecard->setVisible(true);
    } else {
        m_scorecard->setVisible(false);
    }
}

} // namespace iroi::ui
