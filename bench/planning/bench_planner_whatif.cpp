// Times the Planner page's manual what-if on the real page (offscreen, demo workspace):
//   fit: wall time of the worker fit and the longest gap of a 5 ms UI-thread timer meanwhile
//        (the UI thread must not block);
//   slider: one QSlider move -> PlannerLinesModel::setProposedSpend -> core evaluate() with
//        bands -> table, totals and sliders updated and repainted (processEvents);
//   curves: the response-curves chart rebuild that follows a drag (at most every 40 ms).
// Usage: bench_planner_whatif [channel|person|content-type]
#include "core/demo/demogenerator.h"
#include "ui/pages/plannercurves.h"
#include "ui/pages/plannerlinesmodel.h"
#include "ui/pages/plannerpage.h"
#include "ui/session/workspacesession.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSlider>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

using namespace iroi;
using namespace iroi::ui;

namespace {

// CPU time of the UI thread: on a loaded shared machine wall time mostly measures the neighbours.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InfluenceROI-bench"));
    QTextStream out(stdout);
    const auto kind = lineKindFromName(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("channel"));
    if (!kind) {
        out << "usage: bench_planner_whatif [channel|person|content-type]" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    auto path = ensureDemoWorkspace(dir.path());
    if (!path) {
        out << path.error().toString() << Qt::endl;
        return 1;
    }
    WorkspaceSession session;
    {
        QEventLoop loop;
        QObject::connect(&session, &WorkspaceSession::opened, &loop, &QEventLoop::quit);
        QObject::connect(&session, &WorkspaceSession::failed, &loop, &QEventLoop::quit);
        session.open(*path);
        loop.exec();
    }
    PlannerPage page(&session);
    page.resize(1600, 1000);
    page.show();

    QElapsedTimer clock, gap;
    qint64 longestGapNs = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGapNs = std::max(longestGapNs, gap.nsecsElapsed());
        gap.restart();
    });
    clock.start();
    gap.start();
    ticker.start();
    {
        QEventLoop loop;
        QObject::connect(&page, &PlannerPage::fitFinished, &loop, &QEventLoop::quit);
        page.setLineKind(*kind);
        if (!page.isFitting())
            page.startFit();
        loop.exec();
    }
    ticker.stop();
    if (!page.hasFit()) {
        out << "fit failed: " << page.statusText() << Qt::endl;
        return 1;
    }
    PlannerLinesModel *model = page.linesModel();
    const int rows = model->rowCount();
    out << "fit " << rows << " " << lineKindName(*kind) << " lines (100 bootstrap refits) on a worker: "
        << QString::number(clock.nsecsElapsed() / 1e9, 'f', 2) << " s; longest UI-thread gap of a 5 ms timer: "
        << QString::number(longestGapNs / 1e6, 'f', 1) << " ms" << Qt::endl;
    QCoreApplication::processEvents();

    constexpr int kMoves = 300;
    double totalMs = 0.0, worstMs = 0.0;
    const double cpu0 = threadCpuMs();
    for (int r = 0; r < kMoves; ++r) {
        QSlider *slider = page.slider(r % rows);
        clock.restart();
        slider->setValue((slider->value() + 37 + r) % 1000);
        QCoreApplication::processEvents(); // repaint of the table and the totals
        const double ms = clock.nsecsElapsed() / 1e6;
        totalMs += ms;
        worstMs = std::max(worstMs, ms);
    }
    out << "what-if slider move, " << rows << " lines with " << page.fit().fits.front().draws.size()
        << "-draw bands, evaluate + table/totals repaint: mean " << QString::number(totalMs / kMoves, 'f', 2)
        << " ms, worst " << QString::number(worstMs, 'f', 2) << " ms wall; UI-thread CPU "
        << QString::number((threadCpuMs() - cpu0) / kMoves, 'f', 2) << " ms per move" << Qt::endl;

    constexpr int kCharts = 20;
    QChartView view;
    view.resize(900, 560);
    clock.restart();
    for (int r = 0; r < kCharts; ++r) {
        QChart *old = view.chart();
        view.setChart(buildPlannerCurvesChart(model->request(), model->proposed(), ChartStyle::forTheme(Theme::Light),
                                              page.fit().data.outcomeName));
        delete old;
        view.grab();
    }
    out << "curves chart rebuild + paint (900x560): " << QString::number(clock.nsecsElapsed() / 1e6 / kCharts, 'f', 2)
        << " ms" << Qt::endl;
    return 0;
}
