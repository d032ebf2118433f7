#pragma once

#include "ui/pages/page.h"
#include "core/planning/scenario.h"
#include "ui/pages/plannerfit.h"

#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSplitter;
class QTableView;
QT_END_NAMESPACE

namespace iroi::ui {

class PlannerControls;
class PlannerLinesModel;
class PlannerOutlook;
class PlannerScenarioPanel;
class WorkspaceSession;

// Planner: response curves fitted from the workspace's own history (on a worker thread,
// with progress and Cancel), a lines table with a what-if slider per line, bounds and
// frozen lines, an optimiser for the chosen objective and budget, the curves with current
// and proposed points, and saved scenarios compared side by side or against actuals.
// The page ignores the filter bar: a plan is fitted on the whole history.
class PlannerPage : public Page
{
    Q_OBJECT
public:
    // session: where the workspace comes from; when null the page finds the window's session.
    explicit PlannerPage(WorkspaceSession *session = nullptr, QWidget *parent = nullptr);
    ~PlannerPage() override;
    QString title() const override { return tr("Planner"); }
    QString pageId() const override { return QStringLiteral("planner"); }

    // Fits (again) on a worker thread with the chosen line kind and outcome.
    void startFit();
    void cancelFit();
    bool isFitting() const { return m_watcher.isRunning(); }
    bool hasFit() const { return !m_fit.fits.empty(); }
    const PlannerFit &fit() const { return m_fit; }

    // Runs the optimiser on the current budget, objective and bounds; false with the
    // reason in the status line when it cannot.
    bool optimise();
    void setBudget(double budget);
    double budget() const;
    void setLineKind(LineKind kind);
    void setPeriod(EpochDay from, EpochDay to);
    EpochDay periodFrom() const;
    EpochDay periodTo() const;

    PlannerLinesModel *linesModel() const { return m_model; }
    QSlider *slider(int row) const;
    PlannerScenarioPanel *scenarios() const { return m_scenarios; }
    PlannerOutlook *outlook() const { return m_outlook; }
    PlannerControls *controls() const { return m_controls; }
    QChartView *curvesView() const { return m_curves; }
    QString statusText() const;
    QString summaryText() const;
    // The plan on screen as a scenario (without a name).
    Scenario currentScenario() const;

signals:
    // A fit finished (successfully or not) and the page shows its result.
    void fitFinished(bool ok);

protected:
    void rebuild() override;

private:
    WorkspaceSession *session();
    void onFitDone();
    void applyFit(PlannerFit fit);
    void installSliders();
    void syncSliders();
    void updateSummary();
    void updateCurves();
    void onPeriodChanged();
    void fitTableToContents();
    void loadScenario(const Scenario &scenario);
    void setStatus(const QString &text, bool error = false);

    WorkspaceSession *m_session = nullptr;
    PlannerControls *m_controls;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_fitInfo; // what was fitted and how well
    QLabel *m_status;  // the last action's outcome
    QLabel *m_summary;
    QTableView *m_table;
    QSplitter *m_split;
    QSplitter *m_bottom;
    PlannerLinesModel *m_model;
    QChartView *m_curves;
    PlannerScenarioPanel *m_scenarios;
    PlannerOutlook *m_outlook;

    PlannerFit m_fit;
    QString m_fittedPath;
    bool m_refitPending = false;
    bool m_periodSet = false;
    std::shared_ptr<CallbackProgress> m_sink;
    std::shared_ptr<std::atomic<qint64>> m_done, m_total;
    QFutureWatcher<PlannerFit> m_watcher;
    QTimer m_progressTimer;
    QTimer m_curvesTimer;
};

} // namespace iroi::ui
