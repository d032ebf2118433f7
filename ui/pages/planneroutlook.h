#pragma once

#include "core/planning/optimiser.h"
#include "ui/charts/chartstyle.h"
#include "ui/pages/plannerfit.h"

#include <QWidget>

#include <span>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace iroi::ui {

// What the plan on screen means beyond the optimised outcome: the predicted figure of
// every funnel stage (current against proposed, with the 80% band) and the cautions a
// planner should read before trusting it (fit warnings, lines held at the history cap).
class PlannerOutlook : public QWidget
{
    Q_OBJECT
public:
    explicit PlannerOutlook(QWidget *parent = nullptr);

    // Recomputes the stage table and cautions for the plan on screen. Cheap: curve
    // evaluations only, run on every slider move.
    void update(const PlannerFit &fit, const PlanRequest &request, std::span<const double> proposed, const Plan &plan,
                const ChartStyle &style);
    void clear();

    QTableWidget *stageTable() const { return m_stages; }
    QStringList cautions() const { return m_cautionList; }
    // The stages other than purchase, as last computed.
    const std::vector<StagePrediction> &predictions() const { return m_predictions; }

    enum Column { Stage, Kpi, Current, Proposed, Change, Band, ColumnCount };

private:
    QTableWidget *m_stages;
    QLabel *m_cautions;
    QStringList m_cautionList;
    std::vector<StagePrediction> m_predictions;
};

} // namespace iroi::ui
