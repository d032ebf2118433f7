#include "ui/pages/plannerpage.h"

#include "ui/pages/plannercontrols.h"
#include "ui/pages/plannercurves.h"
#include "ui/pages/plannerlinesmodel.h"
#include "ui/pages/planneroutlook.h"
#include "ui/pages/plannerscenarios.h"
#include "ui/session/workspacesession.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace iroi::ui {

namespace {

constexpr int kSliderSteps = 1000;
constexpr int kBootstrap = 100;

} // namespace

PlannerPage::PlannerPage(WorkspaceSession *session, QWidget *parent)
    : Page(parent), m_session(session), m_controls(new PlannerControls(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_fitInfo(new QLabel(this)), m_status(new QLabel(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)), m_split(new QSplitter(Qt::Vertical, this)),
      m_bottom(new QSplitter(Qt::Horizontal, this)), m_model(new PlannerLinesModel(this)), m_curves(newChartView(300)),
      m_scenarios(new PlannerScenarioPanel(this)), m_outlook(new PlannerOutlook(this))
{
    auto *progress = new QHBoxLayout;
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    progress->addWidget(m_progress);
    progress->addWidget(m_cancel);
    m_fitInfo->setWordWrap(true);
    m_fitInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress->addWidget(m_fitInfo, 1);
    m_status->setWordWrap(true);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setToolTip(tr("ROI = (revenue − spend) / spend. The 80% band: 8 in 10 bootstrap refits of the curves "
                             "predict a figure in this range."));

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setMinimumSectionSize(60);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_outlook);
    right->addWidget(m_scenarios);
    right->setStretchFactor(1, 1);
    m_bottom->addWidget(m_curves);
    m_bottom->addWidget(right);
    m_bottom->setStretchFactor(0, 3);
    m_bottom->setStretchFactor(1, 2);
    m_bottom->setSizes({820, 780});
    m_split->addWidget(m_table);
    m_split->addWidget(m_bottom);
    m_split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addLayout(progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(m_split, 1);

    m_progressTimer.setInterval(50);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_total && m_total->load() > 0) {
            m_progress->setRange(0, static_cast<int>(m_total->load()));
            m_progress->setValue(static_cast<int>(m_done->load()));
        }
    });
    // The table and totals follow a slider at once; the chart (a rebuild) at most every 40 ms.
    m_curvesTimer.setSingleShot(true);
    m_curvesTimer.setInterval(40);
    connect(&m_curvesTimer, &QTimer::timeout, this, &PlannerPage::updateCurves);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PlannerPage::onFitDone);
    connect(m_cancel, &QPushButton::clicked, this, &PlannerPage::cancelFit);
    connect(m_controls, &PlannerControls::refitClicked, this, &PlannerPage::startFit);
    connect(m_controls, &PlannerControls::fitInputsChanged, this, &PlannerPage::startFit);
    connect(m_controls, &PlannerControls::periodChanged, this, &PlannerPage::onPeriodChanged);
    connect(m_controls, &PlannerControls::budgetChanged, this, &PlannerPage::updateSummary);
    connect(m_controls, &PlannerControls::optimiseClicked, this, &PlannerPage::optimise);
    connect(m_controls, &PlannerControls::resetClicked, this, [this] {
        std::vector<double> current;
        for (const PlanLine &line : m_model->request().lines)
            current.push_back(line.currentSpend);
        m_model->setAllocation(std::move(current));
        fitTableToContents();
    });
    connect(m_model, &PlannerLinesModel::planChanged, this, [this] {
        syncSliders();
        updateSummary();
        m_outlook->update(m_fit, m_model->request(), m_model->proposed(), m_model->plan(), style());
        m_curvesTimer.start();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlannerPage::installSliders);
    connect(m_scenarios, &PlannerScenarioPanel::loadRequested, this, &PlannerPage::loadScenario);
    m_scenarios->setCurrentScenario([this] { return currentScenario(); });
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
}

PlannerPage::~PlannerPage()
{
    // The worker reports into m_sink and the atomics it shares; stop it before they go.
    cancelFit();
    m_watcher.waitForFinished();
}

WorkspaceSession *PlannerPage::session()
{
    if (!m_session && window())
        m_session = window()->findChild<WorkspaceSession *>();
    return m_session;
}

void PlannerPage::rebuild()
{
    m_model->setStyle(style());
    WorkspaceSession *s = session();
    if (s && !s->path().isEmpty() && s->path() != m_fittedPath && !isFitting()) {
        m_periodSet = false;
        startFit();
    } else if (hasFit()) {
        updateCurves();
    }
}

void PlannerPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1").arg(style().negative.name()) : QString());
}

QString PlannerPage::statusText() const
{
    return m_status->text();
}

QString PlannerPage::summaryText() const
{
    return m_summary->text();
}

void PlannerPage::startFit()
{
    WorkspaceSession *s = session();
    if (!s || s->path().isEmpty())
        return;
    if (isFitting()) {
        // Let the running fit stop; the newest choice starts when it has.
        m_refitPending = true;
        cancelFit();
        return;
    }
    PlanningDataRequest request;
    request.lines = m_controls->lineKind();
    request.outcome = m_controls->outcome();
    const QString path = s->path();
    m_fittedPath = path;
    m_done = std::make_shared<std::atomic<qint64>>(0);
    m_total = std::make_shared<std::atomic<qint64>>(0);
    m_sink = std::make_shared<CallbackProgress>([done = m_done, total = m_total](qint64 d, qint64 t) {
        done->store(d);
        total->store(t);
    });
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_controls->setPlanEnabled(false);
    setStatus(tr("Fitting response curves (carry-over and saturation, %1 bootstrap refits for the bands)…").arg(kBootstrap));
    m_watcher.setFuture(QtConcurrent::run([path, request, sink = m_sink] {
        return fitForPlanner(path, request, kBootstrap, *sink);
    }));
    m_progressTimer.start();
}

void PlannerPage::cancelFit()
{
    if (m_sink)
        m_sink->cancel();
    m_cancel->setEnabled(false);
}

void PlannerPage::onFitDone()
{
    m_progressTimer.stop();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    PlannerFit result = m_watcher.result();
    if (m_refitPending) {
        m_refitPending = false;
        startFit();
        return;
    }
    if (result.cancelled) {
        setStatus(tr("Fitting cancelled; the table shows the previous fit."));
        m_controls->setPlanEnabled(hasFit());
        emit fitFinished(false);
        return;
    }
    if (!result.error.isEmpty()) {
        setStatus(tr("Cannot plan on this workspace: %1").arg(result.error), true);
        emit fitFinished(false);
        return;
    }
    applyFit(std::move(result));
    emit fitFinished(true);
}

void PlannerPage::applyFit(PlannerFit fit)
{
    m_fit = std::move(fit);
    const PlanningData &data = m_fit.data;
    if (!m_periodSet) {
        m_controls->setPeriod(data.defaultPlanFrom, data.defaultPlanTo);
        m_periodSet = true;
    }
    PlanRequest request = planRequestFor(m_fit, weeksBetween(periodFrom(), periodTo()));
    request.flighting = flightingWeights(m_controls->flighting(), request.weeks);
    double current = 0.0;
    for (const PlanLine &line : request.lines)
        current += line.currentSpend;
    m_controls->setCurrency(style().currencySymbol());
    m_controls->setBudget(std::round(current), false);
    m_model->reset(std::move(request));
    m_controls->setPlanEnabled(true);
    Workspace *workspace = session() ? session()->workspace() : nullptr;
    m_scenarios->setContext(workspace, m_fit.fits, m_model->request().outcomeIsMoney, style());

    const auto [text, details] = describeFit(m_fit);
    m_fitInfo->setText(text);
    m_fitInfo->setToolTip(details);
    setStatus(QString());
    updateCurves();
}

void PlannerPage::installSliders()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setRange(0, kSliderSteps);
        slider->setMinimumWidth(160);
        slider->setToolTip(m_model->headerData(PlannerLinesModel::WhatIf, Qt::Horizontal, Qt::ToolTipRole).toString());
        connect(slider, &QSlider::valueChanged, this, [this, row](int value) {
            m_model->setProposedSpend(row, m_model->sliderMax(row) * value / kSliderSteps);
        });
        m_table->setIndexWidget(m_model->index(row, PlannerLinesModel::WhatIf), slider);
    }
    syncSliders();
    fitTableToContents();
    // The table takes the height of its rows (up to half the page), the curves the rest.
    const int rowsHeight = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() +
                           m_model->rowCount() * m_table->verticalHeader()->defaultSectionSize() +
                           m_table->horizontalScrollBar()->sizeHint().height() + 4;
    const int total = std::max(600, m_split->height());
    const int tableHeight = std::clamp(rowsHeight, 120, total / 2);
    m_split->setSizes({tableHeight, total - tableHeight});
}

QSlider *PlannerPage::slider(int row) const
{
    return qobject_cast<QSlider *>(m_table->indexWidget(m_model->index(row, PlannerLinesModel::WhatIf)));
}

void PlannerPage::syncSliders()
{
    const auto proposed = m_model->proposed();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QSlider *s = slider(row);
        const double top = m_model->sliderMax(row);
        if (!s || top <= 0.0)
            continue;
        const QSignalBlocker block(s);
        s->setValue(static_cast<int>(std::lround(std::clamp(proposed[static_cast<std::size_t>(row)] / top, 0.0, 1.0) * kSliderSteps)));
    }
}

void PlannerPage::updateSummary()
{
    if (!hasFit())
        return;
    const Plan &plan = m_model->plan();
    const bool money = m_model->request().outcomeIsMoney;
    auto out = [&](double v) { return money ? formatMoneyValue(v, style()) : formatCount(v); };
    const QString outcome = m_fit.data.outcomeName;
    QString text = tr("<b>Proposed</b>: spend %1 (budget %2) → predicted %3 <b>%4</b> (80% band %5 – %6)")
                       .arg(formatMoneyValue(plan.totalSpend, style()), formatMoneyValue(m_controls->budget(), style()),
                            outcome, out(plan.totalPredicted.value), out(plan.totalPredicted.low), out(plan.totalPredicted.high));
    if (money)
        text += tr(", ROI <b>%1</b>").arg(formatPercent(plan.roi, 0));
    text += tr(" &nbsp;·&nbsp; <b>Current</b>: spend %1 → %2 %3 over %4 weeks.")
                .arg(formatMoneyValue(plan.currentTotalSpend, style()), out(plan.currentTotalPredicted.value), outcome)
                .arg(m_model->request().weeks);
    m_summary->setText(text);
}

void PlannerPage::updateCurves()
{
    if (!hasFit())
        return;
    showChart(m_curves, buildPlannerCurvesChart(m_model->request(), m_model->proposed(), style(), m_fit.data.outcomeName));
}

EpochDay PlannerPage::periodFrom() const
{
    return m_controls->from();
}

EpochDay PlannerPage::periodTo() const
{
    return m_controls->to();
}

void PlannerPage::setPeriod(EpochDay from, EpochDay to)
{
    m_controls->setPeriod(from, to);
    onPeriodChanged();
}

void PlannerPage::onPeriodChanged()
{
    m_periodSet = true;
    if (!hasFit() || periodTo() < periodFrom())
        return;
    const int weeks = weeksBetween(periodFrom(), periodTo());
    m_model->setPeriod(weeks, m_fit.data.recentSpend(weeks), flightingWeights(m_controls->flighting(), weeks));
}

void PlannerPage::setBudget(double budget)
{
    m_controls->setBudget(budget);
}

double PlannerPage::budget() const
{
    return m_controls->budget();
}

void PlannerPage::setLineKind(LineKind kind)
{
    m_controls->setLineKind(kind);
}

void PlannerPage::fitTableToContents()
{
    // Columns fit their text after a reset or an optimisation, never during a drag (jumpy).
    // The sliders' column stretches over what is left; the others fit their text.
    m_table->resizeColumnsToContents();
    if (m_model->columnCount() > PlannerLinesModel::WhatIf)
        m_table->horizontalHeader()->setSectionResizeMode(PlannerLinesModel::WhatIf, QHeaderView::Stretch);
}

bool PlannerPage::optimise()
{
    if (!hasFit())
        return false;
    PlanRequest request = m_model->request();
    request.budget = m_controls->budget();
    request.objective = m_controls->objective();
    if (request.objective == Objective::MaximiseRoi)
        request.minTotal = m_controls->target();
    else
        request.target = m_controls->target();
    auto plan = iroi::optimise(request);
    if (!plan) {
        setStatus(tr("Cannot optimise: %1").arg(plan.error().toString()), true);
        return false;
    }
    std::vector<double> allocation;
    for (const LinePlan &line : plan->lines)
        allocation.push_back(line.proposedSpend);
    m_model->setAllocation(std::move(allocation));
    fitTableToContents();
    QString text = tr("Optimised for “%1”.").arg(m_controls->objectiveText());
    if (!plan->targetReached)
        text += QLatin1Char(' ') + tr("The target cannot be reached within the budget; this is the best plan.");
    if (!plan->note.isEmpty())
        text += QLatin1Char(' ') + plan->note;
    setStatus(text, !plan->targetReached);
    return true;
}

Scenario PlannerPage::currentScenario() const
{
    Scenario s;
    s.from = periodFrom();
    s.to = periodTo();
    s.weeks = m_model->request().weeks;
    s.flighting = m_model->request().flighting;
    s.lineKind = m_fit.data.lineKind;
    s.outcome = m_fit.data.outcome;
    s.objective = m_controls->objective();
    s.budget = m_controls->budget();
    s.target = m_controls->target();
    const auto proposed = m_model->proposed();
    for (std::size_t i = 0; i < m_model->request().lines.size(); ++i) {
        const PlanLine &line = m_model->request().lines[i];
        s.lines.push_back({line.line, proposed[i], line.minSpend, line.maxSpend, line.frozen});
    }
    return s;
}

void PlannerPage::loadScenario(const Scenario &scenario)
{
    if (scenario.lineKind != m_fit.data.lineKind) {
        setStatus(tr("“%1” plans %2 lines; switch the line kind to load it.").arg(scenario.name, lineKindName(scenario.lineKind)), true);
        return;
    }
    Flighting pattern = Flighting::Even;
    for (Flighting f : {Flighting::FrontLoaded, Flighting::BackLoaded, Flighting::Pulsed}) {
        const std::vector<double> w = flightingWeights(f, scenario.weeks);
        if (w.size() == scenario.flighting.size()
            && std::equal(w.begin(), w.end(), scenario.flighting.begin(), [](double a, double b) { return std::abs(a - b) < 1e-9; }))
            pattern = f;
    }
    {
        const QSignalBlocker block(m_controls);
        m_controls->setFlighting(pattern);
    }
    setPeriod(scenario.from, scenario.to);
    m_controls->setBudget(scenario.budget);
    std::vector<double> allocation(m_model->proposed().begin(), m_model->proposed().end());
    for (const ScenarioLine &line : scenario.lines)
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->request().lines[static_cast<std::size_t>(row)].line == line.line) {
                allocation[static_cast<std::size_t>(row)] = line.spend;
                m_model->setBounds(row, line.minSpend, line.maxSpend, line.frozen);
            }
    m_model->setAllocation(std::move(allocation));
    setStatus(tr("Loaded “%1”.").arg(scenario.name));
}

} // namespace iroi::ui
