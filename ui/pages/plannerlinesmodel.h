#pragma once

#include "core/planning/optimiser.h"
#include "ui/charts/chartstyle.h"

#include <QAbstractTableModel>

#include <span>
#include <vector>

namespace iroi::ui {

// The Planner's lines table: one row per fitted line with its current and proposed spend,
// bounds, frozen flag and what the curves predict for the proposed spend. The model owns
// the plan request (curves and bounds) and the proposed allocation; every change of a spend
// re-evaluates the plan through core's evaluate(), so the table, the curves chart and the
// totals always show the same figures.
class PlannerLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Current, Proposed, Delta, Min, Max, Frozen, Predicted, Band, Roi, MarginalRoi, WhatIf, ColumnCount };

    explicit PlannerLinesModel(QObject *parent = nullptr);

    void setStyle(const ChartStyle &style);
    // New curves: proposed spend starts at the current spend.
    void reset(PlanRequest request);
    // A new planning period: the lines' reference spend changes with its length.
    // flighting: relative weight per week as in PlanRequest (empty = even weeks).
    void setPeriod(int weeks, const std::vector<double> &currentSpend, std::vector<double> flighting = {});
    void setOutcomeIsMoney(bool money);

    const PlanRequest &request() const { return m_request; }
    const Plan &plan() const { return m_plan; }
    std::span<const double> proposed() const { return m_proposed; }

    // The manual what-if: one line's spend for the period, the rest unchanged.
    void setProposedSpend(int row, double spend);
    void setAllocation(std::vector<double> allocation);
    void setBounds(int row, double minSpend, double maxSpend, bool frozen);
    // Top of the row's slider: fixed between optimisations so that a drag keeps its scale.
    double sliderMax(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    // The plan was re-evaluated (any spend, bound or curve changed).
    void planChanged();

private:
    void reevaluate();
    void recomputeSliderScale();
    QString money(double value) const;
    QString outcome(double value) const;
    QVariant display(int row, int column) const;
    QVariant raw(int row, int column) const;

    ChartStyle m_style;
    PlanRequest m_request;
    std::vector<double> m_proposed;
    std::vector<double> m_sliderMax;
    Plan m_plan;
};

} // namespace iroi::ui
