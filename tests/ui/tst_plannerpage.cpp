// Offscreen checks of the Planner page on the demo workspace: it fits on a worker (and can
// be cancelled), the table has one row per line core fits, a slider gives the figure the
// Hill/adstock formula gives for that spend, the optimiser spends the budget with equal
// marginal ROI across free lines, a frozen line keeps its spend, and scenarios are saved,
// duplicated, compared and put against actuals.
// Set IROI_PLANNER_SHOT=/path.png to also write a 1600x1000 picture of the fitted page.
#include "core/demo/demogenerator.h"
#include "core/planning/planningdata.h"
#include "core/planning/scenario.h"
#include "core/store/workspace.h"
#include "ui/mainwindow.h"
#include "ui/models/vectortablemodel.h"
#include "ui/pages/plannercontrols.h"
#include "ui/pages/plannerlinesmodel.h"
#include "ui/pages/planneroutlook.h"
#include "ui/pages/plannerpage.h"
#include "ui/pages/plannerscenarios.h"
#include "ui/session/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace iroi;
using namespace iroi::ui;

namespace {

// The planner's steady-state period response, written out from the model's definition
// (docs/planner.md): T spread equally over W weeks, adstock x/(1-theta), Hill saturation.
double expectedPeriodOutcome(const CurveParams &p, double total, int weeks)
{
    const double x = total / weeks;
    const double a = x / (1.0 - p.theta);
    if (a <= 0.0)
        return 0.0;
    const double as = std::pow(a, p.s);
    return weeks * p.beta * as / (std::pow(p.k, p.s) + as);
}

double sumOf(std::span<const double> v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace

class TstPlannerPage : public QObject
{
    Q_OBJECT

    PlannerPage *page() const { return qobject_cast<PlannerPage *>(m_window->page(QStringLiteral("planner"))); }

    bool waitFit(bool *ok = nullptr)
    {
        QSignalSpy done(page(), &PlannerPage::fitFinished);
        if (!done.wait(120000))
            return false;
        if (ok)
            *ok = done.constLast().at(0).toBool();
        return true;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("InfluenceROI-tests"));
        QVERIFY(m_dir.isValid());
        auto path = ensureDemoWorkspace(m_dir.path());
        QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().toString()));
        m_path = path.value();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 1000);
        m_window->show();
        QSignalSpy shown(m_window.get(), &MainWindow::workspaceShown);
        m_window->openWorkspace(m_path);
        QVERIFY(shown.wait(60000));
        QVERIFY(page());
        m_window->showPage(static_cast<int>(std::find(m_window->pages().begin(), m_window->pages().end(), page()) -
                                            m_window->pages().begin()));
        page()->ensureBuilt();
        QVERIFY(page()->isFitting() || page()->hasFit());
        if (!page()->hasFit()) {
            bool ok = false;
            QVERIFY(waitFit(&ok));
            QVERIFY2(ok, qPrintable(page()->statusText()));
        }
    }

    void tableHasTheLinesCoreFits()
    {
        auto ws = Workspace::open(m_path, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        PlanningDataRequest request; // the page's defaults: channels, revenue
        auto data = loadPlanningData(*ws, request);
        QVERIFY(data.ok());
        PlannerLinesModel *model = page()->linesModel();
        QCOMPARE(model->rowCount(), static_cast<int>(data->lines.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, PlannerLinesModel::Line).data().toString(), data->lines[static_cast<std::size_t>(row)].line);
            QVERIFY(page()->slider(row));
        }
        // The default period is the quarter after the data.
        QCOMPARE(page()->periodFrom(), data->defaultPlanFrom);
        QCOMPARE(page()->periodTo(), data->defaultPlanTo);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void sliderGivesTheCurvesFigure()
    {
        PlannerLinesModel *model = page()->linesModel();
        const int weeks = model->request().weeks;
        QCOMPARE(weeks, weeksBetween(page()->periodFrom(), page()->periodTo()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const CurveParams p = page()->fit().fits[static_cast<std::size_t>(row)].params;
            QSlider *slider = page()->slider(row);
            const double before = model->index(row, PlannerLinesModel::Predicted).data(SortRole).toDouble();
            slider->setValue(slider->value() == 600 ? 650 : 600);
            const double spend = model->proposed()[static_cast<std::size_t>(row)];
            QVERIFY(std::abs(spend - model->sliderMax(row) * slider->value() / 1000.0) < 1e-9 * (1.0 + spend));
            const double expected = expectedPeriodOutcome(p, spend, weeks);
            const double shown = model->index(row, PlannerLinesModel::Predicted).data(SortRole).toDouble();
            QVERIFY2(std::abs(shown - expected) <= 1e-9 * (1.0 + expected),
                     qPrintable(QStringLiteral("row %1: %2 vs %3").arg(row).arg(shown).arg(expected)));
            if (p.beta > 0.0)
                QVERIFY(shown != before);
            // ROI and marginal ROI from the same formula (slope by central difference).
            const double h = 1e-3 * spend;
            const double slope = (expectedPeriodOutcome(p, spend + h, weeks) - expectedPeriodOutcome(p, spend - h, weeks)) / (2 * h);
            const double roi = model->index(row, PlannerLinesModel::Roi).data(SortRole).toDouble();
            const double mroi = model->index(row, PlannerLinesModel::MarginalRoi).data(SortRole).toDouble();
            QVERIFY(std::abs(roi - (expected / spend - 1.0)) < 1e-9);
            QVERIFY2(std::abs(mroi - (slope - 1.0)) < 1e-4 * (1.0 + std::abs(slope)), qPrintable(QString::number(mroi)));
        }
        // The total predicted figure is the sum of the lines.
        double total = 0.0;
        for (int row = 0; row < model->rowCount(); ++row)
            total += model->index(row, PlannerLinesModel::Predicted).data(SortRole).toDouble();
        QVERIFY(std::abs(model->plan().totalPredicted.value - total) < 1e-6 * (1.0 + total));
    }

    void optimiseSpendsTheBudget()
    {
        PlannerLinesModel *model = page()->linesModel();
        double current = 0.0;
        for (const PlanLine &line : model->request().lines)
            current += line.currentSpend;
        const double budget = std::round(1.2 * current);
        page()->setBudget(budget);
        QVERIFY2(page()->optimise(), qPrintable(page()->statusText()));
        QVERIFY2(std::abs(sumOf(model->proposed()) - budget) <= 1e-4 * budget,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sumOf(model->proposed())).arg(budget)));
        // Equal marginal return across the lines the bounds do not hold (concave there).
        std::vector<double> slopes;
        for (const LinePlan &lp : model->plan().lines)
            if (lp.atBound == Bound::None)
                slopes.push_back(lp.marginalRoas);
        for (double s : slopes)
            QVERIFY2(std::abs(s / slopes.front() - 1.0) < 1e-3, qPrintable(QString::number(s)));

        // A frozen line keeps the spend it was frozen at; the rest still adds up to the budget.
        const double fixed = 0.5 * model->proposed()[0];
        QVERIFY(model->setData(model->index(0, PlannerLinesModel::Proposed), fixed, Qt::EditRole));
        QVERIFY(model->setData(model->index(0, PlannerLinesModel::Frozen), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(page()->optimise());
        QCOMPARE(model->proposed()[0], fixed);
        QCOMPARE(model->plan().lines[0].atBound, Bound::Frozen);
        QVERIFY(std::abs(sumOf(model->proposed()) - budget) <= 1e-4 * budget);
        QVERIFY(model->setData(model->index(0, PlannerLinesModel::Frozen), Qt::Unchecked, Qt::CheckStateRole));
        // The sliders follow the optimiser.
        const double top = model->sliderMax(1);
        QCOMPARE(page()->slider(1)->value(), static_cast<int>(std::lround(std::min(1.0, model->proposed()[1] / top) * 1000)));
    }

    void curvesChartMarksCurrentAndProposed()
    {
        QTest::qWait(100); // the chart follows the table on a short timer
        QChart *chart = page()->curvesView()->chart();
        QVERIFY(chart);
        const int lines = std::min(8, page()->linesModel()->rowCount());
        QCOMPARE(chart->series().size(), 3 * lines); // curve, current point, proposed point
        const auto axes = chart->axes(Qt::Horizontal);
        QVERIFY(!axes.isEmpty());
        QVERIFY2(axes.first()->titleText().contains(m_window->session()->catalog().currency), qPrintable(axes.first()->titleText()));
    }

    // Every funnel stage is predicted: impressions and clicks from their own curves per
    // line (the demo's media-mix sheet has both), purchase from the plan, and retention
    // marked n/a because a media-mix sheet does not say who bought.
    void outlookPredictsEveryStage()
    {
        PlannerLinesModel *model = page()->linesModel();
        PlannerOutlook *outlook = page()->outlook();
        const PlannerFit &fit = page()->fit();
        QCOMPARE(fit.stages.size(), std::size_t(2));
        QCOMPARE(outlook->stageTable()->rowCount(), 4);
        QVERIFY(outlook->stageTable()->item(3, PlannerOutlook::Kpi)->text().contains(QStringLiteral("n/a")));
        const int weeks = model->request().weeks;
        QVERIFY(model->request().flighting.empty());
        for (std::size_t s = 0; s < fit.stages.size(); ++s) {
            double current = 0.0, proposed = 0.0;
            for (std::size_t l = 0; l < fit.stages[s].fits.size(); ++l) {
                current += expectedPeriodOutcome(fit.stages[s].fits[l].params, model->request().lines[l].currentSpend, weeks);
                proposed += expectedPeriodOutcome(fit.stages[s].fits[l].params, model->proposed()[l], weeks);
            }
            const StagePrediction &shown = outlook->predictions()[s];
            QVERIFY2(std::abs(shown.current.value - current) <= 1e-9 * (1.0 + current), qPrintable(shown.metric));
            QVERIFY2(std::abs(shown.proposed.value - proposed) <= 1e-9 * (1.0 + proposed), qPrintable(shown.metric));
            QVERIFY(shown.proposed.low <= shown.proposed.value && shown.proposed.value <= shown.proposed.high);
            QVERIFY(proposed > 0.0);
        }
        // A slider moves every stage: more spend on the first line, more impressions.
        const double before = outlook->predictions()[0].proposed.value;
        model->setProposedSpend(0, 1.5 * model->proposed()[0]);
        QVERIFY(outlook->predictions()[0].proposed.value > before);
        QVERIFY(outlook->stageTable()->item(0, PlannerOutlook::Change)->text().startsWith(QLatin1Char('+')));
    }

    // Spend beyond twice the largest history week is listed as a caution on the page.
    void cautionsNameExtrapolatedLines()
    {
        PlannerLinesModel *model = page()->linesModel();
        const QString line = model->request().lines[0].line;
        const double cap = historyCap(page()->fit().fits[0].maxWeeklySpend, model->request().weeks);
        QVERIFY(std::isfinite(cap));
        model->setProposedSpend(0, 0.5 * cap);
        for (const QString &c : page()->outlook()->cautions())
            QVERIFY2(!c.contains(QStringLiteral("extrapolated")), qPrintable(c));
        model->setProposedSpend(0, 1.5 * cap);
        const QStringList cautions = page()->outlook()->cautions();
        QVERIFY2(std::any_of(cautions.begin(), cautions.end(),
                             [&](const QString &c) { return c.startsWith(line) && c.contains(QStringLiteral("extrapolated")); }),
                 qPrintable(cautions.join(QLatin1Char('\n'))));
        // Every warning of the fit is among the cautions.
        for (const LineFit &f : page()->fit().fits)
            for (const QString &w : f.warnings)
                QVERIFY(cautions.contains(f.line + QStringLiteral(": ") + w));
    }

    // A pulsed flighting (two weeks on, one dark) puts the same spend into fewer weeks:
    // the same total gives a different outcome (more or less, by the curves' shape).
    void flightingChangesThePrediction()
    {
        PlannerLinesModel *model = page()->linesModel();
        const double even = model->plan().totalPredicted.value;
        const std::vector<double> spend(model->proposed().begin(), model->proposed().end());
        page()->controls()->setFlighting(Flighting::Pulsed);
        const int weeks = model->request().weeks;
        QCOMPARE(model->request().flighting, flightingWeights(Flighting::Pulsed, weeks));
        // Pulsed: the total is spent over the weeks not dark, each an equal share.
        int onWeeks = 0;
        for (int t = 0; t < weeks; ++t)
            onWeeks += t % 3 != 2;
        double expected = 0.0;
        for (std::size_t l = 0; l < spend.size(); ++l)
            expected += expectedPeriodOutcome(model->request().lines[l].params, spend[l], onWeeks);
        QVERIFY2(std::abs(model->plan().totalPredicted.value - expected) <= 1e-6 * (1.0 + expected),
                 qPrintable(QStringLiteral("%1 vs %2").arg(model->plan().totalPredicted.value).arg(expected)));
        QVERIFY(model->plan().totalPredicted.value != even);
        page()->controls()->setFlighting(Flighting::Even);
        QVERIFY(model->request().flighting.empty());
        QVERIFY(std::abs(model->plan().totalPredicted.value - even) <= 1e-9 * (1.0 + even));
    }

    void scenariosSaveDuplicateCompareAndActuals()
    {
        PlannerScenarioPanel *panel = page()->scenarios();
        PlannerLinesModel *model = page()->linesModel();
        QVERIFY2(panel->saveCurrent(QStringLiteral("Optimised")), qPrintable(panel->message()));
        const std::vector<double> optimised(model->proposed().begin(), model->proposed().end());
        page()->slider(0)->setValue(100);
        QVERIFY(panel->saveCurrent(QStringLiteral("Less on line 1")));
        QVERIFY(panel->duplicate(QStringLiteral("Optimised"), QStringLiteral("Optimised copy")));
        QCOMPARE(panel->scenarioNames().size(), 3);

        // Stored in the workspace with the spend on screen.
        auto stored = ScenarioStore(*m_window->session()->workspace()).load(QStringLiteral("Optimised"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->lines.size(), optimised.size());
        for (std::size_t i = 0; i < optimised.size(); ++i)
            QCOMPARE(stored->lines[i].spend, optimised[i]);

        QVERIFY2(panel->compare({QStringLiteral("Optimised"), QStringLiteral("Less on line 1")}), qPrintable(panel->message()));
        QTableWidget *table = panel->table();
        QCOMPARE(table->columnCount(), 5);
        QCOMPARE(table->rowCount(), model->rowCount() + 2);
        const ChartStyle style = ChartStyle::forTheme(Theme::Light, m_window->session()->catalog().currency);
        const double total = sumOf(optimised);
        QCOMPARE(table->item(model->rowCount(), 1)->text(), formatMoneyValue(total, style, std::fabs(total) < 100.0 ? 2 : 0));
        QVERIFY(!panel->compare({QStringLiteral("Optimised")})); // needs 2 to 4

        QVERIFY(panel->remove(QStringLiteral("Optimised copy")));
        QCOMPARE(panel->scenarioNames().size(), 2);

        // A plan for the last quarter that has data can be put against what happened.
        const auto [from, to] = std::pair{page()->fit().data.defaultPlanFrom - 91, page()->fit().data.defaultPlanFrom - 1};
        page()->setPeriod(from, to);
        QVERIFY(panel->saveCurrent(QStringLiteral("Last quarter")));
        QVERIFY2(panel->showPlanVsActual(QStringLiteral("Last quarter")), qPrintable(panel->message()));
        QCOMPARE(table->rowCount(), model->rowCount());
        QCOMPARE(table->columnCount(), 6);
        QVERIFY(!panel->showPlanVsActual(QStringLiteral("Optimised"))); // next quarter: no data yet
    }

    void screenshotWhenAsked()
    {
        const QString file = qEnvironmentVariable("IROI_PLANNER_SHOT");
        if (file.isEmpty())
            QSKIP("set IROI_PLANNER_SHOT to write a picture");
        page()->setPeriod(page()->fit().data.defaultPlanFrom, page()->fit().data.defaultPlanTo);
        page()->optimise();
        page()->scenarios()->compare({QStringLiteral("Optimised"), QStringLiteral("Less on line 1")});
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(file));
    }

    void cancelKeepsThePreviousFit()
    {
        const int rows = page()->linesModel()->rowCount();
        page()->setLineKind(LineKind::Person); // a per-line fit of every person: long enough to cancel
        QVERIFY(page()->isFitting());
        QSignalSpy done(page(), &PlannerPage::fitFinished);
        page()->cancelFit();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.constLast().at(0).toBool(), false);
        QVERIFY2(page()->statusText().contains(QLatin1String("cancelled")), qPrintable(page()->statusText()));
        QCOMPARE(page()->linesModel()->rowCount(), rows);
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TstPlannerPage)
#include "tst_plannerpage.moc"
