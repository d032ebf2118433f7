#include "app/cli/cli.h"
#include "app/cli/cliio.h"
#include "app/cli/filteroptions.h"

#include "core/analysis/analysisengine.h"
#include "core/report/outline.h"
#include "core/store/workspace.h"
#include "ui/export/chartexport.h"
#include "ui/export/reportwriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>

namespace iroi::cli {

namespace {

// The views a single chart can be exported from, and the report page that draws each.
const QStringList kChartViews = {QStringLiteral("funnel"), QStringLiteral("who"),   QStringLiteral("where"),
                                 QStringLiteral("what"),   QStringLiteral("when"),  QStringLiteral("heatmap"),
                                 QStringLiteral("why"),    QStringLiteral("goals"), QStringLiteral("how")};

report::ReportChart chartForView(const QString &view)
{
    using report::ReportChart;
    if (view == QLatin1String("funnel"))
        return ReportChart::Funnel;
    if (view == QLatin1String("who"))
        return ReportChart::PeopleRevenue;
    if (view == QLatin1String("where"))
        return ReportChart::ChannelRevenueCost;
    if (view == QLatin1String("what"))
        return ReportChart::ContentTypeRevenueCost;
    if (view == QLatin1String("when"))
        return ReportChart::Trend;
    if (view == QLatin1String("heatmap"))
        return ReportChart::EngagementHeatmap;
    if (view == QLatin1String("why"))
        return ReportChart::ShareOfVoice;
    if (view == QLatin1String("goals"))
        return ReportChart::GoalAttainment;
    return ReportChart::CostBreakdown;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("Workspace file (.iroi)."));
    const QCommandLineOption reportOut(QStringLiteral("report"), QStringLiteral("Write the board pack to OUT.pdf or OUT.pptx."),
                                       QStringLiteral("OUT"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page size: 16:9 (default) or a4 (landscape)."),
                                  QStringLiteral("SIZE"), QStringLiteral("16:9"));
    const QCommandLineOption chart(QStringLiteral("chart"),
                                   QStringLiteral("Export one chart: %1.").arg(kChartViews.join(QStringLiteral(", "))),
                                   QStringLiteral("VIEW"));
    const QCommandLineOption chartOut(QStringLiteral("out"), QStringLiteral("The chart's file: OUT.png, OUT.svg or OUT.pdf."),
                                      QStringLiteral("OUT"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Chart width in pixels (default 1920)."),
                                   QStringLiteral("PX"), QStringLiteral("1920"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Chart height in pixels (default 1080)."),
                                    QStringLiteral("PX"), QStringLiteral("1080"));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("Pixels per layout unit (default 2)."),
                                   QStringLiteral("FACTOR"), QStringLiteral("2"));
    const FilterOptions filterOptions;
    parser.addOptions({reportOut, page, chart, chartOut, width, height, scale});
    filterOptions.addTo(parser);
    if (int code = parseOrExit(parser, arguments,
                               QStringLiteral("Export the board pack (PDF/PPTX) or one chart (PNG/SVG/PDF) for a filter."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("export needs exactly one workspace file"));
    const bool wantReport = parser.isSet(reportOut);
    const bool wantChart = parser.isSet(chart);
    if (wantReport == wantChart)
        return usageError(QStringLiteral("export needs either --report OUT or --chart VIEW --out OUT"));
    QString outPath;
    ui::PageFormat format = ui::PageFormat::Wide;
    ui::ChartExportOptions chartOptions;
    if (wantReport) {
        outPath = parser.value(reportOut);
        const QString suffix = QFileInfo(outPath).suffix().toLower();
        if (suffix != QLatin1String("pdf") && suffix != QLatin1String("pptx"))
            return usageError(QStringLiteral("--report must name a .pdf or .pptx file"));
        const QString size = parser.value(page).toLower();
        if (size == QLatin1String("a4"))
            format = ui::PageFormat::A4;
        else if (size != QLatin1String("16:9"))
            return usageError(QStringLiteral("--page must be 16:9 or a4"));
    } else {
        if (!kChartViews.contains(parser.value(chart)))
            return usageError(QStringLiteral("--chart must be one of %1").arg(kChartViews.join(QStringLiteral(", "))));
        if (!parser.isSet(chartOut))
            return usageError(QStringLiteral("--chart needs --out OUT.png, OUT.svg or OUT.pdf"));
        outPath = parser.value(chartOut);
        const QString suffix = QFileInfo(outPath).suffix().toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
            return usageError(QStringLiteral("--out must name a .png, .svg or .pdf file"));
        bool okW = false, okH = false, okS = false;
        chartOptions.pixelSize = QSize(parser.value(width).toInt(&okW), parser.value(height).toInt(&okH));
        chartOptions.scale = parser.value(scale).toDouble(&okS);
        if (!okW || !okH || !okS || chartOptions.pixelSize.width() < 16 || chartOptions.pixelSize.height() < 16
            || chartOptions.pixelSize.width() > 20000 || chartOptions.pixelSize.height() > 20000 || chartOptions.scale < 0.25
            || chartOptions.scale > 8)
            return usageError(QStringLiteral("--width/--height must be 16 to 20000 pixels and --scale 0.25 to 8"));
    }

    auto workspace = Workspace::open(parser.positionalArguments().constFirst(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.error());
    NullProgress progress;
    auto engine = AnalysisEngine::load(*workspace, progress);
    if (!engine)
        return fail(engine.error());
    const Catalog &catalog = (*engine)->catalog();

    const std::optional<Filter> resolved = filterOptions.resolve(parser, catalog);
    if (!resolved)
        return BadInput;
    const Filter &filter = *resolved;

    QElapsedTimer timer;
    timer.start();
    auto outline = report::buildOutline(*workspace, **engine, filter);
    if (!outline)
        return fail(outline.error());

    if (wantReport) {
        const ui::ReportWriter writer(*outline, format);
        if (const Status status = writer.write(outPath); !status)
            return fail(status.error());
        out() << QStringLiteral("wrote %1 (%2 pages) in %3 ms").arg(outPath).arg(writer.pageCount()).arg(timer.elapsed())
              << Qt::endl;
        return Ok;
    }

    // One chart: the same drawing as the report page, at the size asked for.
    const ui::ReportWriter writer(*outline, ui::PageFormat::Wide);
    const report::ReportChart which = chartForView(parser.value(chart));
    chartOptions.title = parser.value(chart);
    const Status status = ui::saveChart(
        [&writer, which](QPainter &painter, const QRectF &rect) { writer.paintChartOnly(painter, rect, which); }, outPath,
        chartOptions);
    if (!status)
        return fail(status.error());
    out() << QStringLiteral("wrote %1").arg(outPath) << Qt::endl;
    return Ok;
}

} // namespace iroi::cli
