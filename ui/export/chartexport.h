#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsScene;
class QPainter;
class QWidget;
QT_END_NAMESPACE

namespace iroi::ui {

// Anything that can draw itself into a rectangle of a painter: a chart, a scene, a widget,
// the heatmap. Exports never grab the screen; they paint again at the size asked for, so
// PDF and SVG stay vector.
using PaintFunction = std::function<void(QPainter &painter, const QRectF &rect)>;

struct ChartExportOptions
{
    // The picture's size in pixels (PNG) and its scale: the chart is laid out at
    // pixelSize / scale logical pixels and drawn scale times larger, so text keeps a
    // readable size on a slide. Default 1920 x 1080 at 2x (laid out as 960 x 540).
    QSize pixelSize{1920, 1080};
    qreal scale = 2.0;
    QString title; // written into SVG/PDF metadata

    QSizeF logicalSize() const { return QSizeF(pixelSize) / (scale > 0 ? scale : 1.0); }
};

// Print-friendly look for exports whatever the screen theme: white background, dark text,
// legend at the bottom, no animation (the ui/charts Print theme).
void applyPrintTheme(QChart *chart, const QString &currency = QStringLiteral("EUR"));

// A chart that is not in a view is put into a private scene while it paints and taken out
// again, so the caller keeps ownership. The chart is resized to the target rectangle.
PaintFunction chartPainter(QChart *chart);
PaintFunction scenePainter(QGraphicsScene *scene);
PaintFunction widgetPainter(QWidget *widget);

QImage renderImage(const PaintFunction &paint, const ChartExportOptions &options = {});
QByteArray toPng(const PaintFunction &paint, const ChartExportOptions &options = {});
QByteArray toSvg(const PaintFunction &paint, const ChartExportOptions &options = {});
QByteArray toPdf(const PaintFunction &paint, const ChartExportOptions &options = {});

// Writes PNG, SVG or PDF by the file's suffix (.png, .svg, .pdf); anything else is a usage error.
Status saveChart(const PaintFunction &paint, const QString &path, const ChartExportOptions &options = {});
Status saveChart(QChart *chart, const QString &path, const ChartExportOptions &options = {});

// Puts the picture on the clipboard as PNG and SVG, so both office and vector tools paste it.
void copyToClipboard(const PaintFunction &paint, const ChartExportOptions &options = {});

} // namespace iroi::ui
