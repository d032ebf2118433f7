#include "ui/pages/plannercontrols.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace iroi::ui {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("padding-left: 8px"));
    return label;
}

template<typename Enum>
void addItem(QComboBox *box, const QString &text, Enum value)
{
    box->addItem(text, QVariant::fromValue(static_cast<int>(value)));
}

} // namespace

PlannerControls::PlannerControls(QWidget *parent)
    : QWidget(parent), m_lineKind(new QComboBox(this)), m_outcome(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_flighting(new QComboBox(this)), m_budget(new QDoubleSpinBox(this)), m_objective(new QComboBox(this)),
      m_targetLabel(caption(tr("Target"), this)), m_target(new QDoubleSpinBox(this)),
      m_optimise(new QPushButton(tr("Optimise"), this)), m_reset(new QPushButton(tr("Reset to current"), this)),
      m_refit(new QPushButton(tr("Refit"), this))
{
    addItem(m_lineKind, tr("Channels"), LineKind::Channel);
    addItem(m_lineKind, tr("People"), LineKind::Person);
    addItem(m_lineKind, tr("Content types"), LineKind::ContentType);
    m_lineKind->setToolTip(tr("What a plan line is. Channels use the media-mix sheet when the workspace has one."));
    addItem(m_outcome, tr("Revenue"), OutcomeKind::Revenue);
    addItem(m_outcome, tr("Conversions"), OutcomeKind::Conversions);
    m_outcome->setToolTip(tr("The purchase-stage outcome each line's response curve is fitted on: revenue or orders."));
    addItem(m_objective, tr("Maximise outcome"), Objective::MaximiseOutcome);
    addItem(m_objective, tr("Maximise ROI"), Objective::MaximiseRoi);
    addItem(m_objective, tr("Reach target ROAS"), Objective::TargetRoas);
    addItem(m_objective, tr("Reach target outcome"), Objective::TargetOutcome);
    m_objective->setToolTip(tr("Maximise ROI spends at least the minimum total; the targets use the budget as a cap."));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setToolTip(tr("The planned period. Current spend is what each line spent over as many weeks before the data end."));
    }
    addItem(m_flighting, tr("Even"), Flighting::Even);
    addItem(m_flighting, tr("Front-loaded"), Flighting::FrontLoaded);
    addItem(m_flighting, tr("Back-loaded"), Flighting::BackLoaded);
    addItem(m_flighting, tr("Pulsed"), Flighting::Pulsed);
    m_flighting->setToolTip(tr("How each line's spend is spread over the weeks of the period. Even: the same every week. "
                               "Front-loaded: 1.5× the average in the first week falling to 0.5× in the last (a launch). "
                               "Back-loaded: the reverse (a build-up). Pulsed: two weeks on, one week dark. "
                               "Saturation works per week: bunching the same total returns less on a saturated line "
                               "and more on one still below the bend of its S-curve."));
    m_budget->setRange(0.0, 1e12);
    m_budget->setDecimals(0);
    m_budget->setSingleStep(1000.0);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setMinimumWidth(130);
    m_budget->setToolTip(tr("Total spend for the planned period, frozen lines included."));
    m_target->setRange(0.0, 1e12);
    m_target->setDecimals(2);
    m_target->setGroupSeparatorShown(true);
    m_optimise->setToolTip(tr("Allocate the budget over the lines for the objective, within each line's min, max and freeze."));
    m_reset->setToolTip(tr("Put every line back to its current spend."));
    m_refit->setToolTip(tr("Fit the response curves again from the workspace's history."));

    // Two rows: what is fitted and for which period; then the budget and what to optimise.
    auto *fitRow = new QHBoxLayout;
    fitRow->addWidget(new QLabel(tr("Lines"), this));
    fitRow->addWidget(m_lineKind);
    fitRow->addWidget(caption(tr("Outcome"), this));
    fitRow->addWidget(m_outcome);
    fitRow->addWidget(caption(tr("Period"), this));
    fitRow->addWidget(m_from);
    fitRow->addWidget(new QLabel(QStringLiteral("–"), this));
    fitRow->addWidget(m_to);
    fitRow->addWidget(caption(tr("Flighting"), this));
    fitRow->addWidget(m_flighting);
    fitRow->addStretch(1);
    fitRow->addWidget(m_refit);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(new QLabel(tr("Budget"), this));
    planRow->addWidget(m_budget);
    planRow->addWidget(caption(tr("Objective"), this));
    planRow->addWidget(m_objective);
    planRow->addWidget(m_targetLabel);
    planRow->addWidget(m_target);
    planRow->addWidget(m_optimise);
    planRow->addWidget(m_reset);
    planRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fitRow);
    layout->addLayout(planRow);

    connect(m_lineKind, &QComboBox::currentIndexChanged, this, &PlannerControls::fitInputsChanged);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &PlannerControls::fitInputsChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &PlannerControls::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PlannerControls::periodChanged);
    connect(m_flighting, &QComboBox::currentIndexChanged, this, &PlannerControls::periodChanged);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &PlannerControls::budgetChanged);
    connect(m_objective, &QComboBox::currentIndexChanged, this, &PlannerControls::onObjectiveChanged);
    connect(m_optimise, &QPushButton::clicked, this, &PlannerControls::optimiseClicked);
    connect(m_reset, &QPushButton::clicked, this, &PlannerControls::resetClicked);
    connect(m_refit, &QPushButton::clicked, this, &PlannerControls::refitClicked);
    onObjectiveChanged();
    setPlanEnabled(false);
}

LineKind PlannerControls::lineKind() const
{
    return static_cast<LineKind>(m_lineKind->currentData().toInt());
}

void PlannerControls::setLineKind(LineKind kind)
{
    m_lineKind->setCurrentIndex(m_lineKind->findData(static_cast<int>(kind)));
}

OutcomeKind PlannerControls::outcome() const
{
    return static_cast<OutcomeKind>(m_outcome->currentData().toInt());
}

EpochDay PlannerControls::from() const
{
    return toEpochDay(m_from->date());
}

EpochDay PlannerControls::to() const
{
    return toEpochDay(m_to->date());
}

void PlannerControls::setPeriod(EpochDay from, EpochDay to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(fromEpochDay(from));
    m_to->setDate(fromEpochDay(to));
}

Flighting PlannerControls::flighting() const
{
    return static_cast<Flighting>(m_flighting->currentData().toInt());
}

void PlannerControls::setFlighting(Flighting pattern)
{
    m_flighting->setCurrentIndex(m_flighting->findData(static_cast<int>(pattern)));
}

double PlannerControls::budget() const
{
    return m_budget->value();
}

void PlannerControls::setBudget(double budget, bool notify)
{
    const QSignalBlocker block(notify ? nullptr : m_budget);
    m_budget->setValue(budget);
}

void PlannerControls::setCurrency(const QString &symbol)
{
    m_budget->setPrefix(symbol + QLatin1Char(' '));
}

Objective PlannerControls::objective() const
{
    return static_cast<Objective>(m_objective->currentData().toInt());
}

QString PlannerControls::objectiveText() const
{
    return m_objective->currentText();
}

double PlannerControls::target() const
{
    return m_target->value();
}

void PlannerControls::setPlanEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_optimise, m_reset, m_budget})
        w->setEnabled(enabled);
}

void PlannerControls::onObjectiveChanged()
{
    const Objective objective = this->objective();
    const bool roi = objective == Objective::MaximiseRoi;
    m_target->setEnabled(objective != Objective::MaximiseOutcome);
    m_targetLabel->setText(roi ? tr("Min total") : objective == Objective::TargetRoas ? tr("Target ROAS") : tr("Target"));
    m_target->setToolTip(roi ? tr("Maximise ROI: spend at least this much in total.")
                             : tr("Target ROAS: outcome per unit spent to keep (e.g. 3 = 3 of revenue per 1 spent); "
                                  "target outcome: the outcome to reach with the least budget."));
}

} // namespace iroi::ui
