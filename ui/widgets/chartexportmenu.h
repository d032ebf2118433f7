#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

QT_BEGIN_NAMESPACE
class QChartView;
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace iroi::ui {

// The UI's entry points to ui/export for one chart on screen: the chart's context menu and
// File > Export chart. Exports are drawn again in the print theme at slide size (never a
// screen grab), so a dark screen theme does not end up in a board deck.
class ChartExportMenu
{
    Q_DECLARE_TR_FUNCTIONS(ChartExportMenu)

public:
    // Asks for a file (PNG, SVG or PDF by suffix) and writes the chart there; shows an error
    // in place when writing fails. Returns the path written, or empty.
    // The print theme is applied to the chart for the export; restyle (if given) is called
    // afterwards, from the event loop, to put the screen theme back.
    using Restyle = std::function<void()>;
    static QString saveAs(QWidget *parent, QChartView *view, const Restyle &restyle = {});
    // Writes the chart to path (suffix .png, .svg or .pdf); an error message, or empty.
    static QString saveTo(QChartView *view, const QString &path, const Restyle &restyle = {});
    // PNG and SVG on the clipboard.
    static void copy(QChartView *view, const Restyle &restyle = {});
    // Fills menu with "Save chart as…" and "Copy chart" for view.
    static void addActions(QMenu *menu, QChartView *view, const Restyle &restyle = {});
    // Gives view a context menu with those actions.
    static void install(QChartView *view, const Restyle &restyle = {});
    // The same for a custom-painted chart widget (the day x hour heatmap). paint draws it
    // again at export size (in the print theme); without it the widget's own painting is used.
    using Paint = std::function<void(QPainter &painter, const QRectF &rect)>;
    static void installOnWidget(QWidget *widget, const QString &fileName, const Paint &paint = {});
    // A file name from the chart's title ("Revenue per week" -> "revenue-per-week").
    static QString suggestedFileName(QChartView *view);
};

} // namespace iroi::ui
