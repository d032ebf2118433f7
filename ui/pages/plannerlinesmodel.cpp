#include "ui/pages/plannerlinesmodel.h"

#include "ui/models/vectortablemodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace iroi::ui {

namespace {

QString trl(const char *text)
{
    return QCoreApplication::translate("iroi::ui::PlannerLinesModel", text);
}

} // namespace

PlannerLinesModel::PlannerLinesModel(QObject *parent) : QAbstractTableModel(parent), m_style(ChartStyle::forTheme(Theme::Light)) {}

void PlannerLinesModel::setStyle(const ChartStyle &style)
{
    m_style = style;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PlannerLinesModel::reset(PlanRequest request)
{
    beginResetModel();
    m_request = std::move(request);
    m_proposed.clear();
    for (const PlanLine &line : m_request.lines)
        m_proposed.push_back(line.currentSpend);
    recomputeSliderScale();
    m_plan = evaluate(m_request, m_proposed);
    endResetModel();
    emit planChanged();
}

void PlannerLinesModel::setPeriod(int weeks, const std::vector<double> &currentSpend, std::vector<double> flighting)
{
    m_request.weeks = std::max(1, weeks);
    m_request.flighting = static_cast<int>(flighting.size()) == m_request.weeks ? std::move(flighting) : std::vector<double>{};
    for (std::size_t i = 0; i < m_request.lines.size() && i < currentSpend.size(); ++i) {
        // Keep the proposal's share of the reference: a longer period scales both.
        const double old = m_request.lines[i].currentSpend;
        m_proposed[i] = old > 0.0 ? m_proposed[i] * currentSpend[i] / old : currentSpend[i];
        m_request.lines[i].currentSpend = currentSpend[i];
        if (m_request.lines[i].frozen)
            m_request.lines[i].frozenSpend = m_proposed[i];
    }
    recomputeSliderScale();
    reevaluate();
}

void PlannerLinesModel::setOutcomeIsMoney(bool money)
{
    m_request.outcomeIsMoney = money;
    reevaluate();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void PlannerLinesModel::setProposedSpend(int row, double spend)
{
    if (row < 0 || row >= rowCount() || !std::isfinite(spend))
        return;
    const auto r = static_cast<std::size_t>(row);
    m_proposed[r] = std::max(0.0, spend);
    if (m_request.lines[r].frozen)
        m_request.lines[r].frozenSpend = m_proposed[r];
    reevaluate();
}

void PlannerLinesModel::setAllocation(std::vector<double> allocation)
{
    if (allocation.size() != m_proposed.size())
        return;
    m_proposed = std::move(allocation);
    for (std::size_t i = 0; i < m_proposed.size(); ++i)
        if (m_request.lines[i].frozen)
            m_request.lines[i].frozenSpend = m_proposed[i];
    recomputeSliderScale();
    reevaluate();
}

void PlannerLinesModel::setBounds(int row, double minSpend, double maxSpend, bool frozen)
{
    if (row < 0 || row >= rowCount())
        return;
    PlanLine &line = m_request.lines[static_cast<std::size_t>(row)];
    line.minSpend = std::max(0.0, minSpend);
    line.maxSpend = std::max(line.minSpend, maxSpend);
    line.frozen = frozen;
    line.frozenSpend = frozen ? m_proposed[static_cast<std::size_t>(row)] : -1.0;
    reevaluate();
}

double PlannerLinesModel::sliderMax(int row) const
{
    return row >= 0 && row < static_cast<int>(m_sliderMax.size()) ? m_sliderMax[static_cast<std::size_t>(row)] : 0.0;
}

void PlannerLinesModel::recomputeSliderScale()
{
    // Room to double a line and a bit; a line with no spend gets a share of the total so it
    // can still be tried out.
    double total = 0.0;
    for (std::size_t i = 0; i < m_proposed.size(); ++i)
        total += std::max(m_proposed[i], m_request.lines[i].currentSpend);
    const double share = m_proposed.empty() ? 1.0 : total / static_cast<double>(m_proposed.size());
    m_sliderMax.assign(m_proposed.size(), 0.0);
    for (std::size_t i = 0; i < m_proposed.size(); ++i) {
        const PlanLine &line = m_request.lines[i];
        double top = 2.5 * std::max({m_proposed[i], line.currentSpend, line.minSpend});
        if (std::isfinite(line.maxSpend))
            top = std::max(top, line.maxSpend);
        m_sliderMax[i] = top > 0.0 ? top : std::max(1.0, share);
    }
}

void PlannerLinesModel::reevaluate()
{
    m_plan = evaluate(m_request, m_proposed);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit planChanged();
}

int PlannerLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_request.lines.size());
}

int PlannerLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlannerLinesModel::money(double value) const
{
    return formatMoneyValue(value, m_style, std::fabs(value) < 100.0 ? 2 : 0);
}

QString PlannerLinesModel::outcome(double value) const
{
    return m_request.outcomeIsMoney ? money(value) : formatCount(value);
}

QVariant PlannerLinesModel::raw(int row, int column) const
{
    const auto r = static_cast<std::size_t>(row);
    const PlanLine &line = m_request.lines[r];
    const LinePlan &lp = m_plan.lines[r];
    switch (column) {
    case Line:
        return line.line;
    case Current:
        return line.currentSpend;
    case Proposed:
        return m_proposed[r];
    case Delta:
        return lp.delta;
    case Min:
        return line.minSpend;
    case Max:
        return std::isfinite(line.maxSpend) ? QVariant(line.maxSpend) : QVariant();
    case Frozen:
        return line.frozen;
    case Predicted:
        return lp.predicted.value;
    case Band:
        return lp.predicted.high - lp.predicted.low;
    case Roi:
        return m_request.outcomeIsMoney ? lp.roi : lp.roas;
    case MarginalRoi:
        return m_request.outcomeIsMoney ? lp.marginalRoi : lp.marginalRoas;
    default:
        return {};
    }
}

QVariant PlannerLinesModel::display(int row, int column) const
{
    const auto r = static_cast<std::size_t>(row);
    const PlanLine &line = m_request.lines[r];
    const LinePlan &lp = m_plan.lines[r];
    switch (column) {
    case Line:
        return line.line;
    case Current:
        return money(line.currentSpend);
    case Proposed:
        return money(m_proposed[r]);
    case Delta:
        return (lp.delta > 0.5 ? QStringLiteral("+") : QString()) + money(lp.delta);
    case Min:
        return money(line.minSpend);
    case Max:
        return std::isfinite(line.maxSpend) ? money(line.maxSpend) : trl("no limit");
    case Predicted:
        return outcome(lp.predicted.value);
    case Band:
        return QStringLiteral("%1 – %2").arg(outcome(lp.predicted.low), outcome(lp.predicted.high));
    case Roi:
        if (m_request.outcomeIsMoney)
            return lp.proposedSpend > 0.0 ? formatPercent(lp.roi, 0) : trl("n/a");
        return formatRatio(lp.roas, 3);
    case MarginalRoi:
        return m_request.outcomeIsMoney ? formatPercent(lp.marginalRoi, 0) : formatRatio(lp.marginalRoas, 4);
    default:
        return {};
    }
}

QVariant PlannerLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == Frozen ? QVariant() : display(row, column);
    case Qt::EditRole:
    case SortRole:
        return raw(row, column);
    case Qt::CheckStateRole:
        if (column == Frozen)
            return m_request.lines[static_cast<std::size_t>(row)].frozen ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == Line ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Delta && std::fabs(m_plan.lines[static_cast<std::size_t>(row)].delta) > 0.5)
            return m_plan.lines[static_cast<std::size_t>(row)].delta > 0 ? m_style.positive : m_style.negative;
        return {};
    case Qt::ToolTipRole:
        if (column == Band || column == Predicted) {
            const LinePlan &lp = m_plan.lines[static_cast<std::size_t>(row)];
            return trl("Predicted %1 at the proposed spend; 80% band %2 – %3 (now: %4)")
                .arg(outcome(lp.predicted.value), outcome(lp.predicted.low), outcome(lp.predicted.high),
                     outcome(lp.currentPredicted.value));
        }
        return headerData(column, Qt::Horizontal, Qt::ToolTipRole);
    default:
        return {};
    }
}

QVariant PlannerLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool moneyOut = m_request.outcomeIsMoney;
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Line: return trl("Line");
        case Current: return trl("Current spend");
        case Proposed: return trl("Proposed spend");
        case Delta: return trl("Change");
        case Min: return trl("Min");
        case Max: return trl("Max");
        case Frozen: return trl("Frozen");
        case Predicted: return trl("Predicted");
        case Band: return trl("80% band");
        case Roi: return moneyOut ? trl("ROI") : trl("Per %1 spent").arg(m_style.currencySymbol());
        case MarginalRoi: return moneyOut ? trl("Marginal ROI") : trl("Marginal per %1").arg(m_style.currencySymbol());
        case WhatIf: return trl("What-if spend");
        default: return {};
        }
    }
    if (role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case Current: return trl("What the line spent over the last stretch of history as long as the planned period.");
    case Proposed: return trl("Spend for the planned period: set by the optimiser, a slider or typed in.");
    case Min:
    case Max: return trl("Bounds the optimiser respects for this line (double-click to edit).");
    case Frozen: return trl("A frozen line keeps its proposed spend when the optimiser runs.");
    case Predicted: return trl("Outcome the fitted response curve predicts over the planned period at the proposed spend.");
    case Band: return trl("80% band: 8 in 10 bootstrap refits of the curve predict a figure in this range.");
    case Roi:
        return moneyOut ? trl("ROI = (predicted revenue − spend) / spend at the proposed spend.")
                        : trl("Predicted outcome per unit of spend at the proposed spend.");
    case MarginalRoi:
        return moneyOut ? trl("Marginal ROI: what the next unit of spend returns, minus the unit itself (the slope of the "
                              "curve − 1). At an optimum it is equal across lines that are not held by a bound.")
                        : trl("Marginal return: the outcome the next unit of spend adds (the slope of the curve).");
    case WhatIf: return trl("Drag to try another spend for this line; the rest stays unchanged.");
    default: return {};
    }
}

Qt::ItemFlags PlannerLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Proposed || index.column() == Min || index.column() == Max)
        f |= Qt::ItemIsEditable;
    if (index.column() == Frozen)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool PlannerLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const int row = index.row();
    const PlanLine &line = m_request.lines[static_cast<std::size_t>(row)];
    if (role == Qt::CheckStateRole && index.column() == Frozen) {
        setBounds(row, line.minSpend, line.maxSpend, value.toInt() == Qt::Checked);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    bool ok = false;
    // An empty maximum means "no limit".
    if (index.column() == Max && value.toString().trimmed().isEmpty()) {
        setBounds(row, line.minSpend, std::numeric_limits<double>::infinity(), line.frozen);
        return true;
    }
    const double amount = QLocale().toDouble(value.toString(), &ok);
    const double number = ok ? amount : value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0.0)
        return false;
    switch (index.column()) {
    case Proposed:
        setProposedSpend(row, number);
        return true;
    case Min:
        setBounds(row, number, std::max(number, line.maxSpend), line.frozen);
        return true;
    case Max:
        setBounds(row, std::min(line.minSpend, number), number, line.frozen);
        return true;
    default:
        return false;
    }
}

} // namespace iroi::ui
