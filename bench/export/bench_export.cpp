// Times the board pack: demo workspace -> analysis -> outline -> PDF 16:9 (target <= 3 s)
// and the PPTX. Prints figures; never part of ctest.

#include "core/analysis/analysisengine.h"
#include "core/demo/demogenerator.h"
#include "core/report/outline.h"
#include "core/store/workspace.h"
#include "ui/export/reportwriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace iroi;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto demo = ensureDemoWorkspace(dir.path());
    if (!demo) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(demo.error().toString()));
        return 1;
    }
    auto workspace = Workspace::open(*demo, Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;
    NullProgress progress;
    QElapsedTimer timer;
    timer.start();
    auto engine = AnalysisEngine::load(*workspace, progress);
    if (!engine)
        return 1;
    const qint64 loadMs = timer.restart();
    auto outline = report::buildOutline(*workspace, **engine, Filter{});
    if (!outline)
        return 1;
    const qint64 outlineMs = timer.restart();
    for (int run = 1; run <= 3; ++run) {
        timer.restart();
        const ui::ReportWriter writer(*outline, ui::PageFormat::Wide);
        if (!writer.writePdf(dir.filePath(QStringLiteral("report.pdf"))).ok())
            return 1;
        const qint64 pdfMs = timer.restart();
        if (!writer.writePptx(dir.filePath(QStringLiteral("report.pptx"))).ok())
            return 1;
        const qint64 pptxMs = timer.elapsed();
        std::printf("run %d: engine load %lld ms, outline (all views) %lld ms, PDF 16:9 %d pages %lld ms, PPTX %lld ms\n",
                    run, static_cast<long long>(loadMs), static_cast<long long>(outlineMs), writer.pageCount(),
                    static_cast<long long>(pdfMs), static_cast<long long>(pptxMs));
        std::printf("demo report PDF 16:9 end to end (outline + PDF): %.2f s (target <= 3 s)\n",
                    static_cast<double>(outlineMs + pdfMs) / 1000.0);
    }
    return 0;
}
