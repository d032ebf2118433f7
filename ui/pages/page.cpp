#include "ui/pages/page.h"

#include "ui/widgets/chartexportmenu.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QScatterSeries>
#include <QTimer>

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
    // A page shown for the first time by the stack still has its old size here; charts laid
    // out at that size keep elided axis labels ("…") after the resize. Build once the stack
    // has given the page its real geometry.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            ensureBuilt();
    });
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

QChartView *Page::primaryChartView() const
{
    QChartView *first = nullptr;
    for (QChartView *view : chartViews()) {
        if (!view->chart() || view->chart()->series().isEmpty())
            continue;
        if (view->hasFocus())
            return view;
        if (!first)
            first = view;
    }
    return first;
}

QChartView *Page::newChartView(int minimumHeight)
{
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->setFrameShape(QFrame::NoFrame);
    // Every chart can be exported from its context menu; the export repaints it in the print
    // theme, so the page rebuilds its charts in the screen theme afterwards.
    ChartExportMenu::install(view, [this] { restyleCharts(); });
    return view;
}

void Page::restyleCharts()
{
    m_dirty = true;
    if (isVisible())
        ensureBuilt();
}

void Page::showChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    // QChartView::setChart does not delete the previous chart it owned.
    if (old && old != chart)
        delete old;
    view->setBackgroundBrush(m_style.background);
    view->setProperty("iroi.currency", m_style.currency);
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
