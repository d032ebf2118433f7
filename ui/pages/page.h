#pragma once

#include "core/analysis/catalog.h"
#include "ui/charts/chartstyle.h"
#include "ui/session/viewsnapshot.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace iroi::ui {

// A view of the cockpit. Pages only draw a ViewSnapshot computed elsewhere; a page that is
// not visible just remembers that it is out of date and rebuilds when shown, so a filter
// change costs one page's charts, not ten.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // A stable id for settings and screenshots ("overview", "who", ...).
    virtual QString pageId() const = 0;

    void setContext(const Catalog *catalog, const ChartStyle &style);
    void setSnapshot(std::shared_ptr<const ViewSnapshot> snapshot);
    std::shared_ptr<const ViewSnapshot> snapshot() const { return m_snapshot; }
    // Rebuilds now if out of date (tests and screenshots call it on hidden pages).
    void ensureBuilt();
    QList<QChartView *> chartViews() const;
    // The chart File > Export chart writes: the one last right-clicked or focused, else the first.
    QChartView *primaryChartView() const;
    // Rebuilds the charts in the page's style (after an export drew them in the print theme).
    void restyleCharts();

signals:
    // A click on a person, channel, content type or campaign in a chart or table.
    void drillRequested(const QString &dimension, qint64 id);

protected:
    virtual void rebuild() = 0;
    void showEvent(QShowEvent *event) override;

    QChartView *newChartView(int minimumHeight = 320);
    // Shows chart in view (the view owns it; the previous chart is deleted) and routes clicks
    // on bars and points to drillRequested.
    void showChart(QChartView *view, QChart *chart);
    const ChartStyle &style() const { return m_style; }
    const Catalog &catalog() const;
    bool hasData() const { return m_snapshot != nullptr; }

private:
    const Catalog *m_catalog = nullptr;
    ChartStyle m_style;
    std::shared_ptr<const ViewSnapshot> m_snapshot;
    bool m_dirty = true;
};

} // namespace iroi::ui
