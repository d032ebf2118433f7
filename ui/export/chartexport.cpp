#include "ui/export/chartexport.h"

#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLegend>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QWidget>

#ifdef IROI_HAVE_UI_CHARTS
#include "ui/charts/chartstyle.h"
#endif

namespace iroi::ui {

namespace {

Status saveBytes(const QByteArray &bytes, const QString &path)
{
    if (bytes.isEmpty())
        return Error::io(QStringLiteral("nothing was drawn"), path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    file.write(bytes);
    if (!file.commit())
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return success();
}

#ifndef IROI_HAVE_UI_CHARTS
void applyOwnPrintPalette(QChart *chart)
{
    const QColor text(0x22, 0x22, 0x22);
    const QColor grid(0xDD, 0xDD, 0xDD);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
    }
}
#endif

} // namespace

void applyPrintTheme(QChart *chart, const QString &currency)
{
    if (!chart)
        return;
#ifdef IROI_HAVE_UI_CHARTS
    applyChartStyle(chart, ChartStyle::forTheme(Theme::Print, currency));
#else
    Q_UNUSED(currency)
    applyOwnPrintPalette(chart);
#endif
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

PaintFunction chartPainter(QChart *chart)
{
    return [chart](QPainter &painter, const QRectF &rect) {
        if (!chart)
            return;
        const QSizeF oldSize = chart->size();
        QGraphicsScene *scene = chart->scene();
        std::unique_ptr<QGraphicsScene> privateScene;
        if (!scene) {
            privateScene = std::make_unique<QGraphicsScene>();
            privateScene->addItem(chart);
            scene = privateScene.get();
        }
        chart->resize(rect.size());
        // Lay out now: there is no event loop turn between resize and paint.
        if (chart->layout())
            chart->layout()->activate();
        const QRectF source = chart->sceneBoundingRect();
        scene->render(&painter, rect, source, Qt::IgnoreAspectRatio);
        if (privateScene)
            privateScene->removeItem(chart); // the caller keeps the chart
        else if (oldSize.isValid() && !oldSize.isEmpty())
            chart->resize(oldSize);
    };
}

PaintFunction scenePainter(QGraphicsScene *scene)
{
    return [scene](QPainter &painter, const QRectF &rect) {
        if (scene)
            scene->render(&painter, rect, scene->sceneRect(), Qt::KeepAspectRatio);
    };
}

PaintFunction widgetPainter(QWidget *widget)
{
    return [widget](QPainter &painter, const QRectF &rect) {
        if (!widget)
            return;
        const QSize oldSize = widget->size();
        widget->resize(rect.size().toSize());
        painter.save();
        painter.translate(rect.topLeft());
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
        widget->resize(oldSize);
    };
}

QImage renderImage(const PaintFunction &paint, const ChartExportOptions &options)
{
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(options.scale);
    // Dots per metre, so the PNG states its DPI (96 dpi at 1x).
    const int dpm = qRound(96.0 * options.scale / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, QRectF(QPointF(0, 0), options.logicalSize()));
    painter.end();
    return image;
}

QByteArray toPng(const PaintFunction &paint, const ChartExportOptions &options)
{
    const QImage image = renderImage(paint, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray toSvg(const PaintFunction &paint, const ChartExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSizeF logical = options.logicalSize();
    generator.setSize(logical.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), logical));
    generator.setResolution(96);
    generator.setTitle(options.title);
    generator.setDescription(QStringLiteral("Influence ROI"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), logical));
    painter.end();
    return bytes;
}

QByteArray toPdf(const PaintFunction &paint, const ChartExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // One page exactly the chart's size: logical pixels at 96 dpi become points.
    const QSizeF logical = options.logicalSize();
    writer.setPageSize(QPageSize(QSizeF(logical.width() * 72.0 / 96.0, logical.height() * 72.0 / 96.0),
                                 QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(96);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Influence ROI"));
    QPainter painter;
    if (!painter.begin(&writer))
        return {};
    paint(painter, QRectF(QPointF(0, 0), logical));
    painter.end();
    return bytes;
}

Status saveChart(const PaintFunction &paint, const QString &path, const ChartExportOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (options.pixelSize.isEmpty() || options.scale <= 0)
        return Error::usage(QStringLiteral("the picture size must be positive"));
    if (suffix == QLatin1String("png"))
        return saveBytes(toPng(paint, options), path);
    if (suffix == QLatin1String("svg"))
        return saveBytes(toSvg(paint, options), path);
    if (suffix == QLatin1String("pdf"))
        return saveBytes(toPdf(paint, options), path);
    Error error = Error::usage(QStringLiteral("unknown picture format"));
    error.file = path;
    error.value = suffix;
    error.expected = QStringLiteral("png, svg or pdf");
    return error;
}

Status saveChart(QChart *chart, const QString &path, const ChartExportOptions &options)
{
    return saveChart(chartPainter(chart), path, options);
}

void copyToClipboard(const PaintFunction &paint, const ChartExportOptions &options)
{
    auto *mime = new QMimeData; // the clipboard takes ownership
    mime->setImageData(renderImage(paint, options));
    mime->setData(QStringLiteral("image/svg+xml"), toSvg(paint, options));
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace iroi::ui
