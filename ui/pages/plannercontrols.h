#pragma once

#include "core/common/dates.h"
#include "core/planning/flighting.h"
#include "core/planning/optimiser.h"
#include "core/planning/planningdata.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace iroi::ui {

// The Planner's control bar: what a line is and which outcome to fit (changing either
// refits), the planned period, the budget, the objective with its target, and the
// Optimise / Reset / Refit buttons.
class PlannerControls : public QWidget
{
    Q_OBJECT
public:
    explicit PlannerControls(QWidget *parent = nullptr);

    LineKind lineKind() const;
    void setLineKind(LineKind kind);
    OutcomeKind outcome() const;
    EpochDay from() const;
    EpochDay to() const;
    // Sets both days without emitting periodChanged.
    void setPeriod(EpochDay from, EpochDay to);
    Flighting flighting() const;
    void setFlighting(Flighting pattern);
    double budget() const;
    void setBudget(double budget, bool notify = true);
    void setCurrency(const QString &symbol);
    Objective objective() const;
    QString objectiveText() const;
    // Target ROAS or outcome for the target objectives; the minimum total for Maximise ROI.
    double target() const;
    void setPlanEnabled(bool enabled);

signals:
    void fitInputsChanged();
    void periodChanged(); // the dates or the flighting pattern
    void budgetChanged();
    void optimiseClicked();
    void resetClicked();
    void refitClicked();

private:
    void onObjectiveChanged();

    QComboBox *m_lineKind;
    QComboBox *m_outcome;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_flighting;
    QDoubleSpinBox *m_budget;
    QComboBox *m_objective;
    QLabel *m_targetLabel;
    QDoubleSpinBox *m_target;
    QPushButton *m_optimise;
    QPushButton *m_reset;
    QPushButton *m_refit;
};

} // namespace iroi::ui
