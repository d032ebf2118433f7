#include "ui/widgets/chartexportmenu.h"

#include "ui/export/chartexport.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace iroi::ui {

namespace {

QString currencyOf(QChartView *view)
{
    const QString currency = view->property("iroi.currency").toString();
    return currency.isEmpty() ? QStringLiteral("EUR") : currency;
}

// Runs write with the chart in the print theme, then hands the screen theme back.
template<typename Write>
void withPrintTheme(QChartView *view, const ChartExportMenu::Restyle &restyle, Write write)
{
    QChart *chart = view->chart();
    applyPrintTheme(chart, currencyOf(view));
    write(chart);
    if (restyle)
        QTimer::singleShot(0, view, restyle); // the page rebuilds its charts in the screen theme
}

} // namespace

QString ChartExportMenu::suggestedFileName(QChartView *view)
{
    QString name = view && view->chart() ? view->chart()->title().toLower() : QString();
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    name = name.left(60);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

QString ChartExportMenu::saveTo(QChartView *view, const QString &path, const Restyle &restyle)
{
    if (!view || !view->chart())
        return tr("There is no chart to export.");
    QString error;
    withPrintTheme(view, restyle, [&](QChart *chart) {
        ChartExportOptions options;
        options.title = chart->title();
        if (const Status status = saveChart(chart, path, options); !status)
            error = status.error().toString();
    });
    return error;
}

QString ChartExportMenu::saveAs(QWidget *parent, QChartView *view, const Restyle &restyle)
{
    if (!view || !view->chart())
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export chart"), folder + QLatin1Char('/') + suggestedFileName(view) + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return {};
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selected.contains(QStringLiteral("*.svg")) ? QStringLiteral(".svg")
                  : selected.contains(QStringLiteral("*.pdf")) ? QStringLiteral(".pdf")
                                                                : QStringLiteral(".png");
    if (const QString error = saveTo(view, target, restyle); !error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export chart"), error);
        return {};
    }
    return target;
}

void ChartExportMenu::copy(QChartView *view, const Restyle &restyle)
{
    if (!view || !view->chart())
        return;
    withPrintTheme(view, restyle, [](QChart *chart) { copyToClipboard(chartPainter(chart)); });
}

void ChartExportMenu::addActions(QMenu *menu, QChartView *view, const Restyle &restyle)
{
    QPointer<QChartView> guarded(view);
    menu->addAction(tr("Export chart as PNG, SVG or PDF…"), view, [guarded, restyle] {
        if (guarded)
            saveAs(guarded->window(), guarded, restyle);
    });
    menu->addAction(tr("Copy chart"), view, [guarded, restyle] {
        if (guarded)
            copy(guarded, restyle);
    });
}

void ChartExportMenu::installOnWidget(QWidget *widget, const QString &fileName, const Paint &paint)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(widget, &QWidget::customContextMenuRequested, widget, [widget, fileName, paint](const QPoint &pos) {
        const PaintFunction painter = paint ? PaintFunction(paint) : widgetPainter(widget);
        QMenu menu(widget);
        menu.addAction(tr("Export chart as PNG, SVG or PDF…"), widget, [widget, fileName, painter] {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            const QString path = QFileDialog::getSaveFileName(
                widget->window(), tr("Export chart"), folder + QLatin1Char('/') + fileName + QStringLiteral(".png"),
                tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"));
            if (path.isEmpty())
                return;
            if (const Status status = saveChart(painter, path); !status)
                QMessageBox::warning(widget->window(), tr("Export chart"), status.error().toString());
        });
        menu.addAction(tr("Copy chart"), widget, [painter] { copyToClipboard(painter); });
        menu.exec(widget->mapToGlobal(pos));
    });
}

void ChartExportMenu::install(QChartView *view, const Restyle &restyle)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, restyle](const QPoint &pos) {
        QMenu menu(view);
        addActions(&menu, view, restyle);
        menu.exec(view->mapToGlobal(pos));
    });
}

} // namespace iroi::ui
