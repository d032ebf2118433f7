#include "ui/pages/page.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QScatterSeries>

namespace iroi::ui {

Page::Page(QWidget *parent) : QWidget(parent), m_style(ChartStyle::forTheme(Theme::Light)) {}

void Page::setContext(const Catalog *catalog, const ChartStyle &style)
{
    m_catalog = catalog;
    m_style = style;
    m_dirty = true;
    if (isVisible())
        ensureBuilt();
}

void Page::setSnapshot(std::shared_ptr<const ViewSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_dirty = true;
    if (isVisible())
        ensureBuilt();
}

void Page::ensureBuilt()
{
    if (!m_dirty || !m_snapshot)
        return;
    m_dirty = false;
    rebuild();
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureBuilt();
}

const Catalog &Page::catalog() const
{
    static const Catalog empty;
    return m_catalog ? *m_catalog : empty;
}

QList<QChartView *> Page::chartViews() const
{
    return findChildren<QChartView *>();
}

QChartView *Page::newChartView(int minimumHeight)
{
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

void Page::showChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    // QChartView::setChart does not delete the previous chart it owned.
    if (old && old != chart)
        delete old;
    view->setBackgroundBrush(m_style.background);
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::clicked, this, [this, chart](int index, QBarSet *) {
                const DrillTarget target = drillTarget(chart, index);
                if (!target.dimension.isEmpty() && target.id != 0)
                    emit drillRequested(target.dimension, target.id);
            });
        } else if (auto *points = qobject_cast<QScatterSeries *>(series)) {
            connect(points, &QScatterSeries::clicked, this, [this, points](const QPointF &point) {
                const QVariantList ids = points->property("iroi.ids").toList();
                const QList<QPointF> all = points->points();
                for (qsizetype i = 0; i < all.size() && i < ids.size(); ++i)
                    if (all.at(i) == point) {
                        emit drillRequested(points->property("iroi.dimension").toString(), ids.at(i).toLongLong());
                        return;
                    }
            });
        }
    }
}

} // namespace iroi::ui
